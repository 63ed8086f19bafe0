// Sentences read while a draft is edited: typing changes one sentence of a paragraph, and the
// incremental checker re-reads the whole paragraph, so each sentence's claim is remembered by
// everything extractSentence reads (its text, a few characters before it that the number scanner
// looks back at, the quotations inside it, the reference date) and reused, moved to where the
// sentence now is. Entries not met in the last two checks are dropped.
import type { Claim, QuoteRef, Span } from '../types';

/** How far before a sentence the extractors read (the number scanner's look-back is 13). */
const LOOK_BACK = 16;

export class SentenceMemo {
  private current = new Map<string, Claim | null>();
  private previous = new Map<string, Claim | null>();
  /** Sentences read anew since the last rotate (for tests and benchmarks). */
  read = 0;

  /** The claim of sentence `s` of `prose` (undefined for none), from memory or from `extract`. */
  claim(
    prose: string,
    s: Span,
    quotes: readonly QuoteRef[],
    ref: string | undefined,
    index: number,
    extract: () => Claim | undefined,
  ): Claim | undefined {
    const from = Math.max(0, s.start - LOOK_BACK);
    const inside = quotes
      .filter((q) => q.span.start >= s.start && q.span.end <= s.end)
      .map((q) => `${q.span.start - s.start}-${q.span.end - s.start}`);
    const key = `${ref ?? ''}\u0000${inside.join(',')}\u0000${s.start - from}\u0000${prose.slice(from, s.end)}`;
    let kept = this.current.get(key);
    if (kept === undefined) {
      kept = this.previous.get(key);
      if (kept === undefined) {
        const c = extract();
        this.read++;
        kept = c ? moved(c, -s.start, 0) : null;
      }
      this.current.set(key, kept);
    }
    return kept ? moved(kept, s.start, index) : undefined;
  }

  /** A check is over: what it did not meet is kept for one more. */
  rotate(): void {
    this.previous = this.current;
    this.current = new Map();
    this.read = 0;
  }
}

/** A copy of a claim with every span moved by `by` (the parts a check may change are copies). */
function moved(c: Claim, by: number, index: number): Claim {
  const m = (x: Span): Span => ({ start: x.start + by, end: x.end + by });
  return {
    ...c,
    span: m(c.span),
    quantities: c.quantities.map((q) => ({ ...q, span: m(q.span) })),
    places: c.places.map((p) => ({ ...p, span: m(p.span) })),
    times: c.times.map((t) => ({ ...t, span: m(t.span) })),
    actors: c.actors.map((a) => ({ ...a, span: m(a.span) })),
    quotes: c.quotes.map((q) => ({ ...q, span: m(q.span) })),
    index,
  };
}
