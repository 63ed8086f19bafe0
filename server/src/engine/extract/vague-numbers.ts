// Magnitudes said without a number: "thousands of troops", "hundreds of square miles", "tens of
// thousands of people", "dozens of homes". Each is a range a record's figure may fall in: it backs
// the draft when one does, and contradicts none (reporters say "thousands" of 11,000 as readily as
// of 3,000). Read by quantities.ts beside the numbers numbers.ts finds.
import type { NumberMatch } from '../types';

/** Each magnitude's range, said alone ("thousands of"). */
const MAGNITUDE: Record<string, [number, number]> = {
  dozens: [24, 199],
  scores: [40, 199],
  hundreds: [200, 9_999],
  thousands: [2_000, 99_999],
  millions: [2_000_000, 999_999_999],
};
/** A magnitude scaled by the word before it ("tens of thousands": 20,000 to 99,999). */
const UNIT: Record<string, number> = { thousands: 1_000, millions: 1_000_000 };
const SCALED: Record<string, [number, number]> = { tens: [20, 99], hundreds: [200, 999] };

// ("hundreds of thousands" with no noun after it is scaled all the same, and counts nothing.)
const VAGUE =
  /\b(?:(tens|hundreds)\s+of\s+(thousands|millions)(?:\s+of\b)?|(dozens|scores|hundreds|thousands|millions)\s+of\b(?!\s+(?:thousands|millions|billions)\b))/gi;

export function findVagueNumbers(text: string, from: number, to: number): NumberMatch[] {
  const out: NumberMatch[] = [];
  for (const m of text.slice(from, to).matchAll(VAGUE)) {
    const word = (m[2] ?? m[3]).toLowerCase();
    const scale = m[1] ? SCALED[m[1].toLowerCase()] : undefined;
    const [value, valueHi] = scale ? [scale[0] * UNIT[word], scale[1] * UNIT[word]] : MAGNITUDE[word];
    const start = from + m.index;
    out.push({ start, end: start + m[0].length, text: m[0], value, valueHi, kind: 'words', vague: true });
  }
  return out;
}

/** The numbers and magnitudes of a text in order, a magnitude's words not read as numbers too. */
export function withVague(nums: NumberMatch[], vague: NumberMatch[]): NumberMatch[] {
  if (!vague.length) return nums;
  const free = nums.filter((n) => !vague.some((v) => n.start < v.end && v.start < n.end));
  return [...free, ...vague].sort((a, b) => a.start - b.start);
}
