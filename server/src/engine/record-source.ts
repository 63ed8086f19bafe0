// A record source: where a library's records live when they are not all in memory (a newsroom's
// shared store: PostgreSQL in server/src/library-db). The engine imports no store; it says what to
// fetch and takes plain data back. Per check (checkWithSource):
//   1. the draft's claims and the keys they look up (measures, keywords, quotation words, actors);
//   2. the store's counts for those keys (the whole store's list lengths and record count) and its
//      facts about those actors (known keys, office holders, affiliations, titles);
//   3. lookupPlan: every posting list a lookup can reach (its last CANDIDATES records in library
//      order: what a bounded lookup in the whole library takes), each person's first records, and
//      the figure lookups in measures too large to fetch whole (match/index.ts candidatesOf);
//   4. the figure lookups answered from the store's keyed lists of figures (their last CANDIDATES
//      figures each, numbers only) as the whole library's index answers them (pickFigures): only
//      the records of the figures picked are fetched, not every record of every keyed list;
//   5. the records of the lists and of the picked figures, with their context records, and what
//      the library says of the persons they name (affiliations);
//   6. candidateLibrary: the local library (bundled, folders) followed by the fetched records,
//      indexed with the whole library's counts (IndexStats), facts and figure lookups, so that each
//      lookup meets the records it would meet in the whole library held in memory.
// test/library-db.test.ts holds the verdicts equal to the in-memory library's on every evaluation set.
import type { CheckOptions, CheckResult, Library, LibraryOptions } from './api';
import { claimsByParagraph, judgeByParagraph, layoutOf } from './paragraphs';
import { loadLibrary } from './library';
import { makeContext } from './match/context';
import { claimWords } from './match/cover';
import { mostShared } from './match/bounded';
import { CANDIDATES, figureKeys, figureLookupId, MEASURE_CANDIDATES, quoteWords, RecordIndex, type IndexStats } from './match/index';
import type { Claim } from './types';

export type { FigureLookup, FigureRef, LookupKeys, LookupList, RecordSource, StoreCounts, StoredRecords } from './record-source-types';
export { MKEY_SEP, PERSON_RECORDS } from './record-source-types';
export { lookupKeys } from './record-keys';
import { lookupKeys } from './record-keys';
import {
  MKEY_SEP,
  type FigureLookup,
  type FigureRef,
  type LookupKeys,
  type LookupList,
  type RecordSource,
  type StoreCounts,
  type StoredRecords,
} from './record-source-types';

/** As match/event.ts's PROBES and match/quote.ts's MAX_WORDS: the lists the judges look up (the
 *  parity test, test/library-db.test.ts, fails when they differ). */
const PROBES = 6;
const MAX_QUOTE_WORDS = 120;

/** The local library (bundled, folders) read with what the store's sources taught. */
export async function localLibraryFor(opts: LibraryOptions, source: Pick<RecordSource, 'learned'>): Promise<Library> {
  return loadLibrary({ ...opts, learned: await source.learned() });
}

/** Checks a draft against `local` with the store's records on top: the same few round trips
 *  whatever the draft's length (counts, keyed lists, records, the persons' facts). */
export async function checkWithSource(
  text: string,
  local: Library,
  source: RecordSource,
  opts: CheckOptions = {},
): Promise<CheckResult & { library: Library }> {
  // Read paragraph by paragraph as the full check reads them (paragraphs.ts).
  const layout = layoutOf(text, opts);
  const date = layout.date;
  const paragraphs = claimsByParagraph(text, layout, local.lexicon);
  const claims = paragraphs.flatMap((p) => p.claims);
  const counts = await source.counts(lookupKeys(claims, local));
  const { library } = await fetchCandidates(local, source, counts, lookupPlan(claims, local, counts, date));
  return { ...judgeByParagraph(text, paragraphs, library, layout, opts), library };
}

/** The plan's records from the store (the figure lookups answered first, so that only the records
 *  of the figures they pick are fetched), and the candidate library. */
async function fetchCandidates(local: Library, source: RecordSource, counts: StoreCounts, plan: LookupPlan): Promise<{ library: Library }> {
  const keyed = [...new Set(plan.figures.flatMap((f) => f.keys.map((k) => `${f.measure}${MKEY_SEP}${k}`)))];
  const picks = pickFigures(plan.figures, keyed.length ? await source.figures(keyed) : new Map<string, FigureRef[]>(), local);
  const wanted = new Set<number>();
  for (const refs of picks.values()) for (const r of refs) if (r.ord >= 0) wanted.add(r.ord);
  const stored = await source.candidates(plan.lists, baseOf(local), [...wanted]);
  // What the library says of the persons the fetched records name (a record's speaker may speak
  // for the body a draft names: match/context.ts sameActor): the whole library's, as in memory.
  const asked = new Set(plan.persons);
  const persons = new Set<string>();
  for (const r of stored.records)
    for (const a of r.actors) if (a.person && a.role !== 'secondary' && !a.backref && !asked.has(a.person)) persons.add(a.person);
  let all = counts;
  if (persons.size) {
    const more = await source.counts({ keywords: [], words: [], measures: [], actors: [], persons: [...persons] });
    all = { ...counts, affiliations: merged(counts.affiliations, more.affiliations), titles: merged(counts.titles, more.titles) };
  }
  return { library: candidateLibrary(local, stored, all, picks) };
}

