// "Fact Check: Show Claims Report": the claims report of the active draft in a webview beside it,
// the same report `factcheck report` writes (server/src/report renders both), kept up to date as
// the draft changes. Following VS Code's webview guidance: a strict content security policy (a
// nonce for the one script and stylesheet, nothing from the network), local resources only (the
// extension's dist/ folder, for the page script and its chart library), the theme's colours (CSS
// variables), everything reachable from the keyboard (claims and source positions are buttons).
// The page asks to reveal a claim or open a source by index into the report held here; it never
// names a path or a position itself.
import { randomBytes } from 'crypto';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { ClaimsReport } from '../../server/src/engine';
import { REPORT_REQUEST, type ReportParams, type ReportResult } from '../../server/src/lsp/report-protocol';
import { chartData } from '../../server/src/report/chart-data';
import { html } from '../../server/src/report/escape';
import { reportBody, reportPage, type RenderOptions } from '../../server/src/report/page';
import { REPORT_CSS } from '../../server/src/report/styles';
import type { SourceOpener } from './sources';
import { CHECKED_LANGUAGES } from './status-bar';

/** Milliseconds after the last change before the report is asked for again. */
const REFRESH_DELAY = 400;

interface PageMessage {
  type?: unknown;
  claim?: unknown;
  evidence?: unknown;
}

export class ReportPanel implements vscode.Disposable {
  private static current: ReportPanel | undefined;
  private readonly panel: vscode.WebviewPanel;
  private readonly disposables: vscode.Disposable[] = [];
  private document: vscode.TextDocument;
  private report: ClaimsReport | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Requests sent; an answer to an older one than the latest shown is dropped. */
  private sent = 0;
  private shown = 0;
  /** Whether the webview holds a page with the script (updates go by message). */
  private live = false;

  /** Opens the panel for the active draft (or moves it there) and shows its report. */
  static async show(extensionUri: vscode.Uri, client: LanguageClient, opener: SourceOpener): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    const doc = editor?.document;
    if (!doc || !CHECKED_LANGUAGES.includes(doc.languageId) || (doc.uri.scheme !== 'file' && doc.uri.scheme !== 'untitled')) {
      void vscode.window.showInformationMessage('Fact Check: open a Markdown or plain-text draft to see its claims report.');
      return;
    }
    if (ReportPanel.current) {
      ReportPanel.current.retarget(doc);
      ReportPanel.current.panel.reveal(vscode.ViewColumn.Beside, true);
    } else {
      ReportPanel.current = new ReportPanel(extensionUri, client, opener, doc);
    }
    await ReportPanel.current.refresh();
  }

  private constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly client: LanguageClient,
    private readonly opener: SourceOpener,
    document: vscode.TextDocument,
  ) {
    this.document = document;
    this.panel = vscode.window.createWebviewPanel(
      'factcheck.report',
      this.title(),
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      { enableScripts: true, enableCommandUris: false, localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'dist')] },
    );
    this.panel.webview.html = this.notice('Checking the draft…');
    this.disposables.push(
      this.panel.onDidDispose(() => this.dispose()),
      this.panel.webview.onDidReceiveMessage((m: PageMessage) => this.received(m)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document === this.document && e.contentChanges.length) this.schedule();
      }),
      vscode.workspace.onDidCloseTextDocument((doc) => {
        if (doc === this.document) {
          this.live = false;
          this.panel.webview.html = this.notice(`${this.name()} was closed.`);
        }
      }),
      this.panel.onDidChangeViewState((e) => {
        if (e.webviewPanel.visible) this.schedule(0);
      }),
    );
  }

  dispose(): void {
    if (ReportPanel.current === this) ReportPanel.current = undefined;
    clearTimeout(this.timer);
    for (const d of this.disposables.splice(0)) d.dispose();
    this.panel.dispose();
  }

  private retarget(doc: vscode.TextDocument): void {
    if (doc === this.document) return;
    this.document = doc;
    this.report = undefined;
    this.live = false;
    this.panel.title = this.title();
    this.panel.webview.html = this.notice('Checking the draft…');
  }

  private schedule(delay = REFRESH_DELAY): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), delay);
  }

  /** Asks the server for the report of the draft's current version and shows it. */
  async refresh(): Promise<void> {
    const id = ++this.sent;
    const doc = this.document;
    let result: ReportResult;
    try {
      const params: ReportParams = { uri: this.client.code2ProtocolConverter.asUri(doc.uri) };
      result = await this.client.sendRequest<ReportResult>(REPORT_REQUEST, params);
    } catch (err) {
      if (id >= this.shown && doc === this.document) {
        this.live = false;
        this.panel.webview.html = this.notice(`The report could not be made: ${err instanceof Error ? err.message : String(err)}`);
      }
      return;
    }
    if (id < this.shown || doc !== this.document) return;
    this.shown = id;
    if (!result) {
      this.live = false;
      this.panel.webview.html = this.notice(`${this.name()} is not checked (Fact Check checks Markdown and plain-text drafts).`);
      return;
    }
    this.report = result.report;
    this.render();
  }

  private render(): void {
    const report = this.report;
    if (!report) return;
    const webview = this.panel.webview;
    if (this.live) {
      void webview.postMessage({ type: 'update', body: reportBody(report, this.renderOptions()), data: chartData(report) });
      return;
    }
    webview.html = reportPage(report, {
      ...this.renderOptions(),
      nonce: randomBytes(18).toString('base64'),
      scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'dist', 'report-chart.js')).toString(),
      cspSource: webview.cspSource,
    });
  }

  private renderOptions(): RenderOptions {
    return {
      mode: 'webview',
      pathLabel: (p, bundled) => (bundled ? `${p.split(/[/\\]/).pop() ?? p} (bundled)` : vscode.workspace.asRelativePath(p)),
    };
  }

  private received(m: PageMessage): void {
    if (m?.type === 'ready') {
      // The page (re)loaded: from here on updates go by message; a page restored after being
      // hidden shows the report it was made with, so send the latest.
      const restored = this.live;
      this.live = true;
      if (restored && this.report) this.render();
      return;
    }
    const claim = typeof m?.claim === 'number' ? this.report?.claims[m.claim] : undefined;
    if (!claim) return;
    if (m.type === 'reveal') void this.reveal(claim.range);
    else if (m.type === 'openSource' && typeof m.evidence === 'number') {
      const ev = claim.evidence[m.evidence];
      if (ev) void this.opener.open({ path: ev.path, line: ev.range.start.line, character: ev.range.start.character, bundled: ev.bundled });
    }
  }

  /** Shows the claim in the draft's editor (the one already showing it, else a new one). */
  private async reveal(range: ClaimsReport['claims'][number]['range']): Promise<void> {
    const doc = this.document;
    const r = doc.validateRange(new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character));
    const visible = vscode.window.visibleTextEditors.find((e) => e.document === doc);
    const editor = await vscode.window.showTextDocument(doc, {
      viewColumn: visible?.viewColumn ?? vscode.ViewColumn.One,
      selection: new vscode.Range(r.start, r.end),
      preserveFocus: false,
    });
    editor.revealRange(r, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  private name(): string {
    return this.document.uri.path.split('/').pop() || this.document.uri.toString();
  }

  private title(): string {
    return `Claims: ${this.name()}`;
  }

  /** A page with a message and no script. */
  private notice(text: string): string {
    const nonce = randomBytes(18).toString('base64');
    return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'nonce-${nonce}'">
<style nonce="${nonce}">${REPORT_CSS}</style></head><body><main><p class="empty">${html(text)}</p></main></body></html>`;
  }
}
