// Session 11's rules on figures, each on sentences of the story libraries (a finding and a
// no-finding case; its rules on places and speakers are in places-and-speakers.test.ts): numbers in
// words and durations a backed claim gives (match/unstated.ts), a day given without a year, units
// swapped in any family, qualifiers and directions turned round (match/figure-scope.ts
// scopedConflict), counts a thousand times apart, what "dead sea turtles" count, outdated figures
// within one article and lengths of other things (match/outdated.ts), another date for another
// event, and a commentator's or a bundled record's figure for something else.
import assert from 'node:assert/strict';
import { checkText } from '../server/src/engine/check';
import { loadLibrary } from '../server/src/engine/library';
import { extractClaims } from '../server/src/engine/extract/claims';
import { loadLexicon } from '../server/src/engine/data/lexicon';
import { judgeIn, storyLibrary, writtenStory, type StoryLibrary } from './story-library';

const story = storyLibrary;
const airliner = story('airliner');
const cyber = story('cyberattack');
const cyclone = story('cyclone');
const judge = (lib: StoryLibrary, text: string) => judgeIn(lib, text);

describe('a number in words the backing record gives otherwise', () => {
  it('"six minutes after take-off" for the source\'s "four minutes" conflicts, naming the source\'s words', () => {
    const f = judge(
      airliner,
      "The airline's chief executive, Gonzalo Arbulú Tessa, said the crew lost contact with the tower six minutes after take-off.",
    );
    assert.equal(f?.verdict, 'conflicting');
    assert.match(f?.message ?? '', /four minutes/);
  });
  it('the source\'s own "four minutes" is supported', () => {
    const f = judge(
      airliner,
      "The airline's chief executive, Gonzalo Arbulú Tessa, said the crew lost contact with the tower four minutes after take-off.",
    );
    assert.equal(f?.verdict, 'supported');
  });
});

describe('a day in a text with no year', () => {
  it('"by April 9", as a report of the event gives it, is supported', () => {
    assert.equal(judge(airliner, 'The commission has said its preliminary report will be published by April 9.')?.verdict, 'supported');
  });
  it('"by April 19", where the report of the same event gives April 9, conflicts, naming both', () => {
    const f = judge(airliner, 'The commission has said its preliminary report will be published by April 19.');
    assert.equal(f?.verdict, 'conflicting');
    assert.match(f?.message ?? '', /April 9.*April 19/);
  });
});

describe('what a figure counts, with a word of what happened before the noun', () => {
  const lex = loadLexicon();
  const counted = (text: string) => extractClaims(text, lex)[0]?.quantities.map((q) => [q.counted, q.event ?? '']);
  it('"three dead sea turtles" counts turtles, not the dead', () => {
    assert.deepEqual(counted('Volunteers counted three dead sea turtles on the beaches on Sunday.'), [['other:turtle', '']]);
  });
  it('"the number of dead seabirds" counts seabirds', () => {
    assert.deepEqual(counted('The number of dead seabirds has risen to 260.'), [['other:seabird', '']]);
  });
  it('"the number of injured stands at 512" still counts the injured', () => {
    assert.deepEqual(counted('The number of injured stands at 512.'), [['people', 'injury']]);
  });
});

describe('a newer figure in the same article', () => {
  const dated = (date: string, text: string) => checkText(`---\ndate: ${date}\n---\n\n${text}\n`, airliner).findings[0]?.verdict;
  it("the article's own second figure, later only by its date, is no update of the first", () => {
    assert.equal(
      dated('2026-03-23', 'Altiplano Air has raised its payout to each bereaved family to 120,000 soles, up from 50,000 soles.'),
      'supported',
    );
  });
  it("a later article's figure still makes the earlier one outdated", () => {
    assert.equal(dated('2026-03-23', 'Seven survivors remain in critical condition.'), 'outdated');
  });
});

