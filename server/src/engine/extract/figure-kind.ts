// What makes a figure a measure of its own besides what it counts (quantities.ts): its kind
// ("302 suspected cases", a target: the lexicon's measure-kinds), a rate ("A$60 million a day",
// "the daily cost"), a figure per item ("6,000 each"), an increment ("50 more", "a further 3,000"),
// the figure a change started from ("fell to 48 from 73"), and a reference back ("the two sides").
import type { Lexicon } from '../data/lexicon';
import type { Token } from '../text/tokens';
import type { Direction, Quantity } from '../types';
import type { NumberMatch } from './numbers';
import type { Mention } from './mentions';
import { lemmaOf, nounOf } from '../data/wordnet';

export const DEFINITE = new Set(['the', 'these', 'those']);
const PER = new Set(['a', 'an', 'per', 'each', 'every']);
const PERIODS = new Set(['hour', 'day', 'week', 'month', 'year']);

/** A measure kind (lexicon measure-kinds) said in the four words before a figure (its number
 *  from `start` to `numEnd`), in its counted phrase (to `end`), or in the four words after it, within
 *  its clause. */
export function measureKindAround(tokens: Token[], start: number, numEnd: number, end: number, lex: Lexicon): string | undefined {
  const stop = (t: Token) => t.text === ',' || t.text === ';' || t.text === '.' || JOINS.has(t.lower) || /^\p{N}/u.test(t.text);
  let first = tokens.findIndex((t) => t.end > start);
  if (first < 0) first = tokens.length;
  for (let i = first - 1, n = 0; i >= 0 && n < 4 && !stop(tokens[i]); i--, n++)
    if (lex.measureKinds.matchAt(tokens, i)) return kindAt(tokens, i, lex);
  let i = tokens.findIndex((t) => t.start >= numEnd);
  for (let after = 0; i >= 0 && i < tokens.length && !stop(tokens[i]); i++) {
    if (tokens[i].start >= end && ++after > 4) break;
    // ("1,340 planned operations had been postponed": what was planned, counted; no target.)
    if (lex.measureKinds.matchAt(tokens, i) && !(tokens[i].end <= end && tokens[i].lower === 'planned')) return kindAt(tokens, i, lex);
  }
  return undefined;
}

const kindAt = (tokens: Token[], i: number, lex: Lexicon) => lex.measureKinds.matchAt(tokens, i)!.values[0];

export const EACH = new Set(['each', 'apiece']);
const SLOWER = new Set(['slower', 'lower', 'weaker', 'softer']);
const FASTER = new Set(['faster', 'higher', 'stronger', 'quicker']);
const JOINS = new Set(['and', 'or', 'but', 'while', 'whereas']);
/** "73 a week earlier" is a time, not a rate. */
const NOT_RATE = new Set(['earlier', 'later', 'ago', 'before', 'after', 'on', 'since', 'into', 'old']);

const PERIODIC: Record<string, string> = { hourly: 'hour', daily: 'day', weekly: 'week', monthly: 'month', yearly: 'year', annual: 'year' };

/** A rate said before the figure: "put the daily cost at US$39 million". */
export function rateBefore(tokens: Token[], start: number): string | undefined {
  let k = tokens.findIndex((t) => t.start >= start);
  if (k < 0) k = tokens.length;
  for (let i = k - 1; i >= Math.max(0, k - 6); i--) {
    const period = PERIODIC[tokens[i].lower];
    if (period) return period;
    if (tokens[i].text === '.' || tokens[i].text === ';') break;
  }
  return undefined;
}

/** The period of a rate right after a figure ("a day", "per week"), if any. */
export function rateAfter(tokens: Token[], end: number): string | undefined {
  let k = tokens.findIndex((t) => t.start >= end);
  // Past a conversion in brackets: "A$45 million ($29 million) a day", and out of one.
  if (tokens[k]?.text === '(') while (k < tokens.length && tokens[k].text !== ')') k++;
  if (tokens[k]?.text === ')') k++;
  if (k < 0 || !tokens[k] || !PER.has(tokens[k].lower)) return undefined;
  // "172 litres per person per day": the period after what each share is of.
  if (!PERIODS.has(tokens[k + 1]?.lower ?? '') && PER.has(tokens[k + 2]?.lower ?? '') && PERIODS.has(tokens[k + 3]?.lower ?? '')) k += 2;
  const period = tokens[k + 1]?.lower;
  if (NOT_RATE.has(tokens[k + 2]?.lower ?? '')) return undefined;
  return period && PERIODS.has(period) ? period : undefined;
}

