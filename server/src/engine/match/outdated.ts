// Outdated figures: a draft's figure that an older record gives while a newer one gives another for
// the same measure (POLICY: outdated), and which newer figure the finding cites and offers as the fix.
import type { Aspect, Quantity, TimeRef } from '../types';
import type { ElementResult, JudgeContext } from './context';
import { intersects } from './actors';
import { coverOf } from './cover';

/** A record's figure as the quantity judge weighs it against the draft's (match/quantity.ts). */
export interface Candidate {
  record: number;
  quantity: Quantity;
  support: boolean;
  /** Supported only through a neighbouring sentence's place. */
  weak?: boolean;
  /** Backed by the body the draft's speaker speaks for, not by the speaker's own record. */
  viaBody?: boolean;
  conflict?: Aspect;
  /** The draft's and the record's words a place conflict names, when not the places themselves. */
  named?: [string, string];
  wrongActor: boolean;
  /** A record of the draft's speaker or their body (not the outlet's own report). */
  own?: boolean;
  /** The draft dates its figure, and the record does not give that time. */
  otherTime?: boolean;
  /** A place conflict on the very day the draft names. */
  sameDay?: boolean;
}

/** How far below the best cover a newer record may tell the draft's figure and still be cited. */
const TELLS_ALIKE = 0.15;
/** Share of the claim's own words (not its names) a record with a newer length must tell. */
const SIZE_TELLS = 0.25;
/** ... and a record with a newer sum, some of them. */
const SUM_TELLS = 0.1;

/**
 * Outdated: an unattributed, present-tense figure in a dated draft that matches an older record,
 * while a newer record (still before the draft's date) about the same measure gives another figure.
 */
