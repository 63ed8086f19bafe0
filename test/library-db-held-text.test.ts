// What a check holds of a stored article's text (library-db/held-text.ts): the spans of the records
// fetched, the line breaks, the length; the text a Source shows then gives the same excerpts and
// the same line and character positions as the whole text.
import { strict as assert } from 'node:assert';
import { LineIndex } from '../server/src/engine';
import { HeldText, sourceWithHeldText } from '../server/src/library-db/held-text';

const TEXT = [
  '---',
  'id: a',
  '---',
  'First line with **markup** and “quotes”.\r',
  'Second 😀 line: North Korea sent 3,000 troops.',
  '',
  'Third paragraph, which no record was fetched from.',
  'Last line, said Kirby.',
].join('\n');

const spanOf = (words: string) => ({ start: TEXT.indexOf(words), end: TEXT.indexOf(words) + words.length });

describe('held text of a stored article', () => {
  const spans = [spanOf('First line with **markup**'), spanOf('North Korea sent 3,000 troops.'), spanOf('said Kirby.')];

  it('keeps the spans, the line breaks and the length, and blanks the rest', () => {
    const held = new HeldText(TEXT, spans);
    const text = held.text();
    assert.equal(text.length, TEXT.length);
    for (const s of spans) assert.equal(text.slice(s.start, s.end), TEXT.slice(s.start, s.end));
    const whole = new LineIndex(TEXT);
    const shown = new LineIndex(text);
    for (let at = 0; at <= TEXT.length; at += 7) assert.deepEqual(shown.positionAt(at), whole.positionAt(at), `offset ${at}`);
    assert.ok(!text.includes('Third paragraph'), 'what no record needs is not held');
    assert.equal(text.replace(/[^\r\n]/g, ''), TEXT.replace(/[^\r\n]/g, ''));
  });

  it('says which spans it lacks, takes more of the same text, and overlapping spans agree', () => {
    const held = new HeldText(TEXT, spans.slice(0, 1));
    assert.ok(held.covers(spans.slice(0, 1)));
    assert.ok(!held.covers(spans));
    held.hold(TEXT, [...spans, spanOf('sent 3,000 troops.\n\nThird')]);
    assert.ok(held.covers(spans));
    const text = held.text();
    for (const s of [...spans, spanOf('sent 3,000 troops.\n\nThird')]) assert.equal(text.slice(s.start, s.end), TEXT.slice(s.start, s.end));
  });

  it('is a Source whose text is made when first read', () => {
    const held = new HeldText(TEXT, spans);
    const source = sourceWithHeldText({ meta: { id: 'a' }, path: '/archive/a.md', bodyStart: 12, bundled: false }, held);
    assert.equal(source.meta.id, 'a');
    assert.equal(source.text, held.text());
    assert.equal(source.text, source.text, 'made once');
  });
});
