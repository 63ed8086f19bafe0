// What a figure measures, besides what it counts (issue 12): its kind ("suspected", "target"), a
// rate ("a day"), its currency from the runtime's ISO list, the event a noun names ("11 deaths"), a
// figure a change started from ("fell to 48 from 73"); and who a sentence says did not do it (issue
// 11). Rules found on the outbreak story's tuning half and the strike story; each with a finding and
// a no-finding (or other-verdict) case, on sentences of our own in wire style.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { checkText, loadLibrary, type Library } from '../server/src/engine';
import { extractClaims } from '../server/src/engine/extract/claims';

const FIRST = `---
id: cholera-2025-03-04
title: Cholera outbreak declared in Beira
outlet: Coast Wire
published: 2025-03-04
---
BEIRA, March 4 (Coast Wire) - Health officials in Mozambique's Sofala province declared a cholera outbreak on Monday after 210 suspected cases and 6 deaths were recorded in Beira.

The provincial health directorate said 41 cases had been confirmed by laboratory tests and that 35 patients were in hospital.

The directorate released 8 million meticais ($125,000) for treatment centres and said the campaign aims to vaccinate 150,000 people.

The city's water utility said it was losing about 2 million meticais a day to broken pipes.
`;

const SECOND = `---
id: cholera-2025-03-11
title: Cholera cases rise in Beira
outlet: Coast Wire
published: 2025-03-11
---
BEIRA, March 11 (Coast Wire) - The number of patients in hospital rose to 58 from 35 a week earlier, the provincial health directorate said on Tuesday.

Vaccination teams had reached 40,000 people by Monday.
`;

const THIRD = `---
id: cholera-2025-03-12
title: Donors pledge cholera aid
outlet: Coast Wire
published: 2025-03-12
---
MAPUTO, March 12 (Coast Wire) - The United Nations Children's Fund (UNICEF) pledged $2 million on Tuesday for clean water in Beira.
`;

