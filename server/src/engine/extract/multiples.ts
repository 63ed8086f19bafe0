// A figure that multiplies a reference amount: "40 times the legal limit", "more than 1,000 times
// the drinking-water limit" (quantities.ts reads it as a count of that amount's noun).
import { lemmaOf, nounOf } from '../data/wordnet';
import type { Token } from '../text/tokens';

/** What a multiple of another figure is told of ("three times the first estimate"). */
const RELATIVE_HEADS = new Set([
  'estimate',
  'figure',
  'number',
  'amount',
  'total',
  'count',
  'tally',
  'toll',
  'forecast',
  'size',
  'rate',
  'sum',
  'value',
  'price',
  'cost',
]);
/** Words after "N times" that open what the number multiplies ("40 times the legal limit"). */
const MULTIPLIED = new Set(['the', 'its', 'their', 'his', 'her', 'that']);

/** "40 times the legal limit", "more than 1,000 times the drinking-water limit": a multiple of a
 *  reference amount, counted as that amount's noun (the last noun before "of", a verb or the
 *  sentence's end), with the tokens it ends at; undefined when "times" says how often ("hit three
 *  times"). `k` is the token after the number. */
export function multipleOf(tokens: Token[], k: number): { counted: string; end: number } | undefined {
  if (tokens[k]?.lower !== 'times' || !MULTIPLIED.has(tokens[k + 1]?.lower ?? '')) return undefined;
  let head: Token | undefined;
  for (let h = k + 2; h < Math.min(tokens.length, k + 7); h++) {
    const t = tokens[h];
    if (t.text === '-') continue;
    // ("the maritime authority's first estimate": the possessor is not what is multiplied.)
    if (/^['’]s?$/.test(t.lower)) {
      head = undefined;
      continue;
    }
    if (!t.word || t.lower === 'of' || t.lower === 'in' || t.lower === 'for' || t.lower === 'and') break;
    if (nounOf(t.lower) !== undefined) head = t;
    else if (lemmaOf(t.lower) !== undefined && head) break;
  }
  // ("three times the first estimate": a figure told against another figure, which a source may
  // tell as "tripled".)
  if (!head || RELATIVE_HEADS.has(nounOf(head.lower) ?? head.lower)) return undefined;
  return head ? { counted: 'other:times-' + (nounOf(head.lower) ?? head.lower), end: head.end } : undefined;
}
