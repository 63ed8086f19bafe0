// Lookup structures over the records, built once per library, so a claim is compared only with the
// records that share its measure, its words or its quoted words (never with every record).
// Posting lists are compact (Int32Array) and bounded at lookup: a claim meets at most about
// CANDIDATES records per lookup however large the library grows. Libraries whose lists are all
// shorter than that (the bundled one, a newsroom's folder) are searched exactly as before.
import type { Lexicon } from '../data/lexicon';
import { conceptsOf } from '../data/wordnet';
import type { Quantity, SourceRecord } from '../types';
import { office, orgAncestors, recordActorKeys } from './actors';
import { mostShared } from './bounded';
import { mostSpecific, placeAncestors } from './elements';
import { foldSpelling } from '../text/spelling';

/** What checkSetting reads of a record besides the claim: the same for every claim, so worked out
 *  once per record (a lookup in a large library meets each candidate record again and again). */
export interface RecordSetting {
  /** The record, then its neighbours reporting the same event. */
  records: SourceRecord[];
  /** The record alone. */
  self: SourceRecord[];
  /** The places the record itself names ("at"), each once. */
  own: string[];
  /** The most specific places the record and its neighbours name. */
  wider: string[];
  /** Every entity the record and its neighbours name. */
  named: Set<string>;
}

/** What a record's event words stand for besides themselves (cover.ts). */
export interface EventAkin {
  concepts: Set<number>;
  within: Set<string>;
  /** Claim words already found akin (or not) to the record. */
  words: Map<string, boolean>;
}

export interface QuantityEntry {
  record: number;
  quantity: Quantity;
}

/** Candidate records fetched per lookup; longer posting lists are narrowed (see each lookup). */
export const CANDIDATES = 1000;
/** Entries of a measure with more than CANDIDATES a figure is compared with (quantityCandidates). */
export const MEASURE_CANDIDATES = 100;

/** Words of a text as compared in quotations: lower case, straight apostrophes, no punctuation,
 *  British and American spellings as one (text/spelling.ts). */
