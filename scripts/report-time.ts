// How long the claims report of a 10,000-word draft takes (issue: under 1 s here). Reports, does not
// assert: `npm run bench:report [-- WORDS]`. Two figures: in one process, the report built
// (engine buildReport: check, citations, timelines) and rendered to its HTML page with the page
// script inlined, as `factcheck report` does after the library is read; and the whole command,
// `node bin/factcheck.js report DRAFT --out FILE` (start, library, report, write), as a user runs
// it. The draft is the benchmark's own (scripts/bench/drafts.ts: the bundled sources' sentences,
// varied, with sentences that make no claim), seeded, so runs compare.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { buildReport, loadLibrary } from '../server/src/engine';
import { reportPage } from '../server/src/report/page';
import { makeDraft } from './bench/drafts';

const ROOT = path.join(__dirname, '..');
const WORDS = Number(process.argv[2] ?? 10000);
const RUNS = 9;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x: number) => `${x.toFixed(0)} ms`;

const script = path.join(ROOT, 'dist', 'report-chart.js');
if (!fs.existsSync(script)) {
  console.error(`${script} is missing: run npm run build first`);
  process.exit(2);
}
const chart = fs.readFileSync(script, 'utf8');
const library = loadLibrary({ folders: [], bundled: true });
const draft = makeDraft(library, { words: WORDS, seed: 16 });
const words = draft.split(/\s+/).filter(Boolean).length;

const inProcess: number[] = [];
let size = 0;
let claims = 0;
let timelines = 0;
for (let i = 0; i < RUNS + 2; i++) {
  const t = performance.now();
  const report = buildReport(draft, library, { file: 'draft.md' });
  const page = reportPage(report, { mode: 'file', nonce: randomBytes(18).toString('base64'), script: chart });
  const dt = performance.now() - t;
  if (i >= 2) inProcess.push(dt); // two warm-up runs
  size = page.length;
  claims = report.claims.length;
  timelines = report.timelines.length;
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'factcheck-report-time-'));
const file = path.join(tmp, 'draft.md');
fs.writeFileSync(file, draft);
const whole: number[] = [];
for (let i = 0; i < 5; i++) {
  const t = performance.now();
  const r = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'factcheck.js'), 'report', file, '--out', path.join(tmp, 'report.html')], {
    encoding: 'utf8',
  });
  whole.push(performance.now() - t);
  if (r.status !== 0) {
    console.error(r.stderr);
    process.exit(1);
  }
}
fs.rmSync(tmp, { recursive: true, force: true });

console.log(
  `claims report of a ${words.toLocaleString('en-US')}-word draft (${claims} claims, ${timelines} timelines, ${(size / 1024).toFixed(0)} KB of HTML)`,
);
console.log(
  `  built and rendered in one process: median ${ms(median(inProcess))} (${ms(Math.min(...inProcess))}–${ms(Math.max(...inProcess))}, ${RUNS} runs)`,
);
console.log(
  `  factcheck report, the whole command: median ${ms(median(whole))} (${ms(Math.min(...whole))}–${ms(Math.max(...whole))}, 5 runs)`,
);
console.log(`  load average ${os.loadavg()[0].toFixed(2)} on ${os.cpus().length} cores`);