export function tokenBefore(tokens: Token[], at: number): Token | undefined {
  let k = tokens.findIndex((t) => t.start >= at);
  if (k < 0) k = tokens.length;
  return tokens[k - 1];
}

export function moreAfter(tokens: Token[], end: number): boolean {
  const w = tokens[tokens.findIndex((t) => t.start >= end)]?.lower;
  return w === 'more' || w === 'additional' || w === 'extra' || w === 'new';
}

export function isIncrement(tokens: Token[], start: number, lex: Lexicon): boolean {
  const k = tokens.findIndex((t) => t.start >= start);
  for (let back = 3; back >= 1; back--) {
    const i = k - back;
    if (i < 0) continue;
    const m = lex.events.matchAt(tokens, i);
    if (m && i + m.length === k && m.values.includes('additional')) return true;
  }
  return false;
}

/** Words between a verb of change and its figure: "rose by nearly 0.6%", "fell to just 4.9%". */
const TO_FIGURE = new Set([
  'to',
  'by',
  'a',
  'an',
  'some',
  'about',
  'nearly',
  'almost',
  'just',
  'around',
  'roughly',
  'only',
  'sharply',
  'slightly',
  'steeply',
  'further',
  'another',
]);
/** Verbs that move a measure they take as object ("raised the toll to 40", "shrank the zone to 6 km"). */
// prettier-ignore
const MOVED_UP = new Set(['raised', 'raise', 'raises', 'raising', 'widened', 'widens', 'expanded', 'expands', 'increased', 'increases', 'lifted', 'boosted']);
// prettier-ignore
const MOVED_DOWN = new Set(['cut', 'cuts', 'lowered', 'lowers', 'reduced', 'reduces', 'shrank', 'shrinks', 'narrowed', 'narrows', 'trimmed', 'slashed']);
/** Nouns of change after a figure: "a 0.6% fall", "a 2% rise in prices". */
const CHANGE_NOUNS = new Set(['rise', 'fall', 'drop', 'increase', 'decrease', 'decline', 'gain', 'jump', 'dip', 'surge']);

/** Which way the measure moved to (or by) the figure starting at `start` and ending at `end`:
 *  "rose to 4.9%", "fell 0.6%", "a 0.6% fall", "3.6%, down from 3.8%". Undefined when the sentence says no change there
 *  ("from 5.1%" is where it started). */
