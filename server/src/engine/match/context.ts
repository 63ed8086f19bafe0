// What every judge gets (the claim, its actor keys, the index) and what it returns (a verdict on one
// element, with the records it rests on and one sentence of why).
import type { Lexicon } from '../data/lexicon';
import type { ActorRef, Aspect, Claim, Quantity, SourceRecord, Span, Verdict } from '../types';
import { claimActorKeys, intersects, orgKey } from './actors';
import { compareTime, comparePlaces, mostSpecific, relatePlace, type PlaceRelation } from './elements';
import { clauseAround, DRAFT_JOINT, otherDayMatches } from './clauses';
import type { RecordIndex } from './index';

/** A claim's words for cover (cover.ts): each word's weight and WordNet concepts, made once a claim. */
export interface ClaimWords {
  words: string[];
  weights: number[];
  concepts: (readonly number[])[];
  total: number;
  /** Which words say how or which rather than what (cover.ts leanCover), on first use. */
  lean?: boolean[];
}

export interface JudgeContext {
  claim: Claim;
  index: RecordIndex;
  lex: Lexicon;
  /** Actor keys the draft gives; empty when unattributed. */
  actorKeys: Set<string>;
  attributed: boolean;
  /** Whether the library has any record of the draft's actor. */
  actorKnown: boolean;
  draftDate?: string;
  /** "Sabrina Singh, Pentagon (Newsweek, 2024-11-23)": who said a record, where and when. */
  label: (record: number) => string;
  /** The claim's most specific places, worked out on first use. */
  claimPlaces?: string[];
  /** The claim's words with their weights (cover.ts) among the user's records, and among the
   *  bundled library's, worked out on first use. */
  words?: ClaimWords;
  wordsInBundled?: ClaimWords;
  /** Organisations the draft's named speakers are given with (sameActor), on first use. */
  actorOrgs?: Set<string>;
  /** The offices of the draft's named speakers (sameActor), worked out on first use. */
  actorOffices?: Set<string>;
  /** The draft's speakers named only by a body's noun ("Police said"), on first use. */
  bodyNouns?: string[];
  /** Covers of records already worked out for this claim (cover.ts; negative keys: words only). */
  covers?: Map<number, number>;
  /** The names of the claim's own speakers (cover.ts speakerNamed), worked out once. */
  speakerNames?: string[];
  /** The claim's words besides people's names (sharesWhat), on first use. */
  what?: Set<string>;
}

export interface ElementResult {
  /** The element judged: a figure, a quotation, an actor, or the whole claim. */
  span?: Span;
  verdict: Verdict;
  aspects: Aspect[];
  supports: number[];
  conflicts: number[];
  context: number[];
  reason: string;
  quoteDiff?: { draft: string; source: string };
  replacement?: { span: Span; text: string };
}

export function makeContext(claim: Claim, index: RecordIndex, label: (record: number) => string, draftDate?: string): JudgeContext {
  // "Singh said US intelligence now estimates ...": the named person who speaks first gives the
  // figure; the unnamed voices she reports are hers to back.
  const speaker = claim.actors.find((a) => a.role === 'primary' && a.person && !a.backref);
  const reported = (a: ActorRef) =>
    a !== speaker && a.role === 'primary' && !a.person && !a.orgs.length && a.span.start > speaker!.span.start;
  const actorKeys = claimActorKeys(speaker ? claim.actors.filter((a) => !reported(a)) : claim.actors, index.lexicon);
  // "the Russian president": whoever the records name with that office.
  for (const k of [...actorKeys]) for (const p of index.officeHolders.get(k) ?? []) actorKeys.add('p:' + p);
  let actorKnown = false;
  for (const k of actorKeys) if (index.knownActors.has(k)) actorKnown = true;
  return { claim, index, lex: index.lexicon, actorKeys, attributed: actorKeys.size > 0, actorKnown, draftDate, label };
}

/** Where a sentence turns to another speaker's account: ", though", ", while", ", whereas", ", but", ";". */
const OTHER_ACCOUNT = /,\s*(?:though|although|while|whereas|but)\b|;/g;

