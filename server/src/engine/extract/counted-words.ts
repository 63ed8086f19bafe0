// The words around a figure that say what it counts (quantities.ts): those that never stand
// between a number and its noun, a singular noun modifying the plural after it, "each" after a
// figure, and the doer a work's name makes ("rescue workers" are rescuers).
import type { Lexicon } from '../data/lexicon';
import { hasAdjective, nounOf, personNoun } from '../data/wordnet';
import type { Token } from '../text/tokens';
import { isPluralNoun } from './bare-figures';
import { EACH } from './figure-kind';

/** Words that end the run between a number and the noun it counts. */
export const STOP_BEFORE_NOUN = new Set([
  'have',
  'has',
  'had',
  'are',
  'is',
  'was',
  'were',
  'in',
  'to',
  'into',
  'at',
  'on',
  'by',
  'from',
  'for',
  'that',
  'who',
  'which',
  'and',
  'or',
  'with',
  'than',
  'as',
  'per',
  'a',
  'an',
  'the',
  'can',
  'could',
  'will',
  'would',
  'may',
  'might',
  'must',
  'should',
  'shall',
  'of',
  // "from 86 after hospitals added passengers": a clause follows, not a noun.
  'after',
  'before',
  'since',
  'when',
  'because',
  'while',
  'until',
  'if',
  // "from 35 last week": a time follows, not a noun.
  'last',
  'next',
  'this',
]);

/** Whether `last`, a known counted noun in the singular, modifies the plural noun after it. */
export function isModifierBefore(last: Token | undefined, next: Token | undefined, lex: Lexicon): boolean {
  if (!last || !next?.word || lex.stopwords.has(next.lower) || lex.counted.matchAt([next], 0)) return false;
  return !isPluralNoun(last.lower) && isPluralNoun(next.lower);
}

/** Whether the words after a figure make it one of each ("6,000 personnel each", "6,000 soldiers
 *  in each brigade", "200 lira for every household"). */
export function eachAfter(tokens: Token[], end: number): boolean {
  const k = tokens.findIndex((t) => t.start >= end);
  if (k < 0) return false;
  const w = tokens[k].lower;
  if (EACH.has(w)) return true;
  return (w === 'in' || w === 'for' || w === 'per') && (tokens[k + 1]?.lower === 'each' || tokens[k + 1]?.lower === 'every');
}

/** The doer's noun a work's name makes ("rescue" → "rescuer"), when WordNet has it as a person. */
export function agentOf(modifier: Token | undefined, words: number): string | undefined {
  if (!modifier?.word || words !== 1) return undefined;
  for (const a of [modifier.lower + 'r', modifier.lower + 'er']) if (nounOf(a) === a && personNoun(a)) return a;
  return undefined;
}

/** The plural noun a name and an adjective after a figure's first word qualify ("212,000 Vireo
 *  electric SUVs"), past adjectives joined by "and" ("312 public and private schools"): its index,
 *  or `h` when there is none within reach. */
export function qualifiedPlural(tokens: Token[], h: number, lex: Lexicon): number {
  const joined = +(
    /^(?:and|or)$/.test(tokens[h + 1]?.lower ?? '') &&
    hasAdjective(tokens[h].lower) &&
    hasAdjective(tokens[h + 2]?.lower ?? '')
  );
  for (let d = 1 + joined; d <= 2 + joined && h + d < tokens.length; d++) {
    const t2 = tokens[h + d];
    if (!t2.word || STOP_BEFORE_NOUN.has(t2.lower) || lex.stopwords.has(t2.lower)) break;
    if (isPluralNoun(t2.lower) || /^\p{Lu}{2,}s$/u.test(t2.text)) return h + d;
  }
  return h;
}
