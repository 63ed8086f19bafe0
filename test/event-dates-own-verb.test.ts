// Another date for an event contradicts the draft only when the record tells the event with the
// draft's own verb: "ratified the treaty on October 24" is another event than "signed the treaty
// in June", though WordNet gives "sign" as a sense of "ratify" (match/event.ts verbsTold, own).
// On the bundled library's sentences.
import assert from 'node:assert/strict';
import { loadLibrary } from '../server/src/engine/library';
import { judgeIn } from './story-library';

const bundled = loadLibrary({ folders: [], bundled: true, aliasFiles: [] });

describe("an event's date told with the draft's own verb", () => {
  it('contradicts another date for the same verb', () => {
    const f = judgeIn(bundled, 'Russia and North Korea signed the comprehensive strategic partnership treaty in August.');
    assert.equal(f?.verdict, 'conflicting');
    assert.match(f?.message ?? '', /June/);
  });
  it('is no contradiction for another verb of a kindred sense', () => {
    assert.notEqual(
      judgeIn(bundled, "Russia's State Duma ratified the partnership treaty with North Korea on October 24.")?.verdict,
      'conflicting',
    );
  });
});
