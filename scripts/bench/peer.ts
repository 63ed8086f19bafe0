// 2. The peer: harper.js (a grammar checker known for speed) linting the same drafts with its
// LocalLinter, in this process (the WebAssembly build that ships inside the npm package; it reads
// the .wasm file from node_modules). A dev dependency of the benchmark only.
import * as fs from 'fs';
import * as path from 'path';
import type { DraftSet } from './full-check';
import { packageRoot } from '../../server/src/engine/paths';
import { now, repeat, round, summarize, type Summary } from './stats';

export interface PeerLinter {
  name: string;
  version: string;
  setupMs: number;
  lint(text: string): Promise<number>;
}

export interface PeerResult {
  words: number;
  ms: Summary;
  msPer1000Words: number;
  lints: number;
}

/** harper.js's LocalLinter, set up (the WebAssembly module compiled and its dictionary loaded). */
export async function harper(): Promise<PeerLinter> {
  const t = now();
  const { LocalLinter } = await import('harper.js');
  const { binary } = await import('harper.js/binary');
  const linter = new LocalLinter({ binary });
  await linter.setup();
  const setupMs = round(now() - t);
  const pkg = path.join(packageRoot(), 'node_modules', 'harper.js', 'package.json');
  const version = (JSON.parse(fs.readFileSync(pkg, 'utf8')) as { version: string }).version;
  return { name: 'harper.js', version, setupMs, lint: async (text) => (await linter.lint(text, { language: 'markdown' })).length };
}

export async function peerCheck(peer: PeerLinter, set: DraftSet): Promise<PeerResult> {
  let lints = 0;
  const times = await repeat(set.drafts.length, set.warmup.length, async (i) => {
    const n = await peer.lint(i < 0 ? set.warmup[-1 - i] : set.drafts[i]);
    if (i === 0) lints = n;
  });
  const ms = summarize(times);
  return { words: set.words, ms, msPer1000Words: round((ms.median * 1000) / set.actualWords), lints };
}
