// A draft's bracketed conversion ("about 6 billion lira ($184 million)"): no figure of its own, but
// where a record backing the figure gives it in the conversion's unit too ("($148 million)"), the
// draft's must agree, give or take a reporter's rounding.
import type { Claim } from '../types';
import type { ElementResult, JudgeContext } from './context';

/** How far a conversion may be from the record's own and still be its rounding. */
const ROUNDING = 0.05;

export function judgeConversions(ctx: JudgeContext, claim: Claim, results: ElementResult[]): ElementResult[] {
  const out: ElementResult[] = [];
  for (const { of, q } of claim.conversions ?? []) {
    // (An outdated figure is backed by the older records: their rate is the draft's.)
    const backed = results.find((r) => r.span?.start === of.span.start && (r.verdict === 'supported' || r.verdict === 'outdated'));
    if (!backed) continue;
    // (As a rate: "more than 1,300 square kilometres (500 square miles)" converts as the record's
    // "about 1,376 square kilometres [roughly 531 square miles]" does.)
    const theirs = backed.supports.flatMap((i) => {
      const qs = ctx.index.records[i].quantities;
      return qs.flatMap((x, k) => (x.unit === q.unit && qs[k - 1]?.unit === of.unit ? [{ record: i, x, main: qs[k - 1] }] : []));
    });
    if (!theirs.length || theirs.some(({ x, main }) => agrees(q.value, (x.value / main.value) * of.value))) continue;
    const { record, x } = theirs[0];
    out.push({
      span: q.span,
      verdict: 'conflicting',
      aspects: ['unit'],
      supports: [],
      conflicts: [record],
      context: [],
      reason: `${ctx.label(record)} gives “${of.text}” as “${x.text}”, not “${q.text}”.`,
      replacement: { span: q.span, text: x.text },
    });
  }
  return out;
}

/** The draft's conversion against the record's rate applied to the draft's figure: near it, or it
 *  rounded to the draft's round unit ("500 square miles" for 531: to hundreds). */
function agrees(mine: number, expected: number): boolean {
  if (Math.abs(mine - expected) <= ROUNDING * Math.max(mine, expected)) return true;
  let unit = 10;
  while (mine % (unit * 10) === 0) unit *= 10;
  return mine % unit === 0 && Math.round(expected / unit) * unit === mine;
}
