// Runs inside VS Code (test/vscode/runTest.ts): the extension activates on a Markdown draft, its
// server publishes the findings as diagnostics, and the commands are there.
import * as assert from 'assert';
import * as path from 'path';
import * as vscode from 'vscode';

const EXTENSION_ID = 'factcheck-editor.factcheck-editor';

async function waitFor<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, ms = 45000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

describe('Fact Check in VS Code', () => {
  let draft: vscode.TextDocument;

  before(async () => {
    const workspace = process.env.FACTCHECK_TEST_WORKSPACE ?? vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
    assert.ok(workspace, 'a workspace folder is open');
    draft = await vscode.workspace.openTextDocument(path.join(workspace, 'draft.md'));
    await vscode.window.showTextDocument(draft);
  });

  it('activates on a Markdown draft', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is installed`);
    await waitFor('the extension to activate', () => (ext.isActive ? true : undefined));
  });

  it('publishes the findings as diagnostics', async () => {
    const diagnostics = await waitFor('Fact Check diagnostics on draft.md', () => {
      const d = vscode.languages.getDiagnostics(draft.uri);
      return d.some((x) => /conflicting/i.test(x.message)) ? d : undefined;
    });
    const conflicting = diagnostics.filter((d) => /^Conflicting/.test(d.message));
    assert.ok(conflicting.length >= 2, `two conflicting claims, got: ${diagnostics.map((d) => d.message).join('\n')}`);
    assert.ok(conflicting.every((d) => d.severity === vscode.DiagnosticSeverity.Warning));
    assert.ok(
      diagnostics.some((d) => /^Outdated/.test(d.message)),
      'an outdated claim',
    );
    assert.ok(
      diagnostics.some((d) => /^Unsupported/.test(d.message)),
      'an unsupported claim',
    );
  });

  it('contributes its commands', async () => {
    const all = await vscode.commands.getCommands(true);
    for (const id of [
      'factcheck.recheck',
      'factcheck.showLibrary',
      'factcheck.openSource',
      'factcheck.insertCitation',
      'factcheck.restartServer',
      'factcheck.setDatabasePassword',
    ]) {
      assert.ok(all.includes(id), `${id} is registered`);
    }
  });

  it('offers "Insert source reference" on a supported claim', async () => {
    const line = draft.lineAt(7); // "Ukraine's military intelligence said on 24 October that roughly 12,000 ..."
    const actions = await waitFor('code actions', async () => {
      const a = await vscode.commands.executeCommand<vscode.CodeAction[]>(
        'vscode.executeCodeActionProvider',
        draft.uri,
        new vscode.Range(line.range.start, line.range.start),
      );
      return a?.some((x) => /^Insert source reference/.test(x.title)) ? a : undefined;
    });
    assert.ok(actions.length > 0);
  });

  it('opens a bundled source read-only', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    await vscode.commands.executeCommand('factcheck.openSource', path.join(ext.extensionPath, 'sources', 'cnn-2024-10-24.md'), 12, 90);
    const editor = vscode.window.activeTextEditor;
    assert.strictEqual(editor?.document.uri.scheme, 'factcheck-source');
    assert.strictEqual(editor?.selection.active.line, 12);
  });
});
