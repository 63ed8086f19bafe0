// What a backed claim states besides the figures and dates the judges compared: a number in
// digits that is no counted figure ("a maximum penalty of 25 years", a tally "6-3") and a second
// day ("from Nov. 19 to Nov. 26") must be in the records backing it (verdict.ts), or the claim is
// only partly backed.
import type { Claim } from '../types';
import type { JudgeContext } from './context';
import { coverOf } from './cover';
import type { RecordIndex } from './index';
import { WORDS } from '../extract/number-words';

/** A number written in digits in the claim, outside its dates and figures, that none of the records
 *  (with the sentences around them) states: its text with the word after it, or undefined. */
export function numberNotIn(
  claim: Claim,
  records: number[],
  index: RecordIndex,
  talliesOnly = false,
  dayRecords: () => number[] = () => records,
): string | undefined {
  let text = claim.text;
  // Longest first: "October 23" before "October".
  const taken = [
    ...claim.times.map((t) => t.text),
    ...(claim.clocks ?? []).map((t) => t.text),
    ...claim.quantities.map((q) => q.text),
  ].sort((a, b) => b.length - a.length);
  for (const x of taken) text = text.split(x).join(' ');
  // An age ("Maricel Dagohoy, 27,", "the 4-year-old girl") says who, not what happened; a number
  // before "of" ("3,000 of its soldiers") is a figure the figure judge reads.
  // ("aged 24 to 37", "aged between 24 and 37": their ages too.)
  text = text.replace(
    /\d+-year-old|(?<!\d),\s*\d{1,3}\s*,|\d[\d,.]*\s+of\b|\baged\s+(?:between\s+)?\d{1,3}(?:\s*(?:-|–|to|and)\s*\d{1,3})?/gu,
    ' ',
  );
  // A day the time judges could not place ("by April 9" in a text with no year): a date, stated by
  // the records as a month and day or not at all.
  const days = [...text.matchAll(STATED_DAY)];
  if (days.length && !talliesOnly) {
    const given = new Set<string>();
    // (The day may come from another report of the same event, as in dayNotIn.)
    for (const i of dayRecords())
      for (const r of index.settingOf(i).records) for (const m of r.text.matchAll(STATED_DAY)) given.add(monthDay(m));
    const missing = days.find((m) => !given.has(monthDay(m)));
    if (missing) return missing[0];
    for (const m of days) text = text.split(m[0]).join(' ');
  }
  const found = [...text.matchAll(/(?<![\p{L}\d.,])(\d[\d,.]*\d|\d)(?:\s*(?:-|–|to)\s*(\d+))?(?:\s+(\p{L}+))?/gu)];
  // A number in words before a noun of time or times ("six minutes after take-off", "three times in
  // February"): those are no counted figure either.
  if (!talliesOnly)
    for (const m of text.matchAll(WORDED))
      found.push(Object.assign([m[0], String(wordValue(m[1])), undefined, m[2]], { index: m.index }) as never);
  if (!found.length) return undefined;
  const said = new Set<string>();
  for (const i of records)
    for (const r of index.settingOf(i).records) for (const m of r.text.matchAll(/\d[\d,.]*\d|\d/g)) said.add(digits(m[0]));
  // (A number in words, from the backing records' own sentences and those of the same named speaker
  // around them: "four years" in the sentence before, of another's sentence, is no number of this one.)
  for (const i of records) {
    const mine = index.actorKeys[i];
    const own = [i, ...index.records[i].context.filter((j) => mine.size > 0 && [...index.actorKeys[j]].some((k) => mine.has(k)))];
    for (const j of own)
      for (const m of index.records[j].text.matchAll(WORDED)) {
        said.add(String(wordValue(m[1])));
        said.add(durationKey(wordValue(m[1]), m[2]));
      }
  }
  // A duration said in other units ("two weeks" for "the next 14 days"): the records' own durations.
  for (const i of records)
    for (const m of index.records[i].text.matchAll(/(?<![\p{L}\d.,])(\d{1,4})(?:\s+|-)(minutes?|hours?|days?|weeks?|months?|years?)\b/giu))
      said.add(durationKey(Number(m[1]), m[2]));
  // "nine minutes after the motion sensor was tripped" for "went off at 3:12 a.m. ... arrived at
  // 3:21 a.m.": the time between two times of day the records give.
  for (const i of records) {
    const clocks = index.settingOf(i).records.flatMap((r) => r.clocks ?? []);
    for (const a of clocks) for (const b of clocks) if (b.minutes > a.minutes && !!a.utc === !!b.utc) said.add(`n${b.minutes - a.minutes}`);
  }
  // "voted 6-3": a pair of small numbers is a tally, stated as a pair ("7-2", "7 to 2") or not at all.
  const pairs = new Set<string>();
  for (const i of records) for (const r of index.settingOf(i).records) for (const p of r.text.matchAll(TALLY)) pairs.add(`${p[1]}-${p[2]}`);
  for (const m of found) {
    const nums = [m[1], m[2]].filter((x): x is string => !!x).map(digits);
    const lasting = m[3] && !m[2] ? said.has(durationKey(Number(nums[0]), m[3])) : false;
    // ("five years" is not backed by "5 million shillings": a period must be said as one.)
    const period = !!m[3] && !m[2] && PERIOD_WORD.test(m[3]);
    if (!talliesOnly && !lasting && (period || nums.some((n) => !said.has(n)))) return m[0].trim();
    if (m[2] && m[1].length <= 2 && m[2].length <= 2 && !pairs.has(`${m[1]}-${m[2]}`)) return m[0].replace(/\s+\p{L}+$/u, '').trim();
  }
  return undefined;
}

