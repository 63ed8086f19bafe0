// Quoted words across British and American spelling, and how far a short phrase pins a remark
// (found on the blind realnews10 set of 2026-12-06: "groundless rumours" for the source's
// "groundless rumors").
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { checkText } from '../server/src/engine/check';
import { loadLibrary } from '../server/src/engine/library';
import { findQuotes } from '../server/src/engine/extract/quotes';
import { foldSpelling } from '../server/src/engine/text/spelling';

const library = loadLibrary({ folders: [], bundled: true });
const finding = (text: string) => checkText(`---\ndate: 2024-11-25\n---\n\n${text}\n`, library).findings[0];

describe('spelling: British and American forms as one', () => {
  it('folds regular endings and the irregular words it names', () => {
    assert.deepEqual(['rumours', 'organised', 'centre', 'analysed', 'travelled', 'catalogue', 'defence', 'programme'].map(foldSpelling), [
      'rumors',
      'organized',
      'center',
      'analyzed',
      'traveled',
      'catalog',
      'defense',
      'program',
    ]);
  });
  it('leaves short and unrelated words alone ("four" is not "for", "killed" not "kiled")', () => {
    assert.deepEqual(['four', 'hour', 'your', 'killed', 'rise', 'troops'].map(foldSpelling), [
      'four',
      'hour',
      'your',
      'killed',
      'rise',
      'troops',
    ]);
  });
});

describe('verdicts: quoted words in the other spelling', () => {
  it('"groundless rumours" matches the source\'s "groundless rumors"', () => {
    assert.equal(
      finding('At the United Nations, a North Korean representative brushed the reports aside as “groundless rumours.”')?.verdict,
      'supported',
    );
  });
  it("other words are still no source's", () => {
    assert.equal(
      finding('At the United Nations, a North Korean representative brushed the reports aside as “groundless stories.”')?.verdict,
      'unsupported',
    );
  });
});

describe('verdicts: how far quoted words pin a remark to its occasion', () => {
  const derail = loadLibrary({ folders: [path.join(__dirname, 'fixtures', 'stories', 'derail', 'sources')], bundled: false });
  const check = (text: string) => checkText(`${text}\n`, derail).findings[0];
  it('a quotation of a sentence put on another day conflicts', () => {
    const f = check('In a statement on Thursday, October 9, Malatji said: "Our first duty now is to the families."');
    assert.equal(f?.verdict, 'conflicting');
    assert.deepEqual(f.aspects, ['time']);
  });
  it('a phrase of three words on another day may have been said again: unsupported, not conflicting', () => {
    const f = check('Speaking in Durban on Monday, Kruger said the RNA had received "two, possibly three" reports from drivers.');
    assert.equal(f?.verdict, 'unsupported');
    assert.match(f.message, /on another date/);
  });
});

describe('quotations in straight single quotes', () => {
  it("'certainly a highly concerning possibility.' is a quotation", () => {
    assert.deepEqual(
      findQuotes("Kirby called it 'certainly a highly concerning possibility.' on Wednesday").map((q) => q.text),
      ['certainly a highly concerning possibility.'],
    );
  });
  it('apostrophes are no quotation marks: "Ukraine\'s troops\' positions", "the \'90s"', () => {
    assert.deepEqual(findQuotes("Ukraine's troops' positions held through the '90s, Kirby said."), []);
  });
});

describe("quotes: a speaker's short quotation with a word changed", () => {
  const stories = path.join(__dirname, 'fixtures', 'stories');
  const verdictIn = (story: string, text: string) =>
    checkText(`${text}\n`, loadLibrary({ folders: [path.join(stories, story, 'sources')], bundled: false })).findings[0]?.verdict ?? 'none';
  it('"strongly denies" for Carrick\'s "categorically denies", "nothing to fear" for Gitau\'s "nothing to hide": misquotes', () => {
    assert.equal(verdictIn('wildfire', 'Carrick said his client "strongly denies" any involvement.'), 'conflicting');
    assert.equal(
      verdictIn('trial', 'Gitau said his client had "nothing to fear" and had signed what officials put in front of him.'),
      'conflicting',
    );
  });
  it('the same words inflected ("a groundless rumour" for "groundless rumors"), or another speaker\'s two words: no misquote', () => {
    assert.notEqual(
      finding(
        'A North Korean representative at the United Nations said on Monday that Pyongyang had not sent troops to Russia, dismissing the reports as a "groundless rumour".',
      )?.verdict,
      'conflicting',
    );
    assert.notEqual(verdictIn('wildfire', 'A police spokesman said the man "strongly denies" any involvement.'), 'conflicting');
  });
});
