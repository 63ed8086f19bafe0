// `npm run eval`: scores the engine against a labelled set (default ../shared/eval/dev.jsonl), one
// draft per row as the set's README describes, against the bundled library. Prints accuracy,
// precision and recall per verdict, a confusion matrix, and how often the cited source is right.
//   npm run eval -- [FILE.jsonl] [--verbose] [--json OUT] [--sources DIR]... [--aliases FILE]... [--no-bundled]
// A story of its own (test/fixtures/stories/NAME/) is scored with its sources:
//   npm run eval -- test/fixtures/stories/election/drafts.jsonl --sources test/fixtures/stories/election/sources --no-bundled
import * as fs from 'fs';
import * as path from 'path';
import { checkText } from '../server/src/engine/check';
import { loadLibrary } from '../server/src/engine/library';

interface Row {
  id: string;
  text: string;
  draft_date: string | null;
  verdict: string;
  claim_kind: string;
  sources: string[];
  evidence: string[];
  why: string;
}

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const jsonOut = args.includes('--json') ? args[args.indexOf('--json') + 1] : undefined;
const VALUED = new Set(['--json', '--sources', '--aliases']);
const values = (flag: string) => args.flatMap((a, i) => (a === flag && args[i + 1] ? [args[i + 1]] : []));
const file =
  args.find((a, i) => !a.startsWith('--') && !VALUED.has(args[i - 1])) ?? path.join(__dirname, '..', '..', 'shared', 'eval', 'dev.jsonl');

if (!fs.existsSync(file)) {
  console.error(`eval: no labelled set at ${file} (pass one: npm run eval -- FILE.jsonl)`);
  process.exit(2);
}
const rows: Row[] = fs
  .readFileSync(file, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l));

const library = loadLibrary({ folders: values('--sources'), bundled: !args.includes('--no-bundled'), aliasFiles: values('--aliases') });
for (const p of library.problems) if (p.severity === 'error') console.error(`eval: ${p.file ?? ''}: ${p.message}`);
const LABELS = ['supported', 'conflicting', 'outdated', 'unsupported', 'none'];
const confusion: Record<string, Record<string, number>> = {};
for (const l of LABELS) confusion[l] = Object.fromEntries(LABELS.map((x) => [x, 0]));
let correct = 0;
let sourceRows = 0;
let sourceHits = 0;
let citingRows = 0;
let citingHits = 0;
let evidenceRows = 0;
let evidenceHits = 0;
const wrong: string[] = [];
const started = process.hrtime.bigint();

for (const row of rows) {
  const draft = row.draft_date ? `---\ndate: ${row.draft_date}\n---\n\n${row.text}\n` : `${row.text}\n`;
  const { findings } = checkText(draft, library, { file: row.id });
  // The finding for the sentence: the first one (a row is one sentence).
  const f = findings[0];
  const got = f ? f.verdict : 'none';
  confusion[row.verdict][got]++;
  const ok = got === row.verdict;
  if (ok) correct++;
  if (row.sources.length && f) {
    sourceRows++;
    if (f.evidence.some((e) => row.sources.includes(e.source))) sourceHits++;
  } else if (row.sources.length) sourceRows++;
  // Of the findings that cite a source (supported, conflicting, outdated), how many cite a right
  // one: the figure a reader meets in a hover or a warning.
  if (f && f.verdict !== 'unsupported' && f.evidence.length) {
    citingRows++;
    if (f.evidence.some((e) => row.sources.includes(e.source))) citingHits++;
  }
  if (['supported', 'conflicting', 'outdated'].includes(row.verdict) && row.evidence?.length) {
    evidenceRows++;
    if (f && f.evidence.some((e) => row.evidence.some((ev) => norm(e.excerpt).includes(norm(ev)) || norm(ev).includes(norm(e.excerpt)))))
      evidenceHits++;
  }
  if (!ok || verbose) {
    wrong.push(
      `${ok ? 'ok ' : 'BAD'} ${row.id} label=${row.verdict} got=${got} [${row.claim_kind}] ${row.text}\n      why: ${row.why}\n      tool: ${f ? f.message : '(no finding)'}${f ? '\n      cites: ' + [...new Set(f.evidence.map((e) => `${e.relation}:${e.source}`))].join(' ') : ''}`,
    );
  }
}
const ms = Number(process.hrtime.bigint() - started) / 1e6;

function norm(s: string): string {
  return s.replace(/[’‘]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();
}

const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(1) + '%' : 'n/a');
console.log(wrong.join('\n'));
console.log(`\nrows: ${rows.length}   accuracy: ${pct(correct, rows.length)} (${correct}/${rows.length})   ${ms.toFixed(0)} ms in all`);
console.log(`cited source is a labelled one: ${pct(sourceHits, sourceRows)} (${sourceHits}/${sourceRows})`);
console.log(`a cited source is a right one, of the findings citing: ${pct(citingHits, citingRows)} (${citingHits}/${citingRows})`);
console.log(`finding shows a labelled evidence sentence: ${pct(evidenceHits, evidenceRows)} (${evidenceHits}/${evidenceRows})`);
// A false alarm: a warning (conflicting, outdated) the policy does not give; a false support: a
// claim passed as supported that the policy says is not.
const alarms =
  LABELS.filter((l) => l !== 'conflicting' && l !== 'outdated').reduce((n, l) => n + confusion[l].conflicting + confusion[l].outdated, 0) +
  confusion.conflicting.outdated +
  confusion.outdated.conflicting;
const falseSupport = ['conflicting', 'outdated', 'unsupported', 'none'].reduce((n, l) => n + confusion[l].supported, 0);
console.log(`false alarms: ${alarms} (${((100 * alarms) / rows.length).toFixed(1)} per 100 sentences)   false supports: ${falseSupport}\n`);
console.log('verdict        precision  recall   n');
const per: Record<string, { precision: number; recall: number; n: number }> = {};
for (const l of LABELS) {
  const tp = confusion[l][l];
  const predicted = LABELS.reduce((s, x) => s + confusion[x][l], 0);
  const actual = LABELS.reduce((s, x) => s + confusion[l][x], 0);
  per[l] = { precision: predicted ? tp / predicted : 0, recall: actual ? tp / actual : 0, n: actual };
  console.log(`${l.padEnd(14)} ${pct(tp, predicted).padStart(9)}  ${pct(tp, actual).padStart(6)}  ${String(actual).padStart(3)}`);
}
console.log('\nconfusion (rows: label, columns: tool; none = no finding)');
console.log(''.padEnd(14) + LABELS.map((l) => l.slice(0, 11).padStart(12)).join(''));
for (const l of LABELS) console.log(l.padEnd(14) + LABELS.map((x) => String(confusion[l][x]).padStart(12)).join(''));
if (jsonOut) {
  fs.writeFileSync(
    jsonOut,
    JSON.stringify(
      { rows: rows.length, accuracy: correct / rows.length, sources: sourceHits / (sourceRows || 1), per, confusion },
      null,
      2,
    ),
  );
}