const merged = (a: Map<string, Set<string>>, b: Map<string, Set<string>>): Map<string, Set<string>> => {
  const out = new Map(a);
  for (const [k, v] of b) out.set(k, new Set([...(out.get(k) ?? []), ...v]));
  return out;
};

/** A draft's candidates from a store, kept by an editor to be reused while the draft's lookups
 *  stay within them (candidatesFor). */
export interface Candidates {
  version: string;
  local: Library;
  /** The keys counted (kind\0key), the lists fetched (kind\0key) and the figure lookups answered. */
  keys: Set<string>;
  lists: Set<string>;
  counts: StoreCounts;
  library: Library;
}

const keySet = (k: LookupKeys): string[] => [
  ...k.keywords.map((x) => 'k\u0000' + x),
  ...k.words.map((x) => 'w\u0000' + x),
  ...k.measures.map((x) => 'm\u0000' + x),
  ...k.actors.map((x) => 'a\u0000' + x),
  ...k.persons.map((x) => 'p\u0000' + x),
  ...(k.titles ?? []).map((x) => 't\u0000' + x),
];
const listId = (l: LookupList) => `${l.kind}\u0000${l.key}`;
const planIds = (plan: LookupPlan) => [...plan.lists.map(listId), ...plan.figures.map((f) => 'f\u0000' + lookupIdOf(f))];
const lookupIdOf = (f: FigureLookup) => figureLookupId(f.measure, f.keys, f.budget);

/** The candidates a draft's lookups reach: `previous` itself (the same library object, so an
 *  incremental checker keeps its paragraphs) when the store has not changed and every list the
 *  draft needs was fetched for it; else fetched anew (checkWithSource's round trips). */
export async function candidatesFor(
  text: string,
  local: Library,
  source: RecordSource,
  opts: CheckOptions = {},
  previous?: Candidates,
): Promise<Candidates> {
  const version = await source.version();
  const layout = layoutOf(text, opts);
  const date = layout.date;
  const claims = claimsByParagraph(text, layout, local.lexicon).flatMap((p) => p.claims);
  const keys = lookupKeys(claims, local);
  const ids = keySet(keys);
  if (previous && previous.version === version && previous.local === local && ids.every((k) => previous.keys.has(k))) {
    const plan = lookupPlan(claims, local, previous.counts, date);
    if (planIds(plan).every((l) => previous.lists.has(l))) return previous;
  }
  const counts = await source.counts(keys);
  const plan = lookupPlan(claims, local, counts, date);
  const { library } = await fetchCandidates(local, source, counts, plan);
  return { version, local, keys: new Set(ids), lists: new Set(planIds(plan)), counts, library };
}

/** The local library's own counts, made once per library. */
interface LocalCounts {
  keywords: Map<string, number>;
  words: Map<string, number>;
  measures: Map<string, number>;
}
const localCounts = new WeakMap<Library, LocalCounts>();
function countsOf(local: Library): LocalCounts {
  let c = localCounts.get(local);
  if (c) return c;
  c = { keywords: new Map(), words: new Map(), measures: new Map() };
  const add = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  for (const r of local.records) {
    for (const k of new Set(r.keywords)) add(c.keywords, k);
    for (const w of new Set(quoteWords(r.text))) add(c.words, w);
    for (const q of r.quantities) if (q.counted) add(c.measures, q.counted);
  }
  localCounts.set(local, c);
  return c;
}

/** The whole library's counts: the local library's and the store's. */
function statsOf(local: Library, counts: StoreCounts): IndexStats {
  const own = countsOf(local);
  return {
    records: local.records.length + counts.records,
    keyword: (k) => (own.keywords.get(k) ?? 0) + (counts.keywords.get(k) ?? 0),
    word: (w) => (own.words.get(w) ?? 0) + (counts.words.get(w) ?? 0),
    measure: (m) => (own.measures.get(m) ?? 0) + (counts.measures.get(m) ?? 0),
    bundledKeyword: (k) => local.index.bundledKeyword(k),
  };
}

