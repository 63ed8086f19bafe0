// Who speaks and when, read from a newsroom's own articles with no alias file: a wire's dateline tag
// as the outlet, a body named by its last words ("the meteorological service"), a body "of" a field
// ("the Department of Mines and Geology", "Ardahan's Chamber of Agriculture", each in its own place),
// a person's apposition "with the department", and days counted from another event. Found on the
// blind blizzard story of session 22 (the articles here are our own words).
import assert from 'node:assert/strict';
import { loadLexicon } from '../server/src/engine/data/lexicon';
import { extractClaims } from '../server/src/engine/extract/claims';
import { findTimes } from '../server/src/engine/extract/times';
import { loadLibrary } from '../server/src/engine/library';
import { tokenize } from '../server/src/engine/text/tokens';
import { judgeIn, storyLibrary, using, writtenStory } from './story-library';

const storm = () =>
  writtenStory([
    {
      id: 'storm-warning',
      date: '2026-01-24',
      outlet: 'Transcontinental Press',
      body: [
        'ERZURUM, Turkey, Jan 24 (TCP) - Documents seen by TCP show that the Turkish State Meteorological Service (MGM) issued an orange warning for heavy snow in Erzurum and Kars provinces at 3 p.m. on Friday, Jan. 16.',
        '',
        'The Kars Chamber of Agriculture said on Friday that about 3,200 sheep and cattle had died across Kars province. Villages in Ardahan province were still cut off.',
        '',
        'Kartal Electricity Distribution said power was fully restored on Monday, nine days after the storm first brought down lines.',
      ].join('\n'),
    },
  ]);

const slide = () =>
  writtenStory([
    {
      id: 'slide-survey',
      date: '2025-07-12',
      body: "Geologists from the government's Department of Mines and Geology found a new crack above the village, said Ramesh Ghimire, a senior divisional geologist with the department. He said the survey found that the slide covered about 22 hectares.\n",
    },
  ]);

describe("bodies a newsroom's articles name", () => {
  it("takes a dateline's wire tag as the outlet's, whatever its letters", () =>
    using(storm(), (library) => {
      const outlet = library.learned!.flatMap((l) => l.orgs.filter((o) => o.outlet));
      assert.deepEqual(outlet, [{ id: 'transcontinental-press', names: ['Transcontinental Press', 'TCP'], outlet: true }]);
    }));
  it('knows a body by its last words in lower case ("the meteorological service")', () =>
    using(storm(), (library) => {
      const f = judgeIn(
        library,
        'According to documents seen by TCP, the meteorological service put out an orange warning for Erzurum and Kars at 3 p.m. on Jan. 16.',
      );
      assert.equal(f?.verdict, 'supported');
      // ... and not by words it does not have.
      assert.notEqual(
        judgeIn(library, 'The weather bureau put out an orange warning for Erzurum and Kars at 3 p.m. on Jan. 16.')?.verdict,
        'conflicting',
      );
    }));
  it("keeps a body of a field in its place: Ardahan's chamber is not the Kars one", () =>
    using(storm(), (library) => {
      assert.equal(
        judgeIn(library, 'The Chamber of Agriculture said about 3,200 sheep and cattle died in Kars province.')?.verdict,
        'supported',
      );
      const other = judgeIn(library, "Ardahan's Chamber of Agriculture said about 2,300 sheep and cattle died in Kars province.");
      assert.equal(other?.verdict, 'unsupported', other?.message);
    }));
  it('learns "the Department of Mines and Geology", and its geologist "with the department" speaks for it', () =>
    using(slide(), (library) => {
      const orgs = library.learned!.flatMap((l) => l.orgs.map((o) => o.id));
      assert.ok(orgs.includes('department-of-mines-and-geology'), orgs.join(' '));
      assert.equal(
        judgeIn(library, 'According to the Department of Mines and Geology, the slide covered roughly 22 hectares.')?.verdict,
        'supported',
      );
      assert.equal(
        judgeIn(library, 'According to the Department of Roads, the slide covered roughly 22 hectares.')?.verdict,
        'unsupported',
      );
    }));
});