/** The context a figure is judged in: without the speakers of another clause of the sentence
 *  ("Sernapesca closed its count at 19.2 tonnes, though Fundación Ríos Vivos believes ..."; "Ryder
 *  said about 10,000, while Ukrainian intelligence put the number as high as 12,000"). */
export function figureContext(ctx: JudgeContext, q: Pick<Quantity, 'span'>): JudgeContext {
  const { claim } = ctx;
  if (!ctx.attributed || !/[,;]/.test(claim.text)) return ctx;
  const at = q.span.start - claim.span.start;
  let lo = 0;
  let hi = claim.text.length;
  for (const m of claim.text.matchAll(OTHER_ACCOUNT)) {
    if (m.index + m[0].length <= at) lo = m.index + m[0].length;
    else if (m.index >= q.span.end - claim.span.start) {
      hi = m.index!;
      break;
    }
  }
  const outside = (a: ActorRef) => a.span.end - claim.span.start <= lo || a.span.start - claim.span.start >= hi;
  const others = claim.actors.filter((a) => a.role === 'primary' && outside(a));
  if (!others.length) return ctx;
  return makeContext({ ...claim, actors: claim.actors.filter((a) => !others.includes(a)) }, ctx.index, ctx.label, ctx.draftDate);
}

export function sameActor(ctx: JudgeContext, record: number, bodies = false): boolean {
  if (!ctx.attributed) return true;
  const keys = ctx.index.actorKeys[record];
  if (intersects(ctx.actorKeys, keys)) return true;
  if (!bodies) return false;
  // With `bodies` (for backing a claim, never for contradicting one): "Pentagon spokesperson
  // Sabrina Singh said" against "the Pentagon said", when the record names no person.
  // "The RFS incident controller said" against a record of Tennant, whom the library names as the
  // RFS's: a person the library affiliates with the body the draft names speaks for it.
  if (!ctx.claim.actors.some((a) => a.person && a.role === 'primary' && !a.backref)) {
    for (const k of keys) {
      if (!k.startsWith('p:')) continue;
      for (const o of ctx.index.affiliations.get(k.slice(2)) ?? []) if (ctx.actorKeys.has('o:' + o)) return true;
    }
  }
  if (bodyNounBacks(ctx, keys, record)) return true;
  for (const k of keys) if (k.startsWith('p:')) return false;
  // "South Korea's national security adviser Shin Won-sik said" against a record of "South Korea's
  // national security adviser" that names no one: the office speaks through its holder.
  if (intersects((ctx.actorOffices ??= claimOfficeKeys(ctx)), keys)) return true;
  if (officeNamedLater(ctx, keys, record)) return true;
  const orgs = (ctx.actorOrgs ??= claimOrgKeys(ctx));
  if (!orgs.size) return false;
  return intersects(orgs, keys);
}

/** "Police estimated ..." against a record of the commander of the Pereira Metropolitan Police: a
 *  speaker the draft names only by a body's noun is backed by a body of that noun, or a person the
 *  library names with one. */
function bodyNounBacks(ctx: JudgeContext, keys: Set<string>, record: number): boolean {
  const nouns = (ctx.bodyNouns ??= ctx.claim.actors
    .filter((a) => a.role === 'primary' && !a.backref && !a.orgs.length)
    .map((a) => a.person ?? a.anonymous ?? '')
    .filter((w) => ctx.lex.bodyWords.has(w)));
  if (!nouns.length) return false;
  const named = (o: string) => (ctx.lex.names.get(o) ?? '').toLowerCase().split(/[^\p{L}]+/u);
  for (const k of keys) {
    const orgs = k.startsWith('p:')
      ? [...(ctx.index.affiliations.get(k.slice(2)) ?? [])]
      : k.startsWith('o:')
        ? [k.slice(2).split('@')[0]]
        : [];
    if (orgs.some((o) => nouns.some((n) => named(o).includes(n)))) return true;
  }
  // ("Sabine Kranebitter, spokeswoman for the Tyrol state police": the body her office is of, named
  // in lower case after it.)
  const r = ctx.index.records[record];
  return r.actors.some((a) => {
    if (a.role !== 'primary' || !a.person || a.orgs.length || !a.titles.length) return false;
    const after = r.text.slice(a.span.end - r.span.start, a.span.end - r.span.start + 60).split(/[,;.]/)[0];
    const words = after
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .filter(Boolean);
    return OF_BODY.has(words[0] ?? '') && nouns.some((n) => words.includes(n));
  });
}
const OF_BODY = new Set(['for', 'of', 'at']);

