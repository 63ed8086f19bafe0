// The third session of 2026-12-07's rules, each on real sentences of the story libraries or the
// bundled one (a finding and a no-finding case): who gives a figure ("X put the magnitude at 6.1",
// "the ministry" no one named before, "Police said"), figures ("put the dead at 97", "from the 84
// reported on Sunday", "nearly 110", a speed before a noun, a part critically ill), names and claims
// (capitalised common words, hedges, editorial notes, synonyms), offices and seats, places (a side
// without a distance, a place meant for, "the town of X").
import assert from 'node:assert/strict';
import { extractClaims } from '../server/src/engine/extract/claims';
import { loadLibrary } from '../server/src/engine/library';
import { judgeIn, storyLibrary, writtenStory } from './story-library';

// Each library once for the file (loading one reads and indexes all its articles).
const bundled = loadLibrary({ folders: [], bundled: true, aliasFiles: [] });
const quake = storyLibrary('quake');
const blackout = storyLibrary('blackout');
const landslide = storyLibrary('landslide');
const derail = storyLibrary('derail');
const tanker = storyLibrary('tanker');
const ferry = storyLibrary('ferry');

describe('a figure someone "put at"', () => {
  it("the USGS's own magnitude contradicts another one given to it", () => {
    const f = judgeIn(quake, "The USGS put the quake's magnitude at 6.2.");
    assert.equal(f?.verdict, 'conflicting');
    assert.match(f?.message ?? '', /6\.1/);
  });
  it('the magnitude it gave is supported', () => {
    assert.equal(judgeIn(quake, 'The USGS put the magnitude of the quake at 6.1.')?.verdict, 'supported');
  });
  it('"put 500 people at risk" names no one giving a figure', () => {
    const [c] = extractClaims('The floods put 500 people at risk in Tharpu.', quake.lexicon);
    assert.deepEqual(
      c.actors.map((a) => a.text),
      [],
    );
  });
});

describe('"the dead at 97"', () => {
  it('is a count of deaths', () => {
    const [c] = extractClaims('Home Ministry figures put the dead at 97 in Tharpu.', quake.lexicon);
    assert.deepEqual(
      c.quantities.map((q) => [q.value, q.counted, q.event]),
      [[97, 'people', 'death']],
    );
  });
  it('and "the injured at 412" a count of injuries', () => {
    const [c] = extractClaims('The ministry put the injured at 412.', quake.lexicon);
    assert.deepEqual(
      c.quantities.map((q) => q.event),
      ['injury'],
    );
  });
});

describe('a body no one before has named', () => {
  it('"the ministry" after a grid operator\'s spokesman is not the grid operator: its figure is not TEİAŞ\'s', () => {
    assert.equal(
      judgeIn(blackout, 'TEİAŞ said some 3.4 million customers lost power at the height of the outage.')?.verdict,
      'conflicting',
    );
  });
  it("the ministry's own figure is supported", () => {
    assert.equal(
      judgeIn(blackout, 'The energy ministry said 3.4 million customers lost power at the height of the outage.')?.verdict,
      'supported',
    );
  });
});

describe("a speaker named only by a body's noun", () => {
  it('"Police said" is backed by an officer the library names with the police', () => {
    assert.equal(judgeIn(landslide, 'Police said on July 9 that 26 people had died and 28 were still missing.')?.verdict, 'supported');
  });
  it('and never to another figure', () => {
    assert.notEqual(judgeIn(landslide, 'Police said on July 9 that 26 people had died and 38 were still missing.')?.verdict, 'supported');
  });
});

