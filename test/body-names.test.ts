// A capitalised run ending in a word for a body ("the PJ's Northern Directorate", "Sweden's
// Transport Agency") is a body the data does not know, not a person whose surname is "Directorate":
// the speaker's office and body then match the sources' ("Rui Estrela, director of the PJ's
// Northern Directorate"), and a finding names the body in words, never by its id.
import assert from 'node:assert/strict';
import { loadLexicon } from '../server/src/engine/data/lexicon';
import { findMentions } from '../server/src/engine/extract/mentions';
import { tokenize } from '../server/src/engine/text/tokens';
import { judgeIn, using, writtenStory } from './story-library';

const lex = loadLexicon();
const mentions = (s: string) => {
  const tokens = tokenize(s);
  return findMentions(tokens, lex, 0).map((m) => `${m.kind}:${m.id}`);
};

describe('a body the data does not know, by its last word', () => {
  it('is a body, not a person', () => {
    assert.ok(mentions("The head of the PJ's Northern Directorate said so.").includes('org:~northern-directorate'));
    assert.ok(!mentions("The head of the PJ's Northern Directorate said so.").some((m) => m === 'name:directorate'));
  });
  it('a person is still a person', () => {
    assert.ok(mentions('The statement was read by Maria Costa Pinto on Friday.').includes('name:pinto'));
  });
  it("backs a quotation given to the body's head, named in words", () => {
    const story = writtenStory([
      {
        id: 'recovery',
        date: '2025-11-24',
        body: '"The net is closing, but our work is not finished while a single piece is missing," Rui Estrela, director of the PJ\'s Northern Directorate, said in the statement.\n',
      },
    ]);
    try {
      const f = judgeIn(
        story.library,
        '"The net is closing, but our work is not finished while a single piece is missing," the head of the PJ\'s Northern Directorate said.',
      );
      assert.equal(f?.verdict, 'supported');
      assert.doesNotMatch(f?.message ?? '', /~/);
    } finally {
      story.remove();
    }
  });
});

describe("a speaker's body named by some words of the sources' name for it", () => {
  const story = () =>
    writtenStory([
      {
        id: 'port',
        date: '2025-10-14',
        body: 'The Port Authority said the terminal would reopen on Friday.\n\nTomás Ibarguren, president of the Port Authority of the Bay of Algeciras (APBA), said the authority would invest 12 million euros in four new container scanners.\n\nThe Interior Ministry said it had arrested two men.\n',
      },
    ]);
  it('"port authority president Tomás Ibarguren" is his body, in fewer words', () => {
    using(story(), (library) => {
      assert.equal(
        judgeIn(
          library,
          'The authority will invest 12 million euros in four new container scanners, port authority president Tomás Ibarguren said.',
        )?.verdict,
        'supported',
      );
    });
  });
  it('a body with a word the name does not have is another body', () => {
    using(story(), (library) => {
      const f = judgeIn(
        library,
        'The authority will invest 12 million euros in four new container scanners, Interior Ministry spokesman Tomás Ibarguren said.',
      );
      assert.equal(f?.verdict, 'conflicting');
      assert.match(f.message, /not Interior Ministry/);
    });
  });
});