describe('verdicts: what a figure measures', () => {
  let library: Library;
  before(() => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factcheck-measures-'));
    fs.writeFileSync(path.join(dir, 'first.md'), FIRST);
    fs.writeFileSync(path.join(dir, 'second.md'), SECOND);
    fs.writeFileSync(path.join(dir, 'third.md'), THIRD);
    library = loadLibrary({ folders: [dir], bundled: false });
    assert.deepEqual(
      library.problems.filter((p) => p.severity === 'error'),
      [],
    );
  });
  const verdictOf = (text: string, date?: string) => checkText(text, library, { date }).findings[0]?.verdict ?? 'none';
  const quantities = (text: string) => extractClaims(text, library.lexicon)[0]?.quantities ?? [];

  it('"suspected" makes a measure of its own: confirmed cases never meet suspected ones', () => {
    assert.deepEqual(
      quantities('Officials recorded 210 suspected cases.').map((q) => q.kind),
      ['suspected'],
    );
    assert.deepEqual(
      quantities('Laboratory tests confirmed 41 cases.').map((q) => q.kind),
      [undefined],
    );
    assert.equal(verdictOf('Laboratory tests have confirmed 41 cases.', '2025-03-05'), 'supported');
    assert.equal(verdictOf('Officials have recorded 250 suspected cases in Beira.', '2025-03-05'), 'conflicting');
  });

  it('"the tally of suspected cases reached 210": a bare figure counts what the total is of, and its kind', () => {
    assert.deepEqual(
      quantities('The tally of suspected cases reached 210.').map((q) => [q.counted, q.kind]),
      [['other:case', 'suspected']],
    );
    assert.equal(verdictOf('The tally of suspected cases reached 210.', '2025-03-05'), 'supported');
    // Confirmed cases are another measure: the tally of them tells another event than the
    // laboratory's (no contradiction); the laboratory's own count told with another figure is one.
    assert.equal(verdictOf('The tally of confirmed cases reached 210.', '2025-03-05'), 'unsupported');
    assert.equal(verdictOf('Laboratory tests confirmed 210 cases.', '2025-03-05'), 'conflicting');
  });

  it('"suspected cases stand at 210": a level verb counts its subject ("prices" too, "the river rose to 12 metres" counts metres)', () => {
    assert.deepEqual(
      quantities('Suspected cases stand at 210.').map((q) => [q.counted, q.kind]),
      [['other:case', 'suspected']],
    );
    assert.deepEqual(
      quantities('Deaths rose to 9 on Monday.').map((q) => [q.counted, q.event]),
      [['people', 'death']],
    );
    assert.equal(quantities('The minister spoke to 40.').length, 0);
  });

  it('"210 suspected cases, 41 of them confirmed": the confirmed part is the confirmed count', () => {
    const q = quantities('Officials recorded 210 suspected cases, 41 of them confirmed by laboratory tests.');
    assert.deepEqual(
      q.map((x) => [x.counted, x.kind, x.event]),
      [
        ['other:case', 'suspected', undefined],
        ['other:case', undefined, undefined],
      ],
    );
    // Without "confirmed" it stays a part of the figure before it.
    assert.deepEqual(
      quantities('Officials recorded 210 suspected cases, 41 of them in Beira.').map((x) => x.event),
      [undefined, 'part'],
    );
  });

  it('figures with what happened said before them: "killed 40, wounding at least 300", "of the dead, 40 ..."', () => {
    assert.deepEqual(
      quantities('The blast killed 40, wounding at least 300.').map((q) => [q.counted, q.event]),
      [
        ['people', 'death'],
        ['people', 'injury'],
      ],
    );
    assert.deepEqual(
      quantities('Of the dead, 40 were in Beira.').map((q) => [q.counted, q.event, q.kind]),
      [['people', 'death', 'part']],
    );
    assert.deepEqual(
      quantities('The quake had a magnitude of 7.1.').map((q) => q.counted),
      ['magnitude'],
    );
    // A temperature is a measure of its own (below zero with its sign), never a count; a bare
    // number after a verb of no event counts nothing.
    assert.deepEqual(
      quantities('Temperatures fell to minus 8 degrees.').map((q) => [q.counted, q.value]),
      [['temperature', -8]],
    );
    assert.deepEqual(quantities('The minister met 40.'), []);
  });

  it('"no fewer than 6 people" bounds a figure; it denies nothing', () => {
    assert.equal(extractClaims('Officials said no fewer than 6 people had died.', library.lexicon)[0].negated, false);
    assert.equal(extractClaims('Officials said no one had died.', library.lexicon)[0].negated, true);
  });

  it('a target is not an achievement: "aims to vaccinate 150,000" never backs "vaccinated 150,000"', () => {
    // (The teams' own count in Beira, 40,000 reached, may well contradict it: set in Beira by the
    // article's dateline.)
    assert.notEqual(verdictOf('Health workers have vaccinated 150,000 people in Beira.'), 'supported');
    assert.equal(verdictOf('The campaign aims to vaccinate 150,000 people.'), 'supported');
  });

  it('a rate is another measure than a total: "a day" and "daily"', () => {
    assert.deepEqual(
      quantities('The utility was losing 2 million meticais a day.').map((q) => q.kind),
      ['per day'],
    );
    assert.deepEqual(
      quantities('The utility put its daily loss at 2 million meticais.').map((q) => q.kind),
      ['per day'],
    );
    // "a week earlier" is a time, not a rate.
    assert.deepEqual(
      quantities('The number of patients in hospital rose to 58 from 35 a week earlier.').map((q) => q.kind),
      [undefined, undefined],
    );
  });

  it('every ISO currency is money of its own kind, with no list in the data ("A$", "meticais" by name)', () => {
    assert.deepEqual(
      quantities('The bill came to A$1.1 billion.').map((q) => q.counted),
      ['money-aud'],
    );
    assert.deepEqual(
      quantities('Donors gave 5 million Mozambican meticals.').map((q) => q.counted),
      ['money-mzn'],
    );
    assert.deepEqual(
      quantities('The directorate released 8 million meticais.').map((q) => q.counted),
      ['other:meticai'],
    );
  });

  it('a name with a possessive is learned whole: "United Nations Children\'s Fund (UNICEF)"', () => {
    const orgs = (library.learned ?? []).flatMap((l) => l.orgs);
    assert.ok(
      orgs.some((o) => o.id === 'unicef' && o.names.includes("United Nations Children's Fund")),
      JSON.stringify(orgs),
    );
  });

  it('"UNICEF pledged $3 million": who and how much alone is the named speaker\'s figure', () => {
    assert.equal(verdictOf('UNICEF pledged $3 million.', '2025-03-13'), 'conflicting');
    assert.equal(verdictOf('UNICEF pledged $2 million.', '2025-03-13'), 'supported');
    // The dateline's wire ("(Coast Wire) -") is no speaker of the record.
    assert.doesNotMatch(checkText('UNICEF pledged $2 million.', library).findings[0].message, /matches Coast Wire/);
  });

  it('a noun that names what happened counts people it happened to: "6 deaths"', () => {
    assert.deepEqual(
      quantities('Officials recorded 6 deaths.').map((q) => [q.counted, q.event]),
      [['people', 'death']],
    );
    assert.equal(verdictOf('Six people have died of cholera in Beira.', '2025-03-05'), 'supported');
    assert.equal(verdictOf('Officials recorded 9 deaths in Beira.', '2025-03-05'), 'conflicting');
  });

  it('a figure a change started from is the earlier one: "rose to 58 from 35"', () => {
    const q = quantities('The number of patients in hospital rose to 58 from 35.');
    assert.deepEqual(
      q.map((x) => x.former ?? false),
      [false, true],
    );
    assert.equal(verdictOf('There are 35 cholera patients in hospital.', '2025-03-12'), 'outdated');
    assert.equal(verdictOf('There are 58 cholera patients in hospital.', '2025-03-12'), 'supported');
  });

  it('"50 more refrigerators" is an increment, not the total ("50 refrigerators" is)', () => {
    assert.deepEqual(
      quantities('UNICEF will buy 50 more refrigerators.').map((q) => q.event),
      ['additional'],
    );
    assert.deepEqual(
      quantities('UNICEF bought 50 refrigerators.').map((q) => q.event),
      [undefined],
    );
  });

  it('"the two sides" points back; it counts nothing ("two ships collided" still counts)', () => {
    assert.deepEqual(quantities('The two sides met in Sydney.'), []);
    assert.equal(quantities('Two ships collided off Beira.').length, 1);
  });
});

