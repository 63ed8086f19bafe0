// Lengths of different dimensions of things: "each about 10 metres wide" is a size, "about 40 metres
// from the main hole" a distance; the two never contradict each other (match/quantity.ts).
import type { Claim, Quantity, SourceRecord } from '../types';

/** What a length measures, by the word after it: "wide", "deep", "long", "high", or "from" (a
 *  distance); undefined when the sentence does not say. */
function dimensionOf(text: string, after: number): string | undefined {
  const w = /^\s*(?:\(([^)]*)\)\s*)?([a-z]+)/i.exec(text.slice(after))?.[2]?.toLowerCase();
  return w ? DIMENSIONS[w] : undefined;
}
const DIMENSIONS: Record<string, string> = {
  wide: 'width',
  across: 'width',
  deep: 'depth',
  long: 'length',
  high: 'height',
  tall: 'height',
  from: 'distance',
  away: 'distance',
};

/** Whether the claim's length and the record's measure two different dimensions of things. */
export function otherDimension(claim: Claim, q: Quantity, r: SourceRecord, rq: Quantity): boolean {
  const mine = dimensionOf(claim.text, q.span.end - claim.span.start);
  const theirs = dimensionOf(r.text, rq.span.end - r.span.start);
  return !!mine && !!theirs && mine !== theirs;
}
