// A person's age against the library's: "Ndegwa, 67, insisted" when the sources give "Ndegwa, 61,".
// A year either way is the same age (a birthday between two reports); no age in the library, no
// finding from it.
import type { ElementResult, JudgeContext } from './context';

export function judgeAges(ctx: JudgeContext): (ElementResult & { span: { start: number; end: number } }) | undefined {
  for (const g of ctx.claim.ages ?? []) {
    const known = ctx.index.ages.get(g.person);
    if (!known?.size) continue;
    if ([...known.keys()].some((a) => Math.abs(a - g.age) <= 1)) continue;
    const [age, records] = [...known].sort((a, b) => b[1].length - a[1].length)[0];
    const name = ctx.lex.names.get(g.person) ?? g.person.charAt(0).toUpperCase() + g.person.slice(1);
    return {
      span: g.span,
      verdict: 'conflicting',
      aspects: ['actor'],
      supports: [],
      conflicts: records.slice(0, 3),
      context: [],
      reason: `The sources give ${name}'s age as ${age}, not ${g.age}.`,
    };
  }
  return undefined;
}
