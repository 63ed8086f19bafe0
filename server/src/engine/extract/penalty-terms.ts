// A term of custody or punishment a sentence states: "jailed for nine years", "faces up to 10 years
// in prison", "a seven-day detention order", "ordered him held for two weeks". Such a sentence is a
// claim even when it names no one the data knows (the event judge then compares its words and
// numbers with the records'); and "could be jailed for up to eight years if convicted" states the
// law's maximum, not a guess.
import { tokenize, type Token } from '../text/tokens';
import { WORDS } from './number-words';

const PERIOD = /^(?:years?|months?|weeks?|days?)$/;
/** Words that make a period a term of custody or punishment, before or after it. */
const BEFORE = new Set([
  'jailed',
  'imprisoned',
  'sentenced',
  'detained',
  'held',
  'remanded',
  'handed',
  'given',
  'got',
  'gets',
  'serve',
  'serving',
  'faces',
  'face',
  'facing',
  'carries',
  'carry',
  'banned',
  'barred',
  'suspended',
  // "a sentence of up to eight years", "punishable by up to five years", "a prison term of six years"
  'sentence',
  'punishable',
  'term',
]);
const AFTER = new Set(['prison', 'jail', 'bars', 'detention', 'custody', 'imprisonment', 'remand', 'sentence', 'ban', 'suspension']);

function isCount(t: Token | undefined): boolean {
  if (!t) return false;
  return /^\d+(?:\.\d+)?$/.test(t.text) || WORDS.has(t.lower) || t.lower === 'a' || t.lower === 'an';
}

/** Where a period of time is said as a term: its number and period word, and a word of custody or
 *  punishment within a few words before ("jailed ... for") or after ("in prison", "of detention"). */
export function termAt(tokens: Token[]): number {
  for (let i = 1; i < tokens.length; i++) {
    // "nine years", and "a seven-day (preliminary) detention order" (one token or three).
    const word = tokens[i].lower;
    const glued =
      /^(?:\d+|[a-z]+)-(?:year|month|week|day)$/.test(word) &&
      isCount({ ...tokens[i], text: word.split('-')[0], lower: word.split('-')[0] });
    if (!glued && !(PERIOD.test(word) && isCount(tokens[i - 1]))) continue;
    for (let k = Math.max(0, i - 6); k < i - 1; k++) if (BEFORE.has(tokens[k].lower)) return i;
    for (let k = i + 1; k < Math.min(tokens.length, i + 5); k++) if (AFTER.has(tokens[k].lower)) return i;
  }
  return -1;
}

/** Whether a sentence states a term of custody or punishment. */
export function statesTerm(text: string): boolean {
  if (!/\b(?:years?|months?|weeks?|days?)\b/i.test(text)) return false;
  return termAt(tokenize(text)) >= 0;
}

const TERM_VERBS = new Set(['jailed', 'imprisoned', 'sentenced', 'face', 'get', 'serve']);
/** A term of punishment the sentence gives with its verb ("be jailed for", "face up to"), after
 *  the word at `from`. */
export function penaltyTerm(tokens: Token[], from = -1): boolean {
  const term = termAt(tokens);
  return term >= 0 && tokens.some((t, k) => k > from && k < term && TERM_VERBS.has(t.lower));
}

/** Whether a hedge at `at` leaves a term stated: a modal before the term's own verb ("could be
 *  jailed for up to eight years"), or a hedge in a clause after the term ("held for two weeks,
 *  citing the risk that he might ..."). */
export function termStated(tokens: Token[], at: number, modal: boolean): boolean {
  const term = termAt(tokens);
  if (term < 0) return false;
  if (modal && penaltyTerm(tokens, at)) return true;
  return at > term && tokens.some((t, k) => k > term && k < at && t.text === ',');
}
