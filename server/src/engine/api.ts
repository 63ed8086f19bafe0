// The engine's public surface, used by every front (CLI, language server). Implementations live in
// library.ts (sources -> records) and check.ts (draft -> findings).
import type { Lexicon } from './data/lexicon';
import type { RecordIndex } from './match/index';
import type { ReviewedClaim } from './reviewed';
import type { LearnedEntities } from './sources/learn';
import type { Finding, Problem, Source, SourceRecord } from './types';

export interface LibraryOptions {
  /** User source folders, read in order. */
  folders: string[];
  /** Include the bundled default library (the `sources/` folder shipped with the package). */
  bundled: boolean;
  /** Extra alias files (YAML) to merge into the bundled alias data. */
  aliasFiles?: string[];
  /** What sources kept elsewhere (a record store: record-source.ts) taught, in their order: read
   *  into the lexicon after what the folders' sources teach. */
  learned?: LearnedEntities[];
}

export interface Library {
  sources: Source[];
  records: SourceRecord[];
  /** Warnings and errors met while reading sources and data files. */
  problems: Problem[];
  /** What each source taught about people, organisations and places (no alias file needed). */
  learned?: LearnedEntities[];
  /** The library's own engine state: the lexicon its records were read with (the data, the alias
   *  files, what the sources taught) and the index drafts are looked up in. */
  readonly lexicon: Lexicon;
  readonly index: RecordIndex;
}

/** A library's plain data, before it is indexed (libraryOf in library.ts). */
export type LibraryData = Omit<Library, 'lexicon' | 'index'>;

export interface CheckOptions {
  /** The draft's own date (YYYY-MM-DD); front matter `date:` is used when this is not given. */
  date?: string;
  /** The date when neither `date` nor the front matter gives one (a project's default). */
  defaultDate?: string;
  /** Name of the draft, for problems. */
  file?: string;
  /** Claims reviewed by hand for the project (reviewed.ts): silenced while their words stay. */
  reviewed?: readonly ReviewedClaim[];
}

export interface CheckResult {
  findings: Finding[];
  problems: Problem[];
  /** The date the draft was judged as of, if any. */
  date?: string;
}
