// Which account a figure is: the earlier one a change started from ("down from 73", "raised the
// toll from 11 to 14"), or the first account's ("first said 11", "initially put the toll at nine",
// "the 12,000 troops first deployed to Kursk"). Read over a sentence's tokens (quantities.ts).
import type { Token } from '../text/tokens';
import type { Quantity } from '../types';

/** "down from 73", "fell to 48 from 73": the figure a change started from. */
const FROM_SKIPS = new Set(['the', 'its', 'their', 'his', 'her', 'an', 'a', 'earlier', 'initial', 'previous', 'original', 'first']);
/** "from its earlier estimate of 185 km/h": the noun of a figure and its "of". */
const FROM_NOUNS = new Set(['estimate', 'figure', 'count', 'toll', 'tally', 'forecast', 'projection', 'total', 'of']);

/** Words setting a figure against another account: "above the GSE's estimate of 61 million". */
const SET_AGAINST = new Set(['above', 'below', 'exceeding', 'beyond', 'surpassing', 'topping', 'than', 'against', 'versus']);

/** Words for an earlier moment's account before its noun ("earlier offer of"). */
const EARLIER = new Set(['earlier', 'previous', 'original', 'initial', 'former', 'prior']);

export function isFormer(tokens: Token[], start: number, before: Quantity[]): boolean {
  let k = tokens.findIndex((t) => t.end > start);
  if (k < 0) k = tokens.length;
  // "from the 100,000 pesos it offered", "from an earlier 250,000": past a determiner and a word of
  // the earlier moment.
  let f = k - 1;
  while (f > 0 && (FROM_SKIPS.has(tokens[f].lower) || FROM_NOUNS.has(tokens[f].lower)) && k - f <= 4) f--;
  // "The museum first said 11 objects had been stolen, then raised the figure to 14", "initially
  // put the toll at nine": the first account's figure.
  for (let b = k - 1; b >= Math.max(0, k - 6); b--) {
    if (/^[,;:.]$/.test(tokens[b].text)) break;
    const w = tokens[b].lower;
    if (w === 'initially' || w === 'originally' || (w === 'first' && FIRST_SAID.has(tokens[b + 1]?.lower ?? ''))) return true;
  }
  // "raising the state's earlier offer of 250,000 pesos", "its previous estimate of 40": the figure
  // of an earlier moment, named as such right before it.
  if (tokens[k - 1]?.lower === 'of' && EARLIER.has(tokens[k - 3]?.lower ?? '')) return true;
  // "more than the 95 million soles he estimated on Sept. 17", "double the 3.4 million reported last
  // week": a figure the sentence compares with, named as one told before ("the").
  if (/^(?:the|its|their|his|her)$/.test(tokens[k - 1]?.lower ?? '') && /^(?:than|double|twice|triple)$/.test(tokens[k - 2]?.lower ?? ''))
    return true;
  // "74.6 million cedis, above the GSE's estimate of 61 million cedis": an account the figure is
  // set against.
  if (tokens[k - 1]?.lower === 'of' && FROM_NOUNS.has(tokens[k - 2]?.lower ?? '')) {
    let b = k - 3;
    while (
      b > 0 &&
      k - b <= 7 &&
      (FROM_SKIPS.has(tokens[b].lower) ||
        EARLIER.has(tokens[b].lower) ||
        /^(?:'s|’s|\p{Lu}.*)$/u.test(tokens[b].text) ||
        /^(?:'s|’s)$/.test(tokens[b + 1]?.text ?? ''))
    )
      b--;
    if (SET_AGAINST.has(tokens[b]?.lower ?? '')) return true;
  }
  // ("94 turbines ... instead of the 100 turbines approved", "replacing the 2021 estimate of 11":
  // the figure a revision replaced.)
  const d = /^(?:the|its|their|an?)$/.test(tokens[k - 1]?.lower ?? '') ? k - 2 : k - 1;
  if ((tokens[d]?.lower === 'of' && tokens[d - 1]?.lower === 'instead') || /^(?:replacing|replaced)$/.test(tokens[d]?.lower ?? ''))
    return true;
  // ("about 28 kilometres offshore, compared with 22 kilometres in the original plan": the figure before.)
  if (/^(?:with|to)$/.test(tokens[d]?.lower ?? '') && tokens[d - 1]?.lower === 'compared' && tokens[d - 2]?.text === ',') return true;
  // "the 12,000 troops first deployed to Kursk": the first moment's figure (past "12" "," "000").
  let a = k;
  while (tokens[a + 1] && tokens[a + 1].start === tokens[a].end) a++;
  for (const end = Math.min(tokens.length - 1, a + 7); ++a < end && tokens[a].word && !CLAUSE_WORDS.has(tokens[a].lower);)
    if (/^(?:first|initially|originally)$/.test(tokens[a].lower) && /ed$/.test(tokens[a + 1].lower)) return true;
  if (tokens[f]?.lower !== 'from') return false;
  const w = tokens[f - 1]?.lower ?? '';
  if (w === 'down' || w === 'up' || w === 'rising' || w === 'falling') return true;
  // "had raised the number of job losses from 1,400", "revised its estimate from 11": the figure a
  // verb of change moved the count from.
  for (let b = f - 1; b >= Math.max(0, f - 8); b--) {
    if (/^[,;:.]$/.test(tokens[b].text)) break;
    if (MOVED_FROM.has(tokens[b].lower)) return true;
  }
  // "... to 48 from 73": a figure after "to" comes before it in the sentence.
  return before.some((q) => tokenBeforeIs(tokens, q.span.start, 'to'));
}

/** Words that open another clause or phrase after a figure's noun ("13% since the recall was first announced"). */
const CLAUSE_WORDS = new Set([
  'since',
  'when',
  'after',
  'before',
  'was',
  'were',
  'is',
  'are',
  'has',
  'have',
  'had',
  'that',
  'which',
  'who',
  'the',
  'a',
  'an',
  'to',
  'in',
  'on',
  'by',
  'of',
]);
/** Verbs of a first account ("first said", "first reported"). */
const FIRST_SAID = new Set(['said', 'reported', 'put', 'gave', 'estimated', 'counted', 'announced', 'stated', 'listed']);

/** Verbs that move a count from one figure to another. */
const MOVED_FROM = new Set([
  'raised',
  'raises',
  'increased',
  'increases',
  'lifted',
  'cut',
  'cuts',
  'lowered',
  'lowers',
  'reduced',
  'reduces',
  'revised',
  'revises',
  'trimmed',
  'upgraded',
  'downgraded',
  'corrected',
  'changed',
  'moved',
  'extended',
  // ("widened the restricted zone ... from 5 kilometres to 10 kilometres")
  'widened',
  'widens',
  'narrowed',
  'narrows',
  'expanded',
  'expands',
  'enlarged',
  'shortened',
  'lengthened',
  'doubled',
  'halved',
  'boosted',
  'slashed',
  'adjusted',
  'updated',
  'amended',
]);

function tokenBeforeIs(tokens: Token[], at: number, word: string): boolean {
  let k = tokens.findIndex((t) => t.end > at);
  if (k < 0) k = tokens.length;
  return tokens[k - 1]?.lower === word;
}

/** "the shutdown order, which had covered 87 kilns in Bhaktapur, now applied to all 112 brick kilns":
 *  a figure said with "had" before one of the same measure said with "now" is the earlier account. */
export function hadThenNow(out: Quantity[], tokens: Token[]): Quantity[] {
  const saidWith = (q: Quantity, word: string, reach: number) => {
    const k = tokens.findIndex((t) => t.end > q.span.start);
    if (k < 0) return false;
    for (let b = k - 1; b >= Math.max(0, k - reach); b--) {
      if (/^[;.]$/.test(tokens[b].text)) return false;
      if (tokens[b].lower === word) return true;
    }
    return false;
  };
  return out.map((q, i) =>
    !q.former &&
    saidWith(q, 'had', 3) &&
    out.some((n, j) => j > i && n.counted === q.counted && n.unit === q.unit && n.value !== q.value && saidWith(n, 'now', 5))
      ? { ...q, former: true }
      : q,
  );
}