describe('days a sentence counts', () => {
  const times = (text: string, ref: string) => findTimes(text, { start: 0, end: text.length }, tokenize(text), [], ref);
  it('"on Monday, nine days after the storm brought down lines" is Monday only', () =>
    using(storm(), (library) => {
      const t = times('Power was restored on Monday, nine days after the storm brought down lines.', '2026-01-29');
      assert.deepEqual(
        t.map((x) => x.start),
        ['2026-01-26'],
      );
      assert.equal(
        judgeIn(
          library,
          'Electricity was fully restored on Monday, nine days after lines first came down, the grid operator said.',
          '2026-01-29',
        )?.verdict === 'conflicting',
        false,
      );
      // ("seen in Kursk two days later" still counts from the day named.)
      assert.deepEqual(
        times('On Monday the storm hit; power came back two days later.', '2026-01-29').map((x) => x.start),
        ['2026-01-26', '2026-01-28'],
      );
    }));
  it('"since October 1 last year" and "since October 1" written in September are last year\'s', () => {
    assert.deepEqual(
      times('Izmir has had 312 mm of rain since October 1 last year.', '2025-09-10').map((x) => x.start),
      ['2024-10-01'],
    );
    assert.deepEqual(
      times('Izmir has had 312 mm of rain since October 1.', '2025-09-10').map((x) => x.start),
      ['2024-10-01'],
    );
    assert.deepEqual(
      times('The talks will resume on October 1.', '2025-09-10').map((x) => x.start),
      ['2025-10-01'],
    );
  });
  const fallen = () =>
    writtenStory([
      {
        id: 'dry-month',
        date: '2026-01-24',
        body: 'ERZURUM, Turkey, Jan 24 (TCP) - The Turkish State Meteorological Service (MGM) said only 1.2 millimetres of snow had fallen in Izmir in the first 11 days of January.\n',
      },
    ]);
  it("a forecast's month is of what is expected, and a length that fell is of its month", () =>
    using(fallen(), (library) => {
      const f = judgeIn(library, 'The meteorological service expects around 40 millimetres of snow in Izmir in February.', '2026-01-24');
      assert.equal(f?.verdict, 'unsupported', f?.message);
      const g = judgeIn(
        library,
        'The meteorological service said only 5 millimetres of snow had fallen in Izmir in the first 11 days of January.',
        '2026-01-24',
      );
      assert.equal(g?.verdict, 'conflicting', g?.message);
    }));
});

describe('what a figure counts, where, and who speaks without a name', () => {
  const lex = loadLexicon();
  const first = (text: string) => extractClaims(`${text}\n`, lex)[0];
  it('"two frostbite deaths" counts deaths (a plural event noun past its modifier); "two death threats" does not', () => {
    const q = first('Two frostbite deaths were recorded in Erzurum hospitals.').quantities[0];
    assert.deepEqual([q.counted, q.event], ['people', 'death']);
    assert.equal(first('He received two death threats.').quantities[0].counted, 'other:threat');
  });
  it('"a town of roughly 6,000 residents" is its population; "6,000 residents were evacuated" are people', () => {
    assert.equal(first('Blackwell, a town of roughly 6,000 residents, was hit hardest.').quantities[0].counted, 'population');
    assert.equal(first('About 6,000 residents were evacuated from the town.').quantities[0].counted, 'people');
  });
  it('a region that opens the sentence before "has recorded" and a number is where it was counted', () => {
    const outbreak = storyLibrary('outbreak');
    const c = extractClaims('Misamis Occidental has recorded two measles deaths.\n', outbreak.lexicon)[0];
    assert.deepEqual(
      c.places.map((p) => p.id),
      ['misamis-occidental'],
    );
    assert.notEqual(judgeIn(outbreak, 'Misamis Occidental has recorded two measles deaths.')?.verdict, 'supported');
    // (A region in the subject of another verb is no place of a count: "Misamis Occidental sent two nurses".)
    assert.deepEqual(extractClaims('Misamis Occidental sent two nurses.\n', outbreak.lexicon)[0].places, []);
  });
  it('"the Kharkiv operational-tactical group said" is a speaker the library does not know', () => {
    const bundled = loadLibrary({ folders: [], bundled: true, aliasFiles: [] });
    const f = judgeIn(
      bundled,
      'The Kharkiv operational-tactical group said claims that North Korean soldiers are in the Kharkiv region are untrue.',
      '2024-11-22',
    );
    assert.equal(f?.verdict, 'unsupported', f?.message);
    assert.deepEqual(
      first('The Kharkiv operational-tactical group said the reports were untrue.').actors.map((a) => a.anonymous),
      ['group@kharkiv'],
    );
    // ("the group said" alone names no one new.)
    assert.equal(
      first('The group said the reports were untrue.').actors.some((a) => a.anonymous),
      false,
    );
  });
});