describe('"from the 40 reported on Sunday"', () => {
  const { library, remove } = writtenStory([
    { id: 'fire-2025-03-02', date: '2025-03-02', body: 'Officials said 40 people had been injured in the warehouse fire on Sunday.' },
    {
      id: 'fire-2025-03-04',
      date: '2025-03-04',
      body: 'The health department said the number of people treated for injuries had risen to 55, from the 40 reported on Sunday.',
    },
  ]);
  after(remove);
  it('dates the earlier figure, not the saying: the 40 is outdated by the 55', () => {
    assert.equal(judgeIn(library, '40 people are injured.', '2025-03-05')?.verdict, 'outdated');
  });
  it('and the newer figure stands', () => {
    assert.equal(judgeIn(library, '55 people are injured.', '2025-03-05')?.verdict, 'supported');
  });
  it('a participle after a figure is no verb of saying', () => {
    const [c] = extractClaims('Police said the toll had risen to 12, from the 9 reported on Sunday.', library.lexicon);
    assert.ok(!c.times.some((t) => t.role === 'statement'));
  });
});

describe('a sentence naming a body the data does not know', () => {
  const { library, remove } = writtenStory([
    {
      id: 'crush-2025-11-23',
      date: '2025-11-23',
      body: 'Health workers set up a field hospital outside the stadium on Sunday, the city said.',
    },
  ]);
  after(remove);
  it('is a claim: "The Andes Relief Trust set up a field hospital" is unsupported', () => {
    assert.equal(judgeIn(library, 'The Andes Relief Trust set up a field hospital outside the stadium.')?.verdict, 'unsupported');
  });
  it('but not when hedged, nor rhetoric without a name', () => {
    assert.equal(judgeIn(library, 'The Andes Relief Trust may set up a field hospital outside the stadium.'), undefined);
    assert.equal(judgeIn(library, 'The city will need years to heal.'), undefined);
  });
});

describe('a name of capitalised common words', () => {
  it('that no record has is an element no record backs ("the Himalayan Relief Trust")', () => {
    const f = judgeIn(landslide, 'The Himalayan Relief Trust brought excavators to the buried village.');
    assert.equal(f?.verdict, 'unsupported');
    assert.match(f?.message ?? '', /Relief Trust/);
  });
  it('one the records have is not ("Tribhuvan University geologist Meena Shrestha")', () => {
    assert.equal(
      judgeIn(landslide, 'The debris spreads over some 35 acres, Tribhuvan University geologist Meena Shrestha estimated.')?.verdict,
      'supported',
    );
  });
});

describe('a place noun and "of" before a name', () => {
  const places = (text: string) => extractClaims(text, quake.lexicon)[0].places.map((p) => p.id);
  it('"her family\'s hometown of Santa Rosa de Cabal" names the town the gazetteer has', () => {
    assert.deepEqual(places("She was buried the same day in her family's hometown of Santa Rosa de Cabal."), ['gz:CO:santa-rosa-de-cabal']);
  });
  it('but not a body named after it ("the City of Hope Foundation") nor a possessive', () => {
    assert.deepEqual(places('The City of Hope Foundation donated money to the families.'), []);
    assert.deepEqual(places("The town of Santa Rosa de Cabal's mayor spoke."), []);
  });
});

describe('"Of the 22 people still in hospital, six were critically ill"', () => {
  it('is the part in a critical condition the report gives', () => {
    assert.equal(
      judgeIn(derail, 'Of the 22 people still in hospital on Thursday, six were critically ill.', '2025-10-16')?.verdict,
      'supported',
    );
  });
  it('another part is not', () => {
    assert.notEqual(
      judgeIn(derail, 'Of the 22 people still in hospital on Thursday, nine were critically ill.', '2025-10-16')?.verdict,
      'supported',
    );
  });
  it('a part of things is not of people ("Of the nine hospitals hit, seven are back")', () => {
    const [c] = extractClaims('Of the nine hospitals hit, seven are back on the records system.', derail.lexicon);
    assert.ok(!c.quantities.some((q) => q.counted === 'people'));
  });
});

