// Times of day (extract/clock-times.ts, match/clocks.ts), on real sentences of the story libraries:
// "at about 6:40 a.m.", "shortly before 6 a.m.", "at 0447 GMT", "by 7:05 the next morning" and
// "three minutes later" are read as times, not figures; a time a record backing the claim gives
// otherwise contradicts it, a time no record gives leaves it partly backed, and a time told by the
// same voice's report on another day contradicts the day.
import assert from 'node:assert/strict';
import { clockTimes, clocksAgree } from '../server/src/engine/extract/clock-times';
import { extractClaims } from '../server/src/engine/extract/claims';
import { judgeIn, storyLibrary, writtenStory } from './story-library';

const plantfire = storyLibrary('plantfire');
const avalanche = storyLibrary('avalanche');
const crush = storyLibrary('crush');

const read = (s: string) =>
  clockTimes(s).map(
    (c) => `${c.text}=${Math.floor(c.minutes / 60)}:${String(c.minutes % 60).padStart(2, '0')} ${c.way}${c.utc ? ' utc' : ''}`,
  );

describe('clock times', () => {
  it('are read with how they are given', () => {
    assert.deepEqual(read('The blast struck at about 6:40 a.m., shortly before 7 a.m. and after 9 p.m.'), [
      '6:40 a.m.=6:40 about',
      '7 a.m.=7:00 shortly-before',
      '9 p.m.=21:00 after',
    ]);
    assert.deepEqual(read('It lifted off at 10:17 a.m. local time (0447 GMT) and was due by 7:05 the next morning.'), [
      '10:17 a.m.=10:17 exact',
      '0447 GMT=4:47 exact utc',
      '7:05=7:05 before',
    ]);
    // (A period's ends are the times they are: "from 10 p.m. until midnight" is no bound.)
    assert.deepEqual(read('The cuts run from 10 p.m. until midnight; a guard arrived at 3:21 a.m. and police three minutes later.'), [
      '10 p.m.=22:00 exact',
      'midnight=0:00 exact',
      '3:21 a.m.=3:21 exact',
      'three minutes later=3:24 exact',
    ]);
  });
  it('"10:17 a.m. GMT" is the other clock, not the place\'s own 10:17 a.m.', () => {
    assert.deepEqual(read('It lifted off at 10:17 a.m. GMT.'), ['10:17 a.m. GMT=10:17 exact utc']);
    assert.equal(clocksAgree(clockTimes('at 10:17 a.m. GMT')[0], clockTimes('at 10:17 a.m. local time')[0]), false);
  });
  it('are not read from scores, ratios, years or counts', () => {
    assert.deepEqual(read('The council voted 11-6 in 2025, a 3:1 margin, and 14 of 22 members came.'), []);
    assert.deepEqual(read('Leeds beat Hull 2:1 on Saturday.'), []);
  });
  it('are no figures of the claim', () => {
    const [c] = extractClaims('The avalanche struck at about 5:50 a.m., killing 19 people.', avalanche.lexicon);
    assert.deepEqual(
      c.quantities.map((q) => q.text),
      ['19 people'],
    );
    assert.equal(c.clocks?.length, 1);
  });
  it('agree within the roughness the words give', () => {
    const [about] = clockTimes('at about 5:50 a.m.');
    const [six] = clockTimes('at 6 a.m.');
    const [before] = clockTimes('shortly before 6 a.m.');
    assert.equal(clocksAgree(about, six), true);
    assert.equal(clocksAgree(before, about), true);
    assert.equal(clocksAgree(six, clockTimes('at 6:40 a.m.')[0]), false);
  });
});

describe('a claim with a time of day', () => {
  it('is backed when the record gives the time', () => {
    assert.equal(
      judgeIn(plantfire, "The blast hit the plant's ammonia synthesis unit at about 6:40 a.m., shortly before the morning shift changed.")
        ?.verdict,
      'supported',
    );
    assert.equal(judgeIn(crush, 'The crush happened at around 7:20 p.m., some 40 minutes before kick-off.')?.verdict, 'supported');
  });
  it('contradicts a record giving another time for it', () => {
    const f = judgeIn(plantfire, 'The explosion struck at about 7:40 a.m. on Tuesday, shortly before the morning shift change.');
    assert.equal(f?.verdict, 'conflicting');
    assert.match(f?.message ?? '', /6:40 a\.m\./);
  });
  it('is told by the report of the time, which contradicts another day', () => {
    assert.equal(judgeIn(avalanche, 'The avalanche struck at about 5:50 a.m. on Monday.', '2025-02-05')?.verdict, 'conflicting');
    assert.equal(
      judgeIn(
        avalanche,
        "The avalanche hit the Nasserein quarter of St. Anton am Arlberg, in Tyrol's Landeck district, shortly before 6 a.m. on Tuesday.",
        '2025-02-05',
      )?.verdict,
      'supported',
    );
  });
});

describe('the time between two times of day', () => {
  const story = writtenStory([
    {
      id: 'breakin',
      date: '2025-11-03',
      body: 'The motion sensor in the east gallery went off at 3:12 a.m. and a guard from the security company, Vigiprotec, reached the museum at 3:21 a.m., museum director Teresa Valadares said.\n',
    },
  ]);
  after(() => story.remove());
  it('backs "nine minutes after", said by someone the data cannot name', () => {
    const f = judgeIn(
      story.library,
      "A Vigiprotec guard reached the museum nine minutes after the motion sensor went off, according to the museum's director.",
    );
    assert.equal(f?.verdict, 'supported');
  });
  it('not a time between them that no record gives', () => {
    assert.notEqual(
      judgeIn(
        story.library,
        "A Vigiprotec guard reached the museum 25 minutes after the motion sensor went off, according to the museum's director.",
      )?.verdict,
      'supported',
    );
  });
});

describe('a time given by another report of the same event', () => {
  const story = writtenStory([
    {
      id: 'block-falls',
      date: '2025-10-07',
      body: 'KAYSERI, Turkey, Oct 7 (Test Wire) - A six-storey apartment block collapsed in the central Turkish city of Kayseri before dawn on Tuesday, killing at least four people, Governor Selim Aras said.\n',
    },
    {
      id: 'block-owner-held',
      date: '2025-10-10',
      body: 'Police detained the owner of the building on Friday. The block collapsed at about 2:40 a.m. on Tuesday, Oct. 7, in the Kocasinan district.\n',
    },
  ]);
  after(() => story.remove());
  it('contradicts another time when the report backing the rest gives none', () => {
    const f = judgeIn(story.library, 'The block collapsed at about 3:40 a.m. on Tuesday.', '2025-10-12');
    assert.equal(f?.verdict, 'conflicting');
    assert.match(f?.message ?? '', /2:40 a\.m\./);
  });
  it('backs the time it gives', () => {
    assert.equal(judgeIn(story.library, 'The block collapsed at about 2:40 a.m. on Tuesday.', '2025-10-12')?.verdict, 'supported');
  });
});