describe('parts of a figure', () => {
  const lex = loadLexicon();
  const parts = (text: string) => extractClaims(`${text}\n`, lex)[0].quantities.map((q) => [q.text, q.event]);
  it('"four of them were in intensive care" is the part in that state, as "Four of the survivors were in intensive care" is', () => {
    assert.deepEqual(parts('Eighteen survivors were still in hospital, and four of them were in intensive care.')[1], [
      'four',
      'part:intensive',
    ]);
    assert.deepEqual(parts('Four of the survivors were in intensive care.')[0], ['Four', 'part:intensive']);
    // ("42 of them had been placed": a verb after the link stays the figure before's part.)
    assert.notEqual(parts('Some 300 children were found, and 42 of them had been placed with families.')[1][1], 'part:intensive');
  });
  it('"the bodies of 11 people, including four children" are four deaths', () => {
    assert.deepEqual(parts('Rescuers had recovered the bodies of 11 people, including four children, by Monday afternoon.')[1], [
      'four children',
      'death',
    ]);
    assert.notEqual(parts('The town has 11 doctors; four children were born there last week.')[1]?.[1], 'death');
  });
});

describe("the time of a figure is its own clause's", () => {
  const works = () =>
    writtenStory([
      {
        id: 'slide-works',
        date: '2025-07-09',
        body: 'KATHMANDU, July 9 (TW) - Two excavators reached the village on Tuesday evening, and more than 300 soldiers and police were working in shifts at the site, Kharel said.\n\nThe grid operator said about 142,000 homes had lost power on Sunday night, and 64,000 were still without electricity on Tuesday.\n',
      },
    ]);
  it('"..., and more than 300 soldiers were working" is not dated by the excavators\' Tuesday', () =>
    using(works(), (library) => {
      const f = judgeIn(library, 'Up to 300 soldiers and police were working in shifts at the site on Wednesday.', '2025-07-09');
      assert.equal(f?.verdict, 'conflicting', f?.message);
      assert.match(f.message, /more than 300 soldiers/);
    }));
  it('"..., and 64,000 were still without electricity on Tuesday" counts homes, of that Tuesday', () =>
    using(works(), (library) => {
      assert.equal(
        judgeIn(library, 'The grid operator said 64,000 homes were still without power on Tuesday.', '2025-07-09')?.verdict,
        'supported',
      );
      assert.equal(
        judgeIn(library, 'The grid operator said 46,000 homes were still without power on Tuesday.', '2025-07-09')?.verdict,
        'conflicting',
      );
    }));
});

describe('lengths of different dimensions', () => {
  const hole = () =>
    writtenStory([
      {
        id: 'hole-radar',
        date: '2025-10-21',
        body: 'GUADALAJARA, Oct 21 (TW) - Radar found two smaller cavities under the street, one of them about 40 metres from the main hole, geologist Lucía Barragán said. The main hole is about 38 metres wide.\n',
      },
    ]);
  it('a width is not a distance: "each about 10 metres wide" against "about 40 metres from the main hole"', () =>
    using(hole(), (library) => {
      assert.notEqual(judgeIn(library, 'Barragán said the smaller cavities were each about 10 metres wide.')?.verdict, 'conflicting');
      // (... while another width of the same hole still contradicts it.)
      assert.equal(judgeIn(library, 'The main hole is about 30 metres wide.')?.verdict, 'conflicting');
    }));
});

describe('rates that move', () => {
  const stats = () =>
    writtenStory([
      {
        id: 'stats-office',
        date: '2026-11-12',
        body: 'JAKARTA, Nov 12 (TW) - Statistics Indonesia said on Thursday that the economy grew 4.95% in the third quarter from a year earlier, slightly slower than 5.01% in the second. Annual inflation was 2.86% in October.\n\nStatistics Indonesia said annual inflation eased to 2.86% in October from 2.97% in September.\n',
      },
    ]);
  it('"grew 4.95% ..., slightly slower than 5.01%" is a rate that fell', () =>
    using(stats(), (library) => {
      const f = judgeIn(
        library,
        'Economic growth slowed to 4.95% in the July-September quarter from 5.01% in the second quarter, Statistics Indonesia said.',
      );
      assert.equal(f?.verdict, 'supported', f?.message);
      assert.equal(
        judgeIn(library, 'Economic growth picked up to 4.95% in the third quarter, Statistics Indonesia said.')?.verdict,
        'conflicting',
      );
    }));
  it('"picked up to 2.86%" is turned round by a record of it easing to 2.86%, whatever another record without a direction says', () =>
    using(stats(), (library) => {
      assert.equal(judgeIn(library, 'Annual inflation picked up to 2.86% in October, Statistics Indonesia said.')?.verdict, 'conflicting');
      assert.equal(judgeIn(library, 'Annual inflation was 2.86% in October, Statistics Indonesia said.')?.verdict, 'supported');
    }));
});

