// What a figure's finding says of the records it was weighed against: each record's figure with
// its label (and, when it differs from the draft's only in its day or place, that it does), and the
// message of a figure no record backs (match/quantity.ts).
import type { Quantity } from '../types';
import type { JudgeContext } from './context';
import { sameValue } from './elements';
import type { Candidate } from './outdated';

/** "about 140 km (Equator News Wire, 2025-10-13, for another place)": a record's figure, labelled. */
export function figureLabel(ctx: JudgeContext, c: Candidate): string {
  const why = c.conflict === 'time' ? ', for another day' : c.conflict === 'place' ? ', for another place' : '';
  return `${c.quantity.text} (${ctx.label(c.record)}${why})`;
}

/** Why no record backs the draft's figure `q`, given the records' figures nearest it (sorted). */
export function unbackedReason(ctx: JudgeContext, q: Quantity, nearest: Candidate[]): string {
  const listed = nearest
    .slice(0, 2)
    .map((c) => figureLabel(ctx, c))
    .join('; ');
  // The figure is there, but not for what the draft says (another place, date or speaker): never
  // "no source gives X; nearest: X", nor "no record of this actor giving X; other sources report X".
  const same = nearest.length > 0 && sameValue(q, nearest[0].quantity, ctx.index.lexicon);
  if (ctx.attributed && !ctx.actorKnown && same)
    return `The library records “${nearest[0].quantity.text}” from ${ctx.label(nearest[0].record)}, not from the actor the draft names.`;
  if (ctx.attributed && !ctx.actorKnown)
    return `No record of this actor giving “${q.text}”${listed ? `; other sources report ${listed}` : ''}.`;
  if (same)
    return `The library gives “${nearest[0].quantity.text}” (${ctx.label(nearest[0].record)}), but for something else than the draft says: another place, date, speaker or purpose.`;
  return `No source record gives “${q.text}”${listed ? `; nearest: ${listed}` : ''}.`;
}
