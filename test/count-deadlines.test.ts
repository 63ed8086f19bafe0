// "more than 120 emergency patients had been taken to hospitals ... by Monday morning": a count
// that runs up to a day the record names is of that day, for a draft that names the weekday
// without a date of its own (match/elements.ts relTime). Sentences from the cyberattack library.
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { checkText } from '../server/src/engine/check';
import { loadLibrary } from '../server/src/engine/library';

const cyber = loadLibrary({ folders: [path.join(__dirname, 'fixtures', 'stories', 'cyberattack', 'sources')], bundled: false });
const verdict = (text: string) => checkText(`${text}\n`, cyber).findings[0]?.verdict;

describe('a count up to a named day', () => {
  it('"by Monday morning" backs the draft\'s Monday, though the sentence opens on Saturday', () => {
    assert.equal(verdict('Thomas Sauer said more than 120 emergency patients had been taken to hospitals by Monday morning.'), 'supported');
  });
  it('with the qualifier turned round, the count conflicts', () => {
    assert.equal(
      verdict('Thomas Sauer said fewer than 120 emergency patients had been taken to hospitals by Monday morning.'),
      'conflicting',
    );
  });
  it('another day than the one the count runs up to is not backed', () => {
    assert.notEqual(
      verdict('Thomas Sauer said more than 120 emergency patients had been taken to hospitals by Thursday morning.'),
      'supported',
    );
  });
});