describe('people and offices of a place', () => {
  const city = () =>
    writtenStory([
      {
        id: 'hole-opens',
        date: '2025-10-14',
        body: 'GUADALAJARA, Mexico, Oct 14 (TW) - Guadalajara Mayor Verónica Ibarra Solís said 60 homes around the hole had been evacuated as a precaution.\n',
      },
      {
        id: 'hole-grows',
        date: '2025-10-16',
        body: 'GUADALAJARA, Mexico, Oct 16 (TW) - The city has widened the evacuation zone, and 148 homes have now been cleared, Guadalajara Mayor Verónica Ibarra Solís said on Thursday.\n',
      },
    ]);
  it('"Mayor Ibarra" is "Verónica Ibarra Solís" (a surname before the second, in plain letters), and the day the draft gives picks the record it contradicts', () =>
    using(city(), (library) => {
      const f = judgeIn(library, 'Mayor Ibarra said on Thursday that 184 homes had been evacuated.', '2025-10-17');
      assert.equal(f?.verdict, 'conflicting', f?.message);
      assert.match(f.message, /148 homes/);
    }));
  it('"Guadalajara\'s mayor said" is whoever holds the office there; another city\'s mayor is not', () =>
    using(city(), (library) => {
      assert.equal(
        judgeIn(library, "Guadalajara's mayor said on Thursday that 148 homes had been evacuated.", '2025-10-17')?.verdict,
        'supported',
      );
      assert.equal(
        judgeIn(library, "Zapopan's mayor said on Thursday that 148 homes had been evacuated.", '2025-10-17')?.verdict,
        'unsupported',
      );
      // (Another number: the mayor's own record of that day is the one named.)
      const f = judgeIn(library, "Guadalajara's mayor said on Thursday that 184 homes had been evacuated.", '2025-10-17');
      assert.match(f?.message ?? '', /148 homes/);
    }));
});

describe('sums over time', () => {
  const repairs = () =>
    writtenStory([
      {
        id: 'repairs-first',
        date: '2025-10-21',
        body: 'GUADALAJARA, Mexico, Oct 21 (TW) - Repairs will cost about 180 million pesos, Mayor Verónica Ibarra Solís said.\n\nGovernor Tomás Echeverría Lomelí said the state would pay 250,000 pesos to the family of each of the dead.\n',
      },
      {
        id: 'repairs-later',
        date: '2025-10-27',
        body: "GUADALAJARA, Mexico, Oct 27 (TW) - The city now puts the cost of repairs at 260 million pesos.\n\nGovernor Tomás Echeverría Lomelí said the state and city would together pay 400,000 pesos to the family of each person who died, raising the state's earlier offer of 250,000 pesos.\n",
      },
    ]);
  it('"are expected to cost around 180 million pesos" is a forecast sum reported, and it is outdated', () =>
    using(repairs(), (library) => {
      assert.equal(judgeIn(library, 'Repairs are expected to cost around 180 million pesos.', '2025-10-29')?.verdict, 'outdated');
      assert.equal(judgeIn(library, 'Repairs are expected to cost around 260 million pesos.', '2025-10-29')?.verdict, 'supported');
    }));
  it('"the state\'s earlier offer of 250,000 pesos" is the earlier figure, which the newer one replaces', () =>
    using(repairs(), (library) => {
      assert.equal(
        judgeIn(library, 'The state is offering 250,000 pesos to the family of each victim.', '2025-10-28')?.verdict,
        'outdated',
      );
      // (... while a draft dated before the newer offer still has it current.)
      assert.equal(
        judgeIn(library, 'The state is offering 250,000 pesos to the family of each victim.', '2025-10-22')?.verdict,
        'supported',
      );
    }));
});