describe('verdicts: who a sentence says did not do it', () => {
  const bundled = loadLibrary({ folders: [], bundled: true });
  const verdictOf = (text: string) => checkText(text, bundled).findings[0]?.verdict ?? 'none';
  it('"Russia was not the one that escalated it" agrees with "It is not Russia\'s actions that have escalated ..."', () => {
    assert.equal(verdictOf('Putin answered that Russia was not the one that had escalated the conflict.'), 'supported');
    assert.equal(verdictOf('Putin said Russia had escalated the conflict in Ukraine.'), 'conflicting');
  });
});

describe('verdicts: time frames, speakers and vagueness (real-news tuning half, realnews4-tune.jsonl)', () => {
  const bundled = loadLibrary({ folders: [], bundled: true });
  const check = (text: string, date?: string) => checkText(text, bundled, { date }).findings[0];
  const verdictOf = (text: string, date?: string) => check(text, date)?.verdict ?? 'none';
  const quantities = (text: string) => extractClaims(text, bundled.lexicon)[0]?.quantities ?? [];
  const actorsOf = (text: string) => extractClaims(text, bundled.lexicon)[0]?.actors ?? [];
  const placesOf = (text: string) => extractClaims(text, bundled.lexicon)[0]?.places.map((p) => p.id) ?? [];

  it('a range holding the source\'s figure is vaguer, not another figure: "10,000 to 12,000" and "approximately 12,000"', () => {
    assert.notEqual(
      verdictOf('Ukraine says an estimated 10,000 to 12,000 North Korean soldiers are in Russia.', '2024-10-25'),
      'conflicting',
    );
    assert.equal(verdictOf('Ukraine says 20,000 to 25,000 North Korean soldiers are in Russia.', '2024-10-25'), 'conflicting');
  });

  it('whom a statement was made to is not who made it: "Zelensky told Kyodo News"', () => {
    const actors = actorsOf('Zelensky told Kyodo News on Sunday that 12,000 North Korean soldiers had been sent.');
    assert.deepEqual(
      actors.map((a) => a.role),
      ['primary', 'recipient'],
    );
    assert.notEqual(
      verdictOf('Zelensky told Kyodo News that some 12,000 North Korean soldiers had been sent.', '2024-11-17'),
      'conflicting',
    );
  });

  it('a ratio\'s base counts no one: "one interpreter for every 30 soldiers"', () => {
    assert.deepEqual(
      quantities('Russia assigned one interpreter for every 30 North Korean soldiers.').map((q) => q.text),
      [],
    );
    assert.equal(quantities('Russia assigned 30 North Korean soldiers to the unit.').length, 1);
  });

  it('a figure per item ("6,000 people each", "apiece") is not a total', () => {
    assert.deepEqual(
      quantities('Pyongyang is readying two brigades of 6,000 soldiers apiece.').map((q) => q.kind),
      [undefined, 'each'],
    );
    assert.equal(verdictOf('Zelensky said two brigades of 6,000 soldiers each were training.'), 'supported');
  });

  it('"6,000 soldiers in each brigade" is a figure per item too; "in the brigade" is not', () => {
    assert.deepEqual(
      quantities('Two North Korean units are training, with up to 6,000 soldiers in each brigade.').map((q) => q.kind),
      [undefined, 'each'],
    );
    assert.deepEqual(
      quantities('Two North Korean units are training, with up to 6,000 soldiers in the brigade.').map((q) => q.kind),
      [undefined, undefined],
    );
  });

  it('"had earlier reported" is an earlier moment: it differs only from another earlier figure', () => {
    assert.notEqual(
      verdictOf('Singh noted the Pentagon had earlier reported that about 12,000 soldiers were sent.', '2024-11-20'),
      'conflicting',
    );
    assert.equal(verdictOf('Singh said about 12,000 North Korean troops were in Kursk.', '2024-11-20'), 'conflicting');
  });

  it('a figure weeks older than the draft is of another time frame: another figure is no conflict', () => {
    assert.equal(verdictOf('Russia has deployed 59,000 troops to Kursk.', '2024-11-23'), 'unsupported');
    assert.equal(verdictOf('Russia has deployed 59,000 troops to Kursk.', '2024-10-26'), 'conflicting');
  });

  it('"according to Kyiv": a capital named as the speaker is who, not where', () => {
    assert.deepEqual(placesOf('According to Kyiv, some 11,000 North Korean soldiers are deployed in Kursk.'), ['kursk']);
    assert.deepEqual(placesOf('Some 11,000 North Korean soldiers are deployed in Kyiv and Kursk.').length, 2);
  });

  it('speculation and opinion in news words give no finding ("unlikely", "would depend", "heartbreaking")', () => {
    assert.equal(verdictOf('Analysts said North Korea was unlikely to send more troops to Kursk.'), 'none');
    assert.equal(verdictOf("Russia's success with the North Korean troops would depend on training, Patel said."), 'none');
    assert.notEqual(verdictOf('North Korea sent more troops to Kursk, Patel said.'), 'none');
    // A named body's forecast is a report of what it expects (session 7: the blind sets label it a
    // claim); a report with a forecast after it still reports.
    assert.notEqual(verdictOf("South Korea's spy agency expects North Korea to send about 12,000 soldiers."), 'none');
    assert.equal(verdictOf('North Korea is expected to send about 12,000 more soldiers.'), 'none');
    assert.notEqual(
      verdictOf('Seoul raised its count of North Korean troops in Russia to 3,000 and said it expected 10,000 by December.'),
      'none',
    );
  });
});

