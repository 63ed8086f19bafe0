// Whether a time a sentence gives dates the saying (a statement time: "said on Tuesday", "On
// Wednesday, Kirby told ...") or what was said happened (an event time). Used by times.ts.
import { lemmaOf, nounOf } from '../data/wordnet';
import type { Token } from '../text/tokens';
import type { Span, TimeRef } from '../types';
import type { Cue } from './actors';

const OPENERS = new Set([
  'on',
  'in',
  'during',
  'writing',
  'speaking',
  'at',
  'late',
  'early',
  'last',
  'earlier',
  'posting',
  'addressing',
  'briefing',
]);

/**
 * A time dates the statement when it sits by the attribution ("said Tuesday", "reported on 13
 * November", "told reporters on Monday", "On Wednesday, Kirby told ..."); otherwise the event.
 */
/** Words that open or carry a reported clause after a speaking verb ("said the troops had been"). */
const CLAUSE_VERBS = new Set(['had', 'has', 'have', 'was', 'were', 'is', 'are', 'been', 'will', 'would', 'be', 'could', 'did', 'that']);

const DETERMINERS = new Set(['the', 'its', 'their', 'his', 'her', 'this', 'that', 'a', 'an']);
/** Nouns a time before them dates as the occasion of a saying or a part of a day ("his Wednesday
 *  evening address", "the Nov. 12 briefing"), not as a thing's name. */
const OCCASIONS = new Set([
  'morning',
  'afternoon',
  'evening',
  'night',
  'address',
  'speech',
  'briefing',
  'statement',
  'remarks',
  'interview',
  'conference',
  'broadcast',
  'post',
  'message',
  'report',
  'update',
  'bulletin',
]);

/** "said the December 2024 check had been a visual inspection", "the Oct. 12 fire": a time between
 *  a determiner and a noun names a thing by its date, not the time of the sentence's saying or
 *  event (times.ts marks it: it may back a claim's time but never contradict it). */
export function attributiveTime(s: Span, tokens: Token[]): boolean {
  const k = tokens.findIndex((t) => t.start >= s.start);
  const next = tokens.find((t) => t.start >= s.end);
  // ("6% higher than in late October", "up from a year earlier compared with March": the time a
  // figure is compared with, not the figure's own.)
  let b = k - 1;
  while (b > 0 && k - b <= 2 && /^(?:late|early|mid|the|last)$/.test(tokens[b].lower)) b--;
  const w1 = tokens[b]?.lower ?? '';
  const w2 = tokens[b - 1]?.lower ?? '';
  if (k > 0 && (w1 === 'than' || (w2 === 'than' && /^(?:in|on|at|during)$/.test(w1)))) return true;
  if (earlierFigureGiven(tokens, k)) return true;
  return (
    k > 0 &&
    DETERMINERS.has(tokens[k - 1].lower) &&
    !!next?.word &&
    next.text === next.lower &&
    !OCCASIONS.has(next.lower) &&
    nounOf(next.lower) !== undefined
  );
}

/** Participles of a figure's giving. */
const GIVEN = new Set(['reported', 'announced', 'given', 'recorded', 'estimated', 'cited', 'published', 'released', 'stated', 'confirmed']);
/** Words a figure is compared with after ("up from the ...", "more than double the ..."). */
const COMPARED = new Set(['from', 'than', 'double', 'twice', 'triple', 'with', 'over', 'above', 'below']);

/** "up from the 8.7 million reported last week", "more than double the amount given on Monday":
 *  the time an earlier figure the sentence compares with was given (a participle after
 *  it), not the time of the sentence's own saying or event. */
function earlierFigureGiven(tokens: Token[], k: number): boolean {
  let v = k - 1;
  if (/^(?:on|in|at)$/.test(tokens[v]?.lower ?? '')) v--;
  if (v < 2 || !GIVEN.has(tokens[v].lower)) return false;
  let d = v - 1;
  while (d > 0 && v - d <= 5 && !DETERMINERS.has(tokens[d].lower)) d--;
  if (d <= 0 || !DETERMINERS.has(tokens[d].lower) || !COMPARED.has(tokens[d - 1].lower)) return false;
  return tokens.slice(d + 1, v).some((t) => /\d/.test(t.text) || FIGURE_NOUNS.has(t.lower));
}

