// The custom messages between the Fact Check language server and its clients, beyond LSP. Plain
// method names and shapes, so a client can import them without pulling in the server.

/** Request `factcheck/library`: the library a document (or the first workspace folder) is checked against. */
export const LIBRARY_REQUEST = 'factcheck/library';
export interface LibraryParams {
  /** A document URI; without it, the first workspace folder's library (default settings elsewhere). */
  uri?: string;
}
export interface LibrarySourceInfo {
  id: string;
  title?: string;
  outlet?: string;
  published?: string;
  /** Absolute path of the source file. */
  path: string;
  bundled: boolean;
  /** Number of records extracted from it. */
  records: number;
}
export interface LibraryProblemInfo {
  severity: 'error' | 'warning' | 'info';
  file: string;
  field?: string;
  message: string;
}
export interface LibraryResult {
  sources: LibrarySourceInfo[];
  problems: LibraryProblemInfo[];
}

/** Request `factcheck/recheck`: re-check every open document now. */
export const RECHECK_REQUEST = 'factcheck/recheck';
export interface RecheckResult {
  /** Number of open documents re-checked. */
  documents: number;
}

/** Notification (server -> client) `factcheck/counts`, after each publish of a document's diagnostics. */
export const COUNTS_NOTIFICATION = 'factcheck/counts';
export interface CountsParams {
  uri: string;
  /** The document version the counts are for (absent when the document was closed). */
  version?: number;
  conflicting: number;
  outdated: number;
  unsupported: number;
  supported: number;
  /** Which library the document was checked against when it is a shared one (its URL and
   *  version, or that it is not reachable); absent for the local library. */
  library?: string;
}

/** Notification (client -> server) `factcheck/trust`: the workspace's trust changed. */
export const TRUST_NOTIFICATION = 'factcheck/trust';
export interface TrustParams {
  trusted: boolean;
}

/** `initializationOptions` the client may send. */
export interface InitializationOptions {
  /** Whether the workspace is trusted; absent = trusted (clients without workspace trust). */
  trusted?: boolean;
  /** The client answers `factcheck/databasePassword` (a password kept in its secret storage). */
  databasePassword?: boolean;
}

/** Request (server -> client) `factcheck/databasePassword`: the password the client keeps for the
 *  shared library at `url` (factcheck.database.url as set: never with a password in it), asked
 *  whenever the server opens a connection that needs one; null or no `password` when it keeps none
 *  (the environment variable factcheck.database.passwordEnv names is used then). Only a client that
 *  said `databasePassword: true` in its initializationOptions is asked. */
export const DATABASE_PASSWORD_REQUEST = 'factcheck/databasePassword';
export interface DatabasePasswordParams {
  url: string;
}
export interface DatabasePasswordResult {
  password?: string;
}

/** Notification (client -> server) `factcheck/databasePasswordChanged`: the password kept for a
 *  database changed; the server connects again (asking for it) and checks the open drafts again. */
export const DATABASE_PASSWORD_CHANGED_NOTIFICATION = 'factcheck/databasePasswordChanged';
export interface DatabasePasswordChangedParams {
  /** The database's URL as set, when the client knows which one (else every database). */
  url?: string;
}