describe('"anti-aircraft" is a word of defense (lexicon synonyms)', () => {
  const words = (text: string) => extractClaims(text, bundled.lexicon)[0].keywords;
  it('"anti-aircraft missiles" shares "defense" with the source\'s "air defense missiles"', () => {
    assert.ok(words('Russia had provided Pyongyang with anti-aircraft missiles, Shin said.').includes('defense'));
  });
  it('"anti-tank missiles" does not', () => {
    assert.ok(!words('Russia had provided Pyongyang with anti-tank missiles, Shin said.').includes('defense'));
  });
});

describe('a rank before an office with its portfolio between ("Deputy Energy Minister")', () => {
  it("is the deputy's office, not the minister's the sources give: conflicting", () => {
    const f = judgeIn(blackout, 'Deputy Energy Minister Tuncay Özbilgin announced the commission on Monday.', '2025-07-29');
    assert.equal(f?.verdict, 'conflicting');
    assert.match(f?.message ?? '', /deputy minister/);
  });
  it("the minister's own office is supported", () => {
    assert.equal(
      judgeIn(blackout, 'Energy Minister Tuncay Özbilgin announced the commission on Monday.', '2025-07-29')?.verdict,
      'supported',
    );
  });
});

describe('a place right before the office, inside the phrase ("Izmir\'s provincial health director")', () => {
  const said = 'said 27 hospitals had switched to backup generators.';
  it("is where the office is held: Manisa's for the sources' Izmir's conflicts", () => {
    assert.equal(judgeIn(blackout, `Dr. Elif Karaca, Manisa's provincial health director, ${said}`)?.verdict, 'conflicting');
    assert.equal(judgeIn(blackout, `Manisa provincial health director Elif Karaca ${said}`)?.verdict, 'conflicting');
  });
  it("Izmir's is supported", () => {
    assert.equal(judgeIn(blackout, `Dr. Elif Karaca, Izmir's provincial health director, ${said}`)?.verdict, 'supported');
  });
});

describe('a place the force is meant for ("possibly for use in Ukraine")', () => {
  it('is not where the troops are: the figure sent to Russia is supported', () => {
    const text =
      'The United States said it had found evidence that 3,000 North Korean troops had been sent to Russia, possibly for use in Ukraine.';
    assert.equal(judgeIn(bundled, text, '2024-10-24')?.verdict, 'supported');
  });
  it('nor "ahead of combat in Ukraine", "readied for the front in Ukraine"', () => {
    const text =
      "Some 11,000 North Korean soldiers are in training in Russia's east ahead of combat in Ukraine, according to Ukraine's military intelligence.";
    assert.equal(judgeIn(bundled, text)?.verdict, 'supported');
  });
  it('troops said to be in Ukraine are not', () => {
    const text = 'The United States said it had found evidence that 3,000 North Korean troops were in Ukraine.';
    assert.notEqual(judgeIn(bundled, text, '2024-10-24')?.verdict, 'supported');
  });
});

describe('idioms of opinion and speculation (lexicon hedges)', () => {
  it('"speaks volumes", "to put it mildly", "points to a possible" make no claim', () => {
    assert.equal(judgeIn(bundled, "Putin's reply to the reports of North Korean troops in Kursk was, to put it mildly, testy."), undefined);
    assert.equal(judgeIn(bundled, 'The wounding of a North Korean general in Kursk points to a possible escalation.'), undefined);
  });
  it('"it seems" hedges what it says', () => {
    assert.equal(judgeIn(blackout, "Turkey's grid, it seems, was simply not built for summers like this one."), undefined);
  });
  it('a report with "raised" or "points" stays a claim', () => {
    assert.notEqual(judgeIn(bundled, 'Ukraine raised its estimate of North Korean troops in Kursk to 12,000.'), undefined);
  });
});

describe('a speed said before a noun ("hit a 60 km/h curve at 107 km/h")', () => {
  it("is that thing's, not the speed the train went at: a wrong speed is told the report's 107 km/h", () => {
    const f = judgeIn(derail, 'The train hit the curve at 170 km/h.');
    assert.equal(f?.verdict, 'conflicting');
    assert.match(f?.message ?? '', /107 km\/h/);
  });
  it('the speed the report gives is supported', () => {
    assert.equal(judgeIn(derail, 'The train hit the curve at 107 km/h.')?.verdict, 'supported');
  });
});