/** The store's facts about the claims' actors, added to an index's own. */
function addFacts(index: RecordIndex, counts: StoreCounts): void {
  for (const k of counts.known) index.knownActors.add(k);
  const merge = (into: Map<string, Set<string>>, from: Map<string, Set<string>>) => {
    for (const [k, v] of from) {
      const set = into.get(k);
      if (set) for (const x of v) set.add(x);
      else into.set(k, new Set(v));
    }
  };
  merge(index.officeHolders, counts.offices);
  merge(index.affiliations, counts.affiliations);
  merge(index.titles, counts.titles);
  // An office holder is a person some record names as its speaker.
  for (const holders of counts.offices.values()) for (const p of holders) index.knownActors.add('p:' + p);
}

/** What a draft's lookups need from a store. */
export interface LookupPlan {
  /** The posting lists whose records are fetched. */
  lists: LookupList[];
  /** The figure lookups in measures with more than CANDIDATES figures (the store holds some). */
  figures: FigureLookup[];
  /** The persons the claims name (their facts are in the counts already). */
  persons: string[];
}

/** The posting lists the claims' lookups can reach in the store (see match/index.ts): a list the
 *  whole library holds at most CANDIDATES of is fetched whole, a longer one only where a lookup
 *  takes its last CANDIDATES (the rarest of a claim's words); a figure of a measure with more
 *  figures than that is a figure lookup (answered from the measure's keyed lists: pickFigures). */
export function lookupPlan(claims: readonly Claim[], local: Library, counts: StoreCounts, date?: string): LookupPlan {
  const lex = local.lexicon;
  const stats = statsOf(local, counts);
  // What a claim's context reads of the index (office holders, known actors): the local library's
  // and the store's, as the candidate library has them.
  const probe = new RecordIndex([], lex, stats, local.index.bundled);
  addFacts(probe, {
    ...counts,
    known: new Set([...local.index.knownActors, ...counts.known]),
    offices: merged(local.index.officeHolders, counts.offices),
  });
  const out = new Map<string, LookupList>();
  const figures = new Map<string, FigureLookup>();
  const persons = new Set<string>();
  const add = (kind: LookupList['kind'], key: string, stored: number | undefined) => {
    if (stored) out.set(`${kind}\u0000${key}`, { kind, key });
  };
  for (const claim of claims) {
    const ctx = makeContext(claim, probe, () => '', date);
    const places = claim.places.filter((p) => p.role === 'at').map((p) => p.id);
    for (const q of claim.quantities) {
      if (!q.counted) continue;
      // As match/index.ts quantityCandidates: measures compared as one share the bound.
      const also = lex.comparedWith.get(q.counted);
      const budget = also ? Math.ceil(MEASURE_CANDIDATES / (1 + also.length)) : MEASURE_CANDIDATES;
      for (const m of [q.counted, ...(also ?? [])]) {
        const stored = counts.measures.get(m);
        if (stats.measure(m) <= CANDIDATES) add('measure', m, stored);
        else if (stored) {
          const f = { measure: m, ...figureKeys(q.value, ctx.actorKeys, places), budget };
          figures.set(lookupIdOf(f), f);
        }
      }
    }
    if (claim.keywords.length) {
      // The event judge's probes (match/event.ts): the claim's PROBES heaviest words.
      const cw = claimWords(ctx);
      const weightOf = new Map(cw.words.map((w, k) => [w, cw.weights[k]]));
      const probes = [...cw.words].sort((a, b) => weightOf.get(b)! - weightOf.get(a)!).slice(0, PROBES);
      for (const k of bounded(probes, (w) => stats.keyword(w))) add('keyword', k, counts.keywords.get(k));
    }
    for (const quote of claim.quotes) {
      // The quote judge's words (match/quote.ts): its parts' words up to MAX_QUOTE_WORDS, the four
      // rarest in the library looked up.
      let budget = MAX_QUOTE_WORDS;
      const words = quote.text
        .split(/\s*(?:\.\.\.|…|\[\.\.\.\])\s*/)
        .map(quoteWords)
        .filter((p) => p.length)
        .flatMap((p) => {
          const kept = p.slice(0, Math.max(0, budget));
          budget -= kept.length;
          return kept;
        });
      const ranked = [...new Set(words)]
        .map((w) => ({ w, n: stats.word(w) }))
        .filter((x) => x.n > 0)
        .sort((a, b) => a.n - b.n)
        .slice(0, 4)
        .map((x) => x.w);
      for (const w of bounded(ranked, (x) => stats.word(x))) add('word', w, counts.words.get(w));
    }
    for (const a of claim.actors) {
      if (!a.person) continue;
      add('person', a.person, 1);
      persons.add(a.person);
    }
  }
  return { lists: [...out.values()], figures: [...figures.values()], persons: [...persons] };
}

/** A local library's figures of each measure by keyed list (as the store's: FigureRef, its records'
 *  numbers counted back from the store's first, -1 the last local record). */
