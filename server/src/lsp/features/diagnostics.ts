// Diagnostics: each fresh analysis is published with its document version, followed by the
// `factcheck/counts` notification for the client's status bar; a cleared document (closed, or no
// longer checked) gets an empty publish and zero counts.
import type { Analyzer } from '../analysis';
import type { ServerContext } from '../context';
import { countFindings, toDiagnostics } from '../convert';
import { COUNTS_NOTIFICATION, type CountsParams } from '../protocol';

export function registerDiagnostics(ctx: ServerContext, analyzer: Analyzer): void {
  const { connection } = ctx;
  analyzer.onAnalyzed((analysis, settings) => {
    void connection.sendDiagnostics({ uri: analysis.uri, version: analysis.version, diagnostics: toDiagnostics(analysis, settings) });
    const counts: CountsParams = { uri: analysis.uri, version: analysis.version, ...countFindings(analysis.findings) };
    void connection.sendNotification(COUNTS_NOTIFICATION, counts);
  });
  analyzer.onCleared((uri) => {
    void connection.sendDiagnostics({ uri, diagnostics: [] });
    const counts: CountsParams = { uri, conflicting: 0, outdated: 0, unsupported: 0, supported: 0 };
    void connection.sendNotification(COUNTS_NOTIFICATION, counts);
  });
}