describe('"the town once called Belfast" and an update note', () => {
  it('"called" before a name names a place, it attributes nothing', () => {
    const [c] = extractClaims('The tanker overturned near eMakhazeni, the town once called Belfast, on Tuesday.', tanker.lexicon);
    assert.deepEqual(c.actors, []);
  });
  it('"called it" before a quotation still attributes', () => {
    const [c] = extractClaims('The minister called it "a disaster that could have been avoided."', tanker.lexicon);
    assert.ok(c.actors.length > 0);
  });
  it('"This story has been updated with the latest figures" is an editorial note, no claim', () => {
    assert.equal(
      judgeIn(tanker, '*This story has been updated with the latest figures from the Mpumalanga health department.*'),
      undefined,
    );
  });
});

describe('which side of a place, with no distance ("the Kemalpaşa substation east of Izmir")', () => {
  const said = 'Energy Minister Tuncay Özbilgin said on Thursday that a transformer fire at the Kemalpaşa substation';
  it('the other side of the same place conflicts, quoting the source', () => {
    const f = judgeIn(blackout, `${said}, west of Izmir, set off the blackout.`, '2025-07-25');
    assert.equal(f?.verdict, 'conflicting');
    assert.match(f?.message ?? '', /east of Izmir/);
  });
  it('the same side is supported', () => {
    assert.equal(judgeIn(blackout, `${said}, east of Izmir, set off the blackout.`, '2025-07-25')?.verdict, 'supported');
  });
});

describe('a round figure said as an approximation ("nearly 110" for 109)', () => {
  it('holds the exact figure it rounds', () => {
    assert.equal(judgeIn(ferry, 'Nearly 110 people survived the sinking, Villareal said.', '2025-08-22')?.verdict, 'supported');
  });
  it('but not one it does not round to, nor "nearly" a figure below the record\'s', () => {
    assert.equal(judgeIn(ferry, 'Nearly 120 people survived the sinking, Villareal said.', '2025-08-22')?.verdict, 'conflicting');
    assert.equal(judgeIn(ferry, 'Nearly 100 people survived the sinking, Villareal said.', '2025-08-22')?.verdict, 'conflicting');
  });
});

describe('a text ending in "according to the" (found by the fuzz test)', () => {
  it('is read without failing, and names no one', () => {
    const [c] = extractClaims('There are approximately 12,000 North Korean soldiers in Russia. According to the', blackout.lexicon).slice(
      -1,
    );
    assert.deepEqual(c.actors, []);
  });
});

describe('"It is not Russia\'s actions that escalated": a denial of who did it', () => {
  it('contradicts only a draft its own sentence tells: not the signing of the treaty its neighbours speak of', () => {
    const text =
      "Kim and the Russian leader went on to sign a partnership containing a pledge that each would come to the other's aid if attacked.";
    assert.notEqual(judgeIn(bundled, text, '2024-06-19')?.verdict, 'conflicting');
  });
  it('a draft saying Russia escalated the conflict is still told the opposite', () => {
    assert.equal(
      judgeIn(bundled, "Putin said Russia's actions have escalated the conflict in Ukraine.", '2024-10-25')?.verdict,
      'conflicting',
    );
  });
});

describe('general synonyms: a pact is a treaty, sealing it is signing it (lexicon synonyms)', () => {
  it('"sealed a mutual defence pact this summer" is the treaty signed in June', () => {
    assert.equal(judgeIn(bundled, 'Russia and North Korea sealed a mutual defence pact this summer.')?.verdict, 'supported');
  });
  it('another season is not', () => {
    assert.notEqual(judgeIn(bundled, 'Russia and North Korea sealed a mutual defence pact this winter.')?.verdict, 'supported');
  });
});
