// 6. Memory of the language server: dist/server.js over stdio, measured after a full collection
// (node --expose-gc, and heap-probe.cjs answering SIGUSR2 with process.memoryUsage()): once
// initialized, and with the bundled library loaded and a 10,000-word draft open and checked.
import * as path from 'path';
import type { Library } from '../../server/src/engine/api';
import { makeDraft } from './drafts';
import { BenchClient, ROOT } from './lsp-client';
import { MB, round } from './stats';

export interface MemoryPoint {
  rssMB: number;
  heapUsedMB: number;
  externalMB: number;
}

export interface ServerMemory {
  idle: MemoryPoint;
  withDraft: MemoryPoint;
  draftWords: number;
}

export async function probe(client: BenchClient): Promise<MemoryPoint> {
  const before = client.stderr.length;
  client.proc.kill('SIGUSR2');
  for (let i = 0; i < 200; i++) {
    const m = /HEAP (\{.*\})\n/.exec(client.stderr.slice(before));
    if (m) {
      const u = JSON.parse(m[1]) as NodeJS.MemoryUsage;
      return {
        rssMB: round(u.rss / MB, 1),
        heapUsedMB: round(u.heapUsed / MB, 1),
        externalMB: round((u.external + u.arrayBuffers) / MB, 1),
      };
    }
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error('the server did not answer the heap probe');
}

export async function serverMemory(library: Library, words = 10000): Promise<ServerMemory> {
  const client = new BenchClient({
    settings: { debounce: 0 },
    nodeArgs: ['--expose-gc', '--require', path.join(ROOT, 'scripts', 'bench', 'heap-probe.cjs')],
  });
  try {
    await client.initialize();
    await new Promise((r) => setTimeout(r, 200));
    const idle = await probe(client);
    const uri = 'file:///bench/memory-draft.md';
    const wait = client.diagnostics(uri, 1);
    await client.open(uri, makeDraft(library, { words, seed: 777 }));
    await wait;
    await new Promise((r) => setTimeout(r, 200));
    const withDraft = await probe(client);
    return { idle, withDraft, draftWords: words };
  } finally {
    await client.close();
  }
}
