// What the grammar marks as not having happened: conditions and a speakerless "would". Sentences
// from the real-news sets, each with a case where the rule must not fire.
import assert from 'node:assert/strict';
import { checkText } from '../server/src/engine/check';
import { loadLexicon } from '../server/src/engine/data/lexicon';
import { extractClaims } from '../server/src/engine/extract/claims';
import { loadLibrary } from '../server/src/engine/library';

const library = loadLibrary({ folders: [], bundled: true });
const lex = loadLexicon();
const hedged = (text: string) => extractClaims(`${text}\n`, lex)[0].hedged;
const verdict = (text: string) => checkText(`${text}\n`, library).findings[0]?.verdict ?? 'none';

describe('verdicts: what would happen is no claim', () => {
  it('a condition with its consequence is a projection: no finding', () => {
    assert.equal(hedged('If losses continue at this rate, the North Korean contingent will be used up by mid-April.'), 'speculation');
    assert.equal(verdict('If losses continue at this rate, the North Korean contingent will be used up by mid-April.'), 'none');
    assert.equal(hedged('Losses on that scale, if confirmed, would be unsustainable for the North Koreans.'), 'speculation');
  });
  it('"if" that opens no condition of a consequence leaves the claim ("asked if" a report was true)', () => {
    assert.equal(hedged('Kirby was asked if the North Korean troops had reached Kursk, and said they had.'), undefined);
  });
  it('a "would" no one says is a view: no finding', () => {
    assert.equal(hedged('Few policymakers would envy the position of the South Korean president.'), 'speculation');
  });
  it('reported speech keeps its "would": a speaker, or a that-clause', () => {
    assert.equal(hedged('Putin said Russia would decide for itself how to apply the treaty.'), undefined);
    assert.equal(
      hedged(
        'Ukrainian intelligence had earlier projected that the first 2,600 North Korean soldiers would reach Kursk no earlier than Nov. 1.',
      ),
      undefined,
    );
  });
});
