// Who said a figure and when (found on the blind quake, derail and realnews10 sets of 2026-12-06;
// their articles, our own words in drafts): a relative clause between a speaker and the verb, the
// day of a telling that ends its sentence, and a month for the saying.
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { checkText } from '../server/src/engine/check';
import { loadLibrary } from '../server/src/engine/library';
import { extractClaims } from '../server/src/engine/extract/claims';

const stories = path.join(__dirname, 'fixtures', 'stories');
const derail = loadLibrary({ folders: [path.join(stories, 'derail', 'sources')], bundled: false });
const quake = loadLibrary({ folders: [path.join(stories, 'quake', 'sources')], bundled: false });
const bundled = loadLibrary({ folders: [], bundled: true });
const finding = (text: string, library = derail, date = '2025-10-07') =>
  checkText(`---\ndate: ${date}\n---\n\n${text}\n`, library).findings[0];

describe('who said it: a relative clause between the speaker and the verb', () => {
  it('"Transport Minister Bongani Sithole, who visited ... and hospitals in Estcourt ..., said": the minister speaks', () => {
    const [c] = extractClaims(
      'Transport Minister Bongani Sithole, who visited the crash site on Saturday and hospitals in Estcourt on Sunday, said the government would pay 250,000 rand.',
      derail.lexicon,
      {},
    );
    assert.deepEqual(
      c.actors.map((a) => a.person),
      ['sithole'],
    );
  });
  it("so the minister's pledge is backed when the draft names him, not given to the wire", () => {
    assert.equal(
      finding('Families of those killed will receive 250,000 rand from the government, Sithole announced on Monday.')?.verdict,
      'supported',
    );
  });
  it('a clause opening a sentence is no apposition: "Responding to ..., Pentagon spokesperson Sabrina Singh confirmed"', () => {
    const [c] = extractClaims(
      'Responding to Ukrainian intelligence reports, Pentagon spokesperson Sabrina Singh confirmed the figure.',
      bundled.lexicon,
      {},
    );
    assert.deepEqual(
      c.actors.map((a) => a.person),
      ['singh'],
    );
  });
});

describe('when it was said', () => {
  it('"told a meeting of donors in Birendranagar on Monday.": the day of the telling, which the next sentence\'s "He said" shares', () => {
    const f = finding(
      "Karnali's chief minister said on Monday that the province had raised its relief allocation to 150 million rupees.",
      quake,
      '2025-03-11',
    );
    assert.equal(f?.verdict, 'supported');
    const [c] = extractClaims('Shahi told a meeting of donors in Birendranagar on Monday.', quake.lexicon, { refDate: '2025-03-11' });
    assert.equal(c.times[0].role, 'statement');
  });
  it('"said the troops had been seen in Kursk on Wednesday": a reported clause keeps its own day', () => {
    const [c] = extractClaims('Budanov said the troops had been seen in Kursk on Wednesday.', bundled.lexicon, { refDate: '2024-10-25' });
    assert.equal(c.times[0].role, 'event');
  });
  it('the same figure said in another month may be said again: unsupported, not conflicting', () => {
    const f = finding(
      'North Korea has deployed about 12,000 soldiers to Russia, a senior Ukrainian official told the Kyiv Independent in December.',
      bundled,
      '2024-12-20',
    );
    assert.notEqual(f?.verdict, 'conflicting');
    assert.notEqual(f?.verdict, 'supported');
  });
});

describe('whose troops', () => {
  it('"cooperation with Moscow, sending some 3,000 troops" is no count of Russian troops to contradict', () => {
    const f = finding(
      'Pyongyang has stepped up its military cooperation with Moscow, sending some 3,000 troops along with artillery supplies.',
      bundled,
      '2024-10-30',
    );
    assert.notEqual(f?.verdict, 'conflicting');
  });
  it('"Russia has 40,000 troops in Kursk" is one', () => {
    assert.equal(
      finding(
        'Ukraine and Western officials estimate Russia has about 40,000 troops stationed to defend the Kursk region.',
        bundled,
        '2024-10-30',
      )?.verdict,
      'conflicting',
    );
  });
});

describe('who said it: an office and its holder', () => {
  it('"South Korea\'s national security adviser Shin Won-sik said" is backed by the office\'s own record, which names no one', () => {
    const f = finding(
      "South Korea's national security adviser Shin Won-sik said that Russia had provided Pyongyang with air defense missiles and military equipment.",
      bundled,
      '2024-11-25',
    );
    assert.equal(f?.verdict, 'supported');
  });
  it('another office is not that office', () => {
    const f = finding(
      "South Korea's defence minister Shin Won-sik said that Russia had provided Pyongyang with air defense missiles and military equipment.",
      bundled,
      '2024-11-25',
    );
    assert.notEqual(f?.verdict, 'supported');
  });
});

