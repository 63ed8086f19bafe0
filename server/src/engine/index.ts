// The engine's front door: everything the fronts (the command line, the language server) use, and
// nothing else. createEngine reads a library (sources, alias files, the bundled data) and returns it
// with its own state (lexicon and index) and the operations over it; the rest are plain functions
// and types over plain data. test/architecture.test.ts and the lint rules (eslint.config.mjs) fail
// when a front imports an engine module other than this one, or the engine imports the editor.
import type { CheckOptions, CheckResult, Library, LibraryData, LibraryOptions } from './api';
import { checkText } from './check';
import { citationContextAt, findCitations, linkCitations, type CitationOptions, type DraftCitations } from './citations';
import { IncrementalChecker } from './incremental';
import { libraryOf, loadLibrary } from './library';
import type { Evidence, Finding, Source, Verdict } from './types';
import { countFindings, VERDICTS } from './vocabulary';

/** A library and what can be done with it. */
export interface Engine {
  readonly library: Library;
  /** Checks a whole draft. */
  check(text: string, opts?: CheckOptions): CheckResult;
  /** A checker for one open draft that re-reads only the paragraphs that changed. */
  incremental(): IncrementalChecker;
  /** The citation markers and footnote definitions in a draft. */
  citations(text: string, opts?: CitationOptions): DraftCitations;
  /** The library source an evidence item points into. */
  locate(ev: Pick<Evidence, 'source' | 'sourcePath'>): Source | undefined;
  readonly verdicts: readonly Verdict[];
  count(findings: readonly Finding[]): Record<Verdict, number>;
}

/** Reads the library the options name and returns the engine over it. */
export function createEngine(opts: LibraryOptions): Engine {
  return engineOver(loadLibrary(opts));
}

/** The engine over a library already read (or made: libraryOf). */
export function engineOver(library: Library): Engine {
  return {
    library,
    check: (text, opts) => checkText(text, library, opts),
    incremental: () => new IncrementalChecker(library),
    citations: (text, opts) => findCitations(text, opts),
    locate: (ev) => locateSource(library, ev),
    verdicts: VERDICTS,
    count: countFindings,
  };
}

const sourcesById = new WeakMap<LibraryData, Map<string, Source[]>>();

/** The source an evidence record comes from (by id; by path too when ids repeat). */
export function locateSource(library: LibraryData, ev: Pick<Evidence, 'source' | 'sourcePath'>): Source | undefined {
  let byId = sourcesById.get(library);
  if (!byId) {
    byId = new Map();
    for (const s of library.sources) {
      const list = byId.get(s.meta.id);
      if (list) list.push(s);
      else byId.set(s.meta.id, [s]);
    }
    sourcesById.set(library, byId);
  }
  const list = byId.get(ev.source);
  if (!list) return undefined;
  return list.find((s) => s.path === ev.sourcePath) ?? list[0];
}

export type { CheckOptions, CheckResult, Library, LibraryData, LibraryOptions } from './api';
export type * from './types';
export { checkText, IncrementalChecker, libraryOf, loadLibrary };
export type { IncrementalResult } from './incremental';
export { citationContextAt, findCitations, linkCitations };
export type { CitationContext, CitationKind, CitationMarker, CitationOptions, DraftCitations, FootnoteDefinition } from './citations';
export { CONFIG_NAMES, findConfig, ignoredBy, loadConfig, projectConfigAt, type ProjectConfig } from './config';
export { globRegExp } from './text/glob';
export { binaryAt, MAX_DRAFT_CHARS, notCheckable } from './limits';
export { bundledSourcesDir, insideAfterLinks, packageRoot } from './paths';
export { claimKey, readReviewed, REVIEWED_NAME, reviewedFileFor, reviewedReason, type ReviewedClaim } from './reviewed';
export { splitFrontMatter } from './sources/frontmatter';
export { bibliographyIds } from './bibliography';
export {
  afterCitations,
  alreadyCited,
  appendDefinitions,
  beforeStop,
  bibliographyInsertion,
  checkedMarker,
  cslItem,
  footnoteDefinition,
  footnoteLabel,
  hasFootnoteDefinition,
  jsonArrayInsertion,
  mergeEdits,
  planCitations,
  type CitationPlan,
  type CitationStyle,
  type OffsetEdit,
} from './citation-edits';
export type { LearnedEntities } from './sources/learn';
export { markdownText, safeUrl } from './text/markdown-escape';
export { LineIndex } from './text/positions';
export { excerptMarks, type ExcerptMark } from './text/excerpt-marks';
export { countFindings, isVerdict, shorten, VERDICTS } from './vocabulary';
export { buildReport, type ReportOptions } from './report/build';
export { MAX_POINTS } from './report/timelines';
export type * from './report/model';
export {
  candidateLibrary,
  candidatesFor,
  checkWithSource,
  localLibraryFor,
  lookupKeys,
  lookupPlan,
  pickFigures,
  PERSON_RECORDS,
  type Candidates,
  type FigureLookup,
  type FigureRef,
  type LookupPlan,
  type LookupKeys,
  type LookupList,
  type RecordSource,
  type StoreCounts,
  type StoredRecords,
} from './record-source';
export {
  articleHash,
  articleRecords,
  baseLexicon,
  learnedJson,
  learnedOf,
  lexiconFor,
  readArticles,
  recordFromJson,
  recordJson,
  recordKeys,
  type RecordKeys,
} from './store-records';
export { CANDIDATES } from './match/index';