describe('the figure a record says the count moved from', () => {
  it('"revised it to 195 km/h, from its earlier estimate of 185 km/h": 185 km/h as current is outdated', () => {
    const f = checkText("---\ndate: 2026-03-13\n---\n\nNerina's peak sustained winds at landfall are estimated at 185 km/h.\n", cyclone)
      .findings[0];
    assert.equal(f?.verdict, 'outdated');
    assert.match(f?.message ?? '', /195 km\/h/);
  });
  it('the revised figure is supported', () => {
    const f = checkText("---\ndate: 2026-03-13\n---\n\nNerina's peak sustained winds at landfall are estimated at 195 km/h.\n", cyclone)
      .findings[0];
    assert.equal(f?.verdict, 'supported');
  });
});

describe('ages are who, not what happened', () => {
  it('"aged 24 to 37" for the source\'s "aged between 24 and 37" is no number to look for', () => {
    assert.equal(judge(cyber, 'The suspects, aged 24 to 37, were held in coordinated raids in three countries.')?.verdict, 'supported');
  });
  it('the rest is still judged: another country in the list conflicts', () => {
    assert.equal(
      judge(cyber, 'The suspects, aged 24 to 37, were detained in coordinated raids in Ukraine, Poland and Romania, Europol said.')
        ?.verdict,
      'conflicting',
    );
  });
});

describe('what a sum is for, said in words a paraphrase adds to', () => {
  const takeover = story('takeover');
  it('"backing a deal that values the company at 4.4 billion euros" is backed by the record of the deal', () => {
    assert.equal(
      judge(
        takeover,
        'The family foundation and Granite Peak have irrevocably committed to tender their shares, together 28.1% of Oosterberg, backing a deal that values the company at 4.4 billion euros.',
      )?.verdict,
      'supported',
    );
  });
  it('the same sum for something the records never give it for is not', () => {
    assert.notEqual(judge(takeover, 'Oosterberg will spend 4.4 billion euros on new factories in Asia.')?.verdict, 'supported');
  });
});

describe('the same figure with its qualifier or its direction turned round', () => {
  const election = story('election');
  const derail = story('derail');
  it('"more than 2,100 ballots" for ONPE\'s "fewer than 2,100" conflicts, though ballots are a loose measure', () => {
    assert.equal(
      judge(election, 'The nine sheets still contested hold more than 2,100 ballots, according to ONPE.')?.verdict,
      'conflicting',
    );
  });
  it('ONPE\'s own "fewer than 2,100 ballots" is supported', () => {
    assert.equal(
      judge(election, 'The nine sheets still contested hold fewer than 2,100 ballots, according to ONPE.')?.verdict,
      'supported',
    );
  });
  it('"170 km northeast of Durban" for the source\'s northwest conflicts, whatever else the sentences say', () => {
    assert.equal(judge(derail, 'The crash site lies some 170 km northeast of Durban.')?.verdict, 'conflicting');
  });
  it('another distance from Durban is no contradiction of that one', () => {
    assert.notEqual(judge(derail, 'The crash site lies some 90 km northeast of Durban.')?.verdict, 'conflicting');
  });
});

describe("a number in words from another person's sentence", () => {
  const trial = story('trial');
  it('"sentenced to four years" for Wairimu, whose three years the record gives (four were Moraa\'s, the sentence before), conflicts', () => {
    const f = judge(trial, 'Agnes Wairimu was sentenced to four years in prison.');
    assert.equal(f?.verdict, 'conflicting');
    assert.match(f?.message ?? '', /three years/);
  });
  it('her own three years are supported', () => {
    assert.equal(judge(trial, 'Agnes Wairimu was sentenced to three years in prison.')?.verdict, 'supported');
  });
});

