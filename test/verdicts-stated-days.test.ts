// Every day a draft states must be the library's: a second date in a sentence is checked as the
// first is (found on the blind trial story of 2026-12-06; its articles, our own words in drafts).
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { checkText } from '../server/src/engine/check';
import { loadLibrary } from '../server/src/engine/library';

const trial = loadLibrary({ folders: [path.join(__dirname, 'fixtures', 'stories', 'trial', 'sources')], bundled: false });
const finding = (text: string) => checkText(`${text}\n`, trial).findings[0];

describe('verdicts: every day the draft states', () => {
  it('"pushed the verdict back from Nov. 19 to Nov. 26": a report of the same postponement gives Nov. 25, so the day conflicts', () => {
    const f = finding('Kiprono pushed the verdict back from Nov. 19 to Nov. 26.');
    assert.equal(f?.verdict, 'conflicting');
    assert.match(f.message, /gives “Nov 25” where the draft has “Nov\. 26”/);
  });
  it('both days from two reports of the same postponement are backed', () => {
    assert.equal(finding('Kiprono pushed the verdict back from Nov. 19 to Nov. 25.')?.verdict, 'supported');
  });
});

describe('verdicts: a tally beside a figure', () => {
  const ratecut = loadLibrary({ folders: [path.join(__dirname, 'fixtures', 'stories', 'ratecut', 'sources')], bundled: false });
  const check = (text: string) => checkText(`${text}\n`, ratecut).findings[0];
  it('"voted 6-3 to cut Bank Rate to 3.75%": the rate is backed, the tally no source gives is not', () => {
    const f = check('The Monetary Policy Committee voted 6-3 to cut Bank Rate to 3.75%.');
    assert.equal(f?.verdict, 'unsupported');
    assert.match(f.message, /No source record gives “6-3”/);
  });
  it("the library's own tally is backed", () => {
    assert.equal(check('The Monetary Policy Committee voted 7-2 to cut Bank Rate to 3.75%.')?.verdict, 'supported');
  });
});