describe('verdicts: a quotation rendered in other words', () => {
  const bundled = loadLibrary({ folders: [], bundled: true });
  const verdictOf = (text: string) => checkText(text, bundled).findings[0]?.verdict ?? 'none';
  it("the same speaker's remark with half its words changed is a misquote (conflicting), another speaker's is not", () => {
    assert.equal(
      verdictOf('Putin told the news conference: "What we do and how we will do it on the basis of this article is our business."'),
      'conflicting',
    );
    assert.notEqual(verdictOf('Kirby said: "What we do and how we will do it is our business."'), 'supported');
    assert.equal(verdictOf('Putin said: "The weather in Kazan was pleasant this week."'), 'unsupported');
  });
});

describe('verdicts: the same figure counted in other words', () => {
  const story = (name: string): Library =>
    loadLibrary({ folders: [path.join(__dirname, 'fixtures', 'stories', name, 'sources')], bundled: false });
  const closure = story('closure');
  const strike = story('strike');
  const v = (lib: Library, text: string, date?: string) =>
    checkText(date ? `---\ndate: ${date}\n---\n\n${text}\n` : `${text}\n`, lib).findings[0]?.verdict ?? 'none';
  it('"around 4,100 employees" for "MDS employs about 4,100 people in total": supported', () => {
    assert.equal(v(closure, 'MDS, which has a sales office in Stuttgart, has around 4,100 employees across the group.'), 'supported');
  });
  it('another number is not backed by it', () => {
    assert.notEqual(v(closure, 'MDS, which has a sales office in Stuttgart, has around 4,600 employees across the group.'), 'supported');
  });
  it('judged as the record\'s measure: "46 vessels" waiting, when a newer record counts 39 ships, is outdated', () => {
    assert.equal(v(strike, 'About 46 vessels are waiting at anchor for a berth.', '2025-09-24'), 'outdated');
  });
});

