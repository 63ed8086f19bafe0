// The shared library on PostgreSQL, outside the engine: schema and migrations (schema.ts), the
// connection (connect.ts), import (import.ts, write.ts), the engine's record source over it
// (record-store.ts), the newsroom's checked-by-hand decisions (decisions.ts) and what it holds
// (listing.ts). The fronts (CLI, language server) use it through this module.
export { dbErrorMessage, describeUrl, migrated, openPool, urlProblem, type DbOptions } from './connect';
export { readDecisions, recordDecision } from './decisions';
export { importFolders, type ImportOptions, type ImportSummary } from './import';
export { listLibrary, type LibraryListing } from './listing';
export { PgRecordSource } from './record-store';
export { SCHEMA_VERSION } from './schema';
