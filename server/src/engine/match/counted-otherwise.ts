// A figure the library gives with other words for what is counted: "around 4,100 employees" for
// "MDS employs about 4,100 people", "some 50 employees" for "About 50 Hranov workers". Looked for
// only when the draft's measure has no record of the same number, and only ever to back a figure
// (never to contradict one): the same number, in a record that tells the claim's event (most of its
// words, in the record's own sentence too), from the draft's speaker, placed and dated alike.
import type { Lexicon } from '../data/lexicon';
import type { Quantity } from '../types';
import { checkSetting, sameActor, type ElementResult, type JudgeContext } from './context';
import { claimWords, coverOf, ownCover } from './cover';
import { directionsFlip, sameValue } from './elements';
import { SAME_FIGURE_EVENT } from './figure-scope';
import { personNoun } from '../data/wordnet';
import { otherPeoples } from './peoples';

/** Share of the claim's words a record must tell (event.ts SAME_EVENT's). */
const TELLS = 0.6;
/** ... for the same number in another unit: the number itself tells much of the figure. */
const SWAP_TELLS = 0.4;
/** Rarest words that fetch records (event.ts PROBES). */
const PROBES = 6;
/** A number this small, or a year, names too little to stand for a figure counted otherwise. */
const LEAST = 10;

/** The records the claim's rarest words fetch (as the event judge's probes: a record store fetches
 *  them too, engine/record-source.ts). */
function fetchedByWords(ctx: JudgeContext): number[] {
  const cw = claimWords(ctx);
  const probes = cw.words
    .map((w, k) => ({ w, x: cw.weights[k] }))
    .sort((a, b) => b.x - a.x)
    .slice(0, PROBES)
    .map((p) => p.w);
  return ctx.index.recordsWithKeywords(probes);
}

/**
 * "wiped about $5.2 billion off its market value" for a record's "5.2 billion euros": the same
 * number in another currency, for what the record tells (most of the claim's words), from the
 * draft's speaker, placed and dated alike: the unit swapped (POLICY: a figure that keeps the number
 * but swaps the unit conflicts). The record and its figure, or undefined.
 */
export function currencySwapped(ctx: JudgeContext, q: Quantity): { record: number; quantity: Quantity } | undefined {
  const money = !!q.counted?.startsWith('money-');
  // ... and so for any unit: "1,200 barrels" for "1,200 tonnes", "45 nautical miles" for "45 km".
  if (!q.unit || q.value < LEAST) return undefined;
  for (const rec of fetchedByWords(ctx)) {
    const r = ctx.index.records[rec];
    if (r.hedged) continue;
    const rq = r.quantities.find((x) =>
      money
        ? x.counted?.startsWith('money-') && x.counted !== q.counted && x.value === q.value && !directionsFlip(q, x)
        : !!x.unit &&
          x.unit !== q.unit &&
          !x.counted?.startsWith('money-') &&
          x.unit !== 'percent' &&
          x.value === q.value &&
          !directionsFlip(q, x),
    );
    if (!rq || coverOf(ctx, rec) < SWAP_TELLS || ownCover(ctx, rec) < SWAP_TELLS || !sameActor(ctx, rec, true)) continue;
    const s = checkSetting(ctx, rec, true);
    if (s.places === 'ok' && s.time !== 'conflict') return { record: rec, quantity: rq };
  }
  return undefined;
}

/** The record's figure of the same number (counted in its own words) and the records the claim's
 *  words fetched (the only ones it is judged among), or undefined. */
