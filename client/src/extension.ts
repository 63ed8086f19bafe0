// The Fact Check extension: starts the language server (dist/server.js, over Node IPC), shows the
// active draft's counts in the status bar, and contributes the commands in commands.ts.
import * as fs from 'fs';
import * as vscode from 'vscode';
import {
  CloseAction,
  ExecuteCommandRequest,
  LanguageClient,
  State,
  TransportKind,
  type CloseHandlerResult,
  type ErrorHandler,
  type ErrorHandlerResult,
  type LanguageClientOptions,
  type Message,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { CLIENT_COMMANDS, registerCommands } from './commands';
import { DatabasePasswords } from './database-password';
import { sourceLinkMiddleware } from './middleware';
import {
  COUNTS_NOTIFICATION,
  DATABASE_PASSWORD_CHANGED_NOTIFICATION,
  DATABASE_PASSWORD_REQUEST,
  TRUST_NOTIFICATION,
  type Counts,
  type DatabasePasswordChangedParams,
  type InitializationOptions,
  type TrustParams,
} from './protocol';
import { SOURCE_SCHEME, SourceContentProvider, SourceOpener } from './sources';
import { CountsStatusBar } from './status-bar';

const NAME = 'Fact Check';
/** Restarts allowed within 3 minutes before the client gives up (LanguageClient's default is 4). */
const MAX_RESTARTS = 4;

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const statusBar = new CountsStatusBar();
  const opener = new SourceOpener(context.extensionPath);
  // The shared library's password: in the secret storage, handed to the server when it asks.
  const passwords = new DatabasePasswords(context.secrets);
  context.subscriptions.push(statusBar, vscode.workspace.registerTextDocumentContentProvider(SOURCE_SCHEME, new SourceContentProvider()));

  const serverModule = context.asAbsolutePath('dist/server.js');
  const create = (): LanguageClient | undefined => {
    if (!fs.existsSync(serverModule)) {
      statusBar.setState('stopped');
      void vscode.window.showErrorMessage(`${NAME}: the language server ${serverModule} is missing. Build it with "npm run build".`);
      return undefined;
    }
    const c = createClient(serverModule, opener);
    c.onNotification(COUNTS_NOTIFICATION, (counts: Counts) => statusBar.update(counts));
    c.onRequest(DATABASE_PASSWORD_REQUEST, (params: unknown) => passwords.forServer(params));
    c.onDidChangeState((e) =>
      statusBar.setState(e.newState === State.Running ? 'running' : e.newState === State.Starting ? 'starting' : 'stopped'),
    );
    return c;
  };

  const start = async (c: LanguageClient): Promise<void> => {
    try {
      await c.start();
    } catch (err) {
      statusBar.setState('stopped');
      void vscode.window.showErrorMessage(
        `${NAME}: the language server failed to start: ${err instanceof Error ? err.message : String(err)}`,
      );
    }
  };

  context.subscriptions.push(
    ...registerCommands({
      opener,
      passwords,
      extensionUri: context.extensionUri,
      client: () => {
        if (!client) {
          void vscode.window.showErrorMessage(`${NAME}: the language server is not available (dist/server.js is missing).`);
          return undefined;
        }
        if (client.state === State.Stopped) {
          void vscode.window.showErrorMessage(`${NAME}: the language server is not running. Run "${NAME}: Restart Server".`);
          return undefined;
        }
        return client;
      },
      restart: async () => {
        if (!client) {
          client = create();
          if (client) await start(client);
          return;
        }
        statusBar.setState('starting');
        try {
          await client.restart();
          vscode.window.setStatusBarMessage(`$(check) ${NAME}: language server restarted`, 3000);
        } catch (err) {
          statusBar.setState('stopped');
          void vscode.window.showErrorMessage(
            `${NAME}: restarting the language server failed: ${err instanceof Error ? err.message : String(err)}`,
          );
        }
      },
    }),
    // A password set or forgotten (in this window or another): the server connects again.
    passwords.onDidChange(() => {
      if (client?.isRunning())
        void client.sendNotification(DATABASE_PASSWORD_CHANGED_NOTIFICATION, {} satisfies DatabasePasswordChangedParams);
    }),
    // Trust can only be granted while running (revoking it reloads the window).
    vscode.workspace.onDidGrantWorkspaceTrust(() => {
      if (client?.isRunning()) void client.sendNotification(TRUST_NOTIFICATION, { trusted: true } satisfies TrustParams);
    }),
  );

  client = create();
  if (client) await start(client);
}

