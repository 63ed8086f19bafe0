// How long something takes or lasts, given in figures: "is expected to take about six weeks",
// "the strike lasted three days". A forecast of a duration is a claim a source can back (hedges.ts),
// and a sentence stating one is checkable (match/verdict.ts isClaim).
import type { Token } from '../text/tokens';
import { WORDS } from './number-words';

const DURATION_UNITS = new Set(['days', 'weeks', 'months', 'years', 'hours', 'day', 'week', 'month', 'year', 'hour']);

/** "expected to take about six weeks", "to last two months": a duration within a few words after
 *  token `at` (the expectation). */
export function lasts(tokens: Token[], at: number): boolean {
  for (let k = at; k < tokens.length && k <= at + 5; k++) {
    if (tokens[k].lower !== 'take' && tokens[k].lower !== 'last') continue;
    const rest = tokens.slice(k + 1, k + 5).map((t) => t.lower);
    const unit = rest.findIndex((w) => DURATION_UNITS.has(w));
    return unit > 0 && rest.slice(0, unit).some((w) => /^\p{N}/u.test(w) || WORDS.has(w));
  }
  return false;
}

/** A sentence stating how long something takes or took, in figures. */
export const LASTING =
  /\b(?:take|takes|took|last|lasts|lasted)\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|at\s+least\s+|up\s+to\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:hours?|days?|weeks?|months?|years?)\b/i;
