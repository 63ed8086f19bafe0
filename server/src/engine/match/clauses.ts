// Which part of a sentence a time belongs to: the clause around a figure (a time of another clause
// with its own subject dates no figure of this one), and a claim's other day told of another
// happening (match/context.ts checkSetting).
import type { SourceRecord, TimeRef } from '../types';
import { compareTime } from './elements';

/** Whether another day of the claim's own, on the calendar and not the day `t` gives, is the
 *  record's. */
export function otherDayMatches(times: TimeRef[], t: TimeRef, self: SourceRecord[]): boolean {
  // A day: on the calendar, or a date or weekday of an undated draft ("on Dec. 8 ... no earlier than Dec. 17").
  const day = (x: TimeRef) => (x.start ? x.start === x.end : x.kind === 'date' || x.kind === 'weekday');
  const apart = (x: TimeRef) => (x.start && t.start ? x.start !== t.start : x.text !== t.text);
  if (!day(t)) return false;
  // ("who worked at the branch until January, was placed under house arrest on Saturday": a month
  // or a year of the other happening, one the day falls outside of.)
  const outside = (o: TimeRef) => !!o.start && !!o.end && !!t.start && (t.start < o.start || t.start > o.end);
  return times.some((o) => o !== t && o.role === t.role && (day(o) ? apart(o) : outside(o)) && compareTime(o, self) === 'match');
}

/** Where a clause joined by ", and", ", but", ", while" or ";" begins and ends around offset `at`
 *  of a sentence (the whole sentence when there is no such joint). */
export function clauseAround(text: string, at: number, joints = CLAUSE_JOINT): [number, number] {
  let lo = 0;
  let hi = text.length;
  for (const m of text.matchAll(joints)) {
    // (", and will go on trial on Nov. 11", ", and in Marburg": the same clause goes on; a clause
    // opens with a subject of its own: a figure, a name, a determiner or a pronoun.)
    const next = /^\s*([\p{L}\p{N}]+)/u.exec(text.slice(m.index + m[0].length))?.[1] ?? '';
    if (!/^(?:\p{N}|\p{Lu})/u.test(next) && !SUBJECT_OPENS.has(next)) continue;
    if (m.index + m[0].length <= at) lo = m.index + m[0].length;
    else if (m.index >= at) {
      hi = m.index;
      break;
    }
  }
  return [lo, hi];
}
// (... and "had left the resort and a further 500 were expected to leave by Wednesday": another
// figure's clause, joined without a comma.)
const CLAUSE_JOINT = /,\s*(?:and|but|while|whereas)\s|;/g;
export const DRAFT_JOINT = /,\s*(?:and|but|while|whereas)\s|;|\s(?:and|but)\s(?=(?:a|an)\s+(?:further|another)\s|\p{N})/gu;
const SUBJECT_OPENS = new Set([
  'the',
  'a',
  'an',
  'its',
  'their',
  'his',
  'her',
  'he',
  'she',
  'they',
  'it',
  'we',
  'more',
  'about',
  'some',
  'nearly',
  'almost',
  'over',
  'around',
  'another',
  'most',
  'many',
  'several',
  'all',
]);