export async function deactivate(): Promise<void> {
  const c = client;
  client = undefined;
  if (c) await c.stop();
}

function createClient(serverModule: string, opener: SourceOpener): LanguageClient {
  // stdio, as in every other editor: the server writes its messages there as ASCII-only JSON with
  // unchanged diagnostics serialised once (server/src/lsp/json-writer.ts); over node IPC each
  // message would be serialised whole by Node.
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.stdio },
    debug: { module: serverModule, transport: TransportKind.stdio, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const errorHandler = new AnnouncingErrorHandler(() => c);
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'markdown' },
      { scheme: 'untitled', language: 'markdown' },
      { scheme: 'file', language: 'plaintext' },
      { scheme: 'untitled', language: 'plaintext' },
    ],
    synchronize: { configurationSection: 'factcheck' },
    // A function, so a restarted server learns the trust granted since activation.
    // It also answers factcheck/databasePassword (the password in its secret storage).
    initializationOptions: (): InitializationOptions => ({ trusted: vscode.workspace.isTrusted, databasePassword: true }),
    errorHandler,
    middleware: sourceLinkMiddleware(opener),
    // The server answers a pull for diagnostics (textDocument/diagnostic) with "unchanged" while a
    // draft's diagnostics stay the same, instead of pushing all of them on every change: pull on
    // every change (the server's answer waits for its debounce), not only on open.
    diagnosticPullOptions: { onChange: true, onSave: false },
  };
  const c = new LanguageClient('factcheck', NAME, serverOptions, clientOptions);
  keepClientCommands(c, CLIENT_COMMANDS);
  return c;
}

/**
 * LanguageClient's default error handler restarts a crashed server (up to MAX_RESTARTS times in
 * 3 minutes) but only logs it; this one also tells the user, and says what to do when it gives up.
 */
class AnnouncingErrorHandler implements ErrorHandler {
  private base: ErrorHandler | undefined;

  constructor(private readonly owner: () => LanguageClient) {}

  private inner(): ErrorHandler {
    return (this.base ??= this.owner().createDefaultErrorHandler(MAX_RESTARTS));
  }

  error(error: Error, message: Message | undefined, count: number | undefined): ErrorHandlerResult | Promise<ErrorHandlerResult> {
    return this.inner().error(error, message, count);
  }

  async closed(): Promise<CloseHandlerResult> {
    const result = await this.inner().closed();
    if (result.action === CloseAction.Restart) {
      void vscode.window.showWarningMessage(
        `${NAME}: the language server stopped unexpectedly; restarting it. See the "${NAME}" output for details.`,
      );
      return { action: CloseAction.Restart, message: 'The Fact Check language server stopped unexpectedly; restarting it.', handled: true };
    }
    const text = `${NAME}: the language server stopped unexpectedly ${MAX_RESTARTS + 1} times in 3 minutes and will not be restarted. See the "${NAME}" output, then run "${NAME}: Restart Server".`;
    void vscode.window.showErrorMessage(text);
    return { action: CloseAction.DoNotRestart, message: result.message ?? text, handled: true };
  }
}

/**
 * The client registers a VS Code command for every command the server lists in
 * `executeCommandProvider`. Where the server lists one the extension registers itself (e.g.
 * `factcheck.insertCitation`, which its code actions carry), the second registration would throw
 * and fail the start; so those are left out, and the extension's own command forwards calls with
 * arguments to the server (commands.ts).
 */
function keepClientCommands(c: LanguageClient, own: readonly string[]): void {
  type Registration = { id: string; registerOptions: { commands?: string[] } };
  const feature = (c as unknown as { getFeature(method: string): { register?(data: Registration): void } | undefined }).getFeature(
    ExecuteCommandRequest.method,
  );
  if (!feature?.register) return;
  const register = feature.register.bind(feature);
  feature.register = (data: Registration) =>
    register({
      ...data,
      registerOptions: { ...data.registerOptions, commands: (data.registerOptions.commands ?? []).filter((id) => !own.includes(id)) },
    });
}
