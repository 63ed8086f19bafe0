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

/** The words of the thing a length is of, where the sentence says: after a size joined to it ("a
 *  14-metre fishing boat": fishing, boat), or before "of" and the figure's qualifier ("waves of up
 *  to four metres": waves). `start`/`end`: the figure's offsets in `text`. */
function thingOf(text: string, start: number, end: number, figure: string): string[] | undefined {
  if (/\d-\p{L}+$/u.test(figure)) {
    const after = /^\s+([a-z]+)(?:\s+([a-z]+))?/.exec(text.slice(end));
    return after ? [after[1], ...(after[2] ? [after[2]] : [])] : undefined;
  }
  const before = /\b([a-z]{3,})\s+of\s+(?:(?:up to|some|about|around|nearly|almost|more than|less than|over|under)\s+)?$/.exec(
    text.slice(0, start),
  );
  return before ? [before[1]] : undefined;
}

/** Whether a claim's length and a record's are told of two different things ("waves of up to four
 *  metres" and "the 14-metre fishing boat"), when one is a thing's size. */
export function otherThing(claim: Claim, q: Quantity, r: SourceRecord, rq: Quantity): boolean {
  if (!/\d-\p{L}+$/u.test(q.text) && !/\d-\p{L}+$/u.test(rq.text)) return false;
  const mine = thingOf(claim.text, q.span.start - claim.span.start, q.span.end - claim.span.start, q.text);
  const theirs = thingOf(r.text, rq.span.start - r.span.start, rq.span.end - r.span.start, rq.text);
  if (!mine || !theirs) return false;
  const stem = (w: string) => w.replace(/(?:es|s)$/, '');
  return !mine.some((w) => theirs.some((x) => stem(x) === stem(w)));
}

/** Whether a length is the size of a thing named after it ("a 261-metre vessel"): a thing's own
 *  size, which no place or day the sentence gives (where the ship sailed from) is of. */
export function thingSize(claim: Pick<Claim, 'text' | 'span'>, q: Quantity): boolean {
  return q.counted === 'length' && dimensionOf(claim.text, q.span.end - claim.span.start, q.text) === 'size';
}