export function changeOf(tokens: Token[], start: number, end: number, lex: Lexicon): 'up' | 'down' | undefined {
  let k = tokens.findIndex((t) => t.end > start);
  if (k < 0) k = tokens.length;
  // "prices rose 3.6% in the year to September, down from 3.8%": the rate fell; what it was
  // before, said after the figure, tells the change over the verb.
  const after0 = tokens.findIndex((t) => t.start >= end);
  for (let a = after0; a >= 0 && a < tokens.length && a - after0 <= 8; a++) {
    const w = tokens[a].lower;
    if (w === ';' || w === '.' || JOINS.has(w)) break;
    if ((w === 'up' || w === 'down') && tokens[a + 1]?.lower === 'from') return w;
  }
  // ("grew 4.95% in the third quarter from a year earlier, slightly slower than 5.01%": the rate fell.)
  for (let a = after0; a >= 0 && a < tokens.length && a - after0 <= 14; a++) {
    const w = tokens[a].lower;
    if (w === ';' || w === '.' || JOINS.has(w)) break;
    if (tokens[a + 1]?.lower === 'than' && (SLOWER.has(w) || FASTER.has(w)) && /^\d/.test(tokens[a + 2]?.text ?? ''))
      return SLOWER.has(w) ? 'down' : 'up';
  }
  // "widened the exclusion zone to 6 km", "cut its growth forecast to 1.2%": a verb of change with
  // what it changed between it and "to" the figure.
  if (tokens[k - 1]?.lower === 'to') {
    for (let b = k - 2; b >= 0 && k - b <= 9; b--) {
      const w = tokens[b].lower;
      if (!tokens[b].word || w === 'from' || w === 'by') break;
      const way = MOVED_UP.has(w) ? 'up' : MOVED_DOWN.has(w) ? 'down' : undefined;
      if (way) {
        if (b < k - 2) return way;
        break;
      }
    }
  }
  for (let b = k - 1; b >= 0 && k - b <= 5; b--) {
    if (TO_FIGURE.has(tokens[b].lower)) continue;
    // "edged up to 3.2%": a two-word phrase ends where a one-word one would.
    const two = b > 0 ? lex.changes.matchAt(tokens, b - 1) : undefined;
    if (two && two.length === 2) return two.values[0];
    const one = lex.changes.matchAt(tokens, b);
    // ("Women make up 51.1%": a particle, no rise.)
    const particle =
      /^(?:up|down)$/.test(tokens[b].lower) && b > 0 && lex.particleNoChange.has(lemmaOf(tokens[b - 1].lower) ?? tokens[b - 1].lower);
    if (one && one.length === 1 && !particle) return one.values[0];
    break;
  }
  const after = tokens.findIndex((t) => t.start >= end);
  if (after >= 0 && CHANGE_NOUNS.has(tokens[after].lower)) return lex.changes.matchAt(tokens, after)?.values[0];
  return undefined;
}

const COMPASS = new Set(['north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest']);
/** A distance's compass direction from a place, right after it: "10 km north of Estcourt",
 *  "80 km north-west of Kathmandu" (as "northwest"), with the index of its "of". */
export function bearingAfter(tokens: Token[], end: number): { bearing: string; of: number } | undefined {
  let k = tokens.findIndex((t) => t.start >= end);
  // Past a conversion in brackets: "10 km (6 miles) north of".
  if (tokens[k]?.text === '(') while (k < tokens.length && tokens[k].text !== ')') k++;
  if (tokens[k]?.text === ')') k++;
  if (k < 0 || !tokens[k]) return undefined;
  const word = tokens[k].lower.replace(/-/g, '');
  return COMPASS.has(word) && tokens[k + 1]?.lower === 'of' ? { bearing: word, of: k + 1 } : undefined;
}

/** A whole number right after a word in capitals that is no currency ("FTSE 250", "S&P 500"). */
export function nameNumber(text: string, tokens: Token[], n: NumberMatch, lex: Lexicon): boolean {
  if (!/^\d{1,4}$/.test(text.slice(n.start, n.end))) return false;
  const before = tokenBefore(tokens, n.start);
  return !!before && before.end === n.start - 1 && /^[A-Z][A-Z&]+$/.test(before.text) && !lex.unitInfo.has(before.lower);
}

/** The figures of a sentence without those in brackets that restate the figure before them in
 *  another unit ("1,300 square kilometres (500 square miles)", "$18 million (about 15.5 million
 *  euros)"): a reporter's conversion, rounded their own way, is the same figure, checked once. */
export function withoutConversions(text: string, quantities: Quantity[]): Quantity[] {
  return quantities.filter((q, k) => !isConversion(text, quantities, k));
}

/** Each bracketed conversion with the figure it restates (withoutConversions drops them): what a
 *  record that backs the figure gives in the conversion's unit is what the draft's must be. */
export function conversionsOf(text: string, quantities: Quantity[]): { of: Quantity; q: Quantity }[] {
  return quantities.flatMap((q, k) => (isConversion(text, quantities, k) ? [{ of: quantities[k - 1], q }] : []));
}

/** "at least 40 miles (64 km)": a bracketed conversion says no more than the figure it converts,
 *  its qualifier too (at least 64 km, not exactly). */
