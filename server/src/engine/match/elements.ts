// Element comparisons shared by the judges: places (with containment), times (calendar ranges,
// weekdays, "since" years) and figures (anchor values, qualifier directions, unit conversion).
import { smallCount } from '../extract/number-words';
import type { Lexicon } from '../data/lexicon';
import { EARLIEST, weekdayOf } from '../extract/times';
import type { PlaceRef, Quantity, SourceRecord, TimeRef } from '../types';
import { gazetteerWithin, relateGazetteer } from './gazetteer-relation';
import { gazetteerEntries, placeKey } from '../data/gazetteer';

/** 'unknown': neither contains the other, and nothing tells them apart (a gazetteer town and a
 *  region: gazetteer-relation.ts). */
export type PlaceRelation = 'equal' | 'narrower' | 'broader' | 'unknown' | 'disjoint';

const ancestorCache = new WeakMap<Lexicon, Map<string, Set<string>>>();

export function placeAncestors(id: string, lex: Lexicon): Set<string> {
  let cache = ancestorCache.get(lex);
  if (!cache) ancestorCache.set(lex, (cache = new Map<string, Set<string>>()));
  const hit = cache.get(id);
  if (hit) return hit;
  const out = new Set<string>();
  const walk = (x: string) => {
    if (out.has(x)) return;
    out.add(x);
    for (const p of lex.places.get(x)?.within ?? []) walk(p);
    const country = lex.places.get(x)?.country;
    if (country && country !== x) walk(country);
    if (x.startsWith('gz:')) for (const p of gazetteerWithin(x, lex)) walk(p);
  };
  walk(id);
  cache.set(id, out);
  return out;
}

/** How record place `r` stands to claim place `c`: the record's is narrower when it lies inside. */
export function relatePlace(c: string, r: string, lex: Lexicon): PlaceRelation {
  if (c === r) return 'equal';
  if (placeAncestors(r, lex).has(c)) return 'narrower';
  if (placeAncestors(c, lex).has(r)) return 'broader';
  // "In Portugal" for the sources' Porto (a town they taught, whose name the gazetteer has only in
  // Portugal): the country contains it.
  if (inCountryOf(r, c, lex)) return 'narrower';
  if (inCountryOf(c, r, lex)) return 'broader';
  if (c.startsWith('gz:') || r.startsWith('gz:')) return relateGazetteer(c, r, lex, (id) => placeAncestors(id, lex));
  return 'disjoint';
}

/** Whether a place the sources taught (a bare id, no country in the data) is, by its name, a place
 *  the gazetteer has in the gazetteer country `country` ("gz:PT"). */
function inCountryOf(place: string, country: string, lex: Lexicon): boolean {
  if (!/^gz:[A-Z]{2}$/.test(country) || place.includes(':')) return false;
  const info = lex.places.get(place);
  if (info && (info.within.length || info.country)) return false;
  // (Its reading a reporter means: a town of 100,000 people or more, else a region, else the first.)
  const entries = gazetteerEntries(placeKey(lex.names.get(place) ?? place));
  const best =
    entries.find((e) => e.kind === 'town' && (e.population ?? 0) >= 100_000) ?? entries.find((e) => e.kind === 'region') ?? entries[0];
  return !!best && best.country === country.slice(3);
}

/** Places of a list that do not contain another place of the list. */
export function mostSpecific(places: PlaceRef[], lex: Lexicon): string[] {
  const ids = [...new Set(places.filter((p) => p.role === 'at').map((p) => p.id))];
  return ids.filter((a) => !ids.some((b) => b !== a && placeAncestors(b, lex).has(a)));
}

const ORDER: Record<PlaceRelation, number> = { equal: 0, narrower: 1, broader: 2, unknown: 3, disjoint: 4 };

/** The best relation any record place has to each claim place, the worst over claim places. */
export function comparePlaces(claim: string[], record: string[], lex: Lexicon): PlaceRelation | 'none' {
  if (!claim.length) return 'equal';
  if (!record.length) return 'none';
  let worst: PlaceRelation = 'equal';
  for (const c of claim) {
    let best: PlaceRelation = 'disjoint';
    for (const r of record) {
      const rel = relatePlace(c, r, lex);
      if (ORDER[rel] < ORDER[best]) best = rel;
    }
    if (ORDER[best] > ORDER[worst]) worst = best;
  }
  return worst;
}

export type TimeRelation = 'match' | 'conflict' | 'none';