/** Nouns naming a figure itself ("double the amount reported last week"). */
const FIGURE_NOUNS = new Set(['amount', 'figure', 'number', 'total', 'estimate', 'toll', 'count', 'tally', 'sum', 'level']);

/** Verbs of a forecast: the time after one dates what is expected, not the saying. */
const FORECASTS = new Set(['expects', 'expect', 'expected', 'predicts', 'predicted', 'forecasts', 'forecast', 'projects', 'projected']);

/** A verb form that is no noun ("launched", "fighting"; not "meeting", "donors"). */
const inflectedVerb = (w: string) => nounOf(w) === undefined && (lemmaOf(w) ?? w) !== w;

export function roleOf(s: Span, tokens: Token[], cues: Cue[], placed = true): TimeRef['role'] {
  // A verb of saying inside what another one reports ("reported last week that engineers had
  // warned managers ... in June 2024") dates the reported matter, not the report.
  const all = cues.filter((c) => c.kind === 'verb');
  const embedded = (c: Cue) =>
    all.some((o) => {
      if (o.j > c.i) return false;
      const between = tokens.slice(o.j, c.i);
      const that = between.findIndex((t) => t.lower === 'that');
      return that >= 0 && !between.slice(that).some((t) => t.text === ',' || t.text === ';');
    });
  const verbs = all.filter((c) => !embedded(c));
  if (!verbs.length) return 'event';
  const k = tokens.findIndex((t) => t.start >= s.start);
  if (k < 0) return 'event';
  // "By Thursday evening, control teams had sprayed ..., the directorate said": a day something
  // was done by, its clause closed before the saying, dates what was done ("By Oct. 20, HUR was
  // reporting that ..." dates the saying). In an undated text "by Monday" stays the weekday it
  // names, read as any other.
  if (placed && tokens[k - 1]?.lower === 'by' && doneBefore(tokens, s, verbs)) return 'event';
  for (const c of verbs) {
    if (k < c.j || k - c.j > 8) continue;
    // "expects around 40 millimetres of rain in Izmir in October": what a forecast is of, and when.
    if (FORECASTS.has(tokens[c.j - 1]?.lower ?? '')) continue;
    // "said the troops had been seen in Kursk on Wednesday": a clause between verb and time.
    const between = tokens.slice(c.j, k).map((t) => t.lower);
    if (between.includes('that')) continue;
    if (k - c.j <= 4 && !(between.includes('the') && between.length > 3)) return 'statement';
    // "said during an SBS TV broadcast on Friday that ...": the time sits before the reported clause.
    const after = tokens.slice(k + 1, k + 4).map((t) => t.lower);
    if (after.includes('that')) return 'statement';
    // "told a meeting of donors in Birendranagar on Monday.": the audience, then the day of the
    // telling, ending the sentence (no verb of a reported clause between).
    const next = tokens.find((t) => t.start >= s.end);
    if ((!next || next.text === '.' || next.text === ';') && !between.some((w) => CLAUSE_VERBS.has(w) || inflectedVerb(w)))
      return 'statement';
  }
  // An opening phrase before the attribution: "On Wednesday, Kirby ...", "Writing on Telegram on
  // Nov. 22, Kovalenko said ...".
  const first = tokens.findIndex((t) => t.word);
  // ("From Sept. 22, supply will be cut ..., IZSU said": when a period starts or ends, not a saying's day.)
  if (/^(?:from|until|till)$/.test(tokens[k - 1]?.lower ?? '')) return 'event';
  const opener = OPENERS.has(tokens[first]?.lower ?? '');
  if ((k <= first + 1 || (opener && k - first <= 8)) && verbs.some((c) => c.i > k)) return 'statement';
  return 'event';
}

/** Whether a clause closes (a comma past the one ending an opening phrase) between the time at
 *  `s` and the first verb of saying after it, or no such verb follows. */
function doneBefore(tokens: Token[], s: Span, verbs: Cue[]): boolean {
  let x = tokens.findIndex((t) => t.start >= s.end);
  const cue = x < 0 ? undefined : verbs.find((c) => c.i >= x);
  if (!cue) return true;
  while (x < cue.i && tokens[x].word) x++;
  if (tokens[x]?.text === ',') x++;
  return tokens.slice(x, cue.i).some((t) => t.text === ',' || t.text === ';');
}