/** A day the claim names (a full date, stated, not the draft's own) that none of the records backing
 *  the event (with the sentences around them) gives: "pushed the verdict back from Nov. 19 to
 *  Nov. 26" is not backed by a report of Nov. 19 and Nov. 25. Its text, or undefined. */
export function dayNotIn(claim: Claim, recordsOf: () => number[], index: RecordIndex): string | undefined {
  // The days the claim's words state, month and day ("Nov. 19", "19 November"): the first is what
  // the time judges compare; the others are looked for here.
  const days = [...claim.text.matchAll(STATED_DAY)].map((m) => {
    const month = MONTH_NAMES.indexOf((m[1] ?? m[4]).slice(0, 3).toLowerCase()) + 1;
    const day = Number(m[2] ?? m[3]);
    return { text: m[0], day: `${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` };
  });
  if (days.length < 2) return undefined;
  const given = new Set<string>();
  for (const i of recordsOf())
    for (const r of index.settingOf(i).records)
      for (const t of r.times) {
        if (!t.start || !t.end) continue;
        for (let d = t.start; d <= t.end && given.size < 4096; d = nextDay(d)) {
          given.add(d.slice(5));
          if (t.end > t.start && d >= t.end) break;
        }
      }
  return days.find((d) => !given.has(d.day))?.text;
}

/** Records reporting the claim's event (most of its words, as the event judge reads them). */
export function sameEventRecords(ctx: JudgeContext): number[] {
  const words = [...ctx.claim.keywords].sort((a, b) => ctx.index.keywordWeight(b) - ctx.index.keywordWeight(a)).slice(0, 6);
  return ctx.index
    .recordsWithKeywords(words)
    .slice(0, 64)
    .filter((r) => coverOf(ctx, r) >= SAME_EVENT_DAYS);
}
/** The event judge's share for the same event (match/event.ts SAME_EVENT). */
const SAME_EVENT_DAYS = 0.6;

const PERIOD_WORD = /^(?:minutes?|hours?|days?|weeks?|months?|years?)$/i;
const MONTH_NAMES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH =
  '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
/** "Nov. 19", "November 19", "19 November". */
const STATED_DAY = new RegExp(`\\b${MONTH}\\.?\\s+(\\d{1,2})\\b(?!,?\\s*\\d{3})|\\b(\\d{1,2})\\s+${MONTH}\\b`, 'g');