/** "the past two weeks", "the previous 10 days": a period counted back, its length and unit. */
const PAST_SPAN = /\b(?:past|last|previous|preceding)\s+(\w+)\s+(day|week|month|year)s?\b/i;
const spanCount = (w: string) => smallCount(w) ?? 1;

function relTime(t: TimeRef, r: TimeRef): TimeRelation {
  if (t.kind === 'since' || r.kind === 'since') {
    if (t.kind !== r.kind) return 'none';
    // ("since January" and "since the start of June": two periods, when both give the month.)
    if (t.month !== undefined && r.month !== undefined && t.month !== r.month) return 'conflict';
    if (!t.start || !r.start) return t.month !== undefined && t.month === r.month ? 'match' : 'none';
    return t.start.slice(0, 4) === r.start.slice(0, 4) ? 'match' : 'conflict';
  }
  // "over the past three weeks" against "over the past two weeks": one period told two ways.
  const a = PAST_SPAN.exec(t.text);
  const b = a && PAST_SPAN.exec(r.text);
  if (a && b && a[2] === b[2] && spanCount(a[1]) !== spanCount(b[1])) return 'conflict';
  if (t.start && t.end && r.start && r.end) return t.start <= r.end && r.start <= t.end ? 'match' : 'conflict';
  // Unplaced on the calendar: compare what both state.
  // ("by Monday morning": the day a count runs up to is the one it names.)
  const rWeekday =
    r.weekday ??
    (r.start && r.start === r.end
      ? weekdayOf(r.start)
      : r.start === EARLIEST && r.end && r.kind === 'range'
        ? weekdayOf(r.end)
        : undefined);
  if (t.kind === 'weekday' && rWeekday !== undefined) return t.weekday === rWeekday ? 'match' : 'conflict';
  const rMonth = r.month ?? (r.start ? Number(r.start.slice(5, 7)) : undefined);
  const rDay = r.day ?? (r.start && r.start === r.end ? Number(r.start.slice(8, 10)) : undefined);
  if (t.kind === 'date' && t.month !== undefined && rMonth !== undefined) {
    if (t.month !== rMonth) return r.kind === 'range' ? 'none' : 'conflict';
    if (rDay === undefined || r.kind === 'month') return 'match';
    return t.day === rDay ? 'match' : 'conflict';
  }
  if (t.kind === 'month' && t.month !== undefined && rMonth !== undefined && (r.kind === 'month' || r.kind === 'date')) {
    return t.month === rMonth ? 'match' : 'conflict';
  }
  if (t.kind === 'month' && t.month !== undefined && r.kind === 'range' && r.start && r.end) {
    // A month against "this month" / "last week": inside the range's months or not.
    const a = Number(r.start.slice(5, 7));
    const b = Number(r.end.slice(5, 7));
    const inside = a <= b ? t.month >= a && t.month <= b : t.month >= a || t.month <= b;
    return inside ? 'match' : 'conflict';
  }
  return 'none';
}

/** The record's times of a role, its statement date counting as a statement time. */
export function recordTimes(r: SourceRecord, role: TimeRef['role']): TimeRef[] {
  const own = r.times.filter((t) => t.role === role);
  if (role === 'statement' && !own.length) {
    // No stated date: the day it was said is the article's (or the speaker's earlier sentence's),
    // or a day the sentence names ("had previously assessed ... on 5 November").
    own.push(...r.times.filter((t) => t.kind === 'date' || t.kind === 'weekday'));
    if (r.statedAt)
      own.push({
        span: r.span,
        text: r.statedAt,
        kind: 'date',
        start: r.statedAt,
        end: r.statedAt,
        role: 'statement',
        inferred: r.statedAtInferred,
      });
  }
  return own;
}

/** Compare a claim time with the times of a record (and its context for event times). */
export function compareTime(t: TimeRef, records: SourceRecord[]): TimeRelation {
  let sawConflict = false;
  const day = (x: TimeRef) => !!x.start && x.start === x.end;
  for (const r of records) {
    // A day the record names for the event outweighs a month it also names ("on Saturday arrested
    // the director of the airline whose plane crashed this month" gives no Friday arrest).
    let dayOtherwise = false;
    let roughly = false;
    for (const rt of recordTimes(r, t.role)) {
      const rel = relTime(t, rt);
      if (rel === 'match' && (!day(t) || day(rt))) return 'match';
      if (rel === 'match') roughly = true;
      // ("due to open in 2028" against the day a record's test run was held: a year still to come
      // when the record was written is no other time of what the record says happened.)
      const ahead = t.kind === 'year' && !!t.start && !!r.statedAt && t.start > r.statedAt && !!rt.end && rt.end <= r.statedAt;
      if (rel === 'conflict' && !rt.inferred && !rt.attributive && !ahead) {
        sawConflict = true;
        if (day(t) && day(rt)) dayOtherwise = true;
      }
    }
    if (roughly && !dayOtherwise) return 'match';
  }
  return sawConflict ? 'conflict' : 'none';
}

