// Judging a claim with no figure and no quotation: what happened, where, when and by whose
// account. The record that shares most of the claim's words (weighted so that rare words count more)
// is the same event when it covers most of them; then its places and dates must back the claim's.
import { akin, lemmaOf } from '../data/wordnet';
import { negatedWordOf } from '../extract/hedges';
import { tokenize } from '../text/tokens';
import type { TimeRef } from '../types';
import { checkSetting, sameActor, type ElementResult, type JudgeContext } from './context';
import { comparePlaces, conflictingTimes } from './elements';
import { timeTexts } from './figure-conflicts';
import { claimWords, coverOf, exactCover, ownCover } from './cover';
import { deniesDoer, inOtherWords, later, RELATED, reportsDenial, SAME_EVENT, sameDenial, undeniedIn, verbsTold } from './event-alike';

/** Candidates whose cover counts WordNet kin words too: the closest by exact words. */
const AKIN_CANDIDATES = 8;
/** Only the rarest words fetch candidates, so common words never scan the whole library. */
const PROBES = 6;
/** Covers closer than this are alike: the record's own sentence decides. */
const TIE = 0.05;
const MORE = /\b(?:more|additional|further)\s+(?!than\b)\p{L}/iu;
const ADDITIVE = /\b(also|too|as well|in addition|additionally|both)\b/i;

/** How much better a record must tell the event than the one backing the claim for its date to govern. */
const CLEARER = 0.2;

