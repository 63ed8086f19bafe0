// Who a count of people is: the nationality named closest before it, what happened to them (the
// event word nearest the figure in its own clause), and the state they are in ("in a critical
// condition"). Used by quantities.ts.
import type { Lexicon } from '../data/lexicon';
import type { Token } from '../text/tokens';
import type { Mention } from './mentions';
import { hasAdjective } from '../data/wordnet';
import { isPluralNoun } from './bare-figures';
import { classOf, WORDS } from './number-words';

// A country after one of these is where the people are, or whom they are with or against ("cooperation
// with Moscow, sending 3,000 troops"): not whose they are.
const LOCATIVE = new Set([
  'in',
  'into',
  'to',
  'at',
  'near',
  'toward',
  'towards',
  'inside',
  'across',
  'within',
  'with',
  'against',
  'alongside',
]);

/** The nationality named closest before the figure ("Russia has about 50,000 troops"). */
export function nearestNationality(mentions: Mention[], tokens: Token[], offset: number): string | undefined {
  let best: Mention | undefined;
  for (const m of mentions) {
    if (m.kind !== 'country' && m.kind !== 'demonym') continue;
    if (tokens[m.i].start >= offset) continue;
    if (m.kind === 'country' && LOCATIVE.has(tokens[m.i - 1]?.lower ?? '')) continue;
    best = m;
  }
  if (best) return best.id;
  return undefined;
}

export interface EventWord {
  i: number;
  j: number;
  id: string;
}

/** Deaths, injuries, arrests, captures ...: figures for these are other measures than presence. */
export function eventsOf(tokens: Token[], lex: Lexicon): EventWord[] {
  const out: EventWord[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const m = lex.events.matchAt(tokens, i);
    if (!m) continue;
    const id = m.values.find((v) => v !== 'additional');
    if (id) out.push({ i, j: i + m.length, id });
    i += m.length - 1;
  }
  return out;
}

/** The event named nearest the figure (its number at `start`, its counted noun ending at `end`):
 *  "killing 40 and wounding at least 300" gives 40 deaths and 300 injuries. */
export function nearestEvent(events: EventWord[], tokens: Token[], start: number, end: number): string {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const e of events) {
    const d = tokens[e.j - 1].end <= start ? start - tokens[e.j - 1].end : tokens[e.i].start >= end ? tokens[e.i].start - end : 0;
    if (d > 1 && !ownEvent(tokens, e, start, end)) continue;
    if (d < bestDistance) {
      best = e.id;
      bestDistance = d;
    }
  }
  return best ?? 'presence';
}

/** Whether an event word away from a figure can be what happened to it: not past another figure
 *  ("1,200 soldiers had been sent ... and two helicopters had flown 23 of the injured"), nor an
 *  adjective before a plural noun of its own ("5,000 people attended a service for the dead miners"). */
function ownEvent(tokens: Token[], e: EventWord, start: number, end: number): boolean {
  const after = tokens[e.i].start >= end;
  const between = tokens.filter((t) =>
    after ? t.start >= end && t.end <= tokens[e.i].start : t.start >= tokens[e.j - 1].end && t.end <= start,
  );
  if (between.some((t) => /^\p{N}/u.test(t.text) || (WORDS.has(t.lower) && classOf(t.lower) !== 'ordinal'))) return false;
  const next = tokens[e.j];
  return !(e.j === e.i + 1 && hasAdjective(tokens[e.i].lower) && next?.word && isPluralNoun(next.lower));
}

const STATE_LINKS = new Set(['are', 'were', 'is', 'was', 'remain', 'remained', 'remains', 'still', 'now', 'listed', 'in', 'a']);
/** "(are still) in a critical condition" after a count of people: the state ("part:critical"). */
export function conditionAfter(tokens: Token[], end: number): string | undefined {
  let k = tokens.findIndex((t) => t.start >= end);
  if (k < 0) return undefined;
  let sawIn = false;
  for (let n = 0; k < tokens.length && n < 5 && STATE_LINKS.has(tokens[k].lower); k++, n++) sawIn ||= tokens[k].lower === 'in';
  const adj = tokens[k];
  if (!sawIn || !adj?.word || tokens[k + 1]?.lower !== 'condition') return undefined;
  return 'part:' + adj.lower.replace(/s$/, '');
}

/** Nouns of a settled place: "a town of 6,000 residents" counts its population. */
const SETTLEMENTS = new Set(['town', 'city', 'village', 'hamlet', 'community', 'municipality', 'island', 'suburb', 'settlement']);

/** The token right before the number at `start`, past its qualifier ("a town of roughly 6,000"). */
function wordBefore(tokens: Token[], start: number, lex: Lexicon): number {
  let i = tokens.findIndex((t) => t.start >= start) - 1;
  while (i >= 0 && lex.qualifiers.matchAt(tokens, i)) i--;
  return i;
}

/** Whether "<settlement> of" stands right before the number at `start`. */
export function settlementOf(tokens: Token[], start: number, lex: Lexicon): boolean {
  const i = wordBefore(tokens, start, lex);
  return tokens[i]?.lower === 'of' && SETTLEMENTS.has(tokens[i - 1]?.lower ?? '');
}

/** Whether "including" stands right before the number at `start`. */
export function includedIn(tokens: Token[], start: number, lex: Lexicon): boolean {
  return tokens[wordBefore(tokens, start, lex)]?.lower === 'including';
}
