// Diagnostics, the way the client takes them:
// - pulled (`textDocument/diagnostic`, for a client that advertises textDocument.diagnostic, as VS
//   Code's does): the answer waits for the check of the document's current version (after the
//   debounce) and says `unchanged` with the same resultId while the draft's diagnostics stay what
//   the client has; after a re-check the client did not cause (settings, trust, library, project
//   files) it is asked to pull again (`workspace/diagnostic/refresh`) when something changed;
// - pushed (`textDocument/publishDiagnostics`, every other client, Neovim 0.7 among them): each
//   fresh analysis is published with its document version, a cleared document (closed, or no longer
//   checked) gets an empty publish.
// Either way a diagnostic list is the claims' (convert.ts), then the citations'
// (citation-diagnostics.ts), and each analysis is followed by the `factcheck/counts` notification
// for the client's status bar (zero counts when cleared).
import {
  DocumentDiagnosticReportKind,
  LSPErrorCodes,
  ResponseError,
  type CancellationToken,
  type ClientCapabilities,
  type Diagnostic,
  type DiagnosticOptions,
  type DocumentDiagnosticReport,
} from 'vscode-languageserver/node';
import type { Analyzer } from '../analysis';
import { bibliographyFile, bibliographyName, citationDiagnostics, needsBibliography, type BibliographyInfo } from '../citation-diagnostics';
import { bibliographyIds } from '../../engine';
import { citationModel } from '../citation-model';
import type { DocumentAnalysis, ServerContext } from '../context';
import { countFindings, toDiagnostics } from '../convert';
import { toAsciiJson } from '../json-writer';
import { errorText } from '../messages';
import { COUNTS_NOTIFICATION, type CountsParams } from '../protocol';
import type { Settings } from '../settings';

/** The diagnostics of a document as last worked out, with the id the client knows them by. */
interface Reported {
  resultId: string;
  diagnostics: Diagnostic[];
}

/** Result ids of this server process only (a restarted server never takes an old id for its own). */
const RUN = `${process.pid.toString(36)}.${Date.now().toString(36)}`;

/** Registers diagnostics; returns what `initialize` calls with the client's capabilities: the
 *  server's diagnosticProvider when the client pulls (undefined: diagnostics are pushed). */
export function registerDiagnostics(ctx: ServerContext, analyzer: Analyzer): (caps: ClientCapabilities) => DiagnosticOptions | undefined {
  const { connection } = ctx;
  let pull = false;
  let refreshSupport = false;
  let serial = 0;
  /** Pull mode: each open document's diagnostics, and the result id the client last received. */
  const reported = new Map<string, Reported>();
  const received = new Map<string, string>();

  const remember = (uri: string, diagnostics: Diagnostic[]): void => {
    const last = reported.get(uri);
    if (last && sameDiagnostics(last.diagnostics, diagnostics)) return;
    reported.set(uri, { resultId: `${RUN}.${++serial}`, diagnostics });
  };

  analyzer.onAnalyzed((analysis, settings) => {
    const diagnostics = [...toDiagnostics(analysis, settings), ...citationDiagnosticsOf(ctx, analysis, settings)];
    if (pull) remember(analysis.uri, diagnostics);
    else void connection.sendDiagnostics({ uri: analysis.uri, version: analysis.version, diagnostics });
    const counts: CountsParams = {
      uri: analysis.uri,
      version: analysis.version,
      ...countFindings(analysis.findings),
      ...(analysis.libraryLabel ? { library: analysis.libraryLabel } : {}),
    };
    void connection.sendNotification(COUNTS_NOTIFICATION, counts);
  });
  analyzer.onCleared((uri) => {
    if (!pull) void connection.sendDiagnostics({ uri, diagnostics: [] });
    else if (ctx.documents.get(uri)) remember(uri, []);
    else {
      // Closed: the client forgets a closed document's pulled diagnostics itself.
      reported.delete(uri);
      received.delete(uri);
    }
    const counts: CountsParams = { uri, conflicting: 0, outdated: 0, unsupported: 0, supported: 0 };
    void connection.sendNotification(COUNTS_NOTIFICATION, counts);
  });
  // A re-check the client did not ask for: it pulls again when what it has is out of date.
  analyzer.onRechecked(() => {
    if (!pull || !refreshSupport) return;
    for (const [uri, r] of reported) {
      if (received.get(uri) === r.resultId) continue;
      void connection.languages.diagnostics.refresh().catch((e: unknown) => {
        connection.console.warn(`factcheck: asking the client to pull diagnostics again failed: ${errorText(e)}`);
      });
      return;
    }
  });

  connection.languages.diagnostics.on(async (params, token): Promise<DocumentDiagnosticReport> => {
    const uri = params.textDocument.uri;
    const analysis = await untilCancelled(analyzer.analyzedWhenDue(uri), token);
    if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'The request was cancelled.');
    if (!analysis && ctx.documents.get(uri) && !reported.has(uri)) remember(uri, []);
    const r = reported.get(uri);
    if (!r) return { kind: DocumentDiagnosticReportKind.Full, items: [] }; // closed
    received.set(uri, r.resultId);
    if (params.previousResultId === r.resultId) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId: r.resultId };
    return { kind: DocumentDiagnosticReportKind.Full, resultId: r.resultId, items: r.diagnostics };
  });

  return (caps) => {
    pull = !!caps.textDocument?.diagnostic;
    refreshSupport = !!caps.workspace?.diagnostics?.refreshSupport;
    return pull ? { identifier: 'factcheck', interFileDependencies: false, workspaceDiagnostics: false } : undefined;
  };
}

/** Whether two diagnostic lists are the same: the same objects (convert.ts reuses a diagnostic while
 *  its finding stays in place) or the same JSON. */
export function sameDiagnostics(a: readonly Diagnostic[], b: readonly Diagnostic[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i] && toAsciiJson(a[i]) !== toAsciiJson(b[i])) return false;
  return true;
}

/** The promise's value, or undefined as soon as the token is cancelled. */
function untilCancelled<T>(p: Promise<T>, token: CancellationToken): Promise<T | undefined> {
  if (token.isCancellationRequested) return Promise.resolve(undefined);
  return new Promise((resolve, reject) => {
    const sub = token.onCancellationRequested(() => {
      sub.dispose();
      resolve(undefined);
    });
    p.then(
      (v) => {
        sub.dispose();
        resolve(v);
      },
      (e: unknown) => {
        sub.dispose();
        reject(e instanceof Error ? e : new Error(String(e)));
      },
    );
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