export function judgeEvent(ctx: JudgeContext): ElementResult | undefined {
  const { claim, index } = ctx;
  const words = claim.keywords;
  if (!words.length) return undefined;
  const cw = claimWords(ctx);
  const weightOf = new Map(cw.words.map((w, k) => [w, cw.weights[k]]));
  const probes = [...cw.words].sort((a, b) => weightOf.get(b)! - weightOf.get(a)!).slice(0, PROBES);
  let best: { record: number; cover: number } | undefined;
  const mine: { record: number; cover: number }[] = [];
  // Exact words first, for every candidate (cheap); kinship through WordNet only for the closest
  // (a record sharing few of the claim's words cannot reach the same event through kin words).
  const candidates = index.recordsWithKeywords(probes).filter((rec) => !index.records[rec].hedged);
  const exact = candidates.map((rec) => ({ rec, cover: exactCover(ctx, rec) }));
  if (exact.length > AKIN_CANDIDATES) exact.sort((a, b) => b.cover - a.cover);
  exact.forEach((c, k) => {
    const cover = k < AKIN_CANDIDATES ? coverOf(ctx, c.rec) : c.cover;
    if (!best || cover > best.cover) best = { record: c.rec, cover };
    if (sameActor(ctx, c.rec, true)) mine.push({ record: c.rec, cover });
  });
  // Reports of one event share their neighbours' words: of those that cover the claim alike, the
  // one whose own sentence says most of it first.
  const own = new Map<number, number>();
  const ownOf = (r: number) => own.get(r) ?? own.set(r, ownCover(ctx, r)).get(r)!;
  mine.sort((a, b) => (Math.abs(b.cover - a.cover) > TIE ? b.cover - a.cover : ownOf(b.record) - ownOf(a.record)));
  // Of the records that report the same event, one whose place and date back the claim wins.
  const same = mine.filter((x) => x.cover >= SAME_EVENT);
  let backed = same.find((x) => {
    const s = checkSetting(ctx, x.record, true);
    return s.places === 'ok' && s.time === 'ok';
  });
  // The sharpest date the library gives for the event governs: "in August" backs "August 16"
  // only until another report of the same event says "August 6".
  if (backed && claim.times.length) {
    // Times of the claim's role only: a record's statement date says nothing of when the event was.
    const role = claim.times[0].role;
    const sharp = (r: number) => Math.max(0, ...index.records[r].times.filter((t) => t.role === role).map(precision));
    // ... when it reports the event at least as closely as the record that backs the claim.
    const agreeing = Math.max(...same.filter((x) => checkSetting(ctx, x.record, true).time === 'ok').map((x) => sharp(x.record)));
    // ... or tells it clearly better, in the claim's own verbs, of the claim's one day ("said the
    // independent commission began its work on Wednesday" against "Benítez, who visited Pereira on
    // Monday, said a commission would ...").
    const sharper = same.find(
      (x) =>
        checkSetting(ctx, x.record, true).time === 'conflict' &&
        ((x.cover >= backed!.cover && sharp(x.record) > agreeing) ||
          (claim.times.length === 1 &&
            !!claim.times[0].start &&
            claim.times[0].start === claim.times[0].end &&
            x.cover - backed!.cover >= CLEARER &&
            ownOf(x.record) >= SAME_EVENT &&
            verbsTold(ctx, x.record))),
    );
    if (sharper) {
      backed = undefined;
      mine.splice(0, mine.length, sharper, ...mine.filter((x) => x !== sharper));
    }
  }
  // A record saying the opposite of the same thing ("There are none in the Kharkiv region"), or
  // that it was not the one the draft says did it ("It is not Russia's actions that escalated"), in
  // its own sentence (not through its neighbours' words).
  if (
    backed &&
    ((opposite(ctx, backed.record) && !reportsDenial(ctx)) || (deniesDoer(ctx, backed.record) && ownOf(backed.record) >= SAME_EVENT)) &&
    sameActor(ctx, backed.record) &&
    !(later(ctx, backed.record) && !ctx.attributed)
  ) {
    return {
      verdict: 'conflicting',
      aspects: [],
      supports: [],
      conflicts: [backed.record],
      context: [],
      reason: `${ctx.label(backed.record)} says the opposite.`,
    };
  }
  // "Putin denied that ..." where the record has him not deny it (event-alike.ts undeniedIn).
  const undenied = undeniedIn(ctx, same);
  if (undenied)
    return {
      verdict: 'conflicting',
      aspects: [],
      supports: [],
      conflicts: [undenied.record],
      context: [],
      reason: `${ctx.label(undenied.record)} says it was not denied.`,
    };
  // Of reports alike, one that dates the event speaks to the draft's date ("ONPE said it would
  // update the results until the count is complete" says nothing of the day it was completed).
  const alike = (x: { record: number; cover: number }) =>
    Math.abs(x.cover - mine[0].cover) <= TIE && Math.abs(ownOf(x.record) - ownOf(mine[0].record)) <= TIE;
  const dating =
    !backed && claim.times.length && mine.length > 1 && checkSetting(ctx, mine[0].record, true).time === 'unbacked'
      ? mine.find((x) => alike(x) && checkSetting(ctx, x.record, true).time !== 'unbacked')
      : undefined;
  const bestMine = backed ?? dating ?? mine[0];
  const unsupported = (reason: string, context: number[] = []): ElementResult => ({
    verdict: 'unsupported',
    aspects: [],
    supports: [],
    conflicts: [],
    context,
    reason,
  });
  if (ctx.attributed && !ctx.actorKnown) {
    return unsupported('The library has no record of this actor.', best && best.cover >= RELATED ? [best.record] : []);
  }
  const m = bestMine as { record: number; cover: number } | undefined;
  if (!m || m.cover < SAME_EVENT) {
    const said = inOtherWords(ctx, mine);
    if (said !== undefined)
      return { verdict: 'supported', aspects: [], supports: [said], conflicts: [], context: [], reason: `Reported by ${ctx.label(said)}.` };
    const near = best && best.cover >= RELATED ? [best.record] : [];
    // Nothing near, and nothing to check it by: no speaker, date, figure, quotation, person or body,
    // and no past event told ("It is entirely possible that ...", "It has been a grim fortnight for
    // the towns west of Port Macquarie"): commentary, not a report.
    if (!near.length && unanchored(ctx)) return undefined;
    return unsupported(
      near.length ? `No source record reports this; the nearest is ${ctx.label(near[0])}.` : 'No source record reports this.',
      near,
    );
  }
  // The draft negates what the record does not speak of ("Singh said there is no evidence that more
  // troops are entering" against her "it is likely that 11,000 are in Kursk"): neither backs nor
  // contradicts it.
  if (claim.negated !== index.records[m.record].negated && opposite(ctx, m.record) && later(ctx, m.record) && !ctx.attributed)
    return unsupported(
      `${ctx.label(m.record)} said otherwise more than a week before the draft's date; no source record speaks to it as of then.`,
      [m.record],
    );
  // ... unless another report of the same event denies it as the draft does ("would neither confirm
  // nor deny" for "neither confirmed nor denied"): the same word denied, the same speaker.
  const deniedAlike = claim.negated && !index.records[m.record].negated && !opposite(ctx, m.record) ? sameDenial(ctx, same) : undefined;
  if (deniedAlike !== undefined)
    return {
      verdict: 'supported',
      aspects: [],
      supports: [deniedAlike],
      conflicts: [],
      context: [],
      reason: `Reported by ${ctx.label(deniedAlike)}.`,
    };
  if (claim.negated && !index.records[m.record].negated && !opposite(ctx, m.record))
    return unsupported(
      `No source record reports this as the draft says; the nearest, ${ctx.label(m.record)}, does not speak of what the draft denies.`,
      [m.record],
    );
  const setting = checkSetting(ctx, m.record, true);
  // Another date is a contradiction when the record's own sentence tells the claim's event, not
  // only its neighbours ("signed the treaty in June" is no date for "ratified it on November 11").
  // ... and says it happened in the claim's own verbs ("ratified the treaty on October 24" is another
  // event than "signed the treaty in June", however much else they share).
  if (setting.time === 'conflict' && sameActor(ctx, m.record) && ownOf(m.record) >= SAME_EVENT && verbsTold(ctx, m.record, true)) {
    const [mine, theirs] = timeTexts(...conflictingTimes(ctx.claim.times, index.settingOf(m.record).records));
    return {
      verdict: 'conflicting',
      aspects: ['time'],
      supports: [],
      conflicts: [m.record],
      context: [],
      reason:
        mine && theirs
          ? `${ctx.label(m.record)} gives “${theirs}”, not “${mine}”.`
          : `${ctx.label(m.record)} gives another date${mine ? ` than “${mine}”` : ''}.`,
    };
  }
  // "Kovalenko wrote that troops moved into the Kharkiv region": the same speaker's report, another
  // place. "... have also been spotted in Donetsk" adds a place rather than replacing one.
  // (Unattributed, the record's own sentence must tell the event: "The collapsed bridge stood near
  // Matahuasi, in Jauja province" for "... Matahuasi, in Concepción province".)
  if (
    setting.places === 'disjoint' &&
    (ctx.attributed || ownOf(m.record) >= SAME_EVENT) &&
    !ADDITIVE.test(claim.text) &&
    sameActor(ctx, m.record)
  ) {
    return {
      verdict: 'conflicting',
      aspects: ['place'],
      supports: [],
      conflicts: [m.record],
      context: [],
      reason: `${ctx.label(m.record)} reports this for another place.`,
    };
  }
  if (setting.places !== 'ok') {
    // Elements combined from sentences that report the same event (POLICY): another report of it
    // by the same actor names the place ("Putin told reporters ..." and "... he told a press
    // conference in Kazan").
    const placed =
      setting.places === 'unbacked' &&
      setting.time !== 'unbacked' &&
      same.find(
        (x) =>
          x.record !== m.record &&
          checkSetting(ctx, x.record, true).places === 'ok' &&
          checkSetting(ctx, x.record, true).time !== 'conflict',
      );
    const day =
      !placed && setting.places === 'unbacked' && setting.time === 'ok' ? venueOfTheDay(ctx, m.record, mine, atPlaces(ctx)) : undefined;
    const where = placed || (day?.backs && day);
    if (where)
      return {
        verdict: 'supported',
        aspects: [],
        supports: [m.record, where.record],
        conflicts: [],
        context: [],
        reason: `Reported by ${ctx.label(m.record)}; the place by ${ctx.label(where.record)}.`,
      };
    return unsupported(`${ctx.label(m.record)} reports this, but not for the place the draft names.`, [m.record]);
  }
  if (setting.time !== 'ok') {
    // Elements combined from sentences that report the same event (POLICY): the article's lead says
    // "police have arrested a man", a later sentence "he was arrested on Thursday".
    const dated =
      setting.time === 'unbacked'
        ? datedBy(
            ctx,
            m.record,
            exact.map((c) => c.rec),
          )
        : undefined;
    if (dated === undefined) return unsupported(`${ctx.label(m.record)} reports this, but not the date the draft gives.`, [m.record]);
    return {
      verdict: 'supported',
      aspects: [],
      supports: [m.record, dated],
      conflicts: [],
      context: [],
      reason: `Reported by ${ctx.label(m.record)}; the date by ${ctx.label(dated)}.`,
    };
  }
  // Where the draft says it was said, when the record does not say: the speaker's venue that day.
  const venues = claim.places.filter((p) => p.role === 'venue').map((p) => p.id);
  const ownVenue = index.records[m.record].places.some((p) => p.role === 'venue');
  const day = venues.length && !ownVenue ? venueOfTheDay(ctx, m.record, mine, venues) : undefined;
  if (venues.length && !ownVenue && !day?.backs && !settingNames(ctx, m.record, venues))
    return unsupported(`${ctx.label(m.record)} reports this, but not for the place the draft names.`, [m.record]);
  if (day && !day.backs)
    return unsupported(
      `${ctx.label(m.record)} reports this; ${ctx.label(day.record)} has the speaker in ${venueText(ctx, day.record)} that day, not where the draft says.`,
      [m.record, day.record],
    );
  if (day)
    return {
      verdict: 'supported',
      aspects: [],
      supports: [m.record, day.record],
      conflicts: [],
      context: [],
      reason: `Reported by ${ctx.label(m.record)}; the place by ${ctx.label(day.record)}.`,
    };
  return {
    verdict: 'supported',
    aspects: [],
    supports: [m.record],
    conflicts: [],
    context: [],
    reason: `Reported by ${ctx.label(m.record)}.`,
  };
}

