// The custom messages between this extension and the Fact Check language server: the server's
// own definitions (server/src/lsp/protocol.ts holds only names and shapes, so importing it pulls
// no server code into the extension bundle), plus what only the client needs.
export {
  COUNTS_NOTIFICATION,
  DATABASE_PASSWORD_CHANGED_NOTIFICATION,
  DATABASE_PASSWORD_REQUEST,
  LIBRARY_REQUEST,
  RECHECK_REQUEST,
  TRUST_NOTIFICATION,
  type CountsParams as Counts,
  type DatabasePasswordChangedParams,
  type DatabasePasswordResult,
  type InitializationOptions,
  type LibraryParams,
  type LibraryProblemInfo as LibraryProblem,
  type LibraryResult,
  type LibrarySourceInfo as LibrarySource,
  type RecheckResult,
  type TrustParams,
} from '../../server/src/lsp/protocol';

/** The server's quick fix that cites a claim's source: "Insert source reference: CNN, 2024-10-24". */
export const INSERT_CITATION = /^insert source reference(?!s)\b/i;
