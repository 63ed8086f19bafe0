// Judging a claim with no figure and no quotation: what happened, where, when and by whose
// account. The record that shares most of the claim's words (weighted so that rare words count more)
// is the same event when it covers most of them; then its places and dates must back the claim's.
import { conceptsOf, senseCount } from '../data/wordnet';
import type { TimeRef } from '../types';
import { checkSetting, sameActor, type ElementResult, type JudgeContext } from './context';

/** Share of the claim's (weighted) words a record must cover to report the same event. */
const SAME_EVENT = 0.6;
const RELATED = 0.3;
/** Only the rarest words fetch candidates, so common words never scan the whole library. */
const PROBES = 6;
/** What a word counts for when the record has not the word but one of its WordNet concepts. */
const AKIN = 0.8;
const ADDITIVE = /\b(also|too|as well|in addition|additionally|both)\b/i;

export function judgeEvent(ctx: JudgeContext): ElementResult | undefined {
  const { claim, index } = ctx;
  const words = claim.keywords;
  if (!words.length) return undefined;
  const weights = new Map(words.map((w) => [w, index.keywordWeight(w) * specificity(w)]));
  const total = [...weights.values()].reduce((a, b) => a + b, 0);
  // The same words and weights as arrays, in the map's order (the sums below add in that order).
  const uniq = [...weights.keys()];
  const wts = [...weights.values()];
  const concepts = uniq.map(conceptsOf);
  const probes = [...words].sort((a, b) => weights.get(b)! - weights.get(a)!).slice(0, PROBES);
  let best: { record: number; cover: number } | undefined;
  const mine: { record: number; cover: number }[] = [];
  for (const rec of index.recordsWithKeywords(probes)) {
    if (index.records[rec].hedged) continue;
    const have = index.eventKeywords(rec);
    let got = 0;
    for (let k = 0; k < uniq.length; k++) {
      if (have.has(uniq[k])) got += wts[k];
      else {
        const akin = index.eventAkin(rec);
        if (akin.within.has(uniq[k]) || sharesConcept(concepts[k], akin.concepts)) got += wts[k] * AKIN;
      }
    }
    const cover = got / total;
    if (!best || cover > best.cover) best = { record: rec, cover };
    if (sameActor(ctx, rec)) mine.push({ record: rec, cover });
  }
  mine.sort((a, b) => b.cover - a.cover);
  // Of the records that report the same event, one whose place and date back the claim wins.
  const same = mine.filter((x) => x.cover >= SAME_EVENT);
  let backed = same.find((x) => {
    const s = checkSetting(ctx, x.record, true);
    return s.places === 'ok' && s.time === 'ok';
  });
  // The sharpest date the library gives for the event governs: "in August" backs "August 16"
  // only until another report of the same event says "August 6".
  if (backed && claim.times.length) {
    const sharp = (r: number) => Math.max(0, ...index.records[r].times.map(precision));
    const sharper = same.find((x) => sharp(x.record) > sharp(backed!.record) && checkSetting(ctx, x.record, true).time === 'conflict');
    if (sharper) backed = undefined, mine.splice(0, mine.length, sharper, ...mine.filter((x) => x !== sharper));
  }
  // A record saying the opposite of the same thing ("There are none in the Kharkiv region").
  if (backed && index.records[backed.record].negated !== claim.negated) {
    return { verdict: 'conflicting', aspects: [], supports: [], conflicts: [backed.record], context: [], reason: `${ctx.label(backed.record)} says the opposite.` };
  }
  const bestMine = backed ?? mine[0];
  const unsupported = (reason: string, context: number[] = []): ElementResult => ({ verdict: 'unsupported', aspects: [], supports: [], conflicts: [], context, reason });
  if (ctx.attributed && !ctx.actorKnown) {
    return unsupported('The library has no record of this actor.', best && best.cover >= RELATED ? [best.record] : []);
  }
  const m = bestMine as { record: number; cover: number } | undefined;
  if (!m || m.cover < SAME_EVENT) {
    const near = best && best.cover >= RELATED ? [best.record] : [];
    return unsupported(near.length ? `No source record reports this; the nearest is ${ctx.label(near[0])}.` : 'No source record reports this.', near);
  }
  const setting = checkSetting(ctx, m.record, true);
  if (setting.time === 'conflict') {
    const t = ctx.claim.times[0];
    return {
      verdict: 'conflicting',
      aspects: ['time'],
      supports: [],
      conflicts: [m.record],
      context: [],
      reason: `${ctx.label(m.record)} gives another date${t ? ` than “${t.text}”` : ''}.`,
    };
  }
  // "Kovalenko wrote that troops moved into the Kharkiv region": the same speaker's report, another
  // place. "... have also been spotted in Donetsk" adds a place rather than replacing one.
  if (setting.places === 'disjoint' && ctx.attributed && !ADDITIVE.test(claim.text)) {
    return { verdict: 'conflicting', aspects: ['place'], supports: [], conflicts: [m.record], context: [], reason: `${ctx.label(m.record)} reports this for another place.` };
  }
  if (setting.places !== 'ok') return unsupported(`${ctx.label(m.record)} reports this, but not for the place the draft names.`, [m.record]);
  if (setting.time === 'unbacked') return unsupported(`${ctx.label(m.record)} reports this, but not the date the draft gives.`, [m.record]);
  return { verdict: 'supported', aspects: [], supports: [m.record], conflicts: [], context: [], reason: `Reported by ${ctx.label(m.record)}.` };
}

function sharesConcept(mine: readonly number[], theirs: Set<number>): boolean {
  for (const c of mine) if (theirs.has(c)) return true;
  return false;
}

/** How much a word says about what happened, by how many senses WordNet gives it: 1 for a name or
 *  a word of three senses or fewer, less for a general word ("meet" has 15: about 0.4). */
function specificity(word: string): number {
  const n = senseCount(word);
  return n <= 3 ? 1 : 1 / (1 + Math.log(n / 3));
}

/** How finely a time is given: a day (3), a month (2), anything wider (1). */
function precision(t: TimeRef): number {
  if ((t.start && t.start === t.end) || t.day !== undefined) return 3;
  return t.kind === 'month' || t.month !== undefined ? 2 : 1;
}
