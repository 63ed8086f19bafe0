// An in-process language server for tests: the server on one end of two PassThrough streams, a
// JSON-RPC test client on the other. The client answers `workspace/configuration` from a settings
// object the test controls and records everything the server sends.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { PassThrough } from 'node:stream';
import {
  type CancellationToken,
  createConnection,
  createMessageConnection,
  ProposedFeatures,
  StreamMessageReader,
  StreamMessageWriter,
  type Connection,
  type Diagnostic,
  type DocumentDiagnosticReport,
  type InitializeResult,
  type MessageConnection,
  type Position,
  type PublishDiagnosticsParams,
  type Range,
  type ShowMessageParams,
  type TextEdit,
} from 'vscode-languageserver/node';
import { URI } from 'vscode-uri';
import { LineIndex } from '../server/src/engine/text/positions';
import { asciiJsonWriter } from '../server/src/lsp/json-writer';
import { startServer } from '../server/src/lsp/server';
import type { CountsParams } from '../server/src/lsp/protocol';
import { FM, KHARKIV, TANKS } from './sample-texts';

// Draft and source texts the tests use (the sentences shared with the command-line tests: sample-texts.ts).
export { FM, KHARKIV, KIRBY_WRONG, SINGH, TANKS } from './sample-texts';
export const ARTICLE = `---\nid: kharkiv-power-2024-11-19\ntitle: Strikes leave thousands without power in Kharkiv\noutlet: Example Wire\npublished: 2024-11-19\n---\nStrikes leave thousands without power in Kharkiv\n\n${KHARKIV}\n`;
export const HOSTILE = [
  '---',
  'id: hostile-2024-11-19',
  'title: "**bold** [x](command:workbench.action.quit)"',
  'outlet: "<img src=x onerror=alert(1)> Wire"',
  'published: 2024-11-19',
  '---',
  'Strikes leave thousands without power in Kharkiv',
  '',
  'The ministry said on Tuesday [x](command:workbench.action.quit) that 4,500 households <img src=x onerror=alert(1)> had lost **bold** power in the city of Kharkiv.',
  '',
].join('\n');

export interface StartOptions {
  /** Workspace folder URIs. */
  folders?: string[];
  /** initializationOptions.trusted (left out when undefined). */
  trusted?: boolean;
  /** More initializationOptions (e.g. databasePassword). */
  initializationOptions?: Record<string, unknown>;
  /** Answers to the server's own requests, by method (e.g. factcheck/databasePassword). */
  requests?: Record<string, (params: unknown) => unknown>;
  /** Settings (the `factcheck` section), per scope URI when a function. */
  settings?: Record<string, unknown> | ((scopeUri: string | undefined) => unknown);
  /** Advertise pull diagnostics (textDocument.diagnostic) and their refresh, as VS Code's client
   *  does: the server then answers `pull` and pushes nothing. */
  pull?: boolean;
}

export class Harness {
  readonly publishes: PublishDiagnosticsParams[] = [];
  readonly messages: ShowMessageParams[] = [];
  readonly counts: CountsParams[] = [];
  readonly logs: string[] = [];
  /** Number of `workspace/configuration` requests answered. */
  configRequests = 0;
  /** `workspace/diagnostic/refresh` requests received (pull clients). */
  refreshes = 0;
  private pulling = false;
  /** Capabilities the server registered (client/registerCapability). */
  readonly registrations: { method: string; registerOptions?: unknown }[] = [];
  settings: StartOptions['settings'];
  initializeResult!: InitializeResult;
  private server!: Connection;
  private client!: MessageConnection;
  private streams: PassThrough[] = [];

  static async start(opts: StartOptions = {}): Promise<Harness> {
    const h = new Harness();
    running.add(h);
    await h.init(opts);
    return h;
  }

