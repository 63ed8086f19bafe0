// A claim's times of day (extract/clock-times.ts) against the records that back the rest of it
// (verdict.ts): "The sirens went off at 7:50 a.m., Rydzewski said" for his "at 7:05 a.m." is
// another time; "struck at about 5:50 a.m. on Monday" is told by the report of 5:50 a.m. on
// Tuesday, which contradicts the day; a time no record gives leaves the claim only partly backed.
import { clocksAgree } from '../extract/clock-times';
import type { ClockRef, SourceRecord } from '../types';
import { checkSetting, sameActor, type ElementResult, type JudgeContext } from './context';
import { ownCover } from './cover';
import { SAME_EVENT } from './event-alike';
import { datedOtherwise } from './numbered-backing';
import { sameEventRecords } from './unstated';

/** Words either side of a time that say what happened then ("went off at", "sounded at"). */
const NEAR = 40;

/** The verdict a claim's times of day add to results that back everything else, if any. */
export function judgeClocks(ctx: JudgeContext, results: ElementResult[]): ElementResult | undefined {
  const clocks = ctx.claim.clocks;
  if (!clocks?.length || !results.length || !results.every((r) => r.verdict === 'supported')) return undefined;
  const { index } = ctx;
  const backing = [...new Set(results.flatMap((r) => r.supports))];
  if (!backing.length) return undefined;
  const told = (recs: SourceRecord[], c: ClockRef) => recs.some((r) => r.clocks?.some((x) => clocksAgree(c, x)));
  let others: number[] | undefined;
  for (const c of clocks) {
    if (
      told(
        backing.flatMap((i) => index.settingOf(i).records),
        c,
      )
    )
      continue;
    // Another report of the same event gives the time: it backs the claim when it agrees with the
    // rest, and contradicts its day when it is the same voice's on another day.
    others ??= sameEventRecords(ctx).filter((i) => !backing.includes(i));
    const giving = others.filter((i) => told([index.records[i]], c));
    if (giving.some((i) => settled(checkSetting(ctx, i, true)))) continue;
    const dated = giving.find((i) => {
      const s = checkSetting(ctx, i, true);
      return s.time === 'conflict' && s.places === 'ok' && sameActor(ctx, i) && ownCover(ctx, i) >= SAME_EVENT;
    });
    if (dated !== undefined) return datedOtherwise(ctx, dated);
    // The record backing the claim gives another time for what the claim times, or another report
    // of the same event, placed and dated alike, tells it in the claim's own words at another time
    // ("The building collapsed at about 3:25 a.m. on Monday" for "at about 4:25 a.m. on Monday",
    // when the report backing the rest gives no time).
    const alike = others.filter((i) => settled(checkSetting(ctx, i, true)) && ownCover(ctx, i) >= SAME_EVENT);
    for (const i of [...backing, ...alike]) {
      const theirs = otherTime(ctx, c, index.records[i]);
      if (theirs)
        return {
          span: c.span,
          verdict: 'conflicting',
          aspects: ['time'],
          supports: [],
          conflicts: [i],
          context: [],
          reason: `${ctx.label(i)} gives “${theirs.text}”, not “${c.text}”.`,
        };
    }
    return {
      span: c.span,
      verdict: 'unsupported',
      aspects: ['time'],
      supports: [],
      conflicts: [],
      context: backing.slice(0, 3),
      reason: `No source record gives the time “${c.text}”; ${ctx.label(backing[0])} reports the rest.`,
    };
  }
  return undefined;
}

const settled = (s: { places: string; time: string }) => s.places === 'ok' && s.time === 'ok';

/** The record's own time for what the claim's time is of: its only one, or the one said with the
 *  same words ("the sirens went off at 7:05 a.m." for "the warning sirens went off at 7:50 a.m.";
 *  not "the guard arrived at 3:21" for "a police patrol arrived at 3:24": who arrived differs). */
function otherTime(ctx: JudgeContext, c: ClockRef, r: SourceRecord): ClockRef | undefined {
  const theirs = (r.clocks ?? []).filter((x) => !!x.utc === !!c.utc);
  if (theirs.length === 1) return theirs[0];
  const mine = wordsNear(ctx.claim.text, c.span.start - ctx.claim.span.start, c.span.end - ctx.claim.span.start);
  if (!mine.size) return undefined;
  const alike = theirs.filter((x) => {
    const words = wordsNear(r.text, x.span.start - r.span.start, x.span.end - r.span.start);
    return [...words].filter((w) => mine.has(w)).length >= 2;
  });
  if (alike.length === 1) return alike[0];
  // "... until 1.55 a.m." for "did not resume until 00:55": the end of the same period.
  const ends = theirs.filter((x) => !!x.ends === !!c.ends);
  return c.ends && ends.length === 1 ? ends[0] : undefined;
}

/** The content words just before a time (of four letters or more, their first five letters). */
function wordsNear(text: string, start: number, end: number): Set<string> {
  if (start < 0 || end > text.length) return new Set();
  const before = text.slice(Math.max(0, start - NEAR), start).split(/[^\p{L}]+/u);
  return new Set(
    before
      .slice(-4)
      .filter((w) => w.length >= 4 && !STOP.has(w.toLowerCase()))
      .map((w) => w.toLowerCase().slice(0, 5)),
  );
}
const STOP = new Set(['about', 'around', 'shortly', 'before', 'after', 'until', 'since', 'from', 'just', 'some', 'that', 'with', 'when']);