/** The claim's time a record contradicts, with the record's own time for it (what a conflict
 *  message names: "two days earlier" against "Wednesday", not the claim's first time). */
export function conflictingTimes(times: TimeRef[], records: SourceRecord[]): [TimeRef | undefined, TimeRef | undefined] {
  // Days apart, for times placed on the calendar (the rest are as far as can be).
  const apart = (a: TimeRef, b: TimeRef) => (a.start && b.start ? Math.abs(Date.parse(a.start) - Date.parse(b.start)) : Infinity);
  for (const t of times) {
    if (compareTime(t, records) !== 'conflict') continue;
    // Of the record's times that differ, the nearest: the one the draft misstates.
    let best: TimeRef | undefined;
    let bestGap = Infinity;
    for (const r of records)
      for (const rt of recordTimes(r, t.role)) {
        if (rt.inferred || rt.attributive || relTime(t, rt) !== 'conflict') continue;
        const gap = apart(t, rt);
        if (!best || gap < bestGap) [best, bestGap] = [rt, gap];
      }
    if (best) return [t, best];
  }
  // (No pair found by role: the draft's time no record backs, never one a record gives as well.)
  return [times.find((t) => compareTime(t, records) !== 'match') ?? times[0], records[0]?.times[0]];
}

export function sameValue(q: Quantity, r: Quantity, lex: Lexicon): boolean {
  if ((q.unit ?? '') === (r.unit ?? '')) {
    // (A rate's decimals are its value: "3%" is not the "3.25%" Bank Rate.)
    const family = q.unit ? lex.unitInfo.get(q.unit)?.family : undefined;
    const rounds = !!family && family !== 'percent' && family !== 'rate-change';
    const eq = (mine: number, theirs: number) => mine === theirs || (rounds && roundsTo(theirs, mine));
    if (q.valueHi === undefined && r.valueHi === undefined && family !== 'percent' && scaledRounding(q, r)) return true;
    return eq(q.value, r.value) && eq(q.valueHi ?? q.value, r.valueHi ?? r.value);
  }
  // "50 million rupees" and "50 million Nepalese rupees": the currency's word alone is any of its.
  const generic = (a: Quantity, b: Quantity) => !a.unit && !!b.counted && a.counted === lex.currencyWords.get(b.counted);
  if (generic(q, r) || generic(r, q)) return q.value === r.value && (q.valueHi ?? q.value) === (r.valueHi ?? r.value);
  const fq = q.unit ? lex.unitInfo.get(q.unit)?.family : undefined;
  const fr = r.unit ? lex.unitInfo.get(r.unit)?.family : undefined;
  if (!fq || fq !== fr) return false;
  if (Math.abs(q.normalized - r.normalized) <= 0.01 * Math.max(q.normalized, r.normalized)) return true;
  // ("0.8-hectare" for the record's "two-acre", 0.809 ha: a converted figure rounded to the digits
  // the draft shows.)
  const factor = q.value ? q.normalized / q.value : 0;
  if (!factor) return false;
  const step = 10 ** -(String(q.value).split('.')[1] ?? '').length;
  return Math.abs(r.normalized / factor - q.value) <= step / 2 + 1e-9;
}

const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, m: 1e6, mn: 1e6, bn: 1e9, k: 1e3 };

/** "25.4 million" for the record's "25,418,960", "1.24 million" for "1,241,906": a figure written
 *  with a scale word holds only as many digits as it shows, and the record's figure rounded to them
 *  is the draft's. */
