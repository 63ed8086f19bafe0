// The benchmark's report: its shape (written as JSON) and the Markdown tables printed from it,
// with each target and whether this run met it.
import type { FullCheckResult } from './full-check';
import type { ServerMemory } from './memory';
import type { PeerResult } from './peer';
import type { ScaleResult } from './scale';
import type { ExtensionStart, ServerStart } from './start';
import type { Machine, Summary } from './stats';
import type { TypingResult } from './typing';
import type { ProcessResult } from './process';
import type { DbBench } from './database';

export interface Report {
  machine: Machine;
  quick: boolean;
  library: { sources: number; records: number };
  fullCheck?: FullCheckResult[];
  peer?: { name: string; version: string; setupMs: number; results: PeerResult[]; error?: string };
  /** Pushed diagnostics, idle machine. */
  typing?: TypingResult;
  /** The other typing runs: pulled, and (with --load) both under a parallel build. */
  typingModes?: TypingResult[];
  start?: { server: ServerStart; extension: ExtensionStart | { error: string } };
  memory?: ServerMemory;
  scale?: ScaleResult[];
  process?: ProcessResult[];
  /** The shared library on PostgreSQL (--only db). */
  database?: DbBench;
  targets?: Record<string, { target: string; value: string; met: boolean }>;
  totalSeconds?: number;
}

const n = (x: number, d = 1) =>
  x.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: x < 10 && d > 0 ? Math.min(d, 2) : 0 });
