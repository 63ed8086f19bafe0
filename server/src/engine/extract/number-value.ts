// The value of a whole string of number words ("forty-two", "a dozen"), read by the number
// scanner (numbers.ts) for callers that have the words alone.
import { Scanner } from './numbers';

/** The value of a whole string of number words ("forty-two", "one hundred and fifty", "a dozen"):
 * undefined for anything else, digits ("12 thousand") and ordinals included. */
export function parseNumberWords(words: string): number | undefined {
  const s = words.trim();
  const q = s === '' ? undefined : new Scanner(s, s.length).single(0, false, false).q;
  return q && q.end === s.length && q.kind === 'words' && !q.ordinal && !q.percent ? q.value : undefined;
}