export function quoteWords(text: string): string[] {
  return (
    text
      .toLowerCase()
      .replace(/[’‘]/g, "'")
      .match(/[\p{L}\p{N}]+(?:['.,-][\p{L}\p{N}]+)*/gu) ?? []
  ).map(foldSpelling);
}

type Postings = Int32Array | number[];
const NONE: Postings = new Int32Array(0);

/** Library-wide counts for an index over part of a library (the candidates a record store fetched
 *  for one check, engine/record-source.ts): the lists' lengths and the record count as the whole
 *  library has them, so weights, rarest-first orders and bounds are the whole library's. */
export interface IndexStats {
  records: number;
  keyword(k: string): number;
  word(w: string): number;
  measure(m: string): number;
  /** Records of the bundled library with a keyword (keywordWeight), when the index holds none. */
  bundledKeyword?(k: string): number;
  /** A figure lookup in a measure with more than CANDIDATES figures, answered for the whole library
   *  (figureLookupId): the entries it picks as [record, the figure's position among the record's
   *  quantities], in library order; undefined when not answered (then the index's own lists). */
  figures?(id: string): readonly (readonly [number, number])[] | undefined;
}

/** A figure lookup's keyed lists (`measure␀key`'s key part: its value, its actors, its places) and
 *  their weights: the value and the actors count twice (a record backs a figure with both, and says
 *  otherwise with the actor), the place alone is the weakest tie. */
export function figureKeys(value: number, actorKeys: Iterable<string>, places: Iterable<string>): { keys: string[]; weights: number[] } {
  const actors = [...actorKeys];
  const keys = [`v${value}`, ...actors, ...[...places].map((p) => '@' + p)];
  return { keys, weights: keys.map((_, k) => (k <= actors.length ? 2 : 1)) };
}

/** A figure lookup's identity: mostShared's answer depends on its lists and their weights, not on
 *  their order (a value or actor key never starts with '@', a place's always does). */
export function figureLookupId(measure: string, keys: readonly string[], budget: number): string {
  return `${measure}\u0000${budget}\u0000${[...keys].sort().join('\u0000')}`;
}

/** Records of the lists, rarest first; a list that would take the total past the limit is left out
 *  (the rarest always counts, its last CANDIDATES entries when it alone is longer). `lengths`: the
 *  lists' whole-library lengths, when the lists hold only part of them. */
function boundedUnion(lists: Postings[], lengths: number[] = lists.map((l) => l.length)): number[] {
  const seen = new Set<number>();
  let total = 0;
  lists.forEach((list, k) => {
    if (k > 0 && total + lengths[k] > CANDIDATES) return;
    total += lengths[k];
    for (let i = Math.max(0, list.length - CANDIDATES); i < list.length; i++) seen.add(list[i]);
  });
  return [...seen];
}

export class RecordIndex {
  readonly byMeasure = new Map<string, QuantityEntry[]>();
  private byKeyword = new Map<string, Postings>();
  private byWord = new Map<string, Postings>();
  /** For measures with more entries than CANDIDATES: positions of their entries (byMeasure) by
   *  value, by actor key and by place (made on a measure's first lookup not answered by the stats). */
  private readonly measureKeys = new Map<string, Map<string, Postings>>();
  /** Each record's actor keys; records with the same keys share one set (never mutated). */
  readonly actorKeys: Set<string>[];
  /** Every actor key any record has: an actor the library knows. */
  readonly knownActors = new Set<string>();
  /** Organisations each person is recorded with. */
  readonly affiliations = new Map<string, Set<string>>();
  /** Per person, the places whose office the sources give them (ActorRef.seat). */
  readonly seats = new Map<string, Set<string>>();
  /** Titles each person is recorded with, and the records that say so. */
  readonly titles = new Map<string, Set<string>>();
  readonly personRecords = new Map<string, number[]>();
  /** People's ages as the records give them: person -> age -> the records. */
  readonly ages = new Map<string, Map<number, number[]>>();
  /** Who holds an office: "t:president@russia" -> Putin, as the records name them. */
  readonly officeHolders = new Map<string, Set<string>>();
  private readonly words: (string[] | undefined)[] = [];
  private readonly wordSets: (Set<string> | undefined)[] = [];
  private readonly eventWords: (Set<string> | undefined)[] = [];
  private readonly eventAkinSets: (EventAkin | undefined)[] = [];
  private readonly ownConceptSets: (Set<number> | undefined)[] = [];
  private readonly settings: (RecordSetting | undefined)[] = [];
  /** Records (figures, for measures) handed to the judges so far: what a lookup compares a claim
   *  with, counted for the benchmark's "no scan" figure. */
  compared = 0;

  constructor(
    readonly records: SourceRecord[],
    private readonly lex: Lexicon,
    private readonly stats?: IndexStats,
    /** Records [0, bundled) are the bundled library's, a collection of their own for word weights
     *  (keywordWeight): a newsroom's own articles weigh their words among themselves, so that turning
     *  the bundled library on or off changes none of their verdicts. */
    readonly bundled = 0,
  ) {
    const keySets = new Map<string, Set<string>>();
    const keysOfActors = new Map<unknown, Set<string>>();
    this.actorKeys = records.map((r) => {
      let keys = keysOfActors.get(r.actors);
      if (keys) return keys;
      const own = recordActorKeys(r.actors, lex);
      const id = [...own].sort().join('\u0000');
      keys = keySets.get(id);
      if (!keys) keySets.set(id, (keys = own));
      keysOfActors.set(r.actors, keys);
      return keys;
    });
    for (const keys of keySets.values()) for (const k of keys) this.knownActors.add(k);
    const byKeyword = new Map<string, number[]>();
    const byWord = new Map<string, number[]>();
    records.forEach((r, i) => {
      for (const q of r.quantities) {
        if (!q.counted) continue;
        push(this.byMeasure, q.counted, { record: i, quantity: q });
      }
      // Records are added in order, so a record already in a list is its last entry.
      for (const k of r.keywords) pushOnce(byKeyword, k, i);
      for (const w of quoteWords(r.text)) pushOnce(byWord, w, i);
      for (const g of r.ages ?? []) {
        let byAge = this.ages.get(g.person);
        if (!byAge) this.ages.set(g.person, (byAge = new Map<number, number[]>()));
        push(byAge, g.age, i);
      }
      for (const a of r.actors) {
        if (a.role !== 'primary' || !a.person || a.inherited) continue;
        push(this.personRecords, a.person, i);
        if (a.seat) (this.seats.get(a.person) ?? this.seats.set(a.person, new Set()).get(a.person)!).add(a.seat);
        if (a.titles.length) {
          let t = this.titles.get(a.person);
          if (!t) this.titles.set(a.person, (t = new Set()));
          for (const x of a.titles) t.add(x);
          for (const x of a.titles) {
            // ("the chief district officer": an office of several words names its holder anywhere.)
            for (const c of [...(office(x) ? [...a.countries, ''] : a.countries), ...(a.seat ? [a.seat] : [])]) {
              const key = c ? `t:${x}@${c}` : `t:${x}`;
              let h = this.officeHolders.get(key);
              if (!h) this.officeHolders.set(key, (h = new Set()));
              h.add(a.person);
            }
          }
        }
        if (!a.orgs.length) continue;
        let set = this.affiliations.get(a.person);
        if (!set) this.affiliations.set(a.person, (set = new Set()));
        for (const o of a.orgs) for (const x of orgAncestors(o, lex)) set.add(x);
      }
    });
    this.byKeyword = compact(byKeyword);
    this.byWord = compact(byWord);
  }

  /** A large measure's entries by value, actor key and place. */
  private keyedLists(measure: string): Map<string, Postings> {
    let lists = this.measureKeys.get(measure);
    if (lists) return lists;
    const entries = this.quantities(measure);
    const keys = new Map<string, number[]>();
    if ((this.stats?.measure(measure) ?? entries.length) > CANDIDATES) {
      entries.forEach((e, j) => {
        pushOnce(keys, `v${e.quantity.value}`, j);
        for (const k of this.actorKeys[e.record]) pushOnce(keys, k, j);
        for (const p of this.records[e.record].places) if (p.role === 'at') pushOnce(keys, `@${p.id}`, j);
      });
    }
    this.measureKeys.set(measure, (lists = compact(keys)));
    return lists;
  }

  /** All entries of a measure. */
  quantities(counted: string): QuantityEntry[] {
    return this.byMeasure.get(counted) ?? [];
  }

  /**
   * The entries a figure is judged against: every entry of its measure, or, for a measure with more
   * than CANDIDATES entries, the MEASURE_CANDIDATES that share the most of its value and actors
   * (each counted twice) and its places (bounded.ts: of the last CANDIDATES entries with each), in
   * library order.
   */
  quantityCandidates(q: Quantity, actorKeys: Iterable<string>, places: Iterable<string>): QuantityEntry[] {
    const also = this.lex.comparedWith.get(q.counted ?? '');
    if (also) {
      // Measures compared as one: each looked up as itself, in library order, sharing the bound.
      const share = Math.ceil(MEASURE_CANDIDATES / (1 + also.length));
      const all = [q.counted!, ...also].flatMap((counted) => this.candidatesOf({ ...q, counted }, actorKeys, places, share));
      return all.sort((a, b) => a.record - b.record || a.quantity.span.start - b.quantity.span.start);
    }
    return this.candidatesOf(q, actorKeys, places);
  }

  private candidatesOf(q: Quantity, actorKeys: Iterable<string>, places: Iterable<string>, budget = MEASURE_CANDIDATES): QuantityEntry[] {
    const measure = q.counted ?? '';
    const all = this.quantities(measure);
    if ((this.stats?.measure(measure) ?? all.length) <= CANDIDATES) return this.counted(all);
    const { keys, weights } = figureKeys(q.value, actorKeys, places);
    // Answered for the whole library (a record store's keyed lists: record-source.ts)?
    const known = this.stats?.figures?.(figureLookupId(measure, keys, budget));
    if (known) return this.counted(known.map(([record, n]) => ({ record, quantity: this.records[record].quantities[n] })));
    const own = this.keyedLists(measure);
    const lists = keys.map((k) => own.get(k) ?? NONE);
    return this.counted(mostShared(lists, weights, budget, CANDIDATES).map((j) => all[j]));
  }

  private counted<T>(candidates: T[]): T[] {
    this.compared += candidates.length;
    return candidates;
  }

  /** How rare a keyword is among the records of a collection (rare words weigh more than common
   *  ones): the bundled library's (`inBundled`) or the rest (the user's folders and shared store). */
  keywordWeight(k: string, inBundled = false): number {
    const all = this.stats ? this.stats.keyword(k) : (this.byKeyword.get(k)?.length ?? 0);
    const bundledDf = this.bundled ? (this.stats?.bundledKeyword?.(k) ?? this.bundledKeyword(k)) : 0;
    const n = inBundled ? this.bundled : (this.stats?.records ?? this.records.length) - this.bundled;
    return Math.log(1 + (n + 1) / ((inBundled ? bundledDf : all - bundledDf) + 1));
  }

  /** How many bundled records use a keyword (they come first, and an index over part of a library
   *  holds them all). */
  bundledKeyword(k: string): number {
    return below(this.byKeyword.get(k) ?? NONE, this.bundled);
  }

  /** Whether a record is the bundled library's (keywordWeight). */
  isBundled(i: number): boolean {
    return i < this.bundled;
  }

  /** The collection a claim's words are weighed in when not against one record (which words fetch
   *  candidates): the user's when there are any, else the bundled library's. */
  get probeInBundled(): boolean {
    return (this.stats?.records ?? this.records.length) === this.bundled;
  }

  /** Records with any of the keywords, given rarest first (bounded: see boundedUnion). */
  recordsWithKeywords(keywords: string[]): number[] {
    const lists = keywords.map((k) => this.byKeyword.get(k) ?? NONE);
    const stats = this.stats;
    return this.counted(boundedUnion(lists, stats ? keywords.map((k) => stats.keyword(k)) : undefined));
  }

  /** Records holding the rarest words of a quotation, the candidates to align it with. */
  recordsForQuote(words: string[]): number[] {
    const ranked = [...new Set(words)]
      .map((w) => ({ w, n: this.stats ? this.stats.word(w) : (this.byWord.get(w)?.length ?? 0) }))
      .filter((x) => x.n > 0)
      .sort((a, b) => a.n - b.n)
      .slice(0, 4);
    const lists = ranked.map(({ w }) => this.byWord.get(w) ?? NONE);
    return this.counted(boundedUnion(lists, this.stats ? ranked.map((x) => x.n) : undefined));
  }

  /** Whether a record has the word (as quoteWords writes it): any, or one of a collection (`inBundled`). */
  hasWord(w: string, inBundled?: boolean): boolean {
    const all = this.stats ? this.stats.word(w) : (this.byWord.get(w)?.length ?? 0);
    if (inBundled === undefined) return all > 0;
    const b = below(this.byWord.get(w) ?? NONE, this.bundled);
    return inBundled ? b > 0 : all > b;
  }

  recordWords(i: number): string[] {
    return (this.words[i] ??= quoteWords(this.records[i].text));
  }

  recordWordSet(i: number): Set<string> {
    return (this.wordSets[i] ??= new Set(this.recordWords(i)));
  }

  /** Keywords of a record together with its context's (the event it reports). */
  eventKeywords(i: number): Set<string> {
    return (this.eventWords[i] ??= new Set(this.settingOf(i).records.flatMap((r) => r.keywords)));
  }

  /** What a record's event keywords (see eventKeywords) stand for besides themselves: their
   *  WordNet concepts, and the places that contain the places they name ("Moscow" is in Russia). */
  eventAkin(i: number): EventAkin {
    let akin = this.eventAkinSets[i];
    if (!akin) {
      akin = { concepts: new Set<number>(), within: new Set<string>(), words: new Map() };
      for (const k of this.eventKeywords(i)) {
        for (const c of conceptsOf(k)) akin.concepts.add(c);
        if (this.lex.places.has(k)) for (const p of placeAncestors(k, this.lex)) akin.within.add(p);
      }
      this.eventAkinSets[i] = akin;
    }
    return akin;
  }

  /** The WordNet concepts of a record's own keywords (without its neighbours'). */
  ownConcepts(i: number): Set<number> {
    return (this.ownConceptSets[i] ??= new Set(this.records[i].keywords.flatMap((w) => conceptsOf(w))));
  }

  /** A record's RecordSetting, worked out on first use. */
  settingOf(i: number): RecordSetting {
    let s = this.settings[i];
    if (!s) {
      const r = this.records[i];
      const records = [r, ...r.context.map((j) => this.records[j])];
      s = {
        records,
        self: [r],
        own: [...new Set(r.places.filter((p) => p.role === 'at').map((p) => p.id))],
        wider: mostSpecific(
          records.flatMap((x) => x.places),
          this.lex,
        ),
        named: new Set(records.flatMap((x) => x.entities)),
      };
      this.settings[i] = s;
    }
    return s;
  }

  get lexicon(): Lexicon {
    return this.lex;
  }
}

/** How many entries of an ascending posting list are below `n`. */
function below(list: Postings, n: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid] < n) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function push<K, V>(map: Map<K, V[]>, k: K, v: V): void {
  const list = map.get(k);
  if (list) list.push(v);
  else map.set(k, [v]);
}

function pushOnce(map: Map<string, number[]>, k: string, i: number): void {
  const list = map.get(k);
  if (!list) map.set(k, [i]);
  else if (list[list.length - 1] !== i) list.push(i);
}

/** Posting lists as Int32Arrays (a quarter of a JS array's memory for long lists). */
function compact(map: Map<string, number[]>): Map<string, Postings> {
  const out = new Map<string, Postings>();
  for (const [k, v] of map) out.set(k, v.length > 4 ? Int32Array.from(v) : v);
  return out;
}
