// A part of a whole told in other words ("nine of the new wells had been hooked up" for the
// source's "had been connected"): the same number of the same whole backs the draft when the record
// tells most of the claim; another number, with what happened told otherwise, is no contradiction
// (match/figure-scope.ts partAlike). On the drought story's sentences.
import assert from 'node:assert/strict';
import { judgeIn, storyLibrary } from './story-library';

const drought = storyLibrary('drought');
const wells = (n: string, verb: string) => `Mayor Deniz Aktan said only ${n} of the new wells had been ${verb} to the city network.`;

describe('a part of a whole told in other words', () => {
  it('backs the same number', () => {
    assert.equal(judgeIn(drought, wells('nine', 'hooked up'))?.verdict, 'supported');
  });
  it('contradicts another number only when told in the same words', () => {
    assert.equal(judgeIn(drought, wells('12', 'hooked up'))?.verdict, 'unsupported');
    assert.equal(judgeIn(drought, wells('12', 'connected'))?.verdict, 'conflicting');
  });
});
