// The plain data a record store and the engine exchange (record-source.ts): the posting lists and
// figure lookups asked for, the keys and counts, the records fetched, and the store's interface.
import type { LearnedEntities, Source, SourceRecord } from './types';

/** A posting list to fetch: `person` lists give a person's first PERSON_RECORDS records (as primary
 *  speaker), the others the last CANDIDATES records of the list, in library order. */
export interface LookupList {
  kind: 'measure' | 'keyword' | 'word' | 'person';
  key: string;
}

/** A figure of a measure with more than CANDIDATES figures, looked up by its value, actors and
 *  places (match/index.ts candidatesOf): its keyed lists are `measure␟key` (MKEY_SEP). */
export interface FigureLookup {
  measure: string;
  keys: string[];
  weights: number[];
  budget: number;
}

/** A figure in a store: its record's library order number and its position among the record's
 *  quantities. */
export interface FigureRef {
  ord: number;
  n: number;
}

/** Between a measure and a key in a measure's keyed lists (`mkey`); not NUL, which PostgreSQL's
 *  text cannot hold. */
export const MKEY_SEP = '\u001f';

/** Records a finding about a person's office or affiliation cites (match/verdict.ts). */
export const PERSON_RECORDS = 3;

/** The keys a draft's claims look up, for the store's counts and facts. */
export interface LookupKeys {
  keywords: string[];
  words: string[];
  measures: string[];
  actors: string[];
  persons: string[];
  /** Offices the draft gives its persons: who else the library gives them (a wrong office). */
  titles?: string[];
}

/** The whole store's counts for the keys asked, and what its records say of those actors. */
export interface StoreCounts {
  /** Records in the store. */
  records: number;
  /** Records with each keyword / quotation word; quantity entries of each measure. */
  keywords: Map<string, number>;
  words: Map<string, number>;
  measures: Map<string, number>;
  /** Actor keys asked that some record has. */
  known: Set<string>;
  /** Office keys ("t:president@russia") -> the persons the records name with that office. */
  offices: Map<string, Set<string>>;
  /** Person -> the organisations (and their parents) the records name them with. */
  affiliations: Map<string, Set<string>>;
  /** Person -> the titles the records give them. */
  titles: Map<string, Set<string>>;
}

/** Records fetched from a store, in library order: `source` indexes `sources`, `context` indexes
 *  `records` (a neighbour not fetched is left out), both counted from `base` (the local library's
 *  lengths the store was given, so the records go on top of it as they are; 0 when absent). */
export interface StoredRecords {
  sources: Source[];
  records: SourceRecord[];
  base?: { records: number; sources: number };
  /** Each record's library order number in the store (FigureRef.ord). */
  ords?: number[];
}

/** A store of records (engine view). Implementations: server/src/library-db (PostgreSQL). */
export interface RecordSource {
  /** What the library is called in messages and the status bar. */
  readonly label: string;
  /** Changes whenever the store's records do: what is cached is keyed by it. */
  version(): Promise<string>;
  /** What each stored source taught (people, organisations, places), in library order. */
  learned(): Promise<LearnedEntities[]>;
  counts(keys: LookupKeys): Promise<StoreCounts>;
  /** Each keyed list's last CANDIDATES figures (`measure␟key`), in library order. */
  figures(keys: string[]): Promise<Map<string, FigureRef[]>>;
  /** The records of the lists and the records `ords` (library order numbers), with their context
   *  records, numbered from `base`. */
  candidates(lists: LookupList[], base?: { records: number; sources: number }, ords?: number[]): Promise<StoredRecords>;
}