describe('another date for another event', () => {
  const bundled = loadLibrary({ folders: [], bundled: true, aliasFiles: [] });
  const dated = (date: string, text: string) => checkText(`---\ndate: ${date}\n---\n\n${text}\n`, bundled).findings[0]?.verdict;
  it('"submitted a bill ... on Monday to ratify the treaty" is no other date for its signing in June', () => {
    assert.notEqual(
      dated(
        '2024-10-15',
        'Putin submitted a bill to the State Duma on Monday to ratify the comprehensive strategic partnership treaty with North Korea.',
      ),
      'conflicting',
    );
  });
  it('the signing itself put in September conflicts', () => {
    assert.equal(
      dated('2024-10-26', 'Russia and North Korea signed a comprehensive strategic partnership treaty in September.'),
      'conflicting',
    );
  });
});

describe('counts a thousand times apart', () => {
  it('"about 1.2 million passengers last year" is no other count of the 70 on board', () => {
    assert.notEqual(judge(airliner, 'Altiplano Air carried about 1.2 million passengers last year.')?.verdict, 'conflicting');
  });
  it('the same digits at another scale are the figure changed: "two billion" artillery rounds for two million', () => {
    const bundled = loadLibrary({ folders: [], bundled: true, aliasFiles: [] });
    assert.equal(
      checkText('Pyongyang has supplied Moscow with about two billion artillery rounds since 2023.\n', bundled).findings[0]?.verdict,
      'conflicting',
    );
  });
});

describe("a length's newer figure of another thing", () => {
  // A story of its own, written here: two lengths of coast in one article, a day apart in another.
  const { library: coast, remove } = writtenStory([
    {
      id: 'spill-2026-05-04',
      date: '2026-05-04',
      body: 'Oil has reached about 35 km of coastline in the Western Region, the agency said.',
    },
    {
      id: 'spill-2026-05-17',
      date: '2026-05-17',
      body: 'Oil has now reached about 84 km of coastline in the Western Region, the agency said. Fishing will resume on Monday along a 20 km stretch of coast east of Dixcove, the agency said.',
    },
  ]);
  after(remove);
  const dated = (text: string) => checkText(`---\ndate: 2026-05-18\n---\n\n${text}\n`, coast).findings[0]?.verdict;
  it('"a 20 km stretch" where fishing resumes is not outdated by the oil\'s 84 km', () => {
    assert.equal(dated('Fishing will resume on Monday along a 20 km stretch of coast east of Dixcove.'), 'supported');
  });
  it("the oil's earlier 35 km is", () => {
    assert.equal(dated('Oil has reached about 35 km of coastline in the Western Region.'), 'outdated');
  });
});

describe('the same sum in another currency', () => {
  it('"some 15.5 million dollars" for the minister\'s "some 15.5 million euros" conflicts, though the record gives dollars too', () => {
    const f = judge(cyber, "Hesse's interior minister told lawmakers the attackers wanted some 15.5 million dollars.");
    assert.equal(f?.verdict, 'conflicting');
    assert.match(f?.message ?? '', /15\.5 million euros/);
  });
  it('the euros are supported', () => {
    assert.equal(
      judge(cyber, "Hesse's interior minister told lawmakers the attackers wanted some 15.5 million euros.")?.verdict,
      'supported',
    );
  });
});

describe('mends after the final scoring', () => {
  // A story of its own, written here.
  const { library: lib, remove } = writtenStory([
    {
      id: 'emergency-2026-09-27',
      date: '2026-09-27',
      body: 'Regent Yosef Boli extended the state of emergency for the next 14 days, until Oct. 11.',
    },
  ]);
  after(remove);
  it('"by two weeks" is the "next 14 days" the record gives', () => {
    assert.equal(checkText('Boli extended the state of emergency by two weeks, to Oct. 11.\n', lib).findings[0]?.verdict, 'supported');
  });
  it('"by three weeks" is not', () => {
    assert.notEqual(checkText('Boli extended the state of emergency by three weeks, to Oct. 11.\n', lib).findings[0]?.verdict, 'supported');
  });
  it('"the count of dead sea turtles" counts turtles, as "22 dead sea turtles" does', () => {
    const q = extractClaims('The EPA said the count of dead sea turtles had reached 27.', loadLexicon())[0].quantities;
    assert.deepEqual(
      q.map((x) => x.counted),
      ['other:turtle'],
    );
  });
});
