// `npm run bench [-- --quick] [-- --json FILE] [-- --only full,typing,start,process,scale,memory] [-- --load]`
// (`-- --from FILE` prints the tables of a saved run):
// measures the product the way its users feel it (see docs/ARCHITECTURE.md and docs/PERFORMANCE.md
// "Performance"): full checks side by side with harper.js, typing latency over a real LSP
// connection, start, library scale and memory. Prints Markdown tables; --json writes the figures.
// Timings are reports, never pass/fail: run it on a quiet machine (the load is printed).
import * as fs from 'fs';
import { checkText } from '../../server/src/engine/check';
import { loadLibrary } from '../../server/src/engine/library';
import { draftSet, fullCheck, type FullCheckResult, type SizePlan } from './full-check';
import { serverMemory, type ServerMemory } from './memory';
import { harper, peerCheck, type PeerResult } from './peer';
import { printReport, type Report } from './report';
import { scale, warmUpJudges, type ScaleResult } from './scale';
import { extensionStart, serverStart, type ExtensionStart, type ServerStart } from './start';
import { load1, machine, now, round } from './stats';
import { typing, type TypingResult } from './typing';
import { wholeProcess } from './process';
import { databaseBench } from './database';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
/** Typing also measured with a parallel build running (load.ts). */
const withLoad = args.includes('--load');
const jsonOut = args.includes('--json') ? args[args.indexOf('--json') + 1] : undefined;
const only = args.includes('--only') ? new Set(args[args.indexOf('--only') + 1].split(',')) : undefined;
const want = (s: string) => !only || only.has(s);
const log = (s: string) => process.stderr.write(`bench: ${s}\n`);

const PLANS: { ours: SizePlan; peer: SizePlan }[] = quick
  ? [
      { ours: { words: 1000, warmup: 3, runs: 7 }, peer: { words: 1000, warmup: 2, runs: 5 } },
      { ours: { words: 10000, warmup: 2, runs: 7 }, peer: { words: 10000, warmup: 1, runs: 3 } },
      { ours: { words: 100000, warmup: 1, runs: 2 }, peer: { words: 100000, warmup: 0, runs: 1 } },
    ]
  : [
      { ours: { words: 1000, warmup: 5, runs: 25 }, peer: { words: 1000, warmup: 5, runs: 25 } },
      { ours: { words: 10000, warmup: 3, runs: 15 }, peer: { words: 10000, warmup: 3, runs: 15 } },
      { ours: { words: 100000, warmup: 1, runs: 5 }, peer: { words: 100000, warmup: 1, runs: 5 } },
    ];
const SCALE = quick ? [1000, 10000, 100000] : [1000, 10000, 100000, 1000000];