const localFigures = new WeakMap<Library, Map<string, Map<string, FigureRef[]>>>();
function localFiguresOf(local: Library, measure: string): Map<string, FigureRef[]> {
  let byMeasure = localFigures.get(local);
  if (!byMeasure) localFigures.set(local, (byMeasure = new Map<string, Map<string, FigureRef[]>>()));
  let lists = byMeasure.get(measure);
  if (lists) return lists;
  lists = new Map();
  const n = local.records.length;
  for (const e of local.index.quantities(measure)) {
    const r = local.records[e.record];
    const at = r.places.filter((p) => p.role === 'at').map((p) => p.id);
    const ref = { ord: e.record - n, n: r.quantities.indexOf(e.quantity) };
    for (const k of new Set(figureKeys(e.quantity.value, local.index.actorKeys[e.record], at).keys)) {
      const list = lists.get(k);
      if (list) list.push(ref);
      else lists.set(k, [ref]);
    }
  }
  byMeasure.set(measure, lists);
  return lists;
}

/**
 * The figure lookups answered as the whole library's index answers them (match/index.ts
 * candidatesOf, mostShared over each keyed list's last CANDIDATES figures): the local library's
 * figures, then the store's (`stored`: each keyed list's last CANDIDATES), by lookup id.
 */
export function pickFigures(lookups: readonly FigureLookup[], stored: Map<string, FigureRef[]>, local: Library): Map<string, FigureRef[]> {
  const out = new Map<string, FigureRef[]>();
  for (const f of lookups) {
    const own = localFiguresOf(local, f.measure);
    const lists = f.keys.map((k) => {
      const theirs = stored.get(`${f.measure}${MKEY_SEP}${k}`) ?? [];
      const mine = theirs.length >= CANDIDATES ? [] : (own.get(k) ?? []);
      return [...mine, ...theirs].slice(-CANDIDATES);
    });
    // Positions in library order: each figure's rank among those the lists hold (each list is in
    // library order: walked beside the figures of all of them).
    const before = (a: FigureRef, b: FigureRef) => a.ord - b.ord || a.n - b.n;
    const unique: FigureRef[] = [];
    for (const r of lists.flat().sort(before)) if (!unique.length || before(unique[unique.length - 1], r) !== 0) unique.push(r);
    const positions = lists.map((l) => {
      const at = new Int32Array(l.length);
      let u = 0;
      l.forEach((r, i) => {
        while (before(unique[u], r) < 0) u++;
        at[i] = u;
      });
      return at;
    });
    out.set(
      lookupIdOf(f),
      mostShared(positions, f.weights, f.budget, CANDIDATES).map((p) => unique[p]),
    );
  }
  return out;
}

/** The lists of `keys` a bounded union takes (match/index.ts boundedUnion): the first always, each
 *  other while the total stays within CANDIDATES. */
function bounded(keys: string[], length: (k: string) => number): string[] {
  let total = 0;
  return keys.filter((k, i) => {
    const n = length(k);
    if (i > 0 && total + n > CANDIDATES) return false;
    total += n;
    return true;
  });
}

const baseOf = (local: Library) => ({ records: local.records.length, sources: local.sources.length });

/** The local library followed by the fetched records, indexed with the whole library's counts
 *  and the figure lookups answered for it (pickFigures). */
export function candidateLibrary(local: Library, stored: StoredRecords, counts: StoreCounts, picks?: Map<string, FigureRef[]>): Library {
  const lex = local.lexicon;
  const dr = local.records.length - (stored.base?.records ?? 0);
  const ds = local.sources.length - (stored.base?.sources ?? 0);
  // Records numbered for this local library already are used as they are (no copy of each).
  const own =
    dr || ds ? stored.records.map((r) => ({ ...r, source: r.source + ds, context: r.context.map((c) => c + dr) })) : stored.records;
  const records = own.length ? local.records.concat(own) : local.records;
  const stats = statsOf(local, counts);
  if (picks) {
    const n = local.records.length;
    const position = new Map((stored.ords ?? []).map((o, i) => [o, n + i]));
    const answers = new Map<string, [number, number][]>();
    for (const [id, refs] of picks) {
      const at: [number, number][] = [];
      for (const r of refs) {
        const record = r.ord < 0 ? n + r.ord : position.get(r.ord);
        // A figure of a record the store no longer holds (changed since the lists were read) is left out.
        if (record !== undefined && records[record].quantities[r.n]) at.push([record, r.n]);
      }
      answers.set(id, at);
    }
    stats.figures = (id) => answers.get(id);
  }
  const index = new RecordIndex(records, lex, stats, local.index.bundled);
  addFacts(index, counts);
  return {
    sources: stored.sources.length ? [...local.sources, ...stored.sources] : local.sources,
    records,
    problems: local.problems,
    learned: local.learned,
    lexicon: lex,
    index,
  };
}