export function countedOtherwise(ctx: JudgeContext, q: Quantity): { quantity: Quantity; among: Set<number> } | undefined {
  // ("four people arrested" for "the four suspects were arrested": a small number, but people
  // called otherwise, told in the claim's words.)
  const few = q.value < LEAST;
  // (... or called by any word for persons: "five members" for "five riders".)
  const persons = q.counted === 'people' || personNoun(lastWord(q.countedText ?? q.counted?.replace(/^other:/, '') ?? ''));
  if ((few && !persons) || (q.value >= 1900 && q.value <= 2100 && /^\D*\d{4}\D*$/.test(q.text)) || q.unit === 'percent') return undefined;
  const fetched = fetchedByWords(ctx);
  for (const rec of fetched) {
    const r = ctx.index.records[rec];
    const rq = r.hedged
      ? undefined
      : r.quantities.find(
          (x) =>
            x.counted &&
            x.counted !== q.counted &&
            sameValue(q, x, ctx.lex) &&
            !directionsFlip(q, x) &&
            !otherPeoples(q, x, ctx.lex) &&
            (!few || personNoun(lastWord(x.countedText ?? x.counted.replace(/^other:/, '')))),
        );
    if (!rq || coverOf(ctx, rec) < TELLS || ownCover(ctx, rec) < TELLS || !sameActor(ctx, rec, true)) continue;
    const s = checkSetting(ctx, rec, true);
    if (s.places === 'ok' && s.time !== 'conflict') return { quantity: rq, among: new Set(fetched) };
  }
  return undefined;
}

/** What happened to people that makes a measure of its own ("death", "injury", "missing"): not
 *  their being somewhere, a part of another count, or an increment; or what happened to things
 *  (lexicon thing-events: "destroyed", "damaged"). */
const stateOf = (q: Quantity, lex: Lexicon) =>
  q.counted === 'people' && q.event && q.event !== 'presence' && q.event !== 'additional' && !q.event.startsWith('part')
    ? q.event
    : q.counted?.startsWith('other:') && q.event && lex.thingEventIds.has(q.event)
      ? q.event
      : undefined;

/**
 * "Zungu said on Monday that 112 people had been killed", when Zungu's 112 were the injured: the
 * draft's number is one the library gives for another state of the same people (POLICY: another
 * figure's measure is a conflict), from the draft's speaker (or, unattributed, in a record that
 * tells what the draft says), placed and dated alike. Only when the library gives the draft's own
 * measure no such number (judgeQuantity found none). The record and its figure, or undefined.
 */
function measureSwapped(
  ctx: JudgeContext,
  q: Quantity,
  entries: readonly { record: number; quantity: Quantity }[],
): { record: number; quantity: Quantity } | undefined {
  const mine = stateOf(q, ctx.lex);
  if (!mine || q.value < LEAST || q.former) return undefined;
  for (const e of entries) {
    const rq = e.quantity;
    const theirs = stateOf(rq, ctx.lex);
    if (!theirs || theirs === mine || rq.counted !== q.counted || rq.former || !sameValue(q, rq, ctx.lex) || directionsFlip(q, rq))
      continue;
    const r = ctx.index.records[e.record];
    if (r.hedged) continue;
    // (A spokesperson the library affiliates with the body the draft names speaks for it.)
    if (ctx.attributed ? !sameActor(ctx, e.record, true) : coverOf(ctx, e.record) < SAME_FIGURE_EVENT) continue;
    const s = checkSetting(ctx, e.record, true, { mine: q, theirs: rq });
    if (s.places === 'disjoint' || s.time === 'conflict') continue;
    return { record: e.record, quantity: rq };
  }
  return undefined;
}

/** A state of people as a finding names it ("the injured", "the dead"). */
function stateWords(event: string): string {
  return STATE_WORDS[event] ?? event;
}
const STATE_WORDS: Record<string, string> = {
  death: 'dead',
  injury: 'injured',
  missing: 'missing',
  hospital: 'people in hospital',
  vaccinated: 'vaccinated',
  casualty: 'casualties',
  rescued: 'rescued',
  displaced: 'displaced',
  evacuated: 'evacuated',
  arrest: 'arrested',
};

/** The finding for a number the library gives for another state of the same people, or undefined. */
export function otherStateFinding(
  ctx: JudgeContext,
  q: Quantity,
  entries: readonly { record: number; quantity: Quantity }[],
): ElementResult | undefined {
  const found = measureSwapped(ctx, q, entries);
  if (!found) return undefined;
  return {
    verdict: 'conflicting',
    aspects: ['count'],
    supports: [],
    conflicts: [found.record],
    context: [],
    reason: `${ctx.label(found.record)} gives “${found.quantity.text}” for the ${stateWords(found.quantity.event!)}, not for the ${stateWords(q.event!)}.`,
  };
}

const lastWord = (t: string) => t.toLowerCase().split(/\s+/).pop() ?? '';
