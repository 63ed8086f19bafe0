// One claim -> one finding: every element judged (figures, quotations, the speaker's office, or the
// event itself), then combined by the policy: any conflict makes it conflicting, else an outdated
// figure makes it outdated, else any element no record backs makes it unsupported, else supported.
import type { Library } from '../api';
import type { Aspect, Claim, Evidence, Finding, FindingPart, Quantity, Relation, Span } from '../types';
import { actorLabel, orgAncestors } from './actors';
import { figureContext, makeContext, type ElementResult, type JudgeContext } from './context';
import { holdsValue, longDate } from './elements';
import { judgeConversions } from './conversions';
import { numberedBacking } from './numbered-backing';
import { describedAgeOtherwise, judgeAges } from './ages';
import { dayNotIn, numberNotIn, numberOtherwise, sameEventRecords } from './unstated';
import { LASTING } from '../extract/durations';
import { judgeDescriptors } from './descriptors';
import { judgeEvent } from './event';
import { personTermOtherwise } from './person-terms';
import type { RecordIndex } from './index';
import { judgeQuantity } from './quantity';
import { judgeQuote } from './quote';
import { holdersOf, SPOKES_PHRASE, wrongTitle } from './offices';
import { judgePlacement } from './placements';
import { judgeBearing } from './bearings';
import { nameOtherwise, namesSomething, unknownName } from './unknown-names';
import { statesTerm } from '../extract/penalty-terms';
import { jointSpeakers, speakerName, unbackedSpeaker } from './joint-speakers';
import { judgeClocks } from './clocks';

const PRECEDENCE = ['conflicting', 'outdated', 'unsupported', 'supported'] as const;

/** A vote's tally ("voted 41-32", "passed 12 to 5", "by an 11-6 vote"): a count of votes. */
const TALLY =
  /\b(?:vot\w*|pass\w*|approv\w*|reject\w*|adopt\w*|back\w*)\s+(?:\w+\s+){0,3}?(?:by\s+(?:an?\s+)?)?\d{1,3}\s*(?:-|–|to)\s*\d{1,3}\b|\bby\s+(?:an?\s+)?\d{1,3}\s*(?:-|–)\s*\d{1,3}\s+(?:vote|margin)\b/i;

/** A checkable statement: not hedged, and naming something the library could speak to. */
export function isClaim(c: Claim): boolean {
  if (c.hedged) return false;
  return (
    c.quantities.some((q) => q.counted && !q.vague) ||
    c.quotes.length > 0 ||
    c.times.length > 0 ||
    (c.clocks?.length ?? 0) > 0 ||
    !!c.saying ||
    c.actors.length > 0 ||
    c.places.length > 0 ||
    c.entities.length > 0 ||
    namesSomething(c) ||
    statesTerm(c.text) ||
    TALLY.test(c.text) ||
    LASTING.test(c.text)
  );
}

