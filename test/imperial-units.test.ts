// Feet, yards, inches and pounds by weight ("lb") are units of their families (server/data/
// lexicon.yaml): "an altitude of about 3,300 feet" is a length, compared with the sources' "about
// 3,300 metres" as another unit of the same number, not a count of things called feet. On the
// airliner story's sentences.
import assert from 'node:assert/strict';
import { loadLexicon } from '../server/src/engine/data/lexicon';
import { extractClaims } from '../server/src/engine/extract/claims';
import { judgeIn, storyLibrary } from './story-library';

const lex = loadLexicon();
const airliner = storyLibrary('airliner');

describe('imperial units', () => {
  it('reads feet and pounds by weight as lengths and masses', () => {
    const [feet] = extractClaims('The plane was flying at 12,500 feet.', lex)[0].quantities;
    assert.equal(feet.counted, 'length');
    assert.ok(Math.abs(feet.normalized - 3810) < 1);
    const [lb] = extractClaims('The satellites weighed 904 lb in all.', lex)[0].quantities;
    assert.equal(lb.unit, 'lb');
  });
  it('takes the same number in feet for the sources’ metres as another unit', () => {
    const f = judgeIn(airliner, "Cusco's airport lies at an altitude of about 3,300 feet.");
    assert.equal(f?.verdict, 'conflicting');
    assert.match(f?.message ?? '', /3,300 metres/);
  });
  it('backs the altitude in the sources’ unit', () => {
    assert.equal(judgeIn(airliner, "Cusco's airport lies at an altitude of about 3,300 metres.")?.verdict, 'supported');
  });
});
