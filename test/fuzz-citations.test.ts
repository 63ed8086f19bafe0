// Property tests (fast-check) of citation planning, what the "Insert source reference" quick fixes
// apply: on random drafts, claims on sentence boundaries and sources with hostile metadata, every
// edit is an insertion at a planned offset inside the text and on a UTF-16 boundary; the text
// outside the insertions is kept byte for byte; planning again on the result plans nothing; and
// each cited source has exactly one footnote definition.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { planCitations, type OffsetEdit } from '../server/src/engine/citation-edits';
import type { CitationStyle } from '../server/src/lsp/settings';
import { proseMask } from '../server/src/engine/text/markdown';
import { splitSentences } from '../server/src/engine/text/sentences';
import type { SourceMeta, Span } from '../server/src/engine/types';
import { assertSpan, draftArb, params } from './fuzz/gen';

/** Applies non-overlapping edits, checking that everything between them is kept byte for byte. */
export function applyChecked(text: string, edits: OffsetEdit[]): string {
  let out = '';
  let at = 0;
  for (const e of edits) {
    assert.ok(e.start >= at, 'edits in order, not overlapping');
    assertSpan(text, e, 'edit');
    out += text.slice(at, e.start) + e.newText;
    at = e.end;
  }
  return out + text.slice(at);
}

const hostile = fc.constantFrom(
  undefined,
  'CNN',
  '[x](command:workbench.action.quit)',
  '<img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '**bold** `code` # h',
  'Ünïcödé 😀 \u202e',
  'a]b[c',
  '',
);
const metaArb = fc.record({
  outlet: hostile,
  title: hostile,
  published: fc.constantFrom(undefined, '2024-10-24'),
  url: fc.constantFrom(undefined, 'https://example.com/a?b=(1)', 'https://example.com/x'),
});
const IDS = ['cnn-2024-10-24', 'newsweek-2024-11-23', 'a.b_c-1', 'x', '1984'];
/** A library: one metadata record per id (as loading guarantees). */
const libraryArb: fc.Arbitrary<SourceMeta[]> = fc.tuple(...IDS.map(() => metaArb)).map((ms) => ms.map((m, i) => ({ id: IDS[i], ...m })));

/** Shifts a span over insertions made before (or, for its end, inside) it. */
function shifted(s: Span, edits: OffsetEdit[]): Span {
  let start = s.start;
  let end = s.end;
  for (const e of edits) {
    const grow = e.newText.length - (e.end - e.start);
    if (e.end <= s.start && e.start < s.start) start += grow;
    if (e.end < s.end || (e.start === e.end && e.start < s.end)) end += grow;
  }
  return { start, end };
}

describe('fuzz: citation planning (quick-fix edits)', function () {
  this.timeout(120000);

  it('insertions only, the rest byte for byte, idempotent, one definition per cited source', () => {
    const style = fc.constantFrom<CitationStyle>('footnote', 'pandoc', 'link');
    fc.assert(
      fc.property(
        draftArb({ longLine: 2000 }),
        libraryArb,
        fc.array(fc.tuple(fc.nat(), fc.nat(IDS.length - 1)), { maxLength: 6 }),
        style,
        (text, library, picks, st) => {
          const sentences = splitSentences(proseMask(text));
          if (!sentences.length) return;
          const items = picks.map(([k, s]) => ({ claim: sentences[k % sentences.length], source: library[s] }));
          const plan = planCitations(text, items, st);
          for (const e of plan.edits) assert.equal(e.start, e.end, 'an insertion, never a replacement');
          const out = applyChecked(text, plan.edits);
          // Removing the inserted text gives back the draft exactly.
          let back = '';
          let at = 0;
          let shift = 0;
          for (const e of plan.edits) {
            back += out.slice(at, e.start + shift);
            at = e.start + shift + e.newText.length;
            shift += e.newText.length;
          }
          assert.equal(back + out.slice(at), text);
          // Planning again on the result (claims moved by the insertions) plans nothing.
          const again = planCitations(
            out,
            items.map((x) => ({ ...x, claim: shifted(x.claim, plan.edits) })),
            st,
          );
          assert.deepEqual(again.edits, [], `planned twice for:\n${JSON.stringify(text)}`);
          if (st === 'footnote') {
            for (const id of new Set(items.map((x) => x.source.id))) {
              const defs = out.split(/\r?\n|\r/).filter((l) => l.startsWith(`[^${id}]:`)).length;
              const before = text.split(/\r?\n|\r/).filter((l) => l.startsWith(`[^${id}]:`)).length;
              assert.equal(defs, Math.max(1, before), `one definition of ${id}`);
            }
          }
        },
      ),
      params(300),
    );
  });

  it('an inline link is not inserted twice (found by the property: links name no id)', () => {
    const src = { id: 'cnn-2024-10-24', outlet: 'CNN', published: '2024-10-24', url: 'https://example.com/a?b=(1)' };
    for (const text of ['Kirby said 5,000 soldiers arrived.', 'Kirby said 5,000 soldiers arrived']) {
      const claim = { start: 0, end: text.length };
      const first = planCitations(
        text,
        [
          { claim, source: src },
          { claim, source: { ...src, id: 'x', url: undefined } },
        ],
        'link',
      );
      const out = applyChecked(text, first.edits);
      // The url re-serialised: its parentheses encoded, so the link cannot end early.
      assert.match(out, /arrived \(\[CNN, 2024-10-24\]\(https:\/\/example\.com\/a\?b=%281%29\)\) \(CNN, 2024-10-24; x\)/);
      assert.deepEqual(planCitations(out, [{ claim: shifted(claim, first.edits), source: src }], 'link').edits, []);
    }
  });
});
