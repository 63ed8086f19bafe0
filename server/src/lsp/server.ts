// The language server: wires the open documents, settings, workspace folders and trust, the
// source libraries and the per-document checking to the feature modules (diagnostics, hover,
// completion, definition, document links, code actions, the custom requests). Holds no feature
// logic itself.
import {
  DidChangeConfigurationNotification,
  TextDocumentSyncKind,
  TextDocuments,
  type Connection,
  type InitializeParams,
  type InitializeResult,
  DidChangeWatchedFilesNotification,
} from 'vscode-languageserver/node';
import * as path from 'path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import { CONFIG_NAMES, findConfig, projectConfigAt, REVIEWED_NAME } from '../engine';
import { Analyzer } from './analysis';
import { ConfigStore } from './config';
import type { Settings } from './settings';
import type { ServerContext } from './context';
import { COMMANDS, registerCodeActions } from './features/code-actions';
import { registerCompletion, TRIGGER_CHARACTERS } from './features/completion';
import { registerDefinition } from './features/definition';
import { registerDiagnostics } from './features/diagnostics';
import { registerDocumentLinks } from './features/document-links';
import { registerHover } from './features/hover';
import { registerLibraryRequests } from './features/library-info';
import { registerReportRequest } from './features/report';
import { LibraryManager } from './library-manager';
import { SharedLibraries } from './shared-library';
import { MARK_SHARED_COMMAND, registerSharedDecisions } from './features/shared-decisions';
import { errorText, Messages } from './messages';
import {
  DATABASE_PASSWORD_CHANGED_NOTIFICATION,
  DATABASE_PASSWORD_REQUEST,
  TRUST_NOTIFICATION,
  type DatabasePasswordChangedParams,
  type DatabasePasswordParams,
  type DatabasePasswordResult,
  type InitializationOptions,
  type TrustParams,
} from './protocol';
import { Workspace } from './workspace';