const range = (s: Summary, d = 1) => `${n(s.median, d)} (${n(s.min, d)}–${n(s.max, d)})`;
const table = (head: string[], rows: string[][]) =>
  [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');

/** Targets from the issue, filled in from the figures. */
export function targets(r: Report): NonNullable<Report['targets']> {
  const t: NonNullable<Report['targets']> = {};
  if (r.fullCheck && r.peer?.results.length) {
    const ratios = r.fullCheck.map((f, i) => f.ms.median / (r.peer!.results[i]?.ms.median ?? NaN));
    const worst = Math.max(...ratios.filter((x) => Number.isFinite(x)));
    t.fullCheckVsPeer = {
      target: 'ours ≤ 0.10 × harper.js on the same drafts',
      value: `worst ratio ${worst.toFixed(3)}`,
      met: worst <= 0.1,
    };
  }
  if (r.process?.length) {
    const page = r.process[0];
    t.cliPage = {
      target: 'factcheck check, one page, whole process ≤ 250 ms',
      value: `${n(page.ours.median, 0)} ms`,
      met: page.ours.median <= 250,
    };
    const ratios = r.process.filter((p) => p.peer).map((p) => p.ours.median / p.peer!.median);
    if (ratios.length) {
      const worst = Math.max(...ratios);
      t.processRatio = {
        target: 'whole process ≤ 0.10 × harper.js (10,000 and 100,000 words)',
        value: `worst ratio ${worst.toFixed(3)}`,
        met: worst <= 0.1,
      };
    }
  }
  if (r.start?.server)
    t.serverStart = {
      target: 'server start → first diagnostics on the example draft ≤ 300 ms',
      value: `${n((r.start.server.exampleFirstDiagnosticsMs ?? r.start.server.firstDiagnosticsMs).median, 0)} ms`,
      met: (r.start.server.exampleFirstDiagnosticsMs ?? r.start.server.firstDiagnosticsMs).median <= 300,
    };
  if (r.typing) t.typingP95 = { target: 'p95 < 15 ms', value: `${n(r.typing.keystrokes.p95, 1)} ms`, met: r.typing.keystrokes.p95 < 15 };
  for (const m of r.typingModes ?? []) {
    const p95 = m.keystrokes.p95;
    const key = `typingP95${m.mode === 'pull' ? 'Pull' : 'Push'}${m.load ? 'Load' : ''}`;
    t[key] = { target: `p95 ≤ 15 ms, ${typingLabel(m)}`, value: `${n(p95, 1)} ms`, met: p95 <= 15 };
  }
  const big = r.scale?.find((s) => s.records === 1000000);
  if (big)
    t.millionRecords = {
      target: '1,000,000 records within 1.5 GB (heap)',
      value: `${n(big.heapMB / 1024, 2)} GB`,
      met: big.heapMB <= 1536,
    };
  // Judged at 1,000,000 records, where every posting list is past its bound (--quick stops at
  // 100,000, where some are not yet: these two are left out there).
  if (r.scale && r.scale.length > 1 && big) {
    const first = r.scale[0];
    const last = r.scale[r.scale.length - 1];
    const prev = r.scale[r.scale.length - 2];
    // No scan: what a claim is compared with stays bounded (a scan compares every record).
    const share = last.comparedMaxClaim / last.records;
    t.noScan = {
      target: `no scan: the most records one claim is compared with, at ${n(last.records, 0)} records, under 1% of them`,
      value: `${n(last.comparedMaxClaim, 0)} (mean ${n(last.comparedPerClaim, 0)}; ${n(first.comparedPerClaim, 0)} at ${n(first.records, 0)} records)`,
      met: share < 0.01,
    };
    // Near-constant: once the lists are past their bound, ten times the records cost about the same
    // (a scan: ten times). From the smallest size the growth is shown too: there every list is
    // shorter than the bound, so it measures the bound being reached, not a scan.
    const growth = last.lookupMsPerClaim.median / prev.lookupMsPerClaim.median;
    const overall = last.lookupMsPerClaim.median / first.lookupMsPerClaim.median;
    t.lookupNearConstant = {
      target: `lookup per claim near-constant: ${n(prev.records, 0)} → ${n(last.records, 0)} records under ×2 (a scan: ×${n(last.records / prev.records, 0)})`,
      value: `×${growth.toFixed(2)} (×${overall.toFixed(1)} from ${n(first.records, 0)} records)`,
      met: growth < 2,
    };
    // The issue's own measure: a claim's lookup at 1,000,000 records within twice the 1,000-record
    // figure, and no claim slower than 10 ms.
    t.lookupMillion = {
      target: `lookup per claim at ${n(last.records, 0)} records ≤ 2× the ${n(first.records, 0)}-record figure; slowest claim ≤ 10 ms`,
      value: `×${overall.toFixed(2)}; slowest ${n(last.slowestClaimMs, 1)} ms`,
      met: overall <= 2 && last.slowestClaimMs <= 10,
    };
  }
  return t;
}

export function printReport(r: Report): void {
  r.targets = targets(r);
  const m = r.machine;
  const out: string[] = [];
  out.push(
    `Machine: ${m.cpus} cores (${m.cpu}), ${m.memoryGB} GB, Node ${m.node}, ${m.platform}; load average ${m.loadStart} at start, ${m.loadEnd ?? '?'} at end${r.quick ? '; --quick run' : ''}.`,
  );
  out.push(
    `Library: the bundled one, ${r.library.sources} sources, ${r.library.records} records. Times in ms: median (min–max) of the runs after warm-up.`,
  );
  if (r.fullCheck) {
    const peer = r.peer;
    out.push(
      '',
      `**Full check** of a draft vs **${peer?.name ?? 'harper.js'} ${peer?.version ?? ''}** LocalLinter on the same drafts${peer?.setupMs ? ` (its setup: ${n(peer.setupMs, 0)} ms, once)` : ''}${peer?.error ? ` — peer failed: ${peer.error}` : ''}`,
    );
    out.push(
      table(
        ['draft', 'runs', 'fact-check ms', 'ms / 1,000 words', `${peer?.name ?? 'peer'} ms`, 'ms / 1,000 words', 'ours / peer'],
        r.fullCheck.map((f, i) => {
          const p = peer?.results[i];
          return [
            `${n(f.words, 0)} words`,
            `${f.ms.n}`,
            range(f.ms),
            n(f.msPer1000Words, 2),
            p ? range(p.ms, 0) : '–',
            p ? n(p.msPer1000Words, 1) : '–',
            p ? (f.ms.median / p.ms.median).toFixed(3) : '–',
          ];
        }),
      ),
    );
  }
  if (r.typing) {
    out.push(
      '',
      `**Typing** (stdio LSP, debounce 0): a keystroke in the middle of a ${n(r.typing.words, 0)}-word draft to its diagnostics (${r.typing.diagnostics} diagnostics, ${n(r.typing.bytes / 1024, 0)} KB a publish)`,
    );
    out.push(
      table(
        ['diagnostics', 'keystrokes', 'p50 ms', 'p95 ms', 'min ms', 'max ms', 'KB a keystroke', '"unchanged"', 'first full check ms'],
        [r.typing, ...(r.typingModes ?? [])].map((m) => {
          const k = m.keystrokes;
          return [
            typingLabel(m),
            `${k.n}`,
            n(k.median, 2),
            n(k.p95, 2),
            n(k.min, 2),
            n(k.max, 2),
            m.bytesPerKeystroke === undefined ? '–' : n(m.bytesPerKeystroke / 1024, 1),
            m.unchanged === undefined ? '–' : `${Math.round(m.unchanged * 100)}%`,
            n(m.firstCheckMs, 0),
          ];
        }),
      ),
    );
  }
  if (r.start) {
    const s = r.start.server;
    const e = r.start.extension;
    out.push('', '**Start**');
    const rows = [
      ['server: spawn → initialize answered', range(s.initializeMs, 0)],
      ['server: spawn → first diagnostics (1,000-word draft; library read on first use)', range(s.firstDiagnosticsMs, 0)],
      ...(s.exampleFirstDiagnosticsMs
        ? [
            ['server: spawn → first diagnostics (the example draft, examples/draft.md)', range(s.exampleFirstDiagnosticsMs, 0)] as [
              string,
              string,
            ],
          ]
        : []),
    ];
    if ('error' in e) rows.push(['extension activation', `failed: ${e.error}`]);
    else
      rows.push(
        ['extension: load dist/extension.js', n(e.loadMs, 0)],
        [`extension: activate() → client running (server started over stdio; ${e.serverProcesses} server process)`, n(e.activateMs, 0)],
      );
    out.push(table(['what', 'ms'], rows));
    if (!('error' in e)) out.push(`Extension measured as: ${e.method}.`);
  }
  if (r.memory) {
    const mm = r.memory;
    out.push('', '**Server memory** (after a full collection)');
    out.push(
      table(
        ['state', 'RSS MB', 'heap used MB', 'external MB'],
        [
          ['initialized, no document', n(mm.idle.rssMB), n(mm.idle.heapUsedMB), n(mm.idle.externalMB)],
          [
            `bundled library + ${n(mm.draftWords, 0)}-word draft open`,
            n(mm.withDraft.rssMB),
            n(mm.withDraft.heapUsedMB),
            n(mm.withDraft.externalMB),
          ],
        ],
      ),
    );
  }
  if (r.process) {
    out.push(
      '',
      '**Whole process**: `node bin/factcheck.js check FILE` against harper.js set up and linting the same file in its own process (both started with node; spawn to exit)',
    );
    out.push(
      table(
        ['draft', 'runs', 'fact-check ms', 'harper.js ms', 'ours / peer'],
        r.process.map((p) => [
          `${p.draft}`,
          `${p.ours.n}`,
          range(p.ours, 0),
          p.peer ? range(p.peer, 0) : '–',
          p.peer ? (p.ours.median / p.peer.median).toFixed(3) : '–',
        ]),
      ),
    );
  }
  if (r.database?.sizes.length) {
    out.push('', '**Shared library on PostgreSQL** (synthetic articles; a 10,000-word draft; ms: median (min–max))');
    out.push(
      table(
        [
          'articles',
          'records',
          'import s (articles/s)',
          'check, database',
          'check, in memory',
          'ms / claim db (mem)',
          'queries',
          'records fetched',
          'same findings',
          'database MB',
        ],
        r.database.sizes.map((s) => [
          n(s.articles, 0),
          n(s.records, 0),
          `${n(s.importSeconds, 1)} (${n(s.articlesPerSecond, 0)})`,
          range(s.checkDbMs, 0),
          range(s.checkMemoryMs, 0),
          `${n(s.perClaimDbMs, 2)} (${n(s.perClaimMemoryMs, 2)})`,
          n(s.queries, 0),
          n(s.fetched, 0),
          s.identical ? 'yes' : 'NO',
          n(s.dbSizeMB, 0),
        ]),
      ),
    );
    const sv = r.database.server;
    if (sv)
      out.push(
        `Server with the database library (${n(sv.records, 0)} records): RSS ${n(sv.idle.rssMB)} MB idle, ${n(sv.withDraft.rssMB)} MB with the draft checked (heap ${n(sv.withDraft.heapUsedMB)} MB).`,
      );
  }
  if (r.database?.error) out.push('', `Shared library benchmark failed: ${r.database.error}`);
  if (r.scale) {
    out.push('', `**Library scale** (synthetic records from the real ones; ${r.scale[0]?.claims ?? 0} real claims looked up per pass)`);
    out.push(
      table(
        [
          'records',
          'build index ms',
          'lookup ms / claim',
          'slowest claim ms',
          'records compared / claim (most)',
          'heap MB (records + index)',
          'index MB',
        ],
        r.scale.map((s) => [
          n(s.records, 0),
          n(s.buildIndexMs, 0),
          range(s.lookupMsPerClaim, 3),
          n(s.slowestClaimMs, 1),
          `${n(s.comparedPerClaim, 0)} (${n(s.comparedMaxClaim, 0)})`,
          n(s.heapMB),
          n(s.indexHeapMB),
        ]),
      ),
    );
  }
  const t = r.targets;
  if (Object.keys(t).length) {
    out.push('', '**Targets**');
    out.push(
      table(
        ['target', 'this run', 'met'],
        Object.values(t).map((x) => [x.target, x.value, x.met ? 'yes' : '**no**']),
      ),
    );
  }
  console.log(out.join('\n'));
}

function typingLabel(m: TypingResult): string {
  const how = m.mode === 'pull' ? 'pulled' : 'pushed';
  return m.load ? `${how}, under a parallel build (${m.load.builds} builds)` : `${how}, idle`;
}