/** The offices the draft's named speakers hold, with their countries ("t:minister@nepal"). */
function claimOfficeKeys(ctx: JudgeContext): Set<string> {
  const out = new Set<string>();
  for (const a of ctx.claim.actors) {
    if (a.role !== 'primary' || a.backref || !a.person) continue;
    for (const t of a.titles) for (const c of a.countries) out.add(`t:${t}@${c}`);
  }
  return out;
}

/** The organisations the draft's speakers are named with (keys as the records have them). */
function claimOrgKeys(ctx: JudgeContext): Set<string> {
  const out = new Set<string>();
  for (const a of ctx.claim.actors) {
    if (a.role !== 'primary' || a.backref || !a.person) continue;
    for (const o of a.orgs) out.add(orgKey(o, a, ctx.lex));
    // A person the library names as a body's own ("Kyrylo Budanov, head of Ukraine's military
    // intelligence") speaks for it when the draft names the person alone.
    if (!a.orgs.length) for (const o of ctx.index.affiliations.get(a.person) ?? []) out.add(orgKey(o, a, ctx.lex));
  }
  return out;
}

export interface Setting {
  /** ok: the record (or, when it names none, its context) names the claim's place or one inside it. */
  places: 'ok' | 'unbacked' | 'disjoint';
  /** Whether the places were backed by the record itself or only by its context. */
  via: 'own' | 'context';
  /** How the record's own places stand to the claim's. */
  relation: PlaceRelation | 'none';
  /** The same, once the record's context has filled in a place it does not name. */
  effective: PlaceRelation | 'none';
  time: 'ok' | 'conflict' | 'unbacked';
}