export function outdatedBy(ctx: JudgeContext, q: Quantity, supports: Candidate[], conflicts: Candidate[]): ElementResult | undefined {
  const { draftDate, attributed, claim, index } = ctx;
  // A past-tense count of what happened ("Some 640 houses were flooded") is the event's count, which
  // later reports revise; not one the draft marks as earlier ("had been", "initially"), nor a count
  // of a noun with nothing said to have happened to it (which event's count it is, the words alone
  // cannot tell: "five guards were hurt" beside "four guards" arrested).
  // (... nor a report of a saying, "police put the death toll at 17 and said ...": what was said then.)
  const earlier = claim.recency < 0 || /\bhad\b/i.test(claim.text) || (!!q.counted?.startsWith('other:') && !q.event) || !!claim.saying;
  if (!draftDate || attributed || (claim.tense === 'past' && earlier) || q.vague) return undefined;
  // The draft's own earlier figure ("down from 7.9%"), or one it dates ("last Thursday"): not
  // stated as current.
  // ("Last week, Washington's estimate stood at 3,000": a period over before the draft's day too.)
  const dated = (t: TimeRef) => t.kind === 'date' || t.kind === 'weekday' || (t.kind === 'range' && !!t.end && t.end < draftDate);
  if (q.former || claim.times.some((t) => (t.role === 'event' && dated(t)) || (t.kind === 'range' && dated(t)))) return undefined;
  // A length in a compound adjective ("a 22-kilometre detour") is a thing's size, not a running
  // figure a later report revises: another one in a newer record is another thing's. (A zone's
  // radius, "within 3 km", may well be revised.)
  if (q.counted === 'length' && !q.change && /\d-\p{L}/u.test(q.text)) return undefined;
  const when = (c: Candidate) => {
    const r = index.records[c.record];
    return `${r.statedAt ?? ''}#${r.recency + 1}`;
  };
  const due = (c: Candidate) => (index.records[c.record].statedAt ?? '') <= draftDate;
  const s = supports.filter(due);
  // A record's figure it says the count moved from ("revised it to 195 km/h, from its earlier
  // estimate of 185 km/h") is older than the record: it backs the draft's figure as the earlier one.
  const current = s.filter((x) => !x.quantity.former);
  const c = conflicts.filter((x) => due(x) && x.conflict !== 'time' && !current.some((y) => y.record === x.record));
  if (!s.length || !c.length) return undefined;
  const newestS = (current.length ? current : s).map(when).sort().pop()!;
  // One article's two figures of a noun count two things ("3,150 fishermen received their first
  // payment on Thursday" beside "7,800 fishermen have registered"), when the later is later only by
  // the article's date (no day of its own), unless it says the count moved ("has risen to").
  // (Not when the article marks the other figure as an earlier one: "had put the cost at ...".)
  // (A record giving the figure as the one the count moved from, "raised ... from 1,400 to 1,650",
  // is no article of the draft's figure.)
  const sources = new Set(
    s.filter((x) => index.records[x.record].recency >= 0 && !x.quantity.former).map((x) => index.records[x.record].source),
  );
  const undated = (x: Candidate) => sources.has(index.records[x.record].source) && !!index.records[x.record].statedAtInferred;
  const moved = (x: Candidate) => x.quantity.change !== undefined;
  // A length's newer figure must be of the same thing ("a 20 km stretch of coast" where fishing resumes
  // is no earlier reach of the oil, "about 84 km of coastline"): some of the claim's own words.
  // ... and so must a sum's: "bail of 20,000 zlotys" is no revision of the 100,000 zlotys paid to
  // each family.
  const sized = q.counted === 'length';
  // (... in a currency word several currencies share too: "250,000 pesos".)
  const sum = !!q.counted?.startsWith('money') || (!!q.counted?.startsWith('other:') && ctx.lex.comparedWith.has(q.counted));
  const sameThing = (x: Candidate) => (!sized && !sum) || coverOf(ctx, x.record, true) >= (sized ? SIZE_TELLS : SUM_TELLS);
  // (Never a newer figure of the draft's own value: "5.4%" is no revision of "5.4 per cent".)
  // (... nor one from a record that gives the draft's figure too: "women made up 51.1% of the final
  // count, and 44.1% of the population was under 15" revises neither.)
  const restates = (x: Candidate) =>
    index.records[x.record].quantities.some(
      (y) =>
        y.normalized === q.normalized &&
        (y.unit ?? '') === (q.unit ?? '') &&
        !y.former &&
        // (Not the same number of another event: "Of the 14 people injured, eight remain in
        // hospital" revises the 14 in hospital.)
        !(y.event && q.event && y.event !== q.event),
    );
  // ("The queue, which peaked at 97 vessels last Monday, had fallen to 41": a figure its own words
  // date to a day before the draft's figure was given is no newer one; a month it is of, "4.4% in
  // October", dates no saying.)
  const givenOn = newestS.split('#')[0];
  const datedEarlier = (x: Candidate) => {
    const r = index.records[x.record];
    const end = x.quantity.span.end;
    return r.times.some(
      (t) =>
        (t.kind === 'weekday' || t.kind === 'date') &&
        !!t.end &&
        t.end < givenOn &&
        t.span.start >= end &&
        t.span.start - end <= 12 &&
        !r.text.slice(end - r.span.start, t.span.start - r.span.start).includes(','),
    );
  };
  const newer = c.filter(
    (x) =>
      when(x) > newestS &&
      (!undated(x) || moved(x)) &&
      sameThing(x) &&
      x.quantity.normalized !== q.normalized &&
      !restates(x) &&
      !datedEarlier(x),
  );
  if (!newer.length) return undefined;
  // The newer figure cited (and offered as the fix) is the newest of those that tell what the draft
  // says about as well as the best of them ("unemployment rose to 5.0%", not another measure's
  // newer percentage); among equals, the figure in the draft's own unit.
  const unitOf = (c: Candidate) => ((c.quantity.unit ?? '') === (s[0].quantity.unit ?? '') ? 0 : 1);
  // The older figure's own speaker first ("the ONS put unemployment at 5.0%").
  const speakers = s.map((x) => index.actorKeys[x.record]);
  const theirs = (x: Candidate) => (speakers.some((k) => k.size && intersects(k, index.actorKeys[x.record])) ? 0 : 1);
  const best = Math.max(...newer.map((x) => coverOf(ctx, x.record)));
  const telling = (x: Candidate) => (coverOf(ctx, x.record) >= best - TELLS_ALIKE ? 0 : 1);
  newer.sort(
    (a, b) => theirs(a) - theirs(b) || telling(a) - telling(b) || (when(b) > when(a) ? 1 : when(b) < when(a) ? -1 : unitOf(a) - unitOf(b)),
  );
  return {
    verdict: 'outdated',
    aspects: ['count', 'time'],
    supports: [...new Set(s.map((x) => x.record))],
    conflicts: [...new Set(newer.map((x) => x.record))],
    context: [],
    reason: `“${s[0].quantity.text}” is the earlier figure (${ctx.label(s[0].record)}); newer records give “${newer[0].quantity.text}” (${ctx.label(newer[0].record)}).`,
    // The newest figure, for the quick fix (which cites the newer source with it).
    replacement: { span: q.span, text: newer[0].quantity.text },
  };
}

/** "fell to 48 from 73": a record's starting figure is the earlier one; the record itself gives the
 *  newer (a draft saying when, or in the past tense, tells the earlier moment). */
export function formerOnlyOutdated(ctx: JudgeContext, q: Quantity, supports: Candidate[]): ElementResult | undefined {
  if (!supports.length || !supports.every((c) => c.quantity.former)) return undefined;
  if (ctx.claim.times.length || ctx.claim.tense === 'past' || q.former) return undefined;
  const first = supports[0];
  const now = ctx.index.records[first.record].quantities.find(
    (x) => !x.former && x.counted === first.quantity.counted && (x.event ?? '') === (first.quantity.event ?? ''),
  );
  if (!now) return undefined;
  return {
    verdict: 'outdated',
    aspects: ['count', 'time'],
    supports: [...new Set(supports.map((c) => c.record))],
    conflicts: [first.record],
    context: [],
    reason: `“${first.quantity.text}” is the earlier figure; ${ctx.label(first.record)} gives “${now.text}” now.`,
    replacement: { span: q.span, text: now.text },
  };
}