/** A STATED_DAY match as "MM-DD". */
function monthDay(m: RegExpMatchArray): string {
  const month = MONTH_NAMES.indexOf((m[1] ?? m[4]).slice(0, 3).toLowerCase()) + 1;
  return `${String(month).padStart(2, '0')}-${String(Number(m[2] ?? m[3])).padStart(2, '0')}`;
}

function nextDay(d: string): string {
  return new Date(Date.parse(d + 'T00:00:00Z') + 86_400_000).toISOString().slice(0, 10);
}

/** A tally of two small numbers: "7-2", "7–2", "7 to 2". */
const TALLY = /(?<![\d.,])(\d{1,2})\s*(?:-|–|to)\s*(\d{1,2})(?![\d.,%])/g;

/** "six minutes", "twenty-one days", "three times": a number in words and the noun of time after it. */
const WORDED = new RegExp(
  `\\b((?:${[...WORDS]
    .filter(([, [c, v]]) => (c === 'unit' && v > 1) || c === 'teen' || c === 'tens')
    .map(([w]) => w)
    .join(
      '|',
    )})(?:-(?:one|two|three|four|five|six|seven|eight|nine))?)(?:\\s+|-)(minutes?|hours?|days?|weeks?|months?|years?|times|seconds?)\\b`,
  'giu',
);
const wordValue = (w: string): number =>
  w
    .toLowerCase()
    .split('-')
    .reduce((n, part) => n + (WORDS.get(part)?.[1] ?? 0), 0);

/** A duration as a key in its smallest unit of a kind ("two weeks" and "14 days": "d14"; months and
 *  years: "m24"); other nouns give a key no duration has. */
function durationKey(n: number, noun: string): string {
  const u = noun.toLowerCase().replace(/s$/, '');
  const days: Record<string, number> = { day: 1, week: 7 };
  const minutes: Record<string, number> = { minute: 1, hour: 60 };
  if (days[u]) return `d${n * days[u]}`;
  if (minutes[u]) return `n${n * minutes[u]}`;
  if (u === 'month' || u === 'year') return `m${n * (u === 'year' ? 12 : 1)}`;
  return `-${n}-${u}`;
}

const digits = (s: string) => s.replace(/[.,]$/, '').replace(/,/g, '');

/** The same noun with another number in a backing record's own sentence ("four minutes after
 *  take-off" where the draft says "six minutes"): the number the draft changed, or undefined. */
const DURATION = /^(?:hour|day|week|month|year)$/;
/** Short spans of time, in seconds. */
const SHORT_SPAN: Record<string, number> = { second: 1, minute: 60, hour: 3600 };

