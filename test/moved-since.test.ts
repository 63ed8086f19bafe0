// A measure that moved since the draft's figure, said in other words (match/moved-since.ts), on real
// sentences of the drought story: "Izmir's reservoirs are at 18.4 percent" in a draft dated after
// the later report that storage had fallen below 17 percent is the earlier figure; dated before
// that report, or dated to its own day, it is backed.
import assert from 'node:assert/strict';
import { judgeIn, storyLibrary } from './story-library';

const drought = storyLibrary('drought');
const mine = storyLibrary('mine');

describe('a measure moved since, in other words', () => {
  it('makes the figure stated as current outdated', () => {
    const f = judgeIn(drought, "Izmir's reservoirs are at 18.4 percent of capacity.", '2025-09-15');
    assert.equal(f?.verdict, 'outdated');
    assert.match(f?.message ?? '', /earlier figure/);
  });
  it('not before the newer report, nor for the day the draft gives it', () => {
    assert.equal(judgeIn(drought, "Izmir's reservoirs are at 18.4 percent of capacity.", '2025-09-10')?.verdict, 'supported');
    assert.equal(
      judgeIn(drought, "Izmir's reservoirs were at 18.4 percent of capacity on Monday, Sept. 8.", '2025-09-15')?.verdict,
      'supported',
    );
  });
});

describe('a figure the draft dates or gives as the earlier one', () => {
  // (POLICY: outdated is a figure stated as current.)
  it('is not outdated when the draft dates it ("last Thursday")', () => {
    const text = 'Rescuers pulled fifteen miners out alive from an underground refuge chamber last Thursday.';
    assert.equal(judgeIn(mine, text, '2025-05-12')?.verdict, 'supported');
  });
});
