// A minimal language client for the benchmarks: spawns the bundled server (dist/server.js) over
// stdio, answers `workspace/configuration` with the given `factcheck` settings, and resolves a
// promise when diagnostics for a given document version arrive (pushed), or pulls them
// (textDocument/diagnostic with the last result id, as VS Code's client does after each change).
import { spawn, type ChildProcess } from 'child_process';
import * as path from 'path';
import { pathToFileURL } from 'url';
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver/node';
import { packageRoot } from '../../server/src/engine/paths';
import { now } from './stats';

/** The project's root, found the way the engine finds its bundled sources (from tsx or dist/). */
export const ROOT = packageRoot();
/** The server bundle measured: dist/server.js, or BENCH_SERVER (another build, to compare two). */
export const SERVER = process.env.BENCH_SERVER ? path.resolve(process.env.BENCH_SERVER) : path.join(ROOT, 'dist', 'server.js');

export interface ClientOptions {
  /** `factcheck` settings the client answers with. */
  settings?: Record<string, unknown>;
  /** Extra node flags (e.g. --expose-gc, --require a probe). */
  nodeArgs?: string[];
  /** Advertise pull diagnostics (textDocument.diagnostic): the server then pushes none. */
  pull?: boolean;
}

export class BenchClient {
  readonly proc: ChildProcess;
  readonly conn: MessageConnection;
  /** performance.now() when the process was spawned. */
  readonly spawnedAt: number;
  private waiters: { uri: string; version: number; resolve: (p: PublishDiagnosticsParams) => void }[] = [];
  stderr = '';
  private readonly pulls: boolean;
  /** Pull mode: the last result id per document. */
  private readonly resultIds = new Map<string, string>();

  constructor(opts: ClientOptions = {}) {
    this.pulls = !!opts.pull;
    this.spawnedAt = now();
    this.proc = spawn(
      process.execPath,
      [...(opts.nodeArgs ?? []), ...(process.env.BENCH_SERVER_ARGS?.split(' ').filter(Boolean) ?? []), SERVER, '--stdio'],
      { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] },
    );
    this.proc.stderr!.on('data', (d: Buffer) => (this.stderr += d.toString()));
    this.conn = createMessageConnection(new StreamMessageReader(this.proc.stdout!), new StreamMessageWriter(this.proc.stdin!));
    const settings = opts.settings ?? {};
    this.conn.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => settings));
    this.conn.onRequest('client/registerCapability', () => null);
    this.conn.onRequest('window/workDoneProgress/create', () => null);
    this.conn.onNotification('window/logMessage', () => undefined);
    this.conn.onNotification('window/showMessage', () => undefined);
    this.conn.onNotification('factcheck/counts', () => undefined);
    this.conn.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      const hit = this.waiters.filter((w) => w.uri === p.uri && p.version !== undefined && p.version >= w.version);
      this.waiters = this.waiters.filter((w) => !hit.includes(w));
      for (const w of hit) w.resolve(p);
    });
    this.conn.listen();
  }

  /** initialize + initialized, for a workspace folder. */
  async initialize(folder = ROOT): Promise<void> {
    const uri = pathToFileURL(folder).href;
    await this.conn.sendRequest('initialize', {
      processId: process.pid,
      rootUri: uri,
      workspaceFolders: [{ uri, name: path.basename(folder) }],
      capabilities: {
        workspace: { configuration: true, workspaceFolders: true },
        textDocument: { publishDiagnostics: { versionSupport: true }, ...(this.pulls ? { diagnostic: {} } : {}) },
      },
      initializationOptions: { trusted: true },
    });
    await this.conn.sendNotification('initialized', {});
  }

  /** Resolves with the diagnostics published for `version` (or a later one) of `uri`. */
  diagnostics(uri: string, version: number, timeoutMs = 60000): Promise<PublishDiagnosticsParams> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} v${version} in ${timeoutMs} ms`)), timeoutMs);
      this.waiters.push({ uri, version, resolve: (p) => (clearTimeout(timer), resolve(p)) });
    });
  }

  /** Pulls a document's diagnostics with the last result id: the report, and its size as sent. */
  async pull(uri: string): Promise<{ kind: string; items?: unknown[]; bytes: number }> {
    const previousResultId = this.resultIds.get(uri);
    const r = await this.conn.sendRequest<{ kind: string; resultId?: string; items?: unknown[] }>('textDocument/diagnostic', {
      textDocument: { uri },
      ...(previousResultId ? { previousResultId } : {}),
    });
    if (r.resultId) this.resultIds.set(uri, r.resultId);
    return { ...r, bytes: JSON.stringify(r).length };
  }

  open(uri: string, text: string, version = 1): Promise<void> {
    return this.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version, text } });
  }

  /** An insertion (or, with `deleteChars`, a deletion) at a line and character. */
  edit(uri: string, version: number, line: number, character: number, text: string, deleteChars = 0): Promise<void> {
    const range = { start: { line, character: character - deleteChars }, end: { line, character } };
    return this.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text }] });
  }

  async close(): Promise<void> {
    try {
      await Promise.race([this.conn.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
      await this.conn.sendNotification('exit');
    } catch {
      // already gone
    }
    this.conn.dispose();
    if (this.proc.exitCode === null) {
      await Promise.race([new Promise((r) => this.proc.once('exit', r)), new Promise((r) => setTimeout(r, 2000))]);
      if (this.proc.exitCode === null) this.proc.kill();
    }
  }
}

/** Line and character of a UTF-16 offset. */
export function positionAt(text: string, offset: number): { line: number; character: number } {
  let line = 0;
  let start = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, character: offset - start };
}