/** The claim's places and times, checked against a record, completed from its context. */
export function checkSetting(
  ctx: JudgeContext,
  record: number,
  lenientCountries = false,
  figures?: { mine: Quantity; theirs: Quantity },
): Setting {
  const setting = ctx.index.settingOf(record);
  const { named } = setting;
  let { records: recs, self } = setting;
  // "Two excavators reached Sallidanda on Tuesday evening, and more than 300 soldiers ... were
  // working in shifts": a time of another clause of the record's sentence dates no figure of this one.
  if (figures && self[0].times.length) {
    const r = self[0];
    const clause = clauseAround(r.text, figures.theirs.span.start - r.span.start);
    const own = r.times.filter((t) => t.span.end - r.span.start > clause[0] && t.span.start - r.span.start < clause[1]);
    if (own.length < r.times.length) {
      const mine = { ...r, times: own };
      self = [mine];
      recs = [mine, ...recs.slice(1)];
    }
  }
  let { own, wider: widerPlaces } = setting;
  let claimPlaces = (ctx.claimPlaces ??= mostSpecific(ctx.claim.places, ctx.lex));
  // "97 were in Khyber Pakhtunkhwa, 31 in Punjab": a figure of a list is not given for the others'
  // places, their total for none of them (extract/figure-places.ts).
  if (figures?.mine.notAt) claimPlaces = claimPlaces.filter((p) => !figures.mine.notAt!.includes(p));
  const theirs = figures?.theirs;
  if (theirs?.notAt) {
    const not = new Set(theirs.notAt);
    own = own.filter((p) => !not.has(p));
    widerPlaces = widerPlaces.filter((p) => !not.has(p));
  }
  const scenePlaces = theirs?.notAt ? (self[0].scene ?? []).filter((p) => !theirs.notAt!.includes(p)) : (self[0].scene ?? []);
  if (lenientCountries) {
    // "would apply to Ukraine": a country the record names is backed, whatever its role there.
    claimPlaces = claimPlaces.filter((p) => !(ctx.lex.places.get(p)?.country && named.has(ctx.lex.places.get(p)!.country!)));
  }
  // Every place the record names counts: "deployed to Russia ... training in the country's east".
  const relation = comparePlaces(claimPlaces, own, ctx.lex);
  let via: Setting['via'] = 'own';
  let rel = relation;
  if (relation === 'none' || relation === 'broader' || relation === 'unknown') {
    // The record names no place, a broader one, or one the data cannot place against the claim's:
    // its neighbours on the same event may say where.
    const wider = comparePlaces(claimPlaces, widerPlaces, ctx.lex);
    // ... else the article's headline, where the story is set (a record naming no place).
    const scene = wider === 'equal' || wider === 'narrower' ? wider : comparePlaces(claimPlaces, scenePlaces, ctx.lex);
    if (scene === 'equal' || scene === 'narrower') {
      rel = scene;
      via = 'context';
    }
  }
  // "a supplier based in Ostrava, Czech Republic" for "based in Brno": the country contains the
  // draft's town, but the record's own town is another.
  if (relation === 'broader' && rel === relation) {
    // (A country contains a town the sources taught when the gazetteer has the town's name there.)
    const inner = own.filter((a) => !own.some((b) => b !== a && relatePlace(a, b, ctx.lex) === 'narrower'));
    if (inner.length < own.length && comparePlaces(claimPlaces, inner, ctx.lex) === 'disjoint') rel = 'disjoint';
  }
  // (A claim naming several places, "trained in Russia's east and moving toward the west", that
  // names each of the record's too adds places, unbacked, and replaces none: "raids in Ukraine,
  // Poland and Romania" for the record's "Ukraine, Poland and Spain" still does.)
  if (rel === 'disjoint' && claimPlaces.length > 1 && own.every((o) => comparePlaces([o], claimPlaces, ctx.lex) !== 'disjoint'))
    rel = 'unknown';
  let places: Setting['places'] = rel === 'equal' || rel === 'narrower' ? 'ok' : rel === 'disjoint' ? 'disjoint' : 'unbacked';
  // "At the end of the summit in Kazan, Putin blamed the West" for "..., he told a press
  // conference in Kazan": a place the report gives as where it was said backs the draft's.
  if ((places === 'unbacked' || places === 'disjoint') && claimPlaces.length) {
    const venues = recs.flatMap((r) => r.places.filter((p) => p.role === 'venue').map((p) => p.id));
    const v = comparePlaces(claimPlaces, venues, ctx.lex);
    if (v === 'equal' || v === 'narrower') places = 'ok';
    // "during a visit to a factory in Sheffield" for the record's "in Derby": where it was said.
    else if (v === 'disjoint' && !own.length && places === 'unbacked') places = 'disjoint';
  }
  // "its Beni station recorded 634 mm" for "Beni received 634 mm": a place the record's own
  // sentence names as a word of something else (a station, a hospital) is still its place.
  // (Not where the record reads it as a place: that place is compared above, "Of the 143 dead, 97
  // were in Khyber Pakhtunkhwa" gives the total for none.)
  if (places === 'unbacked' && claimPlaces.length) {
    const written = ctx.claim.places.filter((p) => claimPlaces.includes(p.id)).map((p) => p.text);
    const asWord = (w: string, r: SourceRecord) =>
      [...r.text.matchAll(new RegExp(`(?<![\\p{L}])${escape(w)}(?![\\p{L}])`, 'gu'))].some(
        (m) => !r.places.some((p) => p.span.start <= r.span.start + m.index && p.span.end >= r.span.start + m.index + w.length),
      );
    if (written.length && written.every((w) => self.some((r) => asWord(w, r)))) {
      places = 'ok';
      // (... and a figure in it is of that place when the word opens the name of a thing there:
      // "fell 6.4% on the Prague Stock Exchange".)
      const naming = (w: string, r: SourceRecord) => new RegExp(`(?<![\\p{L}])${escape(w)} \\p{Lu}`, 'u').test(r.text);
      if (written.every((w) => self.some((r) => naming(w, r)))) rel = 'equal';
    }
  }
  // Where the statement was made, against where the record says it was made ("told a press
  // conference in Moscow" for "in Kazan").
  const venues = ctx.claim.places.filter((p) => p.role === 'venue').map((p) => p.id);
  if (venues.length) {
    const theirs = self.flatMap((r) => r.places.filter((p) => p.role === 'venue').map((p) => p.id));
    if (theirs.length && comparePlaces(venues, theirs, ctx.lex) === 'disjoint') places = 'disjoint';
  }
  let time: Setting['time'] = 'ok';
  // (... and so for the draft's figure: "had been finished when auditors inspected the project in
  // 2022, about 31% of the total" dates the part, not the whole.)
  let claimTimes = ctx.claim.times;
  if (figures) {
    const c = ctx.claim;
    const clause = clauseAround(c.text, figures.mine.span.start - c.span.start, DRAFT_JOINT);
    claimTimes = claimTimes.filter((t) => t.span.end - c.span.start > clause[0] && t.span.start - c.span.start < clause[1]);
  }
  for (const t of claimTimes) {
    // Statement dates are compared with the record itself; event dates may come from its context.
    // A neighbour's date contradicts the claim's only when the neighbour speaks of what the claim
    // says, not of another event ("Putin told reporters ..." beside "... signed a pact in June").
    const own2 = compareTime(t, self);
    let rel2 = own2 === 'none' && t.role === 'event' ? compareTime(t, recs) : own2;
    if (own2 === 'none' && rel2 === 'conflict')
      rel2 = compareTime(
        t,
        recs.filter((r, k) => k === 0 || sharesWhat(ctx, r)),
      );
    // "Ships went through at 2 p.m. on Thursday, one way only, and two-way traffic resumed on
    // Saturday": a claim that tells two happenings on two days, whose other day is the record's,
    // is not contradicted by it on the day of its other happening; that day is backed or not by
    // the article's other records.
    if (rel2 === 'conflict' && otherDayMatches(claimTimes, t, self)) {
      const article = ctx.index.records.filter((r) => r.source === self[0].source && sharesWhat(ctx, r));
      if (compareTime(t, article) !== 'match') time = 'unbacked';
      continue;
    }
    if (rel2 === 'conflict') return { places, via, relation, effective: rel, time: 'conflict' };
    // Whether a date is the statement's or the event's is often a matter of wording ("On October
    // 24, Putin held a press conference" against "Putin told reporters on Thursday"): a record
    // date of the other role backs it (but never contradicts it).
    if (rel2 === 'none' && compareTime({ ...t, role: t.role === 'event' ? 'statement' : 'event' }, recs) !== 'match') time = 'unbacked';
  }
  return { places, via, relation, effective: rel, time };
}

