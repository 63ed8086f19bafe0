// The custom request for the claims report, between the Fact Check language server and its
// clients: a method name and plain shapes (the report is the engine's ClaimsReport, plain JSON), so
// the VS Code extension imports it without pulling in the server.
import type { ClaimsReport } from '../engine';

/** Request `factcheck/report`: the claims report of an open draft, as of its current version. */
export const REPORT_REQUEST = 'factcheck/report';

export interface ReportParams {
  /** The draft's URI (an open document). */
  uri: string;
}

/** The report and the document version it describes; null when the document is not open or not
 *  checked (its language is not, or it is over the size limit). */
export type ReportResult = { uri: string; version: number; report: ClaimsReport } | null;