/**
 * A speaker speaks in one place on a day: another record of the same speaker, said on the same
 * day, that names where it was said ("..., he told a press conference in Kazan") gives the place
 * of what the speaker said that day ("At the summit in Kazan on Thursday, Putin blamed the West"
 * for "Putin told reporters on Thursday ... blamed the West"). `places` are the draft's; only a
 * record's venue counts, and only when it backs the draft's date (itself or through its context).
 */
function venueOfTheDay(
  ctx: JudgeContext,
  record: number,
  mine: { record: number }[],
  places: string[],
): { record: number; backs: boolean } | undefined {
  if (!places.length || !ctx.claim.times.some((t) => t.start && t.start === t.end)) return undefined;
  let found: { record: number; backs: boolean } | undefined;
  for (const x of mine) {
    if (x.record === record || !sameActor(ctx, x.record)) continue;
    const venues = ctx.index.records[x.record].places.filter((p) => p.role === 'venue').map((p) => p.id);
    if (!venues.length || checkSetting(ctx, x.record, true).time !== 'ok') continue;
    const rel = comparePlaces(places, venues, ctx.lex);
    // A wider venue ("in Russia" for "in Kazan") says nothing either way.
    if (rel === 'equal' || rel === 'narrower') return { record: x.record, backs: true };
    if (rel === 'disjoint') found ??= { record: x.record, backs: false };
  }
  return found;
}

