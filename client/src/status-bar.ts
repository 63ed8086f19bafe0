// The status-bar item: the active draft's finding counts, from the server's `factcheck/counts`
// notification, refreshed when the active editor changes. Clicking it opens the Problems view.
import * as vscode from 'vscode';
import type { Counts } from './protocol';

export const CHECKED_LANGUAGES = ['markdown', 'plaintext'];
const CHECKED_SCHEMES = ['file', 'untitled'];

/** `$(warning) 2 conflicting · 1 outdated · 3 unsupported · 5 supported` */
export function countsText(c: Counts): string {
  const icon = c.conflicting + c.outdated > 0 ? '$(warning)' : c.unsupported > 0 ? '$(info)' : '$(check)';
  return `${icon} ${c.conflicting} conflicting · ${c.outdated} outdated · ${c.unsupported} unsupported · ${c.supported} supported`;
}

/** The shared library's mark: a database when the draft was checked against it, a broken link
 *  when it could not be reached (the server checked against what it last loaded). */
export function libraryIcon(c: Counts): string {
  if (!c.library) return '';
  return / not reachable/.test(c.library) ? ' $(debug-disconnect)' : ' $(database)';
}

function key(uri: string | vscode.Uri): string {
  // The server echoes the URI the client sent; parse and print both sides the same way so
  // encodings (e.g. of ':' in a Windows drive letter) compare equal.
  return (typeof uri === 'string' ? vscode.Uri.parse(uri) : uri).toString();
}

export class CountsStatusBar implements vscode.Disposable {
  private readonly item: vscode.StatusBarItem;
  private readonly counts = new Map<string, Counts>();
  private readonly disposables: vscode.Disposable[] = [];
  private state: 'running' | 'starting' | 'stopped' = 'starting';

  constructor() {
    this.item = vscode.window.createStatusBarItem('factcheck.counts', vscode.StatusBarAlignment.Left, 100);
    this.item.name = 'Fact Check';
    this.item.command = { title: 'Show Problems', command: 'workbench.actions.view.problems' };
    this.disposables.push(
      this.item,
      vscode.window.onDidChangeActiveTextEditor(() => this.refresh()),
      vscode.workspace.onDidCloseTextDocument((doc) => this.counts.delete(key(doc.uri))),
      vscode.workspace.onDidChangeTextDocument((e) => {
        // Keep the old counts until the server's next ones arrive, but show they are stale.
        if (e.document === vscode.window.activeTextEditor?.document && e.contentChanges.length) this.refresh(true);
      }),
    );
    this.refresh();
  }

  update(c: Counts): void {
    this.counts.set(key(c.uri), c);
    this.refresh();
  }

  setState(state: 'running' | 'starting' | 'stopped'): void {
    // A (re)starting server re-checks every open draft; until then the old counts are stale.
    if (state !== 'running') this.counts.clear();
    this.state = state;
    this.refresh();
  }

  /** Counts known for a document (tests and commands use it). */
  get(uri: vscode.Uri): Counts | undefined {
    return this.counts.get(key(uri));
  }

  private refresh(stale = false): void {
    const doc = vscode.window.activeTextEditor?.document;
    if (!doc || !CHECKED_LANGUAGES.includes(doc.languageId) || !CHECKED_SCHEMES.includes(doc.uri.scheme)) {
      this.item.hide();
      return;
    }
    const c = this.counts.get(key(doc.uri));
    if (this.state === 'stopped') {
      this.item.text = '$(error) Fact Check: server stopped';
      this.item.tooltip = 'The Fact Check language server is not running. Run "Fact Check: Restart Server".';
      this.item.command = { title: 'Restart Server', command: 'factcheck.restartServer' };
    } else if (!c) {
      this.item.text = this.state === 'starting' ? '$(sync~spin) Fact Check' : '$(checklist) Fact Check';
      this.item.tooltip = this.state === 'starting' ? 'Fact Check: starting the language server…' : 'Fact Check: not checked yet';
      this.item.command = { title: 'Show Problems', command: 'workbench.actions.view.problems' };
    } else {
      this.item.text = countsText(c) + libraryIcon(c) + (stale ? ' $(sync~spin)' : '');
      const md = new vscode.MarkdownString(
        `**Fact Check** — ${vscode.workspace.asRelativePath(doc.uri)}\n\n` +
          `| | claims |\n| --- | ---: |\n| conflicting | ${c.conflicting} |\n| outdated | ${c.outdated} |\n` +
          `| unsupported | ${c.unsupported} |\n| supported | ${c.supported} |\n\n` +
          `Checked against ${c.library ? `the shared library ${c.library.replace(/[\\`*_[\]<>|]/g, '\\$&')}` : 'the local library'}.\n\nClick to open the Problems view.`,
      );
      this.item.tooltip = md;
      this.item.command = { title: 'Show Problems', command: 'workbench.actions.view.problems' };
    }
    this.item.show();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