export const CODE_ACTION_KINDS = ['quickfix', 'source.factcheck.insertAllCitations', 'source.fixAll.factcheck'];

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const messages = new Messages(connection);
  const workspace = new Workspace();
  const config = new ConfigStore(connection, workspace, messages);
  const libraries = new LibraryManager(workspace, messages);
  const shared = new SharedLibraries(messages, () => analyzer.recheckAll());
  let clientPushesFolders = false;
  let registerConfigChanges = false;
  let registerFileWatchers = false;

  const ctx: ServerContext = {
    connection,
    documents,
    settings: async (uri) => withProjectFile(await config.settings(uri), uri),
    library: async (uri) => libraries.forDocument(uri || undefined, await config.settings(uri)),
    sharedLibrary: async (uri, text, opts, previous) => {
      const settings = await config.settings(uri);
      if (!settings.database.url) return undefined;
      const local = libraries.forDocument(uri || undefined, settings);
      return shared.library(settings.database, libraries.optionsFor(uri || undefined, settings), local, text, opts, previous);
    },
    analysis: (uri) => analyzer.analysis(uri),
    analyzed: (uri) => analyzer.analyzed(uri),
    trusted: () => workspace.trusted(),
    workspaceFolders: () => workspace.folders(),
    resolvePath: (uri, p) => workspace.resolvePath(uri || undefined, p),
  };
  const analyzer = new Analyzer(ctx, messages);
  // Pulled by a client that can (the answer says so when nothing changed), else pushed.
  const diagnosticsFor = registerDiagnostics(ctx, analyzer);

  /** Settings, trust or folders changed: forget cached settings and check every open draft again. */
  const refresh = (pushed?: unknown) => {
    config.invalidate(pushed);
    return analyzer.recheckAll();
  };

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const caps = params.capabilities;
    config.setCanPull(!!caps.workspace?.configuration);
    registerConfigChanges = !!caps.workspace?.didChangeConfiguration?.dynamicRegistration;
    registerFileWatchers = !!caps.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    clientPushesFolders = !!caps.workspace?.workspaceFolders;
    const folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    workspace.setFolders(folders);
    const options = (params.initializationOptions ?? {}) as InitializationOptions;
    if (typeof options.trusted === 'boolean') workspace.setTrusted(options.trusted);
    // A client that keeps the database password in its secret storage is asked for it (never settings).
    if (options.databasePassword === true)
      shared.askPassword = async (url) => {
        const r = await connection.sendRequest<DatabasePasswordResult | null>(DATABASE_PASSWORD_REQUEST, {
          url,
        } satisfies DatabasePasswordParams);
        return typeof r?.password === 'string' && r.password ? r.password : undefined;
      };
    const diagnosticProvider = diagnosticsFor(caps);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        hoverProvider: true,
        completionProvider: { triggerCharacters: TRIGGER_CHARACTERS },
        definitionProvider: true,
        documentLinkProvider: { resolveProvider: false },
        codeActionProvider: { codeActionKinds: CODE_ACTION_KINDS },
        executeCommandProvider: { commands: [...COMMANDS, MARK_SHARED_COMMAND] },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
        ...(diagnosticProvider ? { diagnosticProvider } : {}),
      },
      serverInfo: { name: 'factcheck-ls' },
    };
  });

  connection.onInitialized(() => {
    if (registerConfigChanges) {
      connection.client.register(DidChangeConfigurationNotification.type, { section: 'factcheck' }).catch((e: unknown) => {
        messages.log('warning', `Fact Check: could not register for configuration changes: ${errorText(e)}`);
      });
    }
    if (registerFileWatchers) {
      // The project's own files: a review saved by a colleague or a changed project file re-checks
      // the open drafts at once (without a watching client: at their next check).
      const watchers = [REVIEWED_NAME, ...CONFIG_NAMES].map((name) => ({ globPattern: `**/${name}` }));
      connection.client.register(DidChangeWatchedFilesNotification.type, { watchers }).catch((e: unknown) => {
        messages.log('warning', `Fact Check: project files will not be watched: ${errorText(e)}`);
      });
    }
    if (clientPushesFolders) {
      try {
        connection.workspace.onDidChangeWorkspaceFolders((e) => {
          workspace.addFolders(
            e.added.map((f) => f.uri),
            e.removed.map((f) => f.uri),
          );
          refresh();
        });
      } catch (e) {
        messages.log('warning', `Fact Check: workspace folder changes will not be followed: ${errorText(e)}`);
      }
    }
  });

  connection.onDidChangeConfiguration((params) => {
    const pushed =
      params?.settings && typeof params.settings === 'object' ? (params.settings as Record<string, unknown>).factcheck : undefined;
    refresh(pushed);
  });

  connection.onDidChangeWatchedFiles(() => {
    refresh();
  });

  connection.onNotification(DATABASE_PASSWORD_CHANGED_NOTIFICATION, (params: DatabasePasswordChangedParams | null) => {
    shared.passwordChanged(typeof params?.url === 'string' ? params.url : undefined);
  });

  connection.onNotification(TRUST_NOTIFICATION, (params: TrustParams) => {
    if (typeof params?.trusted === 'boolean' && workspace.setTrusted(params.trusted)) refresh();
  });

  documents.onDidOpen((e) => analyzer.reopened(e.document.uri));
  documents.onDidChangeContent((e) => analyzer.changed(e.document.uri));
  documents.onDidClose((e) => {
    analyzer.closed(e.document.uri);
    config.forget(e.document.uri);
  });
  libraries.onDidReload(() => analyzer.recheckAll());

  registerHover(ctx);
  registerCompletion(ctx);
  registerDefinition(ctx);
  registerDocumentLinks(ctx);
  registerCodeActions(ctx);
  registerSharedDecisions(ctx, shared, () => analyzer.recheckAll());
  registerReportRequest(ctx);
  registerLibraryRequests(ctx, () => {
    libraries.reloadAll();
    return analyzer.recheckAll();
  });

  connection.onShutdown(() => {
    analyzer.dispose();
    libraries.dispose();
    shared.dispose();
  });

  documents.listen(connection);
  connection.listen();
}

/**
 * The project file's policy over the editor's settings for a saved draft: its severities and its
 * bibliography (a newsroom's rules for every reporter's editor). Its sources and alias files are
 * added by the library manager.
 */
function withProjectFile(settings: Settings, uri: string): Settings {
  if (!uri.startsWith('file:')) return settings;
  const file = findConfig(path.dirname(URI.parse(uri).fsPath));
  if (!file) return settings;
  const project = projectConfigAt(file);
  if (!Object.keys(project.severity).length && !project.bibliography) return settings;
  return {
    ...settings,
    severity: { ...settings.severity, ...project.severity },
    ...(project.bibliography ? { bibliography: project.bibliography } : {}),
  };
}