export function judgeClaim(claim: Claim, library: Library, index: RecordIndex, draftDate?: string): Finding | undefined {
  if (!isClaim(claim)) return undefined;
  const label = (i: number) => recordLabel(library, index, i);
  const ctx = makeContext(claim, index, label, draftDate);
  const results: ElementResult[] = [];
  /** Figures with a unit (money, shares, areas) no record speaks to. */
  const unmatched: Quantity[] = [];
  // A magnitude ("thousands of troops") backs the claim when a record's figure falls in it; else
  // the claim is judged as if it gave no figure (by its event).
  let figured = false;
  let vagueMiss: ElementResult | undefined;
  for (const q of claim.quantities) {
    const r = judgeQuantity(figureContext(ctx, q), q);
    if (q.vague && r?.verdict !== 'supported') {
      // (Only when no record's figure of the measure falls in it at all.)
      const inRange = index
        .quantityCandidates(q, ctx.actorKeys, [])
        .some((e) => (e.quantity.nationality ?? '') === (q.nationality ?? '') && holdsValue(q, e.quantity, index.lexicon));
      if (!inRange) vagueMiss ??= r && { ...r, span: q.span };
      continue;
    }
    if (q.counted) figured = true;
    if (r) results.push({ ...r, span: q.span });
    else if (q.unit) unmatched.push(q);
  }
  let quoted = false;
  for (const quote of claim.quotes) {
    const r = judgeQuote(ctx, quote);
    if (r) {
      results.push({ ...r, span: quote.span });
      quoted = true;
    }
  }
  const aff = judgeAffiliation(ctx) ?? judgeDescriptors(ctx);
  if (aff) results.push(aff);
  const placed = judgePlacement(ctx) ?? judgeBearing(ctx);
  if (placed) results.push(placed);
  const age = judgeAges(ctx);
  if (age) results.push(age);
  for (const t of claim.times) {
    // The draft contradicts itself: no source needed to say so.
    if (t.statedWeekday !== undefined && t.start) {
      const actual = DAY_NAMES[new Date(t.start + 'T00:00:00Z').getUTCDay()];
      results.push({
        span: t.span,
        verdict: 'conflicting',
        aspects: ['time'],
        supports: [],
        conflicts: [],
        context: [],
        reason: `The draft's weekday and date disagree: ${longDate(t.start)} was a ${actual}, not a ${DAY_NAMES[t.statedWeekday]}.`,
      });
    }
  }
  if (!figured && !quoted) {
    const r = numberedBacking(ctx, judgeEvent(ctx));
    // The event is reported, but not with the figure the draft gives it: only partly backed.
    const given = (q: Quantity) =>
      r!.supports.some((i) => index.records[i].quantities.some((x) => x.unit === q.unit && x.value === q.value));
    const missing = r?.verdict === 'supported' ? unmatched.filter((q) => !given(q)) : [];
    // ... nor with a number the draft gives that is no counted figure ("a maximum penalty of 25
    // years", "voted 6-3", "the Black Summer of 2019-20"): the records that back the event must
    // state it too.
    const unstated =
      r?.verdict === 'supported' && !missing.length
        ? (numberNotIn(claim, r.supports, index, false, () => [...r.supports, ...sameEventRecords(ctx)]) ??
          // The days may come from another report of the same event ("moved from Nov. 19 to
          // Nov. 25": the first report gives the 19th, a later one the 25th).
          dayNotIn(claim, () => [...r.supports, ...sameEventRecords(ctx)], index))
        : undefined;
    // ... and where the record that backs it gives another number of the same thing, the draft
    // changed it ("six minutes after take-off" for the source's "four minutes"): same event, same
    // speaker, another figure.
    const otherwise = r && unstated ? numberOtherwise(unstated, r.supports, index, claim.text, () => sameEventRecords(ctx)) : undefined;
    // ... nor a person the record describes by another age ("a 54-year-old farmer" for its 45-year-old).
    // ... nor a term the record gives another of the people it names ("Pérez was banned for two years").
    const aged = r?.verdict === 'supported' ? (describedAgeOtherwise(ctx, r.supports) ?? personTermOtherwise(ctx, r.supports)) : undefined;
    if (aged) results.push(aged);
    if (r && otherwise)
      results.push({
        ...r,
        verdict: 'conflicting',
        aspects: ['count'],
        supports: [],
        conflicts: [otherwise.record],
        context: [],
        reason: `${ctx.label(otherwise.record)} gives “${otherwise.text}” where the draft has “${(unstated ?? '').replace(/\s+(?:to|of|and|or|in|on|at|for|from|by|with|the|an?)$/i, '')}”.`,
      });
    else if (r && unstated)
      results.push({
        ...r,
        verdict: 'unsupported',
        supports: [],
        context: r.supports,
        reason: `No source record gives “${unstated}”; ${ctx.label(r.supports[0])} reports the rest.`,
      });
    else if (r && missing.length)
      results.push({
        ...r,
        verdict: 'unsupported',
        supports: [],
        context: r.supports,
        span: missing[0].span,
        reason: `No source record gives “${missing[0].text}”; ${ctx.label(r.supports[0])} reports the rest.`,
      });
    else if (r) results.push(r);
  }
  // (... and an event reported, but no record's figure in the magnitude: only partly backed.)
  if (vagueMiss && !figured && results.length && results.every((r) => r.verdict === 'supported'))
    results.push({ ...vagueMiss, context: [...new Set([...results.flatMap((r) => r.supports), ...vagueMiss.context])] });
  results.push(...judgeConversions(ctx, claim, results));
  if (!results.length) return undefined;
  // A time of day the records backing the rest give otherwise, or not at all.
  const clocked = judgeClocks(ctx, results);
  if (clocked) results.push(clocked);
  // A figure backed, but a tally beside it no record gives ("voted 6-3 to cut Bank Rate to 3.75%").
  if (results.every((r) => r.verdict === 'supported') && claim.quantities.some((q) => q.counted)) {
    const backing = [...new Set(results.flatMap((r) => r.supports))];
    const tally = backing.length ? numberNotIn(claim, backing, index, true) : undefined;
    if (tally)
      results.push({
        verdict: 'unsupported',
        aspects: ['count'],
        supports: [],
        conflicts: [],
        context: backing.slice(0, 3),
        reason: `No source record gives “${tally}”; ${ctx.label(backing[0])} reports the rest.`,
      });
  }
  // A figure backed for one of the speakers the draft names together ("Kyiv and Seoul both say").
  if (results.some((r) => r.verdict === 'supported') && claim.quantities.length) {
    const joint = jointSpeakers(claim, index.lexicon);
    const backing = [...new Set(results.filter((r) => r.verdict === 'supported').flatMap((r) => r.supports))];
    const missing = joint.length ? unbackedSpeaker(joint, backing, index) : undefined;
    if (missing)
      results.push({
        verdict: 'unsupported',
        aspects: ['actor'],
        supports: [],
        conflicts: [],
        context: backing.slice(0, 3),
        reason: `No source record gives it from ${speakerName(missing[0], index)}; ${ctx.label(backing[0])} reports it.`,
      });
  }
  // Every element backed but a name no record has ("Col. Gen. Kim Yong Bok"): only partly backed.
  if (results.every((r) => r.verdict === 'supported')) {
    const backing = [...new Set(results.flatMap((r) => r.supports))];
    const name = unknownName(claim, index, backing);
    // ("a flight to Baku" for the record's "a flight to Tbilisi": another name where the record has one.)
    const other = name ? nameOtherwise(claim, name, backing, index) : undefined;
    if (name && other)
      results.push({
        verdict: 'conflicting',
        aspects: [],
        supports: [],
        conflicts: [other.record],
        context: [],
        reason: `${ctx.label(other.record)} gives “${other.text}” where the draft has “${name}”.`,
      });
    else if (name)
      results.push({
        verdict: 'unsupported',
        aspects: [],
        supports: [],
        conflicts: [],
        context: [...new Set(results.flatMap((r) => r.supports))].slice(0, 3),
        reason: `No source record names “${name}”; ${ctx.label(results[0].supports[0])} reports the rest.`,
      });
  }
  const verdict = PRECEDENCE.find((v) => results.some((r) => r.verdict === v))!;
  const chosen = results.filter((r) => r.verdict === verdict);
  const aspects = [...new Set(chosen.flatMap((r) => r.aspects))] as Aspect[];
  const evidence = collectEvidence(
    library,
    index,
    verdict === 'supported' ? chosen : [...chosen, ...results.filter((r) => r.verdict === 'supported')],
  );
  const quoteDiff = chosen.find((r) => r.quoteDiff)?.quoteDiff;
  const parts = results.length > 1 ? results.map((r) => partOf(claim, r)) : undefined;
  const replacement = chosen.find((r) => r.replacement)?.replacement;
  return {
    span: claim.span,
    claim: claim.text,
    verdict,
    aspects,
    message: `${capitalise(verdict)}: ${[...new Set(chosen.map((r) => r.reason))].join(' ')}`,
    evidence,
    attributed: ctx.attributed,
    ...(quoteDiff ? { quoteDiff } : {}),
    ...(replacement ? { replacement } : {}),
    ...(parts ? { parts } : {}),
  };
}