/**
 * Another sentence of the same article that tells of the same event and gives the claim's date: it
 * shares with the record's own sentence one of the claim's words for what happened (not a name or a
 * place), says enough of the claim itself (RELATED), and its date and place back the claim's.
 */
function datedBy(ctx: JudgeContext, record: number, candidates: number[]): number | undefined {
  const { index, lex } = ctx;
  const rec = index.records[record];
  const what = new Set(ctx.claim.keywords.filter((w) => !lex.names.has(w) && !lex.places.has(w)));
  const told = new Set(rec.keywords.filter((w) => what.has(w)));
  if (!told.size) return undefined;
  return candidates.find((x) => {
    const r = index.records[x];
    if (x === record || r.source !== rec.source || r.hedged || !r.times.length) return false;
    if (!r.keywords.some((w) => told.has(w)) || coverOf(ctx, x) < RELATED) return false;
    const s = checkSetting(ctx, x, true);
    return s.time === 'ok' && s.places !== 'disjoint';
  });
}

/** Whether a record says the opposite of the claim. When the draft negates and the record does not,
 *  only if the record speaks of what the draft negates ("no evidence that ..." is no opposite of a
 *  report that does not speak of evidence); a record that negates is opposite to a draft that
 *  does not, as before. */
const DENIED_REPORT =
  /\b(?:denied|denies|deny|rejected|rejects|dismissed|dismisses|disputed|disputes)\s+(?:an?|the|a\s+\w+|the\s+\w+|\w+)?\s*(?:\w+\s+)?(?:reports?|claims?|allegations?|accusations?|suggestions?|accounts?)\b/i;