  private async init(opts: StartOptions): Promise<void> {
    this.settings = opts.settings ?? {};
    const toServer = new PassThrough();
    const toClient = new PassThrough();
    this.streams = [toServer, toClient];
    this.server = createConnection(ProposedFeatures.all, new StreamMessageReader(toServer), asciiJsonWriter(toClient));
    startServer(this.server);
    this.client = createMessageConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
    this.client.onRequest('workspace/configuration', (params: { items: { scopeUri?: string; section?: string }[] }) => {
      this.configRequests++;
      return params.items.map((item) => {
        const s = this.settings;
        return typeof s === 'function' ? s(item.scopeUri) : s;
      });
    });
    this.client.onRequest('client/registerCapability', (p: { registrations: { method: string; registerOptions?: unknown }[] }) => {
      this.registrations.push(...p.registrations);
      return null;
    });
    this.client.onRequest('client/unregisterCapability', () => null);
    for (const [method, answer] of Object.entries(opts.requests ?? {})) this.client.onRequest(method, answer);
    this.client.onRequest('workspace/diagnostic/refresh', () => {
      this.refreshes++;
      return null;
    });
    this.client.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      this.publishes.push(p);
    });
    this.client.onNotification('window/showMessage', (p: ShowMessageParams) => {
      this.messages.push(p);
    });
    this.client.onNotification('window/logMessage', (p: { message: string }) => {
      this.logs.push(p.message);
    });
    this.client.onNotification('factcheck/counts', (p: CountsParams) => {
      this.counts.push(p);
    });
    this.client.listen();
    const folders = opts.folders ?? [];
    this.pulling = !!opts.pull;
    const pull = opts.pull ? { diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false } } : {};
    this.initializeResult = await this.client.sendRequest('initialize', {
      processId: null,
      rootUri: folders[0] ?? null,
      workspaceFolders: folders.map((uri, i) => ({ uri, name: `folder${i}` })),
      capabilities: {
        workspace: {
          configuration: true,
          workspaceFolders: true,
          didChangeConfiguration: { dynamicRegistration: true },
          didChangeWatchedFiles: { dynamicRegistration: true },
          ...(opts.pull ? { diagnostics: { refreshSupport: true } } : {}),
        },
        textDocument: {
          publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
          ...pull,
        },
      },
      ...(opts.trusted === undefined && !opts.initializationOptions
        ? {}
        : { initializationOptions: { ...(opts.trusted === undefined ? {} : { trusted: opts.trusted }), ...opts.initializationOptions } }),
    });
    await this.client.sendNotification('initialized', {});
  }

  /** A request; with a token, cancelling it sends `$/cancelRequest`. */
  request<R>(method: string, params?: unknown, token?: CancellationToken): Promise<R> {
    return token ? this.client.sendRequest(method, params, token) : this.client.sendRequest(method, params);
  }

  notify(method: string, params?: unknown): Promise<void> {
    return this.client.sendNotification(method, params);
  }

  open(uri: string, text: string, version = 1, languageId = 'markdown'): Promise<void> {
    return this.notify('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  }

  /** Replaces the whole text (a full-content change event). */
  change(uri: string, version: number, text: string): Promise<void> {
    return this.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
  }

  close(uri: string): Promise<void> {
    return this.notify('textDocument/didClose', { textDocument: { uri } });
  }

  /** Tells the server the settings changed (pull model: no settings in the notification). */
  configChanged(): Promise<void> {
    return this.notify('workspace/didChangeConfiguration', { settings: null });
  }

  /** A pull for a document's diagnostics (textDocument/diagnostic), as a pull client sends it. */
  pull(uri: string, previousResultId?: string, token?: CancellationToken): Promise<DocumentDiagnosticReport> {
    return this.request('textDocument/diagnostic', { textDocument: { uri }, ...(previousResultId ? { previousResultId } : {}) }, token);
  }

  publishesFor(uri: string): PublishDiagnosticsParams[] {
    return this.publishes.filter((p) => p.uri === uri);
  }

  /** Waits for a publish for `uri` after the first `after` ones that satisfies `pred`. */
  async nextPublish(
    uri: string,
    pred: (p: PublishDiagnosticsParams) => boolean = () => true,
    after = 0,
    what = 'diagnostics',
  ): Promise<PublishDiagnosticsParams> {
    let found: PublishDiagnosticsParams | undefined;
    await waitFor(() => (found = this.publishesFor(uri).slice(after).find(pred)) !== undefined, `${what} for ${uri}`);
    return found!;
  }

  async diagnosticsOf(uri: string, version: number): Promise<Diagnostic[]> {
    return (await this.nextPublish(uri, (p) => p.version === version, 0, `version ${version}`)).diagnostics;
  }

  /**
   * Resolves once every check the server has scheduled so far has been published or dropped: it
   * opens a document of its own (scheduled after them, with the same debounce), waits for its
   * diagnostics and closes it. Messages arrive in order, so anything an earlier check would have
   * published is here by then; a test asserts "nothing more arrived" after this, never after a sleep.
   */
  async settled(): Promise<void> {
    const uri = `file:///factcheck-barrier/${++this.barriers}.md`;
    await this.open(uri, `${FM}${TANKS}\n`, 1);
    if (this.pulling) await this.pull(uri);
    else await this.diagnosticsOf(uri, 1);
    await this.close(uri);
  }

  private barriers = 0;

  /** The client goes away without `shutdown` (as when the editor is killed): streams just end. */
  disconnect(): void {
    this.client.dispose();
    for (const s of this.streams) s.end();
  }

  async stop(): Promise<void> {
    running.delete(this);
    try {
      await this.client.sendRequest('shutdown');
    } finally {
      this.client.dispose();
      this.server.dispose();
      for (const s of this.streams) s.end();
    }
  }
}

/** Harnesses started and not stopped yet. */
const running = new Set<Harness>();

/**
 * What every server suite sets up: a temporary folder for the suite (handed to `use`), removed after
 * it, and every harness a test started stopped after that test (`quietStop`: a failed shutdown, as
 * after a client vanished on purpose, does not fail the test).
 */
export function serverSuite(prefix: string, use: (tmp: string) => void, opts: { quietStop?: boolean } = {}): void {
  let dir = '';
  before(() => use((dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix)))));
  after(() => fs.rmSync(dir, { recursive: true, force: true }));
  afterEach(async () => {
    for (const h of [...running]) {
      const stopping = h.stop();
      await (opts.quietStop ? stopping.catch(() => undefined) : stopping);
    }
  });
}