function partOf(claim: Claim, r: ElementResult): FindingPart {
  const span = r.span ?? claim.span;
  const text = claim.text.length && span === claim.span ? claim.text : textOf(claim, span);
  return { span, text, verdict: r.verdict, aspects: r.aspects, message: r.reason };
}

/** The element's words, taken from the claim's prose (offsets are the document's). */
function textOf(claim: Claim, span: Span): string {
  const q = claim.quantities.find((x) => x.span === span);
  if (q) return q.text;
  const quote = claim.quotes.find((x) => x.span === span);
  if (quote) return `“${quote.text}”`;
  const a = claim.actors.find((x) => x.span === span);
  if (a) return a.text;
  return claim.ages?.find((x) => x.span === span)?.text ?? claim.text;
}

/** "Pentagon press secretary John Kirby" when the library records Kirby at the NSC. */
function judgeAffiliation(ctx: JudgeContext): ElementResult | undefined {
  for (const a of ctx.claim.actors) {
    if (a.role !== 'primary') continue;
    if (!a.person) continue;
    const records = (ctx.index.personRecords.get(a.person) ?? []).slice(0, 3);
    const who = a.text.split(/,/)[0];
    // The actor named with another body, place of office or office than the sources give.
    const otherwise = (reason: string): ElementResult => ({
      span: a.span,
      verdict: 'conflicting',
      aspects: ['actor'],
      supports: [],
      conflicts: records,
      context: [],
      reason,
    });
    const known = ctx.index.affiliations.get(a.person);
    // (A body the data does not know is theirs when the names of theirs have all its words: "the
    // Hesse police" for the Hesse State Criminal Police Office.)
    let words: Set<string> | undefined;
    const knownWords = (): Set<string> =>
      (words ??= new Set([...known!].flatMap((x) => `${x} ${ctx.lex.names.get(x) ?? ''}`.toLowerCase().split(/[^\p{L}\p{N}]+/u))));
    // (... and so is a known body whose name's words theirs all have: "port authority president
    // Tomás Ibarguren" for the Port Authority of the Bay of Algeciras.)
    const theirs = (o: string) =>
      (o.startsWith('~')
        ? o.slice(1).split('-')
        : (ctx.lex.names.get(o) ?? o)
            .toLowerCase()
            .split(/[^\p{L}\p{N}]+/u)
            .filter(Boolean)
      ).every((w) => knownWords().has(w));
    const wrong = known?.size
      ? a.orgs.filter((o) => ![...orgAncestors(o, ctx.lex)].some((x) => known.has(x)) && !ctx.lex.orgs.get(o)?.outlet && !theirs(o))
      : [];
    if (wrong.length) {
      // (A body the data does not know, "~federal-criminal-police-office", as the draft writes it.)
      const written = (o: string) =>
        new RegExp(
          o
            .replace(/^~/, '')
            .split(/[^\p{L}\p{N}]/u)
            .join("(?:['’]s?)?\\W+"),
          'iu',
        );
      const name = (o: string) => ctx.lex.names.get(o) ?? ctx.claim.text.match(written(o))?.[0] ?? o;
      return otherwise(
        `The sources record ${who} with ${[...known!].map(name).slice(0, 2).join(', ')}, not ${wrong.map(name).join(', ')}.`,
      );
    }
    // "Batangas Governor Lourdes Paglinawan" for the sources' Oriental Mindoro governor.
    const seats = ctx.index.seats.get(a.person);
    const seat = a.seat;
    if (seat && seats?.size && ![...seats].some((x) => x.includes(seat) || seat.includes(x))) {
      const place = (x: string) => ctx.lex.names.get(x) ?? seatName(x);
      return otherwise(`The sources give ${who} the office for ${[...seats].map(place).join(', ')}, not for ${place(seat)}.`);
    }
    const person = a.person;
    const heldByOthers = (t: string) => [...(holdersOf(ctx.index).get(t) ?? [])].some((p) => p !== person);
    // (Whether the draft names the office's body, and it is one the sources give the person.)
    const sameBody = !!known?.size && a.orgs.some((o) => [...orgAncestors(o, ctx.lex)].some((x) => known.has(x)));
    const office = wrongTitle(a.titles, ctx.index.titles.get(a.person), heldByOthers, sameBody, SPOKES_PHRASE.test(ctx.claim.text));
    if (office) return otherwise(`The sources give ${who} another office (${office.recorded}), not ${office.claimed}.`);
  }
  return undefined;
}

