// What the language server's feature modules share: open documents, their latest analysis, the
// library and settings. Feature modules (features/*.ts) take a ServerContext and convert engine
// results to LSP; they hold no state of their own.
import type { Connection, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Candidates, CheckOptions, Library, LineIndex, DraftCitations, Finding, FootnoteDefinition, Source } from '../engine';
import type { SharedCheck } from './shared-library';
import type { Settings } from './settings';

/** The result of checking one version of an open document. */
export interface DocumentAnalysis {
  uri: string;
  version: number;
  text: string;
  lines: LineIndex;
  findings: Finding[];
  /** The draft's own date (front matter or none). */
  date?: string;
  /** The masked prose the checker read and where the body starts, reused by citation features. */
  prose?: string;
  bodyStart?: number;
  /** The library the findings were judged against (their evidence points into its sources). */
  library: Library;
  /** Which library that was when it is not only the local one (the shared library's URL and version). */
  libraryLabel?: string;
  /** The draft's citations (citation-model.ts), worked out on first use. */
  citations?: CitationModel;
}

export interface ServerContext {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  /** Settings for a document (pulled per resource, cached until they change). */
  settings(uri: string): Promise<Settings>;
  /** The library for a document's workspace folder. */
  library(uri: string): Promise<Library>;
  /** The library to check a draft against when factcheck.database.url names a shared one
   *  (undefined: none): its candidates on top of the local library, the newsroom's decisions;
   *  `previous` are its last candidates (reused while they hold what it looks up; served from when
   *  the database is away). */
  sharedLibrary?(uri: string, text: string, opts: CheckOptions, previous: Candidates | undefined): Promise<SharedCheck | undefined>;
  /** The latest analysis of an open document, if it has been checked. */
  analysis(uri: string): DocumentAnalysis | undefined;
  /** The analysis of the document's current version, checking it now (no debounce) when the latest
   *  is older; undefined when the document is closed or not checked (its language is not). The
   *  result may be for a newer version when edits arrive meanwhile: compare `version`. */
  analyzed(uri: string): Promise<DocumentAnalysis | undefined>;
  /** Whether the workspace is trusted (paths outside it are only used when it is). */
  trusted(): boolean;
  /** Workspace folder URIs. */
  workspaceFolders(): string[];
  /** A setting path (factcheck.sources, .aliases, .bibliography) made absolute for a document:
   *  relative paths resolve against its workspace folder (else its own folder); `~` is home. */
  resolvePath: (uri: string, p: string) => string;
}

/** A draft's citations with the library and findings they refer to (citation-model.ts makes it). */
export interface CitationModel extends DraftCitations {
  /** Per marker: the index of the finding it cites (DocumentAnalysis.findings), if any. */
  claimOf: (number | undefined)[];
  /** The library source an id names. */
  source(id: string): Source | undefined;
  /** The footnote definition of an id. */
  definition(id: string): FootnoteDefinition | undefined;
  /** Ids cited by at least one footnote reference. */
  referenced: ReadonlySet<string>;
}
