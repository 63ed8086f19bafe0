// What makes another figure of the same measure a contradiction (the places of the two counts,
// their qualifiers and ranges), and how a time conflict names its times. Used by quantity.ts.
import type { Aspect, Quantity, SourceRecord, TimeRef } from '../types';
import type { Candidate } from './outdated';
import { longDate, normalizedInterval } from './elements';

/** The two times a time conflict names; the same words ("Monday" and "Monday") with the days they
 *  stand for, so the message never reads "gives Monday, not Monday". */
export function timeTexts(mine: TimeRef | undefined, theirs: TimeRef | undefined): [string | undefined, string | undefined] {
  if (!mine || !theirs) return [mine?.text, theirs?.text];
  // "Wednesday" against "two days earlier": a day named without its date is shown with it.
  const dated = (t: TimeRef) => (t.start && t.start === t.end && !/\d/.test(t.text) ? `${t.text} (${longDate(t.start)})` : t.text);
  if (mine.text.toLowerCase() !== theirs.text.toLowerCase()) return [dated(mine), dated(theirs)];
  const day = (t: TimeRef) =>
    t.start
      ? t.end && t.end !== t.start
        ? `${t.text}, ${longDate(t.start)} to ${longDate(t.end)}`
        : `${t.text}, ${longDate(t.start)}`
      : t.text;
  return [day(mine), day(theirs)];
}

/**
 * Another figure for the same measure conflicts when the places are the same, or when a count for
 * a place inside the other's is larger than the broader count (counts only grow with the area).
 */
export function countConflicts(q: Quantity, r: Quantity, rel: string): boolean {
  // A magnitude ("thousands of troops") contradicts no figure, nor is contradicted.
  if (q.vague || r.vague) return false;
  // Sizes in units a hundred times apart and more ("310 mm" of rain, "about 20 km" south of the
  // city) measure different things: no reporter takes one for the other.
  // (The same number in another unit, "29.2 megawatts" for 29.2 gigawatts, is a unit swapped.)
  if (q.unit && r.unit && q.unit !== r.unit && q.value !== r.value && q.normalized > 0 && r.normalized > 0) {
    const ratio = q.normalized / r.normalized;
    if (ratio > 100 || ratio < 0.01) return false;
  }
  // Counts a thousand times apart and more ("about 1.2 million passengers last year" against the
  // 70 on board) count different things; the same digits at another scale ("two billion rounds" for
  // two million) are the figure changed.
  if (!q.unit && !r.unit && q.normalized > 0 && r.normalized > 0) {
    const apart = Math.log10(Math.max(q.normalized, r.normalized) / Math.min(q.normalized, r.normalized));
    if (apart >= 3 && Math.abs(apart - Math.round(apart)) > 1e-9) return false;
  }
  const qi = normalizedInterval(q);
  const ri = normalizedInterval(r);
  if ((q.direction === 'min' || q.direction === 'max') && ri.lo >= qi.lo && ri.hi <= qi.hi) return false;
  // A part ("97 of them in Khyber Pakhtunkhwa") contradicts only a part of the same place.
  if ((q.event === 'part' || /^part\b/.test(q.kind ?? '')) && rel !== 'equal') return false;
  // A range holding the other's figure ("10,000 to 12,000" and "about 12,000") is vaguer, not other.
  // (Two ranges, "between 1,500 and 5,000" and "between 1,500 and 3,000", are two figures told:
  // either bound differing is the figure changed.)
  const ranges = q.direction === 'range' && r.direction === 'range';
  if (!ranges && q.direction === 'range' && r.normalized >= qi.lo && r.normalized <= qi.hi) return false;
  if (!ranges && r.direction === 'range' && q.normalized >= ri.lo && q.normalized <= ri.hi) return false;
  if (ranges && qi.lo === ri.lo && qi.hi === ri.hi) return false;
  switch (rel) {
    case 'equal':
      return true;
    // The record's place holds the draft's (relatePlace: 'broader'): the draft's figure is a part of
    // the record's, so only a larger one contradicts it; so too where the data cannot place the
    // record's place against the draft's ('unknown': a town the gazetteer knows, a district it does
    // not). A record naming no place where the draft names one ('none') may count a part ("killed nine
    // passengers") or the whole: no contradiction either way.
    case 'broader':
    case 'unknown':
      // People counted for a place within the record's are another measure (POLICY: soldiers in
      // Russia, soldiers in Kursk); things counted, a larger count than the whole contradicts.
      if (isPerson(q)) return false;
      return qi.lo > ri.hi || (q.counted !== undefined && !q.unit && qi.hi < ri.lo);
    case 'narrower':
      return ri.lo > qi.hi;
    default:
      return false;
  }
}

const isPerson = (q: Quantity) => q.nationality !== undefined || (q.event !== undefined && !q.counted?.startsWith('other:'));

/** Which of the records a figure contradicts the finding names first: a swapped unit, then the
 *  figure itself, its qualifier, time, place; of those alike, one of the day the draft gives ("said
 *  on Thursday that 184 homes" against the mayor's Thursday 148, not Tuesday's 60 or the city's
 *  later 215), then the draft's own speaker's, then a record of the same moment ("now" against "now",
 *  not against "at most, we controlled"). */
export function conflictOrder(records: readonly SourceRecord[], recency: number): (a: Candidate, b: Candidate) => number {
  const rank: Aspect[] = ['unit', 'change', 'count', 'qualifier', 'time', 'place'];
  const moment = (c: Candidate) => (Math.sign(records[c.record].recency) === Math.sign(recency) ? 0 : 1);
  return (a, b) =>
    rank.indexOf(a.conflict!) - rank.indexOf(b.conflict!) ||
    Number(a.otherTime) - Number(b.otherTime) ||
    Number(!a.own) - Number(!b.own) ||
    moment(a) - moment(b);
}
