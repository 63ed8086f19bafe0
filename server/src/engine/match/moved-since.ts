// A measure that moved since the draft's figure, said in other words (quantity.ts): "Izmir's
// reservoirs are at 18.4 percent" dated after IZSU "said storage had fallen to 16.9 percent"; "the
// fund stands at 5 million euros" after the federal contribution "brought it to 15 million". The
// newer report tells the claim's event and gives the measure's new level with a word of change.
import type { Quantity } from '../types';
import type { ElementResult, JudgeContext } from './context';
import { coverOf } from './cover';
import type { Candidate } from './outdated';
import { sameEventRecords } from './unstated';

/** How much of the claim a newer report must tell for its moved figure to be the claim's measure. */
const TELLS = 0.5;

export function movedSince(ctx: JudgeContext, q: Quantity, supports: Candidate[]): ElementResult | undefined {
  const { draftDate, attributed, claim, index } = ctx;
  // (A figure the draft dates, "rose 1.1% on Tuesday", is that day's, not stated as current.)
  if (!draftDate || attributed || claim.tense === 'past' || claim.times.length || q.vague || q.former || !supports.length) return undefined;
  const newest = supports
    .map((c) => index.records[c.record].statedAt ?? '')
    .sort()
    .pop()!;
  for (const i of sameEventRecords(ctx)) {
    const r = index.records[i];
    if (!r.statedAt || r.statedAt <= newest || r.statedAt > draftDate || r.hedged) continue;
    const x = r.quantities.find(
      (y) =>
        y.change !== undefined &&
        !y.former &&
        (y.unit ?? '') === (q.unit ?? '') &&
        y.value !== q.value &&
        // (A count of people is of what happened to them: the dead are not the missing.)
        (q.unit || (y.counted === q.counted && (y.event ?? '') === (q.event ?? ''))),
    );
    if (!x || coverOf(ctx, i) < TELLS) continue;
    return {
      verdict: 'outdated',
      aspects: ['count', 'time'],
      supports: [...new Set(supports.map((c) => c.record))],
      conflicts: [i],
      context: [],
      reason: `“${supports[0].quantity.text}” is the earlier figure (${ctx.label(supports[0].record)}); ${ctx.label(i)} gives “${x.text}” since.`,
      replacement: { span: q.span, text: x.text },
    };
  }
  return undefined;
}
