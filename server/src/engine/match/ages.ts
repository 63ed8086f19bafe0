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

/** "a 45-year-old farmer", "the 16-year-old student": an age that says which person is meant. */
const DESCRIBED = /\b(\d{1,3})-year-old\s+(?:\p{L}+-)?(\p{L}+)/gu;

/**
 * The age of someone the draft describes by it ("A 54-year-old farmer was hit by a rock in Nobo"),
 * against the record that tells the same event of a person of that kind at another age ("A
 * 45-year-old farmer was struck by a rock in neighbouring Nobo"): the same person, another age.
 */
export function describedAgeOtherwise(ctx: JudgeContext, records: number[]): ElementResult | undefined {
  for (const m of ctx.claim.text.matchAll(DESCRIBED)) {
    const [age, noun] = [Number(m[1]), m[2].toLowerCase()];
    for (const i of records) {
      const theirs = [...ctx.index.records[i].text.matchAll(DESCRIBED)].filter((x) => x[2].toLowerCase() === noun).map((x) => Number(x[1]));
      if (!theirs.length || theirs.some((a) => Math.abs(a - age) <= 1)) continue;
      return {
        span: { start: ctx.claim.span.start + m.index, end: ctx.claim.span.start + m.index + m[0].length },
        verdict: 'conflicting',
        aspects: ['actor'],
        supports: [],
        conflicts: [i],
        context: [],
        reason: `${ctx.label(i)} gives the ${noun}'s age as ${theirs[0]}, not ${age}.`,
      };
    }
  }
  return undefined;
}
