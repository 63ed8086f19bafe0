// Time expressions in a sentence: dates and months (parsed by chrono-node), weekdays, years,
// "since 2023", "this month", "last week". Each is placed on the calendar against the date of the
// text it appears in (a source's publication date, a draft's own date); without one, only the parts
// the text states are kept (a weekday stays a weekday).
import { addDays, iso, lastDayOfMonth, resolveWeekday, weekdayOf } from './calendar-days';
import * as chrono from 'chrono-node';
import type { Span, TimeRef } from '../types';
import type { Token } from '../text/tokens';
import type { Cue } from './actors';
import { attributiveTime, roleOf } from './time-roles';
import { smallCount } from './number-words';

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
/** Each weekday as a word of a date chrono read ("Tuesday, 23 October"), compiled once. */
const WEEKDAY_WORDS = WEEKDAYS.map((w) => new RegExp(`\\b${w}\\b`, 'i'));
/**
 * chrono's casual English parser without the parsers whose results this module never reads: times
 * of day ("at 10 am", "10:30", "this morning") carry no calendar day, and "within three days" /
 * "three days later" count from an unnamed event, not from the text's date. They took about a third
 * of chrono's time on news sentences. Found by class name; should a build rename classes, all of
 * chrono's parsers run (the same dates, only slower).
 */
export const UNUSED_CHRONO_PARSERS = [
  'ENTimeExpressionParser',
  'ENCasualTimeParser',
  'ENTimeUnitWithinFormatParser',
  'ENTimeUnitLaterFormatParser',
];
const parser = chrono.casual.clone();
parser.parsers = parser.parsers.filter((p) => !UNUSED_CHRONO_PARSERS.includes(p.constructor.name));
export const chronoParsers = () => parser.parsers.map((p) => p.constructor.name);

