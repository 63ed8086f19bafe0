// 6. Whole processes, as a newsroom's CI runs them: `node bin/factcheck.js check FILE` against harper.js
// set up and linting the same file in a process of its own (scripts/bench/harper-process.mjs), both
// started with node, alternating, wall time from spawn to exit. One page (the README's example), and
// drafts of 10,000 and 100,000 words.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Library } from '../../server/src/engine';
import { packageRoot } from '../../server/src/engine/paths';
import { draftSet } from './full-check';
import { now, summarize, type Summary } from './stats';

export interface ProcessResult {
  draft: string;
  words: number;
  ours: Summary;
  peer?: Summary;
}

function wall(args: string[]): number {
  const t = now();
  const r = spawnSync(process.execPath, args, { cwd: packageRoot(), stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 26 });
  const ms = now() - t;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')} exited ${r.status}: ${String(r.stderr).slice(0, 200)}`);
  return ms;
}

export function wholeProcess(library: Library, runs: number): ProcessResult[] {
  const root = packageRoot();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factcheck-bench-process-'));
  try {
    const drafts: { draft: string; file: string; words: number }[] = [
      { draft: 'one page (examples/draft.md)', file: path.join(root, 'examples', 'draft.md'), words: 0 },
    ];
    for (const words of [10_000, 100_000]) {
      const text = draftSet(library, { words, warmup: 0, runs: 1 }).drafts[0];
      const file = path.join(dir, `draft-${words}.md`);
      fs.writeFileSync(file, text);
      drafts.push({ draft: `${words.toLocaleString('en-US')} words`, file, words });
    }
    const cli = path.join(root, 'bin', 'factcheck.js');
    const peer = path.join(root, 'scripts', 'bench', 'harper-process.mjs');
    return drafts.map((d) => {
      const ours: number[] = [];
      const theirs: number[] = [];
      const n = d.words >= 100_000 ? Math.max(2, Math.ceil(runs / 2)) : runs;
      wall([cli, 'check', d.file, '--format', 'json']); // the file in the page cache, for both
      for (let i = 0; i < n; i++) {
        ours.push(wall([cli, 'check', d.file, '--format', 'json']));
        if (d.words) theirs.push(wall([peer, d.file]));
      }
      const words = d.words || fs.readFileSync(d.file, 'utf8').split(/\s+/).filter(Boolean).length;
      return { draft: d.draft, words, ours: summarize(ours), ...(theirs.length ? { peer: summarize(theirs) } : {}) };
    });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