async function main(): Promise<void> {
  if (args.includes('--from')) {
    // Print the tables of a saved run (the JSON a --json run wrote).
    const saved = JSON.parse(fs.readFileSync(args[args.indexOf('--from') + 1], 'utf8')) as Report;
    printReport(saved);
    return;
  }
  const started = now();
  const report: Report = { machine: machine(), quick, library: { sources: 0, records: 0 } };
  log(`${report.machine.cpus} cores, node ${report.machine.node}, load ${report.machine.loadStart}${quick ? ', quick' : ''}`);
  if (!(globalThis as { gc?: unknown }).gc)
    log('no --expose-gc: heap figures are without a full collection first (npm run bench passes it)');
  const library = loadLibrary({ folders: [], bundled: true });
  report.library = { sources: library.sources.length, records: library.records.length };

  if (want('full')) {
    const ours: FullCheckResult[] = [];
    const peer: PeerResult[] = [];
    let linter: Awaited<ReturnType<typeof harper>> | undefined;
    try {
      linter = await harper();
      report.peer = { name: linter.name, version: linter.version, setupMs: linter.setupMs, results: peer };
    } catch (e) {
      report.peer = { name: 'harper.js', version: '?', setupMs: 0, results: peer, error: (e as Error).message };
      log(`harper.js could not run: ${(e as Error).message}`);
    }
    // Both tools warm up first (V8's optimising tiers, harper.js's WebAssembly tiers) on
    // 10,000-word drafts of their own, for the same wall time each (at least two drafts), so the
    // drafts measured first are not measured cold: an editor's server runs warm for hours.
    const warm = draftSet(library, { words: 10000, warmup: 0, runs: 3, seed: 7_000_000 }).drafts;
    const warmMs = quick ? 2000 : 5000;
    log(`warm-up: ${warmMs / 1000} s each`);
    for (let k = 0, t0 = now(); k < 2 || now() - t0 < warmMs; k++) checkText(warm[k % warm.length], library);
    if (linter) for (let k = 0, t0 = now(); k < 2 || now() - t0 < warmMs; k++) await linter.lint(warm[k % warm.length]);
    for (const plan of PLANS) {
      // Both tools check the same drafts: the peer's runs are the first of ours.
      const set = draftSet(library, plan.ours);
      log(`full check: ${plan.ours.words} words`);
      ours.push(await fullCheck(library, set));
      if (linter) {
        log(`harper.js: ${plan.peer.words} words`);
        peer.push(
          await peerCheck(linter, { ...set, warmup: set.warmup.slice(0, plan.peer.warmup), drafts: set.drafts.slice(0, plan.peer.runs) }),
        );
      }
    }
    report.fullCheck = ours;
  }
  if (want('typing')) {
    log('typing over LSP');
    const plan = quick ? { samples: 100, warmup: 20 } : { samples: 400, warmup: 40 };
    // A server that answers no pull (BENCH_SERVER, an older build) is measured pushing only.
    const pulled = (load: boolean) =>
      typing(library, { ...plan, pull: true, load }).catch((e: unknown) => void log(`pulled typing: ${(e as Error).message}`));
    report.typing = await typing(library, plan);
    report.typingModes = [await pulled(false)].filter((m) => m !== undefined);
    if (withLoad) {
      log('typing over LSP under a parallel build');
      report.typingModes.push(await typing(library, { ...plan, load: true }));
      const m = await pulled(true);
      if (m) report.typingModes.push(m);
    }
  }
  if (want('start')) {
    log('start');
    const server: ServerStart = await serverStart(library, quick ? 2 : 5);
    let extension: ExtensionStart | { error: string };
    try {
      extension = await extensionStart();
    } catch (e) {
      extension = { error: (e as Error).message };
    }
    report.start = { server, extension };
  }
  if (want('process')) {
    log('whole processes');
    report.process = wholeProcess(library, quick ? 3 : 7);
  }
  if (want('memory')) {
    log('server memory');
    report.memory = (await serverMemory(library)) satisfies ServerMemory;
  }
  if (only?.has('db')) {
    // Not in a default run: it starts PostgreSQL and imports for minutes (--db-articles N,M).
    const sizes = args.includes('--db-articles') ? args[args.indexOf('--db-articles') + 1].split(',').map(Number) : [10000];
    // --db-keep (with FACTCHECK_PG_URL): keep the imported database and import only what it lacks.
    report.database = await databaseBench(library, sizes, quick ? 3 : 7, log, args.includes('--db-keep'));
  }
  if (want('scale')) {
    const results: ScaleResult[] = [];
    log(`scale: warm-up: ${quick ? 1 : 3} s`);
    warmUpJudges(library, quick ? 1000 : 3000);
    for (const n of SCALE) {
      log(`scale: ${n.toLocaleString('en-US')} records`);
      // A pass takes ~20 ms at 1,000 records and ~150 ms at 1,000,000.
      results.push(await scale(library, n, quick ? 3 : n <= 10000 ? 25 : 15));
    }
    report.scale = results;
  }
  report.machine.loadEnd = load1();
  report.totalSeconds = round((now() - started) / 1000, 1);
  printReport(report);
  if (jsonOut) {
    fs.writeFileSync(jsonOut, JSON.stringify(report, null, 2) + '\n');
    log(`figures written to ${jsonOut}`);
  }
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);

export type { TypingResult };