export function qualifiedConversions(text: string, quantities: Quantity[]): Quantity[] {
  return quantities.map((q, k) => {
    const of = quantities[k - 1];
    if (q.direction !== 'exact' || !of || of.direction === 'exact' || !of.value || !isConversion(text, quantities, k)) return q;
    const f = q.value / of.value;
    return { ...q, direction: of.direction, qualifier: of.qualifier, interval: { lo: of.interval.lo * f, hi: of.interval.hi * f } };
  });
}

function isConversion(text: string, quantities: Quantity[], k: number): boolean {
  const q = quantities[k];
  const prev = quantities[k - 1];
  if (!prev || !q.unit || !prev.unit || q.unit === prev.unit) return false;
  const sameMeasure = q.counted === prev.counted || (q.counted?.startsWith('money-') && prev.counted?.startsWith('money-'));
  if (!sameMeasure) return false;
  const between = text.slice(prev.span.end, q.span.start);
  const after = text.slice(q.span.end, q.span.end + 3);
  return (
    (/^\s*\(\s*(?:about|around|some|roughly|approximately|or|nearly|~)?\s*$/i.test(between) && /^\s*\)/.test(after)) ||
    // "100,000 zlotys, about $27,400," set off by commas, said to be about the same.
    (/^\s*,\s*$/.test(between) && /^(?:about|around|some|roughly|approximately|nearly)\s/i.test(q.text) && /^\s*(?:[,.;]|$)/.test(after))
  );
}

/** "72% of Kenyans ..., up from 64% in 2021": the share a change started from is of the same thing. */
export function shareOfFormer(own: { of?: string }, before: Quantity | undefined, unit: string | undefined): { of?: string } {
  return own.of || !before?.of || before.unit !== unit ? own : { of: before.of };
}

/** Words before "of" that do not name what a share is of ("9.8% of all the votes"). */
const DETERMINERS = new Set(['the', 'all', 'its', 'their', 'his', 'her', 'our', 'those', 'these', 'this', 'that', 'a', 'an']);

/** What a percentage is a share of: the first noun after "of" ("9.8% of votes cast", "40 per cent
 *  of the land"). Shares of unrelated things are never compared (quantity.ts). */
export function shareOf(tokens: Token[], after: number): { of?: string } {
  let k = after;
  while (k < tokens.length && (!tokens[k].word || tokens[k].lower === 'percent' || tokens[k].lower === 'per' || tokens[k].lower === 'cent'))
    k++;
  if (tokens[k]?.lower !== 'of') return {};
  for (let j = k + 1; j < tokens.length && j <= k + 5; j++) {
    const t = tokens[j];
    if (!t.word) break;
    if (DETERMINERS.has(t.lower)) continue;
    // "of the network's servers": the possessor says whose; the noun after it, what of.
    if (tokens[j + 1]?.text === "'s" || tokens[j + 1]?.text === '’s') {
      j++;
      continue;
    }
    const noun = nounOf(t.lower);
    if (noun) return { of: noun };
  }
  return {};
}

/** Words that end a common-word landmark ("north of the runway when ..."). */
const BEARING_STOPS = new Set([
  'and',
  'or',
  'when',
  'where',
  'after',
  'before',
  'in',
  'on',
  'at',
  'of',
  'to',
  'from',
  'by',
  'while',
  'that',
  'which',
  'with',
]);

/** "10 km north of the town of Estcourt": the direction and the place it is taken from. */
export function bearingOf(tokens: Token[], end: number, mentions: Mention[]): { bearing?: string } {
  // "towed about 12 kilometres downstream": along a river, one way or the other.
  const along = tokens.find((t) => t.start >= end);
  if (along && ALONG.has(along.lower)) return { bearing: `${along.lower} of ~` };
  const b = bearingAfter(tokens, end);
  const from = b && mentions.find((m) => m.kind === 'place' && m.i > b.of && m.i <= b.of + 4);
  if (b && from) return { bearing: `${b.bearing} of ${from.id}` };
  // ... or from a landmark no data names ("south-west of Cape Three Points"): its capitalised words.
  // ... or from something the sentence names in common words ("north of its planned route", "south
  // of the runway"): its words up to the next that is none of its.
  let i = b ? b.of + 1 : -1;
  if (/^(?:the|its|their|his|her|a|an)$/.test(tokens[i]?.lower ?? '')) i++;
  let j = i;
  while (j > 0 && tokens[j]?.word && /^\p{Lu}/u.test(tokens[j].text)) j++;
  // (Marked "~": two such landmarks told differently may still be one place.)
  const common = j === i;
  if (common) while (j > 0 && j < i + 3 && tokens[j]?.word && /^\p{Ll}+$/u.test(tokens[j].text) && !BEARING_STOPS.has(tokens[j].lower)) j++;
  return b && j > i
    ? {
        bearing: `${b.bearing} of ${common ? '~' : ''}${tokens
          .slice(i, j)
          .map((t) => t.lower)
          .join('-')}`,
      }
    : {};
}

