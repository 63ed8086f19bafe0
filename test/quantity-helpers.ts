// The figures a one-sentence text gives, for the extractor's tests (extract-quantities and
// extract-units-and-counts), read with the bundled data.
import assert from 'node:assert/strict';
import { loadLexicon } from '../server/src/engine/data/lexicon';
import { extractClaims } from '../server/src/engine/extract/claims';
import type { Quantity } from '../server/src/engine/types';

const lex = loadLexicon();

/** The figures of a one-sentence text; each span is checked to read back as the figure's text. */
export function quantities(s: string, refDate?: string): Quantity[] {
  const cs = extractClaims(s, lex, { refDate });
  assert.equal(cs.length, 1, `expected one claim in ${JSON.stringify(s)}`);
  for (const q of cs[0].quantities) assert.equal(s.slice(q.span.start, q.span.end).replace(/\s+/g, ' '), q.text, JSON.stringify(q));
  return cs[0].quantities;
}

/** The one figure of a one-sentence text. */
export function only(s: string): Quantity {
  const qs = quantities(s);
  assert.equal(qs.length, 1, `expected one figure in ${JSON.stringify(s)}, got ${JSON.stringify(qs.map((q) => q.text))}`);
  return qs[0];
}