function opposite(ctx: JudgeContext, r: number): boolean {
  const rec = ctx.index.records[r];
  if (rec.negated === ctx.claim.negated) return false;
  // "no evidence that more troops are entering" denies further arrivals, not the ones on record
  // ("evidence that troops have gone into Russia").
  if (MORE.test(ctx.claim.text) !== MORE.test(rec.text)) return false;
  // "Falkenrath denied a magazine report that its engineers had flagged the problem": a denial of
  // someone's report says where the denier stands; the report itself is no opposite of it.
  if (ctx.claim.negated && DENIED_REPORT.test(ctx.claim.text)) return false;
  // What the one that denies denies must be what the other says: "no fault was found" in a record
  // is no opposite of "had passed a full inspection".
  const [denier, other] = rec.negated ? [rec.text, ctx.claim.text] : [ctx.claim.text, rec.text];
  const word = negatedWordOf(tokenize(denier), ctx.lex);
  // "There are none in the Kharkiv region": what is denied is where, said by no word of its own.
  if (!word || ctx.lex.stopwords.has(word)) return true;
  return tokenize(other).some((t) => t.word && akin(lemmaOf(t.lower) ?? t.lower, word));
}

/** Whether a record or its neighbours on the same event name the places (or places inside them). */
function settingNames(ctx: JudgeContext, record: number, places: string[]): boolean {
  const { records, own, wider } = ctx.index.settingOf(record);
  const theirs = [...own, ...wider, ...records.flatMap((r) => r.places.map((p) => p.id))];
  const rel = comparePlaces(places, theirs, ctx.lex);
  return rel === 'equal' || rel === 'narrower';
}

/** Where a record says its statement was made, as it writes it. */
function venueText(ctx: JudgeContext, record: number): string {
  return ctx.index.records[record].places.find((p) => p.role === 'venue')?.text ?? 'another place';
}

/** The draft's places of where things happened (not where they were said or came from). */
function atPlaces(ctx: JudgeContext): string[] {
  return ctx.claim.places.filter((p) => p.role === 'at').map((p) => p.id);
}

/** How finely a time is given: a day (3), a month (2), anything wider (1). */
function precision(t: TimeRef): number {
  if ((t.start && t.start === t.end) || t.day !== undefined) return 3;
  return t.kind === 'month' || t.month !== undefined ? 2 : 1;
}

/** A claim with nothing a record could be checked by but its words and places (see judgeEvent). */
function unanchored(ctx: JudgeContext): boolean {
  const c = ctx.claim;
  return (
    !c.actors.length &&
    !c.times.length &&
    !c.quotes.length &&
    !c.quantities.length &&
    c.tense !== 'past' &&
    c.entities.every((e) => ctx.lex.places.has(e))
  );
}
