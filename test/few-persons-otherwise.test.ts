// A small number of persons called by another word for persons ("four US citizens" for the
// source's "four Americans") is the record's figure counted otherwise (match/counted-otherwise.ts),
// as a small number of "people" was; a small number of things is not. On the airliner story.
import assert from 'node:assert/strict';
import { judgeIn, storyLibrary } from './story-library';

const airliner = storyLibrary('airliner');

describe('a few persons called otherwise', () => {
  it('backs the same number of persons in other words', () => {
    assert.equal(
      judgeIn(airliner, 'Seven of the 11 foreign nationals on board have died, among them four US citizens.')?.verdict,
      'supported',
    );
  });
  it('does not back another number of them', () => {
    assert.notEqual(
      judgeIn(airliner, 'Seven of the 11 foreign nationals on board have died, among them five US citizens.')?.verdict,
      'supported',
    );
  });
});
