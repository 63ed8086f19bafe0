// Diagnostics: each fresh analysis is published with its document version (its claims, then its
// citations: citation-diagnostics.ts), followed by the `factcheck/counts` notification for the
// client's status bar; a cleared document (closed, or no longer checked) gets an empty publish and
// zero counts.
import type { Diagnostic } from 'vscode-languageserver/node';
import type { Analyzer } from '../analysis';
import { bibliographyFile, bibliographyName, citationDiagnostics, needsBibliography, type BibliographyInfo } from '../citation-diagnostics';
import { bibliographyIds } from '../../engine';
import { citationModel } from '../citation-model';
import type { DocumentAnalysis, ServerContext } from '../context';
import { countFindings, toDiagnostics } from '../convert';
import { errorText } from '../messages';
import { COUNTS_NOTIFICATION, type CountsParams } from '../protocol';
import type { Settings } from '../settings';

export function registerDiagnostics(ctx: ServerContext, analyzer: Analyzer): void {
  const { connection } = ctx;
  analyzer.onAnalyzed((analysis, settings) => {
    const diagnostics = [...toDiagnostics(analysis, settings), ...citationDiagnosticsOf(ctx, analysis, settings)];
    void connection.sendDiagnostics({ uri: analysis.uri, version: analysis.version, diagnostics });
    const counts: CountsParams = { uri: analysis.uri, version: analysis.version, ...countFindings(analysis.findings) };
    void connection.sendNotification(COUNTS_NOTIFICATION, counts);
  });
  analyzer.onCleared((uri) => {
    void connection.sendDiagnostics({ uri, diagnostics: [] });
    const counts: CountsParams = { uri, conflicting: 0, outdated: 0, unsupported: 0, supported: 0 };
    void connection.sendNotification(COUNTS_NOTIFICATION, counts);
  });
}

/** The citation diagnostics of an analysis; a failure there never holds back the claims'. */
function citationDiagnosticsOf(ctx: ServerContext, analysis: DocumentAnalysis, settings: Settings): Diagnostic[] {
  try {
    let bibliography: BibliographyInfo | undefined;
    const file = bibliographyFile(ctx.resolvePath, analysis.uri, settings);
    if (file && needsBibliography(citationModel(analysis))) bibliography = { file: bibliographyName(file), ids: bibliographyIds(file) };
    return citationDiagnostics(analysis, settings, bibliography);
  } catch (e) {
    ctx.connection.console.error(`factcheck: citation diagnostics for ${analysis.uri} failed: ${errorText(e)}`);
    return [];
  }
}
