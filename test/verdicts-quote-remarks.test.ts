// Which quotation is the same remark misquoted, and which is another remark (real-news paraphrases
// of session 9's tuning half): a few words in common that are all function words ("in the
// strongest terms" against "in the area") make no remark the same; words a speaker said on another
// day than the draft gives are another remark, not this one misquoted.
import assert from 'node:assert/strict';
import { checkText } from '../server/src/engine/check';
import { loadLibrary } from '../server/src/engine/library';

const bundled = loadLibrary({ folders: [], bundled: true });
const finding = (text: string) => checkText(`${text}\n`, bundled).findings[0];

describe('quotes: the same remark, or another one', () => {
  it('"in the strongest terms" is no misquote of a sentence that only shares "in the"', () => {
    const f = finding(
      'Seoul condemned the North\'s military cooperation with Moscow "in the strongest terms," Vice Foreign Minister Kim Hong-kyun was quoted as saying.',
    );
    assert.notEqual(f?.verdict, 'conflicting', f?.message);
  });
  it('a quote of function words alone, long enough, is still compared ("But what we do and how we do it is our business")', () => {
    const f = finding('"But what we do and how we do it is our business," Putin said.');
    assert.equal(f?.verdict, 'conflicting');
    assert.match(f.message, /prerogative/);
  });
  it("Singh's words dated to another day than the record's are another remark: unsupported, not a misquote", () => {
    const f = finding(
      '"We fully expect that D.P.R.K. soldiers could be engaged in combat," deputy Pentagon press secretary Sabrina Singh told reporters on Thursday.',
    );
    assert.equal(f?.verdict, 'unsupported', f?.message);
  });
  it('no finding: the same words with no day given are still her remark misquoted', () => {
    const f = finding('"We fully expect that they would be engaged in combat operations," Singh said.');
    assert.equal(f?.verdict, 'conflicting', f?.message);
  });
});

describe('quotes: a part of the remark the library quotes', () => {
  it('a longer quotation whose words for the part the library quotes differ is a misquote ("more than 10,000 North Korean soldiers" for Patel\'s "over 10,000 North Korean troops")', () => {
    const f = finding(
      '"Today, I can confirm that more than 10,000 North Korean soldiers have been sent to eastern Russia," State Department deputy spokesperson Vedant Patel said.',
    );
    assert.equal(f?.verdict, 'conflicting', f?.message);
    assert.match(f.message, /over/);
  });
  it('no finding: the same quotation given to someone else is no misquote of Patel', () => {
    const f = finding(
      '"Today, I can confirm that more than 10,000 North Korean soldiers have been sent to eastern Russia," a Ukrainian official said.',
    );
    assert.notEqual(f?.verdict, 'conflicting', f?.message);
  });
});
