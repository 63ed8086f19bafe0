// A draft that reports a denial: "Moscow and Pyongyang have both denied that any troops were moved"
// is not contradicted by a record saying the troops moved (the denial may be reported too), while
// "Putin denied that ..." is, by a report that has Putin not deny it ("neither confirmed nor
// denied"). match/event-alike.ts reportsDenial, undeniedIn. On the bundled library's sentences.
import assert from 'node:assert/strict';
import { loadLibrary } from '../server/src/engine/library';
import { judgeIn } from './story-library';

const bundled = loadLibrary({ folders: [], bundled: true, aliasFiles: [] });

describe('a reported denial', () => {
  it("is contradicted by the same person's holding back from denying", () => {
    const f = judgeIn(bundled, 'Putin denied that North Korean soldiers were in Russia.');
    assert.equal(f?.verdict, 'conflicting');
    assert.match(f?.message ?? '', /not denied/);
  });
  it('is backed where the person did not deny it and the draft says so', () => {
    assert.equal(judgeIn(bundled, 'Putin did not deny that North Korean soldiers were in Russia.')?.verdict, 'supported');
  });
  it("is no contradiction of another's report that the thing happened", () => {
    assert.notEqual(judgeIn(bundled, 'Moscow and Pyongyang have both denied that any troops were moved.')?.verdict, 'conflicting');
    assert.notEqual(
      judgeIn(
        bundled,
        "One of North Korea's representatives at the United Nations denied that Pyongyang had sent troops to help Russia fight Ukraine, dismissing Seoul's claims as groundless rumour.",
      )?.verdict,
      'conflicting',
    );
  });
});
