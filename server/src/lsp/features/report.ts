// The custom request `factcheck/report` (report-protocol.ts): the claims report of an open draft
// (engine buildReport: claims with verdicts, evidence and citation states, timelines per measure),
// from the analysis of its current version, so the report says what the diagnostics say.
import { ResponseError, ErrorCodes } from 'vscode-languageserver/node';
import { buildReport } from '../../engine';
import { currentAnalysis } from '../citation-model';
import type { ServerContext } from '../context';
import { REPORT_REQUEST, type ReportParams, type ReportResult } from '../report-protocol';

export function registerReportRequest(ctx: ServerContext): void {
  ctx.connection.onRequest(REPORT_REQUEST, async (params: ReportParams | undefined): Promise<ReportResult> => {
    if (typeof params?.uri !== 'string' || !params.uri) {
      throw new ResponseError(ErrorCodes.InvalidParams, `${REPORT_REQUEST} needs the URI of an open draft ({ "uri": ... })`);
    }
    const a = await currentAnalysis(ctx, params.uri);
    if (!a) return null;
    const report = buildReport(a.text, a.library, { date: a.date, findings: a.findings, file: draftName(params.uri) });
    return { uri: a.uri, version: a.version, report };
  });
}

/** The draft's file name for the report's title ("draft.md"; an untitled one's name as is). */
function draftName(uri: string): string {
  const last = uri.split(/[/\\]/).pop() ?? uri;
  try {
    return decodeURIComponent(last) || uri;
  } catch {
    return last || uri;
  }
}