/** Ways along a river or a slope, each the other's opposite. */
const ALONG = new Set(['upstream', 'downstream', 'uphill', 'downhill', 'upriver', 'downriver']);

/** Whether a number written in words stands inside a capitalised name: a capitalised word (no
 *  sentence's first) before it, or one right after it that is not a counted noun's plural alone. */
export function inName(tokens: Token[], n: NumberMatch): boolean {
  const k = tokens.findIndex((t) => t.start >= n.start);
  const j = tokens.findIndex((t) => t.start >= n.end);
  const before = tokens[k - 1];
  const after = j >= 0 ? tokens[j] : undefined;
  const cap = (t: Token | undefined) => !!t && t.word && /^\p{Lu}/u.test(t.text);
  return cap(before) && k - 1 > 0 && cap(after);
}

/** "hit a 60 km/h curve at 107 km/h": a speed said right before a noun is that thing's (its limit),
 *  a measure of its own ("of curve"), not the speed anything went at. */
export function speedOfThing(tokens: Token[], end: number, unit: string, lex: Lexicon): string | undefined {
  const next = tokens.find((t) => t.start >= end);
  if (lex.unitInfo.get(unit)?.family !== 'speed' || !next?.word || next.start !== end + 1) return undefined;
  return !lex.stopwords.has(next.lower) && nounOf(next.lower) === next.lower ? 'of ' + next.lower : undefined;
}

/** The qualifier before a figure ("at least", "up to", "about"): its direction and where it starts. */
export function qualifierOf(
  tokens: Token[],
  text: string,
  n: NumberMatch,
  lex: Lexicon,
): { dir: Direction; qualifier?: string; start: number } {
  const k = tokens.findIndex((t) => t.end > n.start);
  const first = k < 0 ? tokens.length : k;
  for (let back = 4; back >= 1; back--) {
    const i = first - back;
    if (i < 0) continue;
    const m = lex.qualifiers.matchAt(tokens, i);
    if (m && i + m.length === first) {
      // "will pick up to 0.3%", "went up to 40%": the verb's particle, and the figure reached.
      const verb = i > 0 ? tokens[i - 1].lower : '';
      if (tokens[i].lower === 'up' && verb && lex.particleUp.has(lemmaOf(verb) ?? verb)) continue;
      // "112 rooms spread over eight floors": where the figure is, not a bound on it.
      if (
        (tokens[i].lower === 'over' || tokens[i].lower === 'under') &&
        m.length === 1 &&
        verb &&
        lex.spreadVerbs.has(lemmaOf(verb) ?? verb)
      )
        continue;
      // "did not fall below 32.6 C", "never rose above 40": a bound denied is the other bound.
      const denied = NOT_PAST.test(text.slice(Math.max(0, tokens[i].start - 30), tokens[i].start));
      const dir = denied && (m.values[0] === 'max' || m.values[0] === 'min') ? (m.values[0] === 'max' ? 'min' : 'max') : m.values[0];
      return { dir, qualifier: text.slice(tokens[i].start, tokens[first - 1].end), start: tokens[i].start };
    }
  }
  return { dir: 'exact', start: n.start };
}

/** "did not fall", "never rose", "didn't drop": a movement denied just before a bound. */
const NOT_PAST =
  /\b(?:not|never|n't)\s+(?:\w+\s+)?(?:fall|fell|fallen|drop|dropped|dip|dipped|sink|sank|go|went|gone|rise|rose|risen|climb|climbed|exceed|exceeded)\s*$/i;
