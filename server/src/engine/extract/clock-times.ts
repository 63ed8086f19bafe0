// Times of day ("at 3:12 a.m.", "shortly before midnight", "at 0447 GMT", "by 8 a.m.", "at 7:05
// the next morning"): an element of a claim's time (POLICY: time), read apart from its dates. A
// clock time is no figure: its digits are neither counted ("6 a.m." is no count of six) nor a
// number a record must state.
export type { ClockRef };
import type { ClockRef } from '../types';
import { smallCount } from './number-words';

const WAY: [RegExp, ClockRef['way']][] = [
  [/^(?:shortly|just|moments|minutes)\s+before$/, 'shortly-before'],
  [/^(?:shortly|just|moments|minutes)\s+after$/, 'shortly-after'],
  [/^(?:before|by|up\s+to)$/, 'before'],
  [/^(?:after|since)$/, 'after'],
  [/^(?:about|around|approximately|roughly|some|nearly|almost|circa|at\s+about|at\s+around)$/, 'about'],
];

/** The words before a clock time that say how it is given, the last two at most. */
const LEAD =
  /(?:\b(shortly before|just before|moments before|minutes before|shortly after|just after|moments after|minutes after|at about|at around|up to|before|by|until|till|after|since|from|to|about|around|approximately|roughly|some|nearly|almost|circa|at)\s+)?$/i;

/** "3:12 a.m.", "3.12am", "10 p.m.", "11pm"; "04:47 GMT", "0447 GMT"; "22:30" after "at";
 *  "noon", "midday", "midnight". */
const CLOCK =
  /\b(?:(\d{1,2})(?:[:.](\d{2}))?\s*([ap])\.?\s?m\b\.?|(\d{1,2}):?(\d{2})\s*(GMT|UTC)\b|(\d{1,2}):(\d{2})(?![\d:.,]\d)|(noon|midday|midnight))/gi;

/** A mark a time of day needs: "3:12", "6 a.m.", "10pm", "GMT", "noon", "... later". */
const CLOCK_MARK = /\d[:.]\d\d|\d\s?[ap]\.?\s?m\b|gmt|utc|noon|midday|midnight|later|afterwards|after that/i;

/** The clock times of a sentence. `offset`: where `text` starts in the document. */
export function clockTimes(text: string, offset = 0): ClockRef[] {
  // (Most sentences give no time of day: a cheap look for its marks first.)
  if (!CLOCK_MARK.test(text)) return [];
  const out: ClockRef[] = [];
  for (const m of text.matchAll(CLOCK)) {
    let minutes: number;
    let utc = false;
    let suffix = '';
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    if (m[3]) {
      const h = Number(m[1]);
      const min = m[2] ? Number(m[2]) : 0;
      if (h < 1 || h > 12 || min > 59) continue;
      minutes = ((h % 12) + (m[3].toLowerCase() === 'p' ? 12 : 0)) * 60 + min;
      // ("10:17 a.m. GMT": the other clock.)
      const zone = /^\s*(?:GMT|UTC)\b/.exec(text.slice(m.index + m[0].length));
      utc = !!zone;
      if (zone) suffix = zone[0];
    } else if (m[6]) {
      const h = Number(m[4]);
      const min = Number(m[5]);
      if (h > 23 || min > 59) continue;
      minutes = h * 60 + min;
      utc = true;
    } else if (m[7]) {
      // A bare "22:30" is a time only where the sentence says so ("at 22:30", "by 7:05"), never a
      // score or a ratio; "at 7:05 the next morning", "at 9:15 in the evening" say which half.
      if (!/\b(?:at|by|from|until|till|to|around|about|before|after|since)\s+$/i.test(before)) continue;
      const h = Number(m[7]);
      const min = Number(m[8]);
      if (h > 23 || min > 59) continue;
      const half = /^\s+(?:(?:the\s+next|that|in\s+the|on\s+\w+|the\s+following)\s+)?(morning|afternoon|evening|night)\b/i.exec(
        text.slice(m.index + m[0].length),
      )?.[1];
      minutes = h * 60 + min + (h < 12 && half && half.toLowerCase() !== 'morning' ? 12 * 60 : 0);
    } else {
      const w = m[9].toLowerCase();
      minutes = w === 'midnight' ? 0 : 12 * 60;
    }
    const lead = LEAD.exec(before);
    const said = lead?.[1]?.toLowerCase().replace(/\s+/g, ' ');
    const way = (said && said !== 'at' && WAY.find(([re]) => re.test(said))?.[1]) || 'exact';
    // "closed from 21:40 until 00:55": a period's ends, each the time it is (not a bound).
    const ends = !!said && /^(?:until|till|to)$/.test(said);
    out.push({
      span: { start: offset + m.index, end: offset + m.index + m[0].length + suffix.length },
      text: (m[0] + suffix).trim(),
      minutes,
      way,
      ...(utc ? { utc } : {}),
      ...(ends ? { ends } : {}),
    });
  }
  // "arrived at 3:21 a.m., and a patrol car reached the museum three minutes later": the time that
  // follows from one the sentence gives.
  for (const m of text.matchAll(LATER)) {
    const from = out.filter((c) => c.span.end - offset <= m.index).pop();
    const n = smallCount(m[1]);
    if (!from || n === undefined || from.utc) continue;
    // (Not past midnight: the day is another one, which the sentence does not give.)
    const minutes = from.minutes + n * (/^h/i.test(m[2]) ? 60 : 1);
    if (minutes >= 24 * 60) continue;
    const rough = from.way !== 'exact' || /\b(?:about|around|some|nearly|almost|roughly)\s+$/i.test(text.slice(0, m.index));
    out.push({
      span: { start: offset + m.index, end: offset + m.index + m[0].length },
      text: m[0],
      minutes,
      way: rough ? 'about' : 'exact',
    });
  }
  return out;
}

/** "three minutes later", "two hours after that". */
const LATER = /\b(\w+)\s+(minutes?|hours?)\s+(?:later|afterwards|after that)\b/gi;

/** Minutes a rough time ("about 5:50 a.m.") may lie from the time it is given for. */
const ROUGHLY = 10;
/** How far before or after a time "shortly before" and "shortly after" reach. */
const SHORTLY = 30;

/** Whether a record's time of day may be the one the draft gives. (A time the record gives roughly
 *  is the draft's when within ROUGHLY minutes; bounds hold either way.) */
export function clocksAgree(mine: ClockRef, theirs: ClockRef): boolean {
  if (!!mine.utc !== !!theirs.utc) return false;
  const day = 24 * 60;
  const d = (((theirs.minutes - mine.minutes) % day) + day) % day;
  const diff = d > day / 2 ? d - day : d; // theirs - mine, in (-720, 720]
  const slack = mine.way === 'about' || theirs.way !== 'exact' ? ROUGHLY : 0;
  switch (mine.way) {
    case 'before':
      return diff <= slack;
    case 'after':
      return diff >= -slack;
    case 'shortly-before':
      return diff <= slack && diff >= -SHORTLY;
    case 'shortly-after':
      return diff >= -slack && diff <= SHORTLY;
    default:
      return Math.abs(diff) <= slack;
  }
}
