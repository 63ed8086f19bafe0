// Who said a quotation: a speaker with two offices joined in an apposition ("Nikhil Varadarajan,
// Vyoma's co-founder and chief executive, told reporters"), a paragraph that is only a quotation
// going on with the speaker before it, and words the library has from no one it can name, which are
// no one else's words (extract/actor-phrase.ts, extract/coreference.ts, match/quote.ts).
import assert from 'node:assert/strict';
import { loadLexicon } from '../server/src/engine/data/lexicon';
import { extractClaims } from '../server/src/engine/extract/claims';
import { resolveActors } from '../server/src/engine/extract/coreference';
import { judgeIn, using, writtenStory } from './story-library';

const lex = loadLexicon();
const speakers = (text: string) => {
  const claims = extractClaims(text, lex, { refDate: '2025-10-14', article: true });
  resolveActors(claims, text);
  return claims.map((c) => c.actors.filter((a) => a.role === 'primary').map((a) => a.person ?? a.text));
};

describe('speakers of quotations', () => {
  it('reads a speaker with two offices joined by "and"', () => {
    const [first] = speakers(
      '"It broke apart at 74 seconds," Nikhil Varadarajan, Vyoma\'s co-founder and chief executive, told reporters.',
    );
    assert.deepEqual(first, ['varadarajan']);
  });
  it('gives a paragraph that is only a quotation the speaker before it', () => {
    const all = speakers(
      '"It broke apart at 74 seconds," Nikhil Varadarajan told reporters.\n\n"We are devastated, and we owe our customers complete answers."',
    );
    assert.deepEqual(all[1], ['varadarajan']);
  });
  it('leaves a quotation after a paragraph with no speaker without one', () => {
    const all = speakers('The rocket broke apart at 74 seconds.\n\n"We are devastated, and we owe our customers complete answers."');
    assert.deepEqual(all[1], []);
  });
  it('takes no words the library has from no one it can name for another speaker’s', () => {
    const story = writtenStory([
      { id: 'quote', date: '2025-10-14', body: 'The launch failed.\n\n"We are devastated, and we owe our customers complete answers."\n' },
    ]);
    using(story, (library) => {
      const f = judgeIn(
        library,
        '"We are devastated, and we owe our customers complete answers," Vyoma chief executive Nikhil Varadarajan said.',
      );
      assert.notEqual(f?.verdict, 'conflicting');
    });
  });
});
