// What scopes a figure the quantity judge weighs (quantity.ts): the time frame a record's figure
// stands for, the month a draft dates its figure to, where the claim's places fit the record's, who
// speaks (a record with no voice, one that names the speaking body, the outlet's own report of a
// place's figure, countries speaking together), figures given side by side, and a calendar day no
// record backing a figure has.
import type { ActorRef, Claim, Quantity, SourceRecord, TimeRef } from '../types';
import { claimActorKeys, intersects } from './actors';
import { compareTime, comparePlaces, mostSpecific, relatePlace } from './elements';
import { coverOf, ownCover } from './cover';
import type { JudgeContext } from './context';
import type { Candidate } from './outdated';
import { figureOfAnother } from './person-terms';

/** How much of a record's event (cover.ts) an unattributed claim must tell for the record to be its
 *  report: for its other figure to contradict the record's, or the record's figure to be the claim's. */
export const SAME_FIGURE_EVENT = 0.5;
/** Days within which an undated, attributed figure is the speaker's word of the same moment. */
const FRAME_DAYS = 7;
/** The same for a figure the draft gives as its own: the library's latest word stands longer. */
const UNATTRIBUTED_FRAME_DAYS = 21;

/** "In September, 1,300 square kilometres were still held": a figure the draft dates to a month (no year)
 *  the record neither gives nor was said in is of another time frame. */
export function monthApart(ctx: JudgeContext, c: Candidate): boolean {
  if (!c.otherTime) return false;
  const said = ctx.index.records[c.record].statedAt;
  if (!said) return false;
  const month = Number(said.slice(5, 7));
  // Only a month that opens the sentence frames its figures ("In September, ..."); one inside it
  // may date another event ("seized 1,300 square kilometres after its August incursion").
  const opening = (t: TimeRef) => t.span.start - ctx.claim.span.start <= 4;
  return ctx.claim.times.some((t) => t.kind === 'month' && t.month !== undefined && t.month !== month && !t.start && opening(t));
}

/** A record with no speaker that names no person or body either (only places and countries). */
export function unvoiced(ctx: JudgeContext, record: number): boolean {
  if (ctx.index.actorKeys[record].size) return false;
  return ctx.index.records[record].entities.every((e) => ctx.lex.places.has(e) || (!ctx.lex.orgs.has(e) && !ctx.lex.names.has(e)));
}

/** Whether a record's figure is of the claim's time frame (POLICY: same measure, same actor, same
 *  time frame): a figure stated a week (a speaker's) or three weeks (the draft's own) before the
 *  draft's date may since have moved, unless the draft dates the figure itself or speaks of the past. */
export function sameFrame(ctx: JudgeContext, r: SourceRecord): boolean {
  if (!ctx.draftDate || !r.statedAt || ctx.claim.times.length || ctx.claim.tense === 'past') return true;
  const days = (Date.parse(ctx.draftDate) - Date.parse(r.statedAt)) / 86_400_000;
  // A record said after the draft was written tells a later moment than the draft's "now".
  if (days < -1) return false;
  return !(days > (ctx.attributed ? FRAME_DAYS : UNATTRIBUTED_FRAME_DAYS));
}

/** Whether any place the claim names (not only its most specific) fits one the record names:
 *  "deployed in Russia and fighting in Kursk" is not placed elsewhere by "in eastern Russia". */
export function placedAlike(ctx: JudgeContext, record: number, theirs: Quantity): boolean {
  // (not the places the record gives other figures of the measure for: extract/figure-places.ts)
  const own = ctx.index.settingOf(record).own.filter((p) => !theirs.notAt?.includes(p));
  return ctx.claim.places.some((p) => p.role === 'at' && comparePlaces([p.id], own, ctx.lex) !== 'disjoint' && own.length > 0);
}

/** Of the countries a draft names as speaking together (one speaker phrase with two or more
 *  countries and no person or body), the first that none of `records` speaks for. */
export function jointCountryWithout(ctx: JudgeContext, records: number[]): string | undefined {
  const joint = ctx.claim.actors.find(
    (a) => a.role === 'primary' && !a.backref && !a.person && !a.orgs.length && new Set(a.countries).size > 1,
  );
  if (!joint) return undefined;
  return [...new Set(joint.countries)].find((c) => !records.some((r) => ctx.index.actorKeys[r].has('c:' + c)));
}