function scaledRounding(q: Quantity, r: Quantity): boolean {
  const m = /(\d+(?:\.(\d+))?)\s*(thousand|million|billion|trillion|mn|bn|m|k)\b/i.exec(q.text);
  if (!m || r.value === q.value) return false;
  const scale = SCALES[m[3].toLowerCase()];
  if (Math.abs(Number(m[1]) * scale - q.value) > 1e-6 * q.value) return false;
  const step = scale / 10 ** (m[2]?.length ?? 0);
  // (... only when the record's figure is written more closely than that: "25.5 million" is no
  // rounding of "25.4 million".)
  // (... and the draft's figure shows two digits at least: "2 billion" is no rounding of "1.96
  // billion", where "2.0 billion" would be.)
  if (r.value % step === 0 || q.value / step < 10) return false;
  return Math.abs(Math.round(r.value / step) * step - q.value) < step / 1000;
}

/** "112 F" for the record's "111.6 degrees Fahrenheit", "44 C" for "44.2 C": the record's figure
 *  rounded to the draft's fewer decimals. */
function roundsTo(exact: number, rounded: number): boolean {
  const places = (x: number) => (String(x).split('.')[1] ?? '').length;
  const p = places(rounded);
  return p < places(exact) && Math.round(exact * 10 ** p) / 10 ** p === rounded;
}

/** How near a vaguer figure's bound must lie to the record's figure to hold it: "more than 10,000"
 *  holds "at least 11,000", "more than 1,000" says too little about 11,000 to back it. */
const HOLD_NEAR = 0.75;

/**
 * A vaguer figure that holds the record's (POLICY: a draft may say less, compatibly): "more than
 * 10,000" for "at least 11,000", "10,000 to 12,000" for "roughly 11,000", "over 1,300 square
 * kilometres" for "about 1,376". The draft's bound or range must lie near the record's figure, and
 * no qualifier may point the other way.
 */
export function holdsValue(q: Quantity, r: Quantity, lex: Lexicon): boolean {
  if (roundedNear(q, r)) return true;
  // A ceiling ("less than 18%", "under 500") is as often a threshold as an estimate ("would reject
  // any deal worth less than 18%"): only a floor or a range holds another figure.
  if (q.direction !== 'min' && q.direction !== 'range') return false;
  if (directionsFlip(q, r)) return false;
  if ((q.unit ?? '') !== (r.unit ?? '')) {
    const fq = q.unit ? lex.unitInfo.get(q.unit)?.family : undefined;
    const fr = r.unit ? lex.unitInfo.get(r.unit)?.family : undefined;
    if (!fq || fq !== fr) return false;
  }
  const qi = normalizedInterval(q);
  const x = r.normalized;
  if (!(x > 0) || x < qi.lo || x > qi.hi) return false;
  // ("thousands of troops" holds 11,000: a magnitude is as wide as it says.)
  if (q.vague) return !r.vague;
  if (q.direction === 'min') return qi.lo >= HOLD_NEAR * x;
  return qi.hi - qi.lo <= (1 - HOLD_NEAR) * 2 * x;
}

/** "nearly 110" for the record's 109, "about 100" for its 96: a round figure, said as an
 *  approximation, within 5% of the record's exact one (below it, for "nearly" and "almost"). */
function roundedNear(q: Quantity, r: Quantity): boolean {
  if (q.direction !== 'approx' || r.direction !== 'exact' || (q.unit ?? '') !== (r.unit ?? '') || q.valueHi !== undefined) return false;
  if (!(q.value >= 20) || q.value % 10 !== 0 || r.value === q.value) return false;
  if (/^(?:nearly|almost|close to)$/i.test(q.qualifier ?? '') && r.value > q.value) return false;
  // (The record's figure rounded to the draft's round unit is the draft's: 109 to tens is 110, while
  // 2,300 is no rounding of "about 2,200".)
  let unit = 10;
  while (q.value % (unit * 10) === 0) unit *= 10;
  return Math.round(r.value / unit) * unit === q.value && Math.abs(r.value - q.value) <= 0.05 * q.value;
}

export function directionsFlip(q: Quantity, r: Quantity): boolean {
  return (q.direction === 'min' && r.direction === 'max') || (q.direction === 'max' && r.direction === 'min');
}

/** Same measure in different units with the same number: "800 square miles" for "800 square kilometres". */
export function unitSwapped(q: Quantity, r: Quantity): boolean {
  return q.value === r.value && (q.unit ?? '') !== (r.unit ?? '');
}

export function normalizedInterval(q: Quantity): { lo: number; hi: number } {
  const f = q.value ? q.normalized / q.value : 1;
  return { lo: q.interval.lo * f, hi: q.interval.hi * f };
}

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "2024-10-23" as "23 October 2024", for messages. */
export const longDate = (iso: string) => `${Number(iso.slice(8, 10))} ${MONTH_NAMES[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;
