// The level a measure is said to stand at or be put at, read from the words before its figure:
// "suspected cases stand at 302", "deaths rose to 11", "put the death toll at 64" (bare-figures.ts).
import type { Lexicon } from '../data/lexicon';
import { nounOf } from '../data/wordnet';
import type { Token } from '../text/tokens';
import { isPluralNoun } from './partitives';

/** Words between a verb and its figure: "wounding at least 300", "killing some 40". */
export const QUALIFYING = new Set([
  'at',
  'least',
  'most',
  'more',
  'than',
  'some',
  'about',
  'around',
  'nearly',
  'almost',
  'over',
  'roughly',
  'approximately',
  'up',
  'to',
  'an',
  'estimated',
  'another',
  'a',
  'further',
]);

/** Verbs that give a measure's level: "cases stand at 302", "deaths rose to 11". */
const LEVEL_VERBS = new Set([
  'stand',
  'stands',
  'stood',
  'rose',
  'rise',
  'rises',
  'risen',
  'reached',
  'reach',
  'reaches',
  'climbed',
  'climb',
  'climbs',
  'fell',
  'fall',
  'falls',
  'dropped',
  'hit',
  'hits',
  'totalled',
  'totaled',
  'totals',
  'jumped',
  'increased',
  'decreased',
  'peaked',
  'fallen',
]);

/** "... had peaked at 97 vessels on Monday and stood at 88 on Wednesday": whether a level verb (past
 *  "had" and the figure's qualifiers, with "at" or "to") opens the figure at `first`. */
export function levelVerbBefore(tokens: Token[], first: number): boolean {
  let v = first - 1;
  while (v > 0 && QUALIFYING.has(tokens[v].lower) && tokens[v].lower !== 'at' && tokens[v].lower !== 'to') v--;
  if (tokens[v]?.lower !== 'at' && tokens[v]?.lower !== 'to') return false;
  return LEVEL_VERBS.has(tokens[v - 1]?.lower ?? '');
}

/** Verbs that reckon a measure "at" a figure ("put the toll at 64", "pegged the population at"). */
const PUT_AT = new Set(['put', 'puts', 'putting', 'pegged', 'pegs', 'placed', 'places', 'estimated', 'estimates', 'set', 'sets']);

/** "Suspected cases stand at 302", "deaths rose to 11": what the subject before the verb counts. */
export function levelOf(tokens: Token[], first: number, lex: Lexicon): { counted: string; event?: string } | undefined {
  let v = first - 1;
  // ("stand at about 2,700": past the figure's qualifier, between "at" and the number.)
  let u = v;
  while (u > 0 && QUALIFYING.has(tokens[u].lower) && tokens[u].lower !== 'at' && tokens[u].lower !== 'to') u--;
  if (u < v && (tokens[u]?.lower === 'at' || tokens[u]?.lower === 'to')) v = u;
  // "put the population at 25.4 million", "put the death toll at 64": the reckoned thing is the
  // noun before "at", after a verb of reckoning.
  if (tokens[v]?.lower === 'at' && v >= 3) {
    for (let b = v - 2; b >= 0 && v - b <= 5; b--)
      if (PUT_AT.has(tokens[b].lower)) {
        const h = v - 1;
        if (/\btoll$/.test(tokens[h].lower)) return { counted: 'people', event: 'death' };
        const event = lex.events.matchAt(tokens, h)?.values.find((x) => x !== 'additional');
        if (event) return { counted: 'people', event };
        const c = lex.counted.matchAt(tokens, h);
        return c && c.length === 1 ? { counted: c.values[0] } : undefined;
      }
  }
  if (tokens[v]?.lower === 'at' || tokens[v]?.lower === 'to') v--;
  if (v < 1 || !LEVEL_VERBS.has(tokens[v].lower)) return undefined;
  if (tokens[v - 1]?.lower === 'have' || tokens[v - 1]?.lower === 'has' || tokens[v - 1]?.lower === 'had') v--;
  const h = v - 1;
  // "had reached 3" opening a sentence (or a piece of a long one): no subject before it.
  if (h < 0) return undefined;
  // "The death toll from a heatwave in India's most populous state, Uttar Pradesh, rose to 41": the
  // toll is the subject, past the place it is of.
  for (let b = h; b >= 0 && h - b < 16; b--) {
    const w = tokens[b].lower;
    if (w === '.' || w === ';' || (b < h && LEVEL_VERBS.has(w))) break;
    if (w === 'toll' && tokens[b + 1]?.lower !== 'of') return { counted: 'people', event: 'death' };
  }
  const event = lex.events.matchAt(tokens, h)?.values.find((x) => x !== 'additional');
  if (event) return { counted: 'people', event };
  const c = lex.counted.matchAt(tokens, h);
  if (c && c.length === 1) return { counted: c.values[0] };
  const noun = tokens[h]?.word && isPluralNoun(tokens[h].lower) ? nounOf(tokens[h].lower) : undefined;
  if (!noun) return gathered(tokens, h, lex);
  // "Complaints to the Public Defender's Office about Rioni Water bills stand at": the subject's
  // head, before the phrases that say whose and about what.
  let head = h;
  for (let b = h - 1; b >= 0 && h - b <= 12 && tokens[b].text !== ',' && !/^[.;:]$/.test(tokens[b].text); b--)
    if (tokens[b].word && isPluralNoun(tokens[b].lower) && HEAD_OF.has(tokens[b + 1]?.lower ?? '') && nounOf(tokens[b].lower)) head = b;
  return { counted: 'other:' + nounOf(tokens[head].lower)! };
}

/** Words after a subject's head that open a phrase about it ("complaints about ...", "claims to ..."). */
const HEAD_OF = new Set(['to', 'about', 'over', 'against', 'from', 'for', 'on']);

/** Words for a number of things gathered or counted together: "the queue of ships", "the number of
 *  migrants", "the backlog of cases". */
const GATHERINGS = new Set(['number', 'count', 'tally', 'total', 'queue', 'line', 'backlog', 'fleet', 'list', 'pile']);

/** "The queue of ships waiting to use the channel stands at 88": a subject that gathers things of a
 *  plural noun, in the clause before the verb, counts them. */
function gathered(tokens: Token[], h: number, lex: Lexicon): { counted: string; event?: string } | undefined {
  for (let b = h; b >= 1 && h - b <= 12; b--) {
    if (!tokens[b].word) return undefined;
    if (tokens[b].lower !== 'of' || !GATHERINGS.has(tokens[b - 1].lower)) continue;
    const at = tokens[b + 1]?.lower === 'the' ? b + 2 : b + 1;
    const c = lex.counted.matchAt(tokens, at);
    if (c) return { counted: c.values[0] };
    const t = tokens[at];
    return t?.word && isPluralNoun(t.lower) ? { counted: 'other:' + nounOf(t.lower)! } : undefined;
  }
  return undefined;
}

/** The first token of a qualifier (the lexicon's `qualifiers`: "at least", "about", "an estimated")
 *  or an increment ("another", "a further": the lexicon's `additional` event) ending right before
 *  token `k`, or `k` when there is none: what stands between a figure and the word before it. */
export function pastQualifier(tokens: Token[], k: number, lex: Lexicon): number {
  for (let i = Math.max(0, k - 3); i < k; i++) {
    const q = lex.qualifiers.matchAt(tokens, i);
    if (q && i + q.length === k) return i;
    const e = lex.events.matchAt(tokens, i);
    if (e && i + e.length === k && e.values.includes('additional')) return i;
  }
  return k;
}