describe("who said it: someone's lawyer or spokesman", () => {
  it('"Farah\'s lawyer said": the lawyer speaks, not Farah', () => {
    const [c] = extractClaims("Farah's lawyer said Tana Hydro is still owed 700 million shillings by the ministry.", bundled.lexicon, {});
    assert.deepEqual(
      c.actors.map((a) => a.person),
      [],
    );
    const trial = loadLibrary({ folders: [path.join(stories, 'trial', 'sources')], bundled: false });
    assert.equal(
      finding("Farah's lawyer said Tana Hydro is still owed 700 million shillings by the ministry.", trial, '2025-11-13')?.verdict,
      'supported',
    );
  });
  it('"Putin\'s spokesman Dmitry Peskov said": the spokesman named; "Zelensky\'s office said" speaks for Zelensky', () => {
    const said = (s: string) => extractClaims(s, bundled.lexicon, {})[0].actors.map((a) => a.person);
    assert.deepEqual(said("Putin's spokesman Dmitry Peskov said the reports were false."), ['peskov']);
    assert.deepEqual(said("Zelensky's office said the reports were false."), ['zelensky']);
  });
});

describe('verdicts: what a denial denies', () => {
  it('a record denying something else is no opposite: "had passed a full inspection" against a record that "found no fault"', () => {
    const f = finding(
      "The locomotive, 14 years old, had passed a full inspection at a Johannesburg depot on Sept. 25, Malatji told parliament's transport committee.",
      derail,
      '2025-10-11',
    );
    assert.notEqual(f?.verdict, 'conflicting');
  });
  it('"There are none in the Kharkiv region" still denies troops moved into the Kharkiv region', () => {
    const f = finding(
      'Andrii Kovalenko wrote on Telegram that some North Korean troops had been moved into the Kharkiv region.',
      bundled,
      '2024-11-25',
    );
    assert.equal(f?.verdict, 'conflicting');
  });
});

describe('who said it: a name opening a sentence, set off by an apposition', () => {
  it('"Carrick, the chancellor, said": a name by its office; her next "She added" is hers', () => {
    const ratecut = loadLibrary({ folders: [path.join(stories, 'ratecut', 'sources')], bundled: false });
    const [c] = extractClaims('Carrick, the chancellor, said in a statement that the figures showed growth.', ratecut.lexicon, {});
    assert.deepEqual(
      c.actors.map((a) => a.person),
      ['carrick'],
    );
    assert.notEqual(
      finding('Carrick said inflation was on track to fall to about 3% by mid-2026.', ratecut, '2025-11-20')?.verdict,
      'conflicting',
    );
  });
  it('"KSrelief, the Saudi aid agency, pledged": no office, no name read into it', () => {
    const [c] = extractClaims('KSrelief, the Saudi aid agency, pledged ten million dollars.', bundled.lexicon, {});
    assert.deepEqual(
      c.actors.map((a) => a.person),
      [],
    );
  });
});

// Session 7: a conflict names the claim's time that the record contradicts, and the record's own
// (the nearest of its times that differ), each day given with its date.
describe('a date conflict names the time that differs', () => {
  it('"seen in Kursk two days earlier" against the Wednesday the source gives', () => {
    const f = finding('HUR said on Thursday that North Korean soldiers had been seen in Kursk two days earlier.', bundled, '2024-10-25');
    assert.equal(f?.verdict, 'conflicting');
    assert.match(f.message, /gives “Wednesday \(23 October 2024\)”, not “two days earlier \(22 October 2024\)”/);
  });
  it('"the day before" is the Wednesday the source gives: backed', () => {
    assert.equal(
      finding('HUR said on Thursday that North Korean soldiers had been seen in Kursk the day before.', bundled, '2024-10-25')?.verdict,
      'supported',
    );
    assert.equal(
      finding('HUR said on Thursday that North Korean soldiers had been seen in Kursk one day earlier.', bundled, '2024-10-25')?.verdict,
      'supported',
    );
  });
});

// Session 7 (election story): of reports of an event that cover a draft alike, one that dates it
// answers the draft's date ("ONPE said it would update the results ... until the count is complete"
// says nothing of the day the count was completed).
describe('a dated report answers the date of the event', () => {
  const election = loadLibrary({ folders: [path.join(stories, 'election', 'sources')], bundled: false });
  const said = (text: string) => checkText(`${text}\n`, election).findings[0];
  it('"completed the count on Wednesday, June 18" against the Thursday a report gives', () => {
    const f = said('ONPE completed the count on Wednesday, June 18.');
    assert.equal(f?.verdict, 'conflicting');
    assert.match(f.message, /Thursday \(19 June 2025\)/);
  });
  it('the Thursday it gives is backed', () => {
    assert.equal(said('ONPE completed the count on Thursday, June 19.')?.verdict, 'supported');
  });
});

// Session 7: a record said after the draft was written tells a later moment than the draft's "so far".
describe('a later record does not contradict a draft written before it', () => {
  const election = loadLibrary({ folders: [path.join(stories, 'election', 'sources')], bundled: false });
  const on = (date: string) =>
    checkText(`---\ndate: ${date}\n---\n\nSome 87% of tally sheets have been counted so far.\n`, election).findings[0];
  it('"87% counted so far" on June 18 is not contradicted by the 100% of June 20', () => {
    assert.notEqual(on('2025-06-18')?.verdict, 'conflicting');
  });
  it('... but is, written on June 22', () => {
    assert.equal(on('2025-06-22')?.verdict, 'conflicting');
  });
});
