// Lengths of different dimensions of things: "each about 10 metres wide" is a size, "about 40 metres
// from the main hole" a distance; the two never contradict each other (match/quantity.ts).
import type { Claim, Quantity, SourceRecord } from '../types';

/** What a length measures, by the word after it: "wide", "deep", "long", "high", or "from" (a
 *  distance); undefined when the sentence does not say. */
function dimensionOf(text: string, after: number, figure: string): string | undefined {
  const w = /^\s*(?:\(([^)]*)\)\s*)?([a-z]+(?:-[a-z]+)?)/i.exec(text.slice(after))?.[2]?.toLowerCase();
  if (!w) return undefined;
  // ("a 261-metre vessel": a figure joined to its unit before a noun is the size of the thing.)
  if (/\d-\p{L}+$/u.test(figure) && !DIMENSIONS[w]) return 'size';
  return DIMENSIONS[w];
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
  upstream: 'distance',
  downstream: 'distance',
  north: 'distance',
  south: 'distance',
  east: 'distance',
  west: 'distance',
  'north-west': 'distance',
  'north-east': 'distance',
  'south-west': 'distance',
  'south-east': 'distance',
  northwest: 'distance',
  northeast: 'distance',
  southwest: 'distance',
  southeast: 'distance',
  // ("drawing 9.8 metres of water", "30 centimetres of snow": an amount of something.)
  of: 'amount',
};

/** Whether the claim's length and the record's measure two different dimensions of things. */
export function otherDimension(claim: Claim, q: Quantity, r: SourceRecord, rq: Quantity): boolean {
  const mine = dimensionOf(claim.text, q.span.end - claim.span.start, q.text);
  const theirs = dimensionOf(r.text, rq.span.end - r.span.start, rq.text);
  if (!mine || !theirs || mine === theirs) return false;
  // (A thing's size is any of its own dimensions: "a 262-metre ship" is "262 metres long".)
  const own = (d: string) => d !== 'distance' && d !== 'amount';
  return !((mine === 'size' && own(theirs)) || (theirs === 'size' && own(mine)));
}

/** Whether a length is the size of a thing named after it ("a 261-metre vessel"): a thing's own
 *  size, which no place or day the sentence gives (where the ship sailed from) is of. */
export function thingSize(claim: Pick<Claim, 'text' | 'span'>, q: Quantity): boolean {
  return q.counted === 'length' && dimensionOf(claim.text, q.span.end - claim.span.start, q.text) === 'size';
}