/** Whether a record gives the figure beside another figure of the same claim ("87% backed a
 *  walkout, with 78% of members taking part" for "87% in favour on a 78% turnout"): the two are
 *  read together, whatever each is a share of. */
export function alongside(ctx: JudgeContext, q: Quantity, record: number): boolean {
  const theirs = ctx.index.records[record].quantities;
  const same = (a: Quantity, b: Quantity) => (a.unit ?? '') === (b.unit ?? '') && a.value === b.value;
  const mine = theirs.find((x) => same(q, x));
  if (!mine) return false;
  return ctx.claim.quantities.some((s) => s !== q && theirs.some((x) => x !== mine && same(s, x)));
}

/** "Búzi district alone accounted for 29 deaths": the outlet's own report (no speaker, person or
 *  body: unvoiced) of a figure for the very place the draft names, telling what the draft tells,
 *  contradicts another figure the draft gives anyone. */
export function ownReportAlike(ctx: JudgeContext, record: number, setting: { relation: string }): boolean {
  // (A speaker the library has no record of may count otherwise: POLICY's unsupported.)
  return (
    (!ctx.attributed || ctx.actorKnown) &&
    setting.relation === 'equal' &&
    unvoiced(ctx, record) &&
    coverOf(ctx, record) >= SAME_FIGURE_EVENT
  );
}

/** "The Philippine Coast Guard ended its search ..., putting the final death toll at 61": a record
 *  with no speaker that names the body the draft makes speak tells that body's figure. */
export function namesSpeaker(ctx: JudgeContext, record: number): boolean {
  if (ctx.index.actorKeys[record].size) return false;
  const entities = ctx.index.records[record].entities;
  return ctx.claim.actors.some((a) => a.role === 'primary' && a.orgs.some((o) => entities.includes(o)));
}

/** "The Pentagon on 28 October backed up reports of some 10,000 soldiers": a figure the draft dates
 *  to a calendar day (written out: a weekday is often the article's own day, told apart) that no
 *  record backing it has, nor its neighbours, is not backed for that day. */
export function dayNotBacked(ctx: JudgeContext, supports: Candidate[]): boolean {
  const days = ctx.claim.times.filter((t) => t.kind === 'date' && t.day !== undefined && t.month !== undefined);
  if (!supports.length || !days.length) return false;
  const other = (t: TimeRef): TimeRef => ({ ...t, role: t.role === 'event' ? 'statement' : 'event' });
  const dayOf = (c: Candidate) => {
    const recs = ctx.index.settingOf(c.record).records;
    return days.some((t) => compareTime(t, recs) === 'match' || compareTime(other(t), recs) === 'match');
  };
  return supports.every((c) => c.otherTime && !dayOf(c));
}

/** Whether the record's own sentence gives its figure for a list of places, the draft's among them
 *  ("410,000 people in Sofala, Manica, Zambezia and Inhambane" against "200,000 in Manica province
 *  alone"): a whole of which the draft's figure may be a part. */
export function spansMorePlaces(ctx: JudgeContext, record: number): boolean {
  const r = ctx.index.records[record];
  const mine = mostSpecific(ctx.claim.places, ctx.lex);
  if (!mine.length) return false;
  const at = r.places.filter((p) => p.role === 'at').sort((a, b) => a.span.start - b.span.start);
  for (let k = 1; k < at.length; k++) {
    const gap = r.text.slice(at[k - 1].span.end - r.span.start, at[k].span.start - r.span.start);
    if (!/^\s*(?:,|,?\s*(?:and|or))\s*$/.test(gap)) continue;
    const pair = [at[k - 1].id, at[k].id];
    const other = pair.find((id) => mine.every((c) => relatePlace(c, id, ctx.lex) === 'disjoint'));
    if (other && pair.some((id) => mine.includes(id))) return true;
  }
  return false;
}

/** How much of a record's event (cover.ts) a claim attributed to the record's own actor must share
 *  for its other figure to contradict the record's (unattributed: SAME_FIGURE_EVENT). */
export const SAME_ACTOR_EVENT = 0.3;

/**
 * Time-scoping: another figure is a contradiction only when the record reports the same event
 * (POLICY: same measure, same actor, same time frame). An unattributed draft must say most of what
 * the record says; a draft naming the record's own actor, at least some of it. A figure every
 * record gives alike (`moving` false) is no moving figure: any other value contradicts it.
 * A share or a count of something only the sentence names (`loose`: people, members, cases, a
 * share, a sum) must also say what happened in the same words, not only the same names: "3,400
 * voters were turned away" is not about the "1,186,402 registered voters". The same figure at
 * another time or place is another event unless the draft tells the record's own event.
 */