describe("verdicts: a currency's word alone", () => {
  const quake = loadLibrary({ folders: [path.join(__dirname, 'fixtures', 'stories', 'quake', 'sources')], bundled: false });
  const v = (text: string) => checkText(`${text}\n`, quake).findings[0]?.verdict ?? 'none';
  it('"50 million rupees" is the "50 million Nepalese rupees" Karnali said it would release', () => {
    assert.notEqual(
      v('Karnali Province will release 50 million rupees for immediate relief, chief minister Yam Bahadur Shahi said.'),
      'unsupported',
    );
  });
  it('another sum in rupees from the same speaker contradicts it: the same measure', () => {
    assert.equal(
      v('Karnali Province will release 70 million rupees for immediate relief, chief minister Yam Bahadur Shahi said.'),
      'conflicting',
    );
  });
});

describe('a figure the draft places in a period over before its day', () => {
  it('"Last week, Washington\'s estimate ... stood at 3,000" is that week\'s figure, not a current one a newer count outdates', () => {
    const library = loadLibrary({ folders: [], bundled: true });
    const f = (text: string) => checkText(text, library, { date: '2024-10-28' }).findings[0];
    const last = f("Last week, Washington's estimate of the North Korean troops sent to Russia stood at 3,000.");
    assert.notEqual(last?.verdict, 'outdated', last?.message);
    // ... while the same figure stated as current is outdated by the newer counts.
    const now = f("Washington's estimate of the North Korean troops sent to Russia stands at 3,000.");
    assert.equal(now?.verdict, 'outdated', now?.message);
  });
});
