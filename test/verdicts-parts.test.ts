// A part of a group the text has set out ("23 of the injured were in a critical condition"): a
// measure of its own, compared only with parts said alike, never with the whole (found on the blind
// derail story of 2026-12-06; its articles, our own words in drafts).
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { checkText } from '../server/src/engine/check';
import { extractClaims } from '../server/src/engine/extract/claims';
import { loadLibrary } from '../server/src/engine/library';

const derail = loadLibrary({ folders: [path.join(__dirname, 'fixtures', 'stories', 'derail', 'sources')], bundled: false });
const finding = (text: string, date = '2025-10-05') => checkText(`---\ndate: ${date}\n---\n\n${text}\n`, derail).findings[0];

describe('verdicts: a part of a group the text has set out', () => {
  it('the part the source gives is backed; another number for that part conflicts', () => {
    assert.equal(finding('Zungu said 23 of the injured were in a critical condition.')?.verdict, 'supported');
    assert.equal(finding('Zungu said 32 of the injured were in a critical condition.')?.verdict, 'conflicting');
  });
  it('a part no source gives is unsupported, not compared with the whole', () => {
    const f = finding('About 300 of the passengers were travelling on discounted pensioner tickets.');
    assert.equal(f?.verdict, 'unsupported');
    assert.doesNotMatch(f.message, /412/);
  });
});

describe('verdicts: a part, the verb that did it said before or after it', () => {
  const prison = loadLibrary({ folders: [path.join(__dirname, 'fixtures', 'stories', 'prison-escape', 'sources')], bundled: false });
  const check = (text: string) => checkText(`---\ndate: 2025-10-14\n---\n\n${text}\n`, prison).findings[0];
  it('"41 of the escapees had been recaptured" is backed by "police had recaptured 41 of the escapees"', () => {
    assert.equal(
      check('Made Astika, a police spokesman, said 41 of the escapees had been recaptured by Monday afternoon.')?.verdict,
      'supported',
    );
  });
  it('another number for that part is not backed', () => {
    assert.notEqual(
      check('Made Astika, a police spokesman, said 52 of the escapees had been recaptured by Monday afternoon.')?.verdict,
      'supported',
    );
  });
});

describe('verdicts: the total of those something happened to', () => {
  it('"The injured count was raised to 118": a count of the injured, backed by the source\'s', () => {
    assert.equal(
      finding('The injured count was raised to 118 after the health department went back over clinic records.', '2025-10-11')?.verdict,
      'supported',
    );
  });
  it('another number for it conflicts', () => {
    assert.equal(
      finding('The injured count was raised to 181 after the health department went back over clinic records.', '2025-10-11')?.verdict,
      'conflicting',
    );
  });
});

describe('verdicts: a number that is part of a name', () => {
  const ratecut = loadLibrary({ folders: [path.join(__dirname, 'fixtures', 'stories', 'ratecut', 'sources')], bundled: false });
  const check = (text: string) => checkText(`---\ndate: 2025-11-07\n---\n\n${text}\n`, ratecut).findings[0];
  it('"the FTSE 250 index" counts nothing, and its move is no contradiction of the FTSE 100\'s', () => {
    const [c] = extractClaims('The FTSE 250 index jumped 1.1% after the decision.', ratecut.lexicon, {});
    assert.deepEqual(
      c.quantities.map((q) => q.text),
      ['1.1%'],
    );
    assert.ok(c.keywords.includes('ftse-250'));
    assert.notEqual(check('The FTSE 250 index jumped 1.1% after the decision.')?.verdict, 'conflicting');
  });
  it("the FTSE 100's own move, misstated, still conflicts", () => {
    assert.equal(check("London's FTSE 100 share index closed up 0.9% on Thursday.")?.verdict, 'conflicting');
  });
});

// Found on the election and flood stories (session 7): "four of them" after "nine people were
// arrested" is a part of the arrested, as "four of the people detained" is.
describe('verdicts: a part read after "of them" is a part of what happened to the whole', () => {
  const stories = path.join(__dirname, 'fixtures', 'stories');
  const election = loadLibrary({ folders: [path.join(stories, 'election', 'sources')], bundled: false });
  const flood = loadLibrary({ folders: [path.join(stories, 'flood', 'sources')], bundled: false });
  const inElection = (text: string) => checkText(`${text}\n`, election).findings[0];
  it('"Four of the people detained ... in Cerro Colorado" is backed by "nine people were arrested ..., four of them in Cerro Colorado"', () => {
    assert.equal(
      inElection('Four of the people detained at polling stations on Sunday were held in Cerro Colorado, a district of Arequipa province.')
        ?.verdict,
      'supported',
    );
    assert.equal(
      inElection('Six of the people detained at polling stations on Sunday were held in Cerro Colorado, a district of Arequipa province.')
        ?.verdict,
      'conflicting',
    );
  });
  it("a neighbour sentence's date that shares only the claim's names (the agency, the province) does not date the claim", () => {
    // The situation report's "97 were in Khyber Pakhtunkhwa" sits beside "512 people had been
    // injured since ... struck on Aug 17": that date is the injuries', not the toll's.
    const f = checkText("By Tuesday the NDMA's count of the dead had reached 143, with 97 of them in Khyber Pakhtunkhwa.\n", flood)
      .findings[0];
    assert.notEqual(f?.verdict, 'conflicting', f?.message);
  });
});