/** Whether a record shares one of the claim's words besides the names of people. */
function sharesWhat(ctx: JudgeContext, r: SourceRecord): boolean {
  const words = (ctx.what ??= new Set(ctx.claim.keywords.filter((w) => !ctx.lex.names.has(w) && !ctx.claim.entities.includes(w))));
  return r.keywords.some((w) => words.has(w));
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** "National security adviser Shin Won-sik said" against "…, according to South Korea's national
 *  security adviser." when the next sentence of that article names Shin: an article that gives an
 *  office's words unnamed and names the person elsewhere, whom the draft names with that office and
 *  the library with no other, is read as speaking through them (a backing, never a contradiction). */
function officeNamedLater(ctx: JudgeContext, keys: Set<string>, record: number): boolean {
  const { index } = ctx;
  const source = index.records[record].source;
  for (const a of ctx.claim.actors) {
    if (a.role !== 'primary' || a.backref || !a.person || !a.titles.length || a.countries.length) continue;
    const known = index.titles.get(a.person);
    if (known && !a.titles.some((t) => known.has(t))) continue;
    if (!(index.personRecords.get(a.person) ?? []).some((i) => index.records[i].source === source)) continue;
    for (const k of keys) if (k.startsWith('t:') && a.titles.includes(k.slice(2).split('@')[0])) return true;
  }
  return false;
}