export function numberOtherwise(
  unstated: string,
  records: number[],
  index: RecordIndex,
  claimText = '',
  sameEvent: () => number[] = () => [],
): { record: number; text: string } | undefined {
  // "from Nov. 19 to Nov. 26" where the record moved it "from Nov. 19 to Nov. 25": a day of the same
  // month in the record's own sentence that the draft does not give.
  const day = [...unstated.matchAll(STATED_DAY)][0];
  if (day && day[0] === unstated.trim()) {
    const mine = monthDay(day);
    const drafts = new Set([...claimText.matchAll(STATED_DAY)].map(monthDay));
    for (const rec of [...records, ...sameEvent()]) {
      const theirs = [...index.records[rec].text.matchAll(STATED_DAY)];
      const other = theirs.find((x) => !drafts.has(monthDay(x)) && monthDay(x).slice(0, 2) === mine.slice(0, 2));
      if (other && !theirs.some((x) => monthDay(x) === mine)) return { record: rec, text: other[0] };
    }
    return undefined;
  }
  // "voted 41-32" where the record has "voted 41 to 23": a tally against a tally.
  const tally = /^(\d{1,3})\s*(?:-|–|to)\s*(\d{1,3})\b/.exec(unstated.trim());
  if (tally) {
    for (const rec of [...records, ...sameEvent()]) {
      const theirs = [...index.records[rec].text.matchAll(/\b(\d{1,3})\s*(?:-|–|to)\s*(\d{1,3})\b/g)];
      const same = theirs.some((x) => x[1] === tally[1] && x[2] === tally[2]);
      const other = theirs.find((x) => x[1] !== tally[1] || x[2] !== tally[2]);
      if (other && !same) return { record: rec, text: other[0] };
    }
    return undefined;
  }
  const m = /^(\S+)\s+(\p{L}+)$/u.exec(unstated.trim());
  // (A number before a function word, "41 to", names nothing it counts.)
  if (!m || FUNCTION_WORDS.has(m[2].toLowerCase())) return undefined;
  const value = /^\d/.test(m[1]) ? digits(m[1]) : String(wordValue(m[1]));
  const noun = m[2].toLowerCase().replace(/s$/, '');
  for (const rec of records) {
    const text = index.records[rec].text;
    const found = [
      ...[...text.matchAll(/(?<![\p{L}\d.,])(\d[\d,.]*\d|\d)\s+(\p{L}+)/gu)].map((x) => ({ v: digits(x[1]), n: x[2], t: x[0] })),
      ...[...text.matchAll(WORDED)].map((x) => ({ v: String(wordValue(x[1])), n: x[2], t: x[0] })),
    ];
    const other = found.find((x) => x.n.toLowerCase().replace(/s$/, '') === noun && x.v !== value);
    if (other && !found.some((x) => x.v === value)) return { record: rec, text: other.t };
    // "about six months" where the record has "about six weeks": the same number of another unit
    // of time.
    const span = DURATION.test(noun) && found.find((x) => x.v === value && DURATION.test(x.n.toLowerCase().replace(/s$/, '')));
    if (span && span.n.toLowerCase().replace(/s$/, '') !== noun) return { record: rec, text: span.t };
    // "about two hours to install" where the record has "in about 40 minutes": a short span of time
    // of another length, in any of its units (never one the record also gives as the draft does).
    const seconds = (v: string, n: string) => Number(v) * (SHORT_SPAN[n.toLowerCase().replace(/s$/, '')] ?? NaN);
    const mine = seconds(value, noun);
    const spans = found.filter((x) => !Number.isNaN(seconds(x.v, x.n)));
    if (!Number.isNaN(mine) && spans.length === 1 && seconds(spans[0].v, spans[0].n) !== mine) return { record: rec, text: spans[0].t };
  }
  return undefined;
}

/** Whether a record gives the number the draft states (`said`, as numberNotIn returned it) beside
 *  the same word: "Gate 7" for "Gate 7", "jailed for five years" for "got five years" (a number
 *  with another word beside it, "24 ships" for "a 24-day strike", is no report of it). */
export function saysNumberAlike(claimText: string, said: string, recordText: string): boolean {
  const at = claimText.indexOf(said);
  if (at < 0) return false;
  const value = numberIn(said);
  if (value === undefined) return false;
  const before = /([\p{L}]+)[\s-]*$/u.exec(claimText.slice(Math.max(0, at - 30), at))?.[1];
  const after = /^[^\p{L}\d]*?[\s-]([\p{L}]+)/u.exec(said.replace(/^[\d,.]+|^\p{L}+/u, '') + claimText.slice(at + said.length))?.[1];
  const key = (w: string | undefined) =>
    w
      ?.toLowerCase()
      .replace(/[.,]+$/, '')
      .replace(/s$/, '');
  const words = recordText.split(/[^\p{L}\d.,]+/u).filter(Boolean);
  return words.some((w, k) => {
    if (numberIn(w) !== value) return false;
    return (!!before && key(words[k - 1]) === key(before)) || (!!after && key(words[k + 1]) === key(after));
  });
}

function numberIn(text: string): number | undefined {
  const digit = /^\d[\d,]*(?:\.\d+)?/.exec(text);
  if (digit) return Number(digit[0].replace(/,/g, ''));
  const word = /^\p{L}+(?:-\p{L}+)?/u.exec(text)?.[0];
  const v = word ? wordValue(word) : 0;
  return v || undefined;
}

const FUNCTION_WORDS = new Set(['to', 'of', 'and', 'or', 'in', 'on', 'at', 'for', 'from', 'by', 'with', 'the', 'a', 'an']);
