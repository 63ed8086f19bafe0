// 4. Start. Server: from spawning `node dist/server.js --stdio` to the first diagnostics for a draft
// opened right after `initialized` (the library is read on first use, so this includes reading and
// indexing it). Extension: dist/extension.js loaded in plain Node with a stand-in `vscode` module
// (fake-vscode.ts; not a real VS Code window) and its activate() run to completion; activate() ends
// when the language client has started dist/server.js over stdio and finished `initialize`.
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import type { Library } from '../../server/src/engine/api';
import { makeDraft } from './drafts';
import { installFakeVscode } from './fake-vscode';
import { BenchClient, ROOT } from './lsp-client';
import { now, round, summarize, type Summary } from './stats';

export interface ServerStart {
  /** Spawn to the `initialize` answer. */
  initializeMs: Summary;
  /** Spawn to the first diagnostics of a 1,000-word draft opened at once. */
  firstDiagnosticsMs: Summary;
  /** Spawn to the first diagnostics of the example draft (examples/draft.md), as issue 17's target
   *  names it. */
  exampleFirstDiagnosticsMs?: Summary;
}

/** Spawn a server, open `text` right after `initialized`: [spawn → initialize, spawn → diagnostics]. */
async function startOnce(text: string): Promise<[number, number]> {
  const client = new BenchClient({ settings: { debounce: 0 } });
  try {
    await client.initialize();
    const init = now() - client.spawnedAt;
    const uri = 'file:///bench/start-draft.md';
    const wait = client.diagnostics(uri, 1);
    await client.open(uri, text);
    await wait;
    return [init, now() - client.spawnedAt];
  } finally {
    await client.close();
  }
}

export async function serverStart(library: Library, runs: number): Promise<ServerStart> {
  const text = makeDraft(library, { words: 1000, seed: 4242 });
  const example = fs.readFileSync(path.join(ROOT, 'examples', 'draft.md'), 'utf8');
  const init: number[] = [];
  const first: number[] = [];
  const exampleFirst: number[] = [];
  // Alternating, so the two drafts meet the machine's load alike.
  for (let i = 0; i < runs; i++) {
    const [a, b] = await startOnce(text);
    init.push(a);
    first.push(b);
    exampleFirst.push((await startOnce(example))[1]);
  }
  return { initializeMs: summarize(init), firstDiagnosticsMs: summarize(first), exampleFirstDiagnosticsMs: summarize(exampleFirst) };
}

export interface ExtensionStart {
  method: string;
  /** require('dist/extension.js'). */
  loadMs: number;
  /** activate() until it resolves (the language client started and the server initialized). */
  activateMs: number;
  /** Language server processes the extension had running when activate() resolved. */
  serverProcesses: number;
}

/** Once per process: the module is loaded once, as the extension host does. */
export async function extensionStart(): Promise<ExtensionStart> {
  installFakeVscode();
  const file = path.join(ROOT, 'dist', 'extension.js');
  const t0 = now();
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const ext = require(file) as { activate(c: unknown): Promise<void>; deactivate(): Promise<void> };
  const t1 = now();
  const memento = { get: () => undefined, update: async () => undefined, keys: () => [] };
  const context = {
    subscriptions: [] as { dispose(): unknown }[],
    extensionPath: ROOT,
    asAbsolutePath: (p: string) => path.join(ROOT, p),
    globalState: memento,
    workspaceState: memento,
    // The secret storage (the shared library's password: client/src/database-password.ts).
    secrets: {
      get: async () => undefined,
      store: async () => undefined,
      delete: async () => undefined,
      onDidChange: () => ({ dispose: () => undefined }),
    },
  };
  await ext.activate(context);
  const t2 = now();
  const serverProcesses = children().filter((c) => c.includes('dist/server.js')).length;
  await ext.deactivate();
  for (const d of context.subscriptions) d.dispose?.();
  return {
    method: 'dist/extension.js in Node with a stand-in vscode module (scripts/bench/fake-vscode.ts)',
    loadMs: round(t1 - t0),
    activateMs: round(t2 - t1),
    serverProcesses,
  };
}

function children(): string[] {
  try {
    return execFileSync('ps', ['-o', 'args=', '--ppid', String(process.pid)], { encoding: 'utf8' })
      .split('\n')
      .filter(Boolean);
  } catch {
    return [];
  }
}