/** Polls `cond` every few milliseconds until it holds (or fails after `timeoutMs`). */
export async function waitFor(cond: () => boolean, what: string, timeoutMs = 20000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!cond()) {
    if (Date.now() > until) assert.fail(`timed out waiting for ${what}`);
    await sleep(10);
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/** A document's text after LSP text edits (non-overlapping, applied from the end). */
export function applyEdits(text: string, edits: TextEdit[]): string {
  const lines = new LineIndex(text);
  const spans = edits.map((e) => ({ start: lines.offsetAt(e.range.start), end: lines.offsetAt(e.range.end), text: e.newText }));
  let out = text;
  for (const s of spans.sort((a, b) => b.start - a.start)) out = out.slice(0, s.start) + s.text + out.slice(s.end);
  return out;
}

/** A file URI for a path. */
/** The position of the first `needle` in `text` (`delta` characters into it); fails when absent. */
export function positionOf(text: string, needle: string, delta = 0): Position {
  const at = text.indexOf(needle);
  assert.ok(at >= 0, `"${needle}" not in the text`);
  return new LineIndex(text).positionAt(at + delta);
}

/** The text a range covers. */
export function textAt(text: string, range: Range): string {
  const lines = new LineIndex(text);
  return text.slice(lines.offsetAt(range.start), lines.offsetAt(range.end));
}

export const fileUri = (p: string) => URI.file(p).toString();

/** A sub-folder of a suite's temporary folder, made on first use. */
export function subDir(root: string, name: string): string {
  const d = path.join(root, name);
  fs.mkdirSync(d, { recursive: true });
  return d;
}