function collectEvidence(library: Library, index: RecordIndex, results: ElementResult[]): Evidence[] {
  const seen = new Map<number, Relation>();
  const order: number[] = [];
  const add = (i: number, rel: Relation) => {
    if (!seen.has(i)) order.push(i);
    const prev = seen.get(i);
    if (!prev || prev === 'context' || (prev === 'supports' && rel === 'conflicts')) seen.set(i, rel);
  };
  for (const r of results) r.conflicts.forEach((i) => add(i, 'conflicts'));
  for (const r of results) r.supports.forEach((i) => add(i, 'supports'));
  for (const r of results) r.context.forEach((i) => add(i, 'context'));
  return order.slice(0, 8).map((i) => evidenceOf(library, index, i, seen.get(i)!));
}

function evidenceOf(library: Library, index: RecordIndex, i: number, relation: Relation): Evidence {
  const r = index.records[i];
  const src = library.sources[r.source];
  const memo = recordMemo(library, index, i);
  return {
    relation,
    source: src.meta.id,
    outlet: src.meta.outlet,
    title: src.meta.title,
    published: src.meta.published,
    actor: memo.actor,
    excerpt: (memo.excerpt ??= src.text.slice(r.span.start, r.span.end).replace(/\s+/g, ' ').trim()),
    span: r.span,
    sourcePath: src.path,
    recordId: r.id,
  };
}

