// The extension's commands (package.json `contributes.commands`, category "Fact Check").
import * as vscode from 'vscode';
import { ExecuteCommandRequest, type LanguageClient } from 'vscode-languageclient/node';
import type { DatabasePasswords } from './database-password';
import { message, showLibrary } from './library-view';
import { INSERT_CITATION, RECHECK_REQUEST, type RecheckResult } from './protocol';
import { ReportPanel } from './report-view';
import { sourceLocation, type SourceOpener } from './sources';
import { CHECKED_LANGUAGES } from './status-bar';

export interface CommandHost {
  /** The running client, or undefined (with a message shown) when there is none. */
  client(): LanguageClient | undefined;
  restart(): Promise<void>;
  opener: SourceOpener;
  /** The shared library's passwords in the secret storage. */
  passwords: DatabasePasswords;
  /** The extension's folder (the report webview loads its script from dist/ there). */
  extensionUri: vscode.Uri;
}

/** Command ids the client registers itself; the server must not register them too (see extension.ts). */
export const CLIENT_COMMANDS = [
  'factcheck.recheck',
  'factcheck.showLibrary',
  'factcheck.openSource',
  'factcheck.insertCitation',
  'factcheck.restartServer',
  'factcheck.showReport',
  'factcheck.setDatabasePassword',
];

export function registerCommands(host: CommandHost): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('factcheck.recheck', () => recheck(host)),
    vscode.commands.registerCommand('factcheck.showLibrary', async () => {
      const client = host.client();
      if (client) await showLibrary(client, host.opener);
    }),
    vscode.commands.registerCommand('factcheck.openSource', async (...args: unknown[]) => {
      const location = sourceLocation(args);
      if (!location) {
        void vscode.window.showErrorMessage('Fact Check: "Open Source" needs a source path (path, line, character).');
        return;
      }
      await host.opener.open(location);
    }),
    vscode.commands.registerCommand('factcheck.insertCitation', (...args: unknown[]) => insertCitation(host, args)),
    vscode.commands.registerCommand('factcheck.restartServer', () => host.restart()),
    vscode.commands.registerCommand('factcheck.showReport', async () => {
      const client = host.client();
      if (client) await ReportPanel.show(host.extensionUri, client, host.opener);
    }),
    vscode.commands.registerCommand('factcheck.setDatabasePassword', () => setDatabasePassword(host)),
  ];
}

/** "Set Database Password": into the secret storage (database-password.ts), never into settings. */
async function setDatabasePassword(host: CommandHost): Promise<void> {
  try {
    await host.passwords.set({
      databaseUrl: () => vscode.workspace.getConfiguration('factcheck').get<string>('database.url') ?? '',
      askPassword: (prompt, placeHolder) => vscode.window.showInputBox({ password: true, ignoreFocusOut: true, prompt, placeHolder }),
      info: (text) => void vscode.window.showInformationMessage(text),
      noUrl: (text) =>
        void vscode.window.showWarningMessage(text, 'Open Settings').then((choice) => {
          if (choice) void vscode.commands.executeCommand('workbench.action.openSettings', 'factcheck.database');
        }),
    });
  } catch (err) {
    void vscode.window.showErrorMessage(`Fact Check: the password could not be kept: ${message(err)}`);
  }
}

async function recheck(host: CommandHost): Promise<void> {
  const client = host.client();
  if (!client) return;
  const done = client.sendRequest<RecheckResult | null>(RECHECK_REQUEST, {});
  vscode.window.setStatusBarMessage('$(sync~spin) Fact Check: re-checking open drafts…', done);
  try {
    const result = await done;
    const n = result?.documents;
    vscode.window.setStatusBarMessage(
      `$(check) Fact Check: re-checked ${n === undefined ? 'open drafts' : `${n} draft${n === 1 ? '' : 's'}`}`,
      3000,
    );
  } catch (err) {
    void vscode.window.showErrorMessage(`Fact Check: re-check failed: ${message(err)}`);
  }
}

/**
 * With arguments it is the command of a server code action: run it on the server. Without, it is
 * the user's command: ask for the code actions at the cursor and apply "Insert source reference".
 */
async function insertCitation(host: CommandHost, args: unknown[]): Promise<void> {
  const client = host.client();
  if (!client) return;
  if (args.length) {
    await client.sendRequest(ExecuteCommandRequest.type, { command: 'factcheck.insertCitation', arguments: args });
    return;
  }
  const editor = vscode.window.activeTextEditor;
  if (!editor || !CHECKED_LANGUAGES.includes(editor.document.languageId)) {
    void vscode.window.showInformationMessage(
      'Fact Check: open a Markdown or plain-text draft and put the cursor on a claim to cite its source.',
    );
    return;
  }
  // Through VS Code, so the request carries the diagnostics at the cursor (the server's code
  // actions read their data) and lazily resolved actions get their edits (up to 20).
  const all =
    (await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
      'vscode.executeCodeActionProvider',
      editor.document.uri,
      editor.selection,
      undefined,
      20,
    )) ?? [];
  const actions = all.filter((a): a is vscode.CodeAction => isCodeAction(a) && !a.disabled && INSERT_CITATION.test(a.title));
  if (!actions.length) {
    void vscode.window.showInformationMessage(
      'Fact Check: there is no "Insert source reference" here. Put the cursor on a claim a source supports or contradicts (one with a Fact Check diagnostic).',
    );
    return;
  }
  let action = actions[0];
  if (actions.length > 1) {
    const picked = await vscode.window.showQuickPick(
      actions.map((a) => ({ label: a.title, action: a })),
      { placeHolder: 'Which source reference?' },
    );
    if (!picked) return;
    action = picked.action;
  }
  await applyCodeAction(action);
}

function isCodeAction(a: vscode.CodeAction | vscode.Command): a is vscode.CodeAction {
  return !(typeof (a as vscode.Command).command === 'string');
}

async function applyCodeAction(action: vscode.CodeAction): Promise<void> {
  if (action.edit && !(await vscode.workspace.applyEdit(action.edit))) {
    void vscode.window.showErrorMessage(`Fact Check: could not apply "${action.title}" (the draft may have changed).`);
    return;
  }
  if (action.command) await vscode.commands.executeCommand(action.command.command, ...((action.command.arguments ?? []) as unknown[]));
}