export function scopedConflict(ctx: JudgeContext, c: Candidate, m: { moving: boolean; loose: boolean; bare: boolean }): boolean {
  const need = ctx.attributed ? SAME_ACTOR_EVENT : SAME_FIGURE_EVENT;
  // Another person's figure in a record that names several ("fined Ndegwa 480 million shillings").
  if (c.conflict === 'count' && figureOfAnother(ctx, c.record, c.quantity.text)) return false;
  const elsewhere = c.conflict === 'time' || c.conflict === 'place';
  const cover = coverOf(ctx, c.record);
  return (
    (!m.moving && !m.loose && !elsewhere && cover >= SAME_ACTOR_EVENT) ||
    // The same number with its qualifier turned round is that figure, however loose its measure.
    (c.conflict === 'qualifier' && cover >= SAME_ACTOR_EVENT) ||
    // ... and the same distance from the same place the other way ("170 km northeast of Durban"):
    // number, unit and place tell the figure whatever else the sentences say.
    (c.conflict === 'place' && !!c.named) ||
    // ... and the same figure on the same day the draft names, set elsewhere ("Jhansi recorded 47.6
    // degrees on Sunday" for the record's Banda).
    (c.conflict === 'place' && c.sameDay === true && cover >= SAME_ACTOR_EVENT) ||
    (cover >= need && (!m.loose || m.bare || (coverOf(ctx, c.record, true) >= need && ownCover(ctx, c.record) >= need)))
  );
}

/** How much of the claim a record must tell for its part of a whole to be the draft's in other words. */
const PART_TELLS = 0.5;

/** "Sixty-four of the injured had been airlifted" for "64 of the injured had been flown": the same
 *  number of the same whole, what happened to it told in other words, in a record that tells most
 *  of the claim. Backs it only (another number of a part told otherwise is no contradiction). */
export function partAlike(ctx: JudgeContext, q: Quantity, rq: Quantity, record: number, same: boolean): boolean {
  return (
    same &&
    q.kind === 'part' &&
    rq.kind === 'part' &&
    !!q.event?.startsWith('part:') &&
    !!rq.event?.startsWith('part:') &&
    coverOf(ctx, record) >= PART_TELLS
  );
}

/** "called the company's offer of 150,000 pesos an insult": a figure the draft gives as another's
 *  (a possessor before the noun it is "of"), which the claim's speaker only speaks about. */
export function possessedByAnother(claim: Claim, q: Quantity): boolean {
  const before = claim.text.slice(0, q.span.start - claim.span.start);
  const m = /(\S+)(?:'s|’s)\s+(?:[a-z-]+\s+){0,2}[a-z]+\s+of\s+(?:about\s+|some\s+|nearly\s+|around\s+)?$/.exec(before);
  if (!m) return false;
  const at = claim.span.start + m.index;
  return !claim.actors.some((a) => a.role === 'primary' && a.span.start <= at && at < a.span.end);
}

/** Whether the record's same figure backs the draft whoever the draft says spoke: the record names
 *  no speaker (unvoiced), or names the draft's (namesSpeaker), or the draft gives the figure as
 *  another's (possessedByAnother). */
export function speakerAside(ctx: JudgeContext, record: number, q: Quantity): boolean {
  return unvoiced(ctx, record) || namesSpeaker(ctx, record) || possessedByAnother(ctx.claim, q) || relayed(ctx, record);
}

/** "a Ukrainian military source told Kyodo News" for "Kyodo News, citing Ukrainian military
 *  sources, reported": the draft's speaker is whom the record's speaker cites, and the draft's
 *  listener is the record's speaker. */
function relayed(ctx: JudgeContext, record: number): boolean {
  const as = (actors: ActorRef[], role: ActorRef['role']) =>
    claimActorKeys(
      actors.filter((a) => a.role === role).map((a) => ({ ...a, role: 'primary' as const })),
      ctx.lex,
    );
  const told = as(ctx.claim.actors, 'recipient');
  if (!told.size) return false;
  const r = ctx.index.records[record];
  return intersects(told, as(r.actors, 'primary')) && intersects(as(ctx.claim.actors, 'primary'), as(r.actors, 'secondary'));
}