function recordLabel(library: Library, index: RecordIndex, i: number): string {
  const memo = recordMemo(library, index, i);
  if (memo.label === undefined) {
    const src = library.sources[index.records[i].source];
    const where = [src.meta.outlet ?? src.meta.id, src.meta.published ?? 'date unknown'].join(', ');
    memo.label = memo.actor ? `${memo.actor} (${where})` : where;
  }
  return memo.label;
}

/** A record's actor label, label and excerpt, worked out once per library and index (they depend on
 *  nothing else; records and sources are not changed once loaded). */
interface RecordMemo {
  actor: string | undefined;
  label?: string;
  excerpt?: string;
}
const memos = new WeakMap<RecordIndex, { library: Library; byRecord: (RecordMemo | undefined)[] }>();

function recordMemo(library: Library, index: RecordIndex, i: number): RecordMemo {
  let m = memos.get(index);
  if (!m || m.library !== library) memos.set(index, (m = { library, byRecord: [] }));
  return (m.byRecord[i] ??= { actor: actorLabel(index.records[i].actors, index.lexicon) });
}

const capitalise = (s: string) => s[0].toUpperCase() + s.slice(1);

const DAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** A seat written as a key ("oriental-mindoro") as a name ("Oriental Mindoro"). */
const seatName = (key: string) => key.replace(/-/g, ' ').replace(/(^|\s)\p{L}/gu, (m) => m.toUpperCase());
