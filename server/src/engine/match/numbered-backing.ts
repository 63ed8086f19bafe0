// The event backed by the report that gives its numbers (verdict.ts): "got five years" is told by
// the verdict ("was jailed for five years"), not by the charge sheet the event judge found first;
// and that report on another day contradicts the draft's day.
import { checkSetting, sameActor, type ElementResult, type JudgeContext } from './context';
import { ownCover } from './cover';
import { conflictingTimes } from './elements';
import { SAME_EVENT } from './event-alike';
import { timeTexts } from './figure-conflicts';
import { numberNotIn, sameEventRecords, saysNumberAlike } from './unstated';

/** The event backed by the reports that give its numbers too: where the records backing it leave a
 *  number of the draft unsaid ("got five years", backed by the charge sheet), another report of
 *  the same event that says it all ("was jailed for five years") backs it instead. */
const settled = (s: { places: string; time: string }) => s.places === 'ok' && s.time === 'ok';
export function numberedBacking(ctx: JudgeContext, r: ElementResult | undefined): ElementResult | undefined {
  const unsaid = r?.verdict === 'supported' ? numberNotIn(ctx.claim, r.supports, ctx.index) : undefined;
  if (!r || !unsaid) return r;
  const saying = sameEventRecords(ctx).filter(
    (i) =>
      !r.supports.includes(i) &&
      saysNumberAlike(ctx.claim.text, unsaid, ctx.index.records[i].text) &&
      !numberNotIn(ctx.claim, [i], ctx.index) &&
      settled(checkSetting(ctx, i, true)),
  );
  if (saying.length) return { ...r, supports: saying.slice(0, 3), reason: `Reported by ${ctx.label(saying[0])}.` };
  // ... and the report giving its numbers on another day ("struck at about 5:50 a.m. on Monday"
  // for "on Tuesday ... at about 5:50 a.m."): the same event, by the same voice, dated otherwise.
  const dated = sameEventRecords(ctx).find((i) => {
    if (!saysNumberAlike(ctx.claim.text, unsaid, ctx.index.records[i].text) || numberNotIn(ctx.claim, [i], ctx.index)) return false;
    const s = checkSetting(ctx, i, true);
    return s.time === 'conflict' && s.places === 'ok' && sameActor(ctx, i) && ownCover(ctx, i) >= SAME_EVENT;
  });
  return dated === undefined ? r : datedOtherwise(ctx, dated);
}

/** The report of the claim's event by the same voice, on another day: the claim's day contradicted
 *  ("gives “Tuesday (4 February 2025)”, not “Monday (3 February 2025)”"). Also the times of day's
 *  (clocks.ts). */
export function datedOtherwise(ctx: JudgeContext, dated: number): ElementResult {
  const [mine, theirs] = timeTexts(...conflictingTimes(ctx.claim.times, ctx.index.settingOf(dated).records));
  return {
    verdict: 'conflicting',
    aspects: ['time'],
    supports: [],
    conflicts: [dated],
    context: [],
    reason:
      mine && theirs
        ? `${ctx.label(dated)} gives “${theirs}”, not “${mine}”.`
        : `${ctx.label(dated)} gives another date${mine ? ` than “${mine}”` : ''}.`,
  };
}