// Which sentences chrono reads (it is the costliest step of reading a sentence): those naming a
// month as English writes one (capitalised: "march" and "may" are verbs), a numeric date
// (2024-10-24, 24/10), a day by name (today, yesterday) or a span counted from the text's date
// ("this month", "the past two weeks", "three days ago").
const MONTH = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)`;
const MAYBE_DATE = new RegExp(
  String.raw`\b${MONTH}\b|\b\d{4}-\d\d-\d\d\b|\b\d{1,2}/\d{1,2}\b|` +
    String.raw`\b(?:[Tt]oday|[Yy]esterday|[Tt]onight|[Tt]omorrow)\b|\b(?:[Tt]his|[Ll]ast|[Pp]ast|[Pp]revious|[Nn]ext|[Cc]oming)\s+(?:\w+\s+)?(?:week|month|year)s?\b|\b(?:days?|weeks?|months?|years?)\s+ago\b`,
);
const NOT_A_DAY = /^(?:right )?now$/i;
const COUNTED_FROM_TODAY = /^(?:today|yesterday|tonight|tomorrow|last night)$|^in\s.*\b(?:days?|weeks?|months?|years?)$|\bago$/i;
/** "reopened after eight days", "within two weeks", "eight days later": how long something took,
 *  or days counted from another event, never a day counted from the text's date (as chrono reads them). */
const SPAN_OF_TIME = /^(?:after|within|over|for)\s.*\b(?:days?|weeks?|months?|years?|hours?)$|\s(?:later|earlier|on)$/i;
/** A result on a month name written in lower case ("they march on") is a verb, not a date. */
const LOWER_MONTH = new RegExp(String.raw`^(?:on |in )?(?:${MONTH.toLowerCase()})\.?$`);

export { addDays, iso, resolveWeekday, weekdayOf } from './calendar-days';

const pad = (n: number) => String(n).padStart(2, '0');

/** Words before a weekday that make it any day of that name ("on a Sunday", "every Friday"). */
const ANY_SUCH_DAY = new Set(['a', 'every', 'each', 'one']);

/** Words before a possessive weekday that make it another event's day ("extending Monday's fall"). */
const RELATIVE_TO = new Set([
  'extending',
  'extended',
  'reversing',
  'reversed',
  'after',
  'following',
  'since',
  'than',
  'before',
  'erasing',
  'erased',
]);

export function findTimes(text: string, span: Span, tokens: Token[], cues: Cue[], ref: string | undefined): TimeRef[] {
  const sentence = text.slice(span.start, span.end);
  const out: TimeRef[] = [];
  const covered: Span[] = [];
  const overlaps = (s: Span) => covered.some((c) => s.start < c.end && c.start < s.end);
  const add = (t: Omit<TimeRef, 'role'> & { since?: boolean }) => {
    if (overlaps(t.span)) return;
    covered.push(t.span);
    // A period since a day is never the day of saying ("confirmed since June 5").
    const { since, ...time } = t;
    const attributive = attributiveTime(t.span, tokens);
    out.push({
      ...time,
      role: t.kind === 'since' || since || attributive ? 'event' : roleOf(t.span, tokens, cues, !!t.start),
      ...(attributive ? { attributive } : {}),
    });
  };

  // "since 2023", "in 2022", "in February 2022" (the last is left to chrono).
  // The look-ahead reads spaces once: `\s*[-–]?\s*\d` would try every split of a long run of them.
  const yearRe = /\b(since|in|from|by|until|before|after|during)\s+((?:19|20)\d\d)\b(?!\s*(?:[-–]\s*)?\d)/gi;
  for (let m: RegExpExecArray | null; (m = yearRe.exec(sentence));) {
    const y = Number(m[2]);
    const s = { start: span.start + m.index + m[1].length + 1, end: span.start + m.index + m[0].length };
    const since = m[1].toLowerCase() === 'since';
    add({
      span: since ? { start: span.start + m.index, end: s.end } : s,
      text: since ? m[0] : m[2],
      kind: since ? 'since' : 'year',
      start: `${y}-01-01`,
      end: since ? ref : `${y}-12-31`,
    });
  }

  // A dateline ("AREQUIPA, Peru, June 20 (Sur Express) -") dates the filing, not the event.
  const dateline = DATELINE.exec(sentence);
  if (dateline) covered.push({ start: span.start, end: span.start + dateline[0].length });
  if (MAYBE_DATE.test(sentence)) {
    const refDate = ref ? new Date(ref + 'T12:00:00Z') : new Date(Date.UTC(2000, 0, 1, 12));
    let results: chrono.ParsedResult[] = [];
    try {
      results = parser.parse(sentence, { instant: refDate, timezone: 0 }, { forwardDate: false });
    } catch {
      results = [];
    }
    /** Where the last day-and-month chrono read ended ("October 1 last year": the year is its own). */
    let dayEnd = -2;
    for (const r of results) {
      if (LOWER_MONTH.test(r.text)) continue;
      if (dayEnd >= 0 && /^last year$/i.test(r.text) && /^\s?$/.test(sentence.slice(dayEnd, r.index))) continue;
      // "will now close in September": "now" says the news is current, not on what day it happened;
      // and in an undated text "yesterday" or "today" is no day at all (chrono counts from a made-up one).
      if (NOT_A_DAY.test(r.text) || (!ref && COUNTED_FROM_TODAY.test(r.text)) || SPAN_OF_TIME.test(r.text)) continue;
      // "the day before" counts from the date the sentence names (below), not from the text's.
      if (/\b(day|week|month)\s+before\b|\bprevious\s+(day|week|month)\b/i.test(r.text)) continue;
      const known: { day?: number; month?: number; year?: number; weekday?: number } = {};
      for (const c of ['day', 'month', 'year', 'weekday'] as const) if (r.start.isCertain(c)) known[c] = r.start.get(c) ?? undefined;
      // "since June 5, 19 of them in Banda": a number of one or two digits after the comma counts
      // something; it is no year.
      const notYear = /,\s*\d{1,2}$/.exec(r.text);
      if (notYear) {
        delete known.year;
        // "In September, 1,300 square kilometres": the number is no day either.
        if (!/\d/.test(r.text.slice(0, notYear.index))) delete known.day;
      }
      const s = { start: span.start + r.index, end: span.start + r.index + (notYear ? notYear.index : r.text.length) };
      // Trim a leading "on " / trailing ", " chrono includes.
      const trimmed = trim(text, s);
      if (known.weekday !== undefined && known.day === undefined) continue; // handled above
      const relative = RELATIVE.exec(r.text);
      if (relative) {
        // "this month", "last week", "the past two weeks": ranges that need the text's own date.
        if (ref) add({ span: trimmed, text: text.slice(trimmed.start, trimmed.end), kind: 'range', ...relativeRange(relative, ref) });
        continue;
      }
      if (known.day !== undefined && known.month !== undefined) {
        const hasYear = known.year !== undefined || !!ref;
        let d = notYear && ref ? `${ref.slice(0, 4)}-${pad(known.month)}-${pad(known.day)}` : iso(r.start.date());
        // "since October 1 last year", "since October 1" written in September: a day before the text's.
        if (known.year === undefined && ref) {
          const last = /^\s+last year\b/i.test(sentence.slice(r.index + r.text.length));
          if (last || (/\bsince\s+$/i.test(sentence.slice(Math.max(0, r.index - 7), r.index)) && d > ref))
            d = `${Number(ref.slice(0, 4)) - 1}${d.slice(4)}`;
          if (last) dayEnd = r.index + r.text.length;
        }
        // "On Tuesday, 23 October" when the 23rd was a Wednesday: the draft contradicts itself.
        const named = WEEKDAY_WORDS.findIndex((re) => re.test(r.text));
        const stated = named >= 0 && hasYear && weekdayOf(d) !== named ? { statedWeekday: named } : {};
        // "by Nov. 2": on or before that day.
        const by = /\bby\s+$/i.test(sentence.slice(Math.max(0, r.index - 4), r.index));
        // "confirmed since June 5": a period from that day to the text's, never the day of saying.
        const since = sinceBefore(sentence, r.index);

        // Without a year a deadline cannot be placed: it bounds nothing the sources could contradict.
        if (by && !hasYear) continue;
        add({
          span: trimmed,
          text: text.slice(trimmed.start, trimmed.end),
          ...(since ? { since: true } : {}),
          kind: by ? 'range' : 'date',
          start: hasYear ? (by ? EARLIEST : d) : undefined,
          end: hasYear ? d : undefined,
          month: by ? undefined : known.month,
          day: by ? undefined : known.day,
          ...stated,
        });
      } else if (known.month !== undefined) {
        const y = known.year ?? (ref ? Number(ref.slice(0, 4)) : undefined);
        const m = known.month;
        // "its steepest fall since August 2022": a period from that month, as "since 2023" is.
        const since = sinceBefore(sentence, r.index);
        add({
          span: trimmed,
          text: text.slice(trimmed.start, trimmed.end),
          kind: since ? 'since' : 'month',
          month: m,
          start: y ? `${y}-${pad(m)}-01` : undefined,
          end: since ? ref : y ? lastDayOfMonth(y, m) : undefined,
        });
      }
    }
  }
  // Weekdays not already part of a full date ("Thursday, October 24").
  for (let k = 0; k < tokens.length; k++) {
    const wd = WEEKDAYS.indexOf(tokens[k].lower);
    if (wd < 0) continue;
    // "extending Monday's decline", "after Tuesday's vote": the day of another event the sentence
    // measures from ("at Monday's briefing" stays the day).
    if ((tokens[k + 1]?.lower === "'s" || tokens[k + 1]?.text === '’s') && RELATIVE_TO.has(tokens[k - 1]?.lower ?? '')) continue;
    const s = { start: tokens[k].start, end: tokens[k].end };
    // "on a Sunday", "every Friday": some day of that name, never one placed by the text's date.
    let date = ref && !ANY_SUCH_DAY.has(tokens[k - 1]?.lower ?? '') ? resolveWeekday(wd, ref) : undefined;
    // "is due to deliver the verdict on Wednesday": what is to come falls on the next Wednesday.
    // (In the weekday's own clause: "will receive ..., Sithole announced on Monday" is past.)
    // ("will spend ten days recounting households, starting Friday": a phrase that only starts the
    // weekday belongs to the clause before it.)
    const before = text.slice(span.start, tokens[k].start);
    const clause = before.split(/[,;:]/).pop()!;
    const own = /^\s*(?:starting|beginning|from|until|till|through)(?:\s+on)?\s*$/i.test(clause) ? before.split(/[;:]/).pop()! : clause;
    if (date && ref && tokens[k - 1]?.lower !== 'last' && FUTURE.test(own)) date = addDays(ref, (wd - weekdayOf(ref) + 7) % 7);
    // "last Wednesday" written on a Wednesday is a week before, never the same day.
    if (date && date === ref && tokens[k - 1]?.lower === 'last') date = addDays(date, -7);
    // "had been injured by Wednesday" in a dated text: on or before that day (as "by Nov. 2"). In
    // an undated one it stays the weekday: the figure as of that day, another day's another frame.
    if (date && tokens[k - 1]?.lower === 'by') {
      add({ span: s, text: tokens[k].text, kind: 'range', start: EARLIEST, end: date });
      continue;
    }
    add({ span: s, text: tokens[k].text, kind: 'weekday', weekday: wd, start: date, end: date });
  }

  // Days counted from another date: "the previous day", "the day before", "the week before", "on
  // the 3rd" (of the text's month). The other date is one the sentence names, else the text's own.
  // In an undated text, "on Thursday ... the day before" is a Wednesday.
  // ... and "as of 18 November ..., the month before" is October.
  const month = out.find((t) => t.month !== undefined && !t.start);
  if (!ref && month) {
    for (const m of sentence.matchAll(ANCHORED)) {
      if (!/month/.test(m[0].toLowerCase())) continue;
      const s = { start: span.start + m.index, end: span.start + m.index + m[0].length };
      add({ span: s, text: m[0], kind: 'month', month: month.month === 1 ? 12 : month.month! - 1 });
    }
  }
  const weekday = out.find((t) => t.kind === 'weekday' && t.weekday !== undefined && !t.start);
  if (!ref && weekday) {
    for (const m of sentence.matchAll(ANCHORED)) {
      if (!/day/.test(m[0].toLowerCase())) continue;
      const s = { start: span.start + m.index, end: span.start + m.index + m[0].length };
      add({ span: s, text: m[0], kind: 'weekday', weekday: (weekday.weekday! + 6) % 7 });
    }
  }
  if (ref) {
    const anchor = out.find((t) => t.start && t.start === t.end)?.start ?? ref;
    for (const m of sentence.matchAll(ANCHORED)) {
      const s = { start: span.start + m.index, end: span.start + m.index + m[0].length };
      const what = m[0].toLowerCase();
      if (/day/.test(what)) {
        const d = addDays(anchor, -1);
        add({ span: s, text: m[0], kind: 'date', start: d, end: d });
      } else if (/week/.test(what)) {
        add({ span: s, text: m[0], kind: 'range', start: addDays(anchor, -7), end: addDays(anchor, -1) });
      } else if (/month/.test(what)) {
        const [y, mo] = [Number(anchor.slice(0, 4)), Number(anchor.slice(5, 7))];
        const [py, pm] = mo === 1 ? [y - 1, 12] : [y, mo - 1];
        add({ span: s, text: m[0], kind: 'month', month: pm, start: `${py}-${pad(pm)}-01`, end: lastDayOfMonth(py, pm) });
      } else {
        const day = Number(m[1]);
        const [y, mo, today] = [Number(ref.slice(0, 4)), Number(ref.slice(5, 7)), Number(ref.slice(8, 10))];
        const [yy, mm] = day <= today ? [y, mo] : mo === 1 ? [y - 1, 12] : [y, mo - 1];
        // ("on the 34rd", "on the 31st" of a 30-day month: no day of that month.)
        if (day < 1 || day > Number(lastDayOfMonth(yy, mm).slice(8, 10))) continue;
        const d = `${yy}-${pad(mm)}-${pad(day)}`;
        add({ span: s, text: m[0], kind: 'date', start: d, end: d, month: mm, day });
      }
    }
  }
  // "seen in Kursk two days earlier", "three days later": days counted from the day the sentence
  // names (not from an event it does not name, nor from the text's own date). "On Monday, nine days
  // after lines came down" counts back from Monday to another event: no day of its own.
  const named = out.find((t) => (t.start && t.start === t.end) || (t.kind === 'weekday' && t.weekday !== undefined));
  if (named) {
    for (const m of sentence.matchAll(DAYS_APART)) {
      const n = smallCount(m[1]) ?? 0;
      if (!(n >= 1 && n <= 31)) continue;
      const back = /^(?:earlier|before)$/i.test(m[2]) ? -n : n;
      const s = { start: span.start + m.index, end: span.start + m.index + m[0].length };
      if (named.start && named.start === named.end) {
        const d = addDays(named.start, back);
        add({ span: s, text: m[0], kind: 'date', start: d, end: d });
      } else add({ span: s, text: m[0], kind: 'weekday', weekday: (((named.weekday! + back) % 7) + 7) % 7 });
    }
  }
  // "over the weekend", "last weekend": the Saturday and Sunday last begun by the text's date.
  if (ref) {
    for (const m of sentence.matchAll(WEEKEND)) {
      const back = (weekdayOf(ref) + 1) % 7; // days since Saturday (0 on a Saturday)
      // "last weekend" written during a weekend is the one before.
      const saturday = addDays(ref, -back - (/^(?:last|past)/i.test(m[0]) && back <= 1 ? 7 : 0));
      add({
        span: { start: span.start + m.index, end: span.start + m.index + m[0].length },
        text: m[0],
        kind: 'range',
        start: saturday,
        end: addDays(saturday, 1),
      });
    }
  }
  // "will now close in September, rather than at the end of June as first planned": the date set
  // aside is no date the draft gives for what happened.
  return out
    .filter((t) => {
      const before = text.slice(Math.max(span.start, t.span.start - 40), t.span.start);
      return !SET_ASIDE.test(before) && !YARDSTICK.test(before);
    })
    .sort((a, b) => a.span.start - b.span.start);
}
/** "its lowest since March", "the first time since 2019": a yardstick, not when it happened. */
const YARDSTICK =
  /\b(?:lowest|highest|biggest|largest|smallest|fastest|slowest|weakest|strongest|most|least|first|worst|best|deadliest|wettest|hottest|coldest)\b[^,.;:]{0,30}\bsince\s+(?:the\s+)?$/i;
const SET_ASIDE = /\b(?:rather than|instead of)\s+(?:[\w'’]+\s+){0,3}$/i;

const RELATIVE =
  /\b(this|last|past|previous|next|coming)\s+(?:(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|few|several|\d+)\s+)?(day|week|month|year)s?\b/i;
const SPAN_WORDS: Record<string, number> = {
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  few: 3,
  several: 3,
};
/** Characters of the wire dateline a sentence opens with, 0 when it has none. */
export function datelineLength(sentence: string): number {
  return DATELINE.exec(sentence)?.[0].length ?? 0;
}

/** "QUITO, March 3 (Test Wire) -", "AREQUIPA, Peru, June 20 (Sur Express) —": a wire dateline. */
const DATELINE =
  /^\s*\p{Lu}[\p{Lu} .'’-]{1,40},\s+(?:[\p{L} ]{2,30},\s+)?\p{L}{3,9}\.?\s+\d{1,2}(?:,\s+\d{4})?\s*(?:\([^)]{1,60}\))?\s*[-–—]/u;
/** The start of a range open to the past ("by Nov. 2"). */
export const EARLIEST = '0001-01-01';
const WEEKEND = /\b(?:(?:over|at|during)\s+the|last|this|past)\s+weekend\b/gi;
/** "the previous day", "the day before", "the week before", "on the 3rd". */
/** Words that put what follows them still to come ("will", "is due to", "next"). */
const FUTURE = /\b(?:will|would|is due to|are due to|is scheduled to|are scheduled to|is set to|are set to|plans to|plan to|next)\b|'ll\b/i;
const DAYS_APART =
  /\b(one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+days?\s+(earlier|later|before(?=\s*(?:[,.;:!?)]|$))|after(?=\s*(?:[,.;:!?)]|$)))/gi;
const ANCHORED =
  /\b(?:the\s+(?:previous|preceding)\s+(?:day|week|month)|the\s+(?:day|week|month)\s+before(?!\s+(?:the|last|that|\w+day))|on\s+the\s+(\d{1,2})(?:st|nd|rd|th)\b)/gi;

/** Calendar range of "this week" (Monday to the date), "last week" (the Monday-Sunday before),
 *  "this month", "last month", "the past two weeks" (back from the date). */
function relativeRange(m: RegExpExecArray, ref: string): { start: string; end: string } {
  const which = m[1].toLowerCase();
  const count = m[2] ? (SPAN_WORDS[m[2].toLowerCase()] ?? Number(m[2])) : 1;
  const unit = m[3].toLowerCase();
  const y = Number(ref.slice(0, 4));
  const mo = Number(ref.slice(5, 7));
  const days = unit === 'day' ? count : unit === 'week' ? 7 * count : unit === 'month' ? 30 * count : 365 * count;
  // "over the next six months", "in the coming weeks": a period from the date on, not a date.
  if ((which === 'next' || which === 'coming') && (m[2] || unit === 'day')) return { start: ref, end: addDays(ref, days) };
  if (which === 'coming') return { start: ref, end: addDays(ref, days) };
  if (which === 'past' || m[2] || unit === 'day') {
    return { start: addDays(ref, -days), end: ref };
  }
  if (unit === 'week') {
    const monday = addDays(ref, -((weekdayOf(ref) + 6) % 7));
    return which === 'this'
      ? { start: monday, end: ref }
      : which === 'next'
        ? { start: addDays(monday, 7), end: addDays(monday, 13) }
        : { start: addDays(monday, -7), end: addDays(monday, -1) };
  }
  if (unit === 'month') {
    if (which === 'this') return { start: `${y}-${pad(mo)}-01`, end: ref };
    const py = which === 'next' ? (mo === 12 ? y + 1 : y) : mo === 1 ? y - 1 : y;
    const pm = which === 'next' ? (mo % 12) + 1 : mo === 1 ? 12 : mo - 1;
    return { start: `${py}-${pad(pm)}-01`, end: lastDayOfMonth(py, pm) };
  }
  const yy = which === 'this' ? y : which === 'next' ? y + 1 : y - 1;
  return { start: `${yy}-01-01`, end: which === 'this' ? ref : `${yy}-12-31` };
}

function trim(text: string, s: Span): Span {
  let { start, end } = s;
  const lead = /^(on|in|at|the)\s+/i.exec(text.slice(start, end));
  if (lead) start += lead[0].length;
  while (end > start && /[\s,.;:]/.test(text[end - 1])) end--;
  return { start, end };
}

/** "since June 5", "since the start of June", "since early August": a period from that time to the
 *  text's, right before `at`. */
function sinceBefore(sentence: string, at: number): boolean {
  return /\bsince\s+(?:the\s+(?:start|beginning|middle|end)\s+of\s+|(?:early|mid|late)[\s-]+)?$/i.test(
    sentence.slice(Math.max(0, at - 32), at),
  );
}
