// A figure in brackets that restates the one before it in another unit ("1,300 square kilometres
// (500 square miles)", "$18 million (about 15.5 million euros)"): the reporter's own rounding of the
// same figure, checked by its first form (and, since the fourth session of 2026-12-07, against the
// conversion the record backing it gives: test/penalty-terms-and-reasons.test.ts). Sources keep
// their conversions: a draft may cite either form. Found on the realnews3 tuning set (session 7).
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { checkText } from '../server/src/engine/check';
import { loadLibrary } from '../server/src/engine/library';
import { using, writtenStory } from './story-library';

const bundled = loadLibrary({ folders: [], bundled: true });
const strike = loadLibrary({ folders: [path.join(__dirname, 'fixtures', 'stories', 'strike', 'sources')], bundled: false });
const verdict = (text: string, library = bundled) => checkText(`${text}\n`, library).findings[0]?.verdict;

describe('verdicts: a bracketed conversion of the figure before it', () => {
  it('"about 1,376 square kilometres (500 square miles)" is backed: the source gives 531 square miles, but the rounder conversion is no second figure', () => {
    assert.equal(
      verdict('Ukraine seized about 1,376 square kilometres (500 square miles) of Russian territory in Kursk after its August incursion.'),
      'supported',
    );
  });
  it('the figure itself is still checked: another area with the same conversion conflicts', () => {
    assert.equal(
      verdict('Ukraine seized about 2,500 square kilometres (500 square miles) of Russian territory in Kursk after its August incursion.'),
      'conflicting',
    );
  });
  it("a source's own bracketed conversion still backs a draft that gives only that form", () => {
    assert.equal(verdict('In the second week, the Freight Council estimated the daily cost at about US$39 million.', strike), 'supported');
  });
});

describe("a source's bracketed conversion says no more than the figure it converts", () => {
  const story = (first: string) =>
    writtenStory([
      {
        id: 'twister-1',
        date: '2025-05-14',
        body: `The tornado stayed on the ground for ${first} (64 km), said Dana Whitfield, a meteorologist.`,
      },
    ]);
  const conversion = (library: ReturnType<typeof loadLibrary>) => library.records.flatMap((r) => r.quantities).find((q) => q.unit === 'km');
  it('"at least 40 miles (64 km)": the 64 km is at least 64 km', () => {
    using(story('at least 40 miles'), (library) =>
      assert.deepEqual([conversion(library)?.direction, conversion(library)?.interval.hi], ['min', Infinity]),
    );
  });
  it('"40 miles (64 km)": exactly 64 km', () => {
    using(story('40 miles'), (library) => assert.equal(conversion(library)?.direction, 'exact'));
  });
});
