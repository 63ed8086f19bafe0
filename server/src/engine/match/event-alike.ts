// Reports of an event said otherwise than the draft says it (used by event.ts): in other words (the
// adverbs and function words a paraphrase adds left out, only ever to back a claim), denying the same
// word, denying the draft's doer, and when a present-tense claim speaks of another moment than a
// record.
import { akin, conceptsOf, verbOnly } from '../data/wordnet';
import { negatedWordOf } from '../extract/hedges';
import { tokenize } from '../text/tokens';
import { checkSetting, sameActor, type JudgeContext } from './context';
import { leanCover } from './cover';

/** Share of the claim's (weighted) words a record must cover to report the same event. */
export const SAME_EVENT = 0.6;
/** A record covering less is not near the claim (nor named as the nearest). */
export const RELATED = 0.3;

/**
 * A record of the draft's speaker that says what happened in other words: its names, nouns and
 * verbs cover the claim's (leanCover), its place and date back the claim's, and it says it with the
 * same polarity. Only ever backs a claim: a paraphrase this loose never contradicts one.
 */
export function inOtherWords(ctx: JudgeContext, mine: { record: number; cover: number }[]): number | undefined {
  let best: { record: number; lean: number } | undefined;
  for (const x of mine) {
    if (x.cover < RELATED) continue;
    const lean = leanCover(ctx, x.record);
    // What happened must be said too, not only who and where.
    if (lean >= SAME_EVENT && leanCover(ctx, x.record, true) >= SAME_EVENT && (!best || lean > best.lean))
      best = { record: x.record, lean };
  }
  if (!best) return undefined;
  const rec = ctx.index.records[best.record];
  if (rec.negated !== ctx.claim.negated || (rec.deniedFocus?.length ?? 0) !== (ctx.claim.deniedFocus?.length ?? 0)) return undefined;
  const s = checkSetting(ctx, best.record, true);
  return s.places === 'ok' && s.time === 'ok' && !later(ctx, best.record) ? best.record : undefined;
}

/** Days after which a present-tense claim with no time of its own speaks of another moment than a
 *  record's: "there is no evidence that North Korean troops are in Russia", unattributed in a draft
 *  of November 18, is no opposite of "there is evidence that troops have gone in" said on October
 *  25 (POLICY: the same time frame); nor does a loose paraphrase back it (inOtherWords). A speaker's
 *  report ("Singh said there is no evidence ...") may be of that day: it is still compared. */
const STALE_DAYS = 7;

/** Whether the draft states, as of its own date, something a record said well before it. */
export function later(ctx: JudgeContext, r: number): boolean {
  const said = ctx.index.records[r].statedAt;
  if (ctx.claim.tense !== 'present' || ctx.claim.times.length || !ctx.draftDate || !said) return false;
  return (Date.parse(ctx.draftDate) - Date.parse(said)) / 86_400_000 > STALE_DAYS;
}

/** Of the reports of the claim's event, one that denies the same word the draft denies, said by
 *  the draft's speaker, placed and dated alike. */
export function sameDenial(ctx: JudgeContext, same: { record: number }[]): number | undefined {
  const word = negatedWordOf(tokenize(ctx.claim.text), ctx.lex);
  if (!word) return undefined;
  return same.find((x) => {
    const r = ctx.index.records[x.record];
    if (!r.negated || !sameActor(ctx, x.record)) return false;
    const theirs = negatedWordOf(tokenize(r.text), ctx.lex);
    if (!theirs || !akin(theirs, word)) return false;
    const s = checkSetting(ctx, x.record, true);
    return s.places === 'ok' && s.time === 'ok';
  })?.record;
}

/** Words of a figure's scale: no doer a denial names. */
const SCALE = new Set(['hundred', 'thousand', 'million', 'billion', 'trillion', 'percent', 'per', 'cent']);

/** Whether a record says it was not the one the draft says did it ("It is not Russia's actions that
 *  escalated"): a word of its denied focus the draft names as its own doer. (Content words only:
 *  "was 28,500, not the 32,000" denies no doer the draft's "the" names, nor "R298 million, not the
 *  R312 million" one its "million" names.) */
export function deniesDoer(ctx: JudgeContext, record: number): boolean {
  const theirs = (ctx.index.records[record].deniedFocus ?? []).filter((w) => !ctx.lex.stopwords.has(w) && !/\d/.test(w) && !SCALE.has(w));
  const mine = new Set(ctx.claim.deniedFocus ?? []);
  return theirs.some((w) => !mine.has(w) && ctx.claim.text.toLowerCase().includes(w));
}

/** "Moscow and Pyongyang have both denied that any troops were moved": the draft reports someone's
 *  denial, which a record saying the troops moved does not contradict (it may be reported too). */
const DENIAL = /\b(?:denied|denies|deny|denying|rejected|rejects|dismissed|dismisses)\b/i;
/** A denial held back: "neither confirmed nor denied", "did not deny", "stopped short of denying". */
const NOT_DENIED = /\b(?:not|never|nor|n't)\s+(?:\w+\s+)?den(?:y|ied|ies|ying)\b|\b(?:refused|declined|stopped short of)\s+(?:to\s+)?deny/i;
export function reportsDenial(ctx: JudgeContext): boolean {
  return ctx.claim.negated && DENIAL.test(ctx.claim.text);
}

/** "Putin denied that ..." where a report of the same event, by the same named person, has them not
 *  deny it ("neither confirmed nor denied", "did not deny"): the draft's denial is its opposite.
 *  (A named person's denial only: a country's, "Moscow denied", may be any of its voices.) */
export function undeniedIn(ctx: JudgeContext, same: { record: number }[]): { record: number } | undefined {
  if (!reportsDenial(ctx) || NOT_DENIED.test(ctx.claim.text) || !ctx.claim.actors.some((a) => a.person && a.role === 'primary'))
    return undefined;
  return same.find((x) => sameActor(ctx, x.record) && NOT_DENIED.test(ctx.index.records[x.record].text));
}

/** Whether the record (with its neighbours) has each of the claim's words WordNet knows only as a
 *  verb, as such or through a concept. */
export function verbsTold(ctx: JudgeContext, rec: number, own = false): boolean {
  const have = ctx.index.eventKeywords(rec);
  const akin = ctx.index.eventAkin(rec);
  return ctx.claim.keywords.every(
    (w) => !verbOnly(w) || have.has(w) || (!own && (akin.within.has(w) || conceptsOf(w).some((c) => akin.concepts.has(c)))),
  );
}
