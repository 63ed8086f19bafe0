// Verdicts must not change when the engine gets faster. This writes every finding (verdict, message,
// evidence, parts, spans) for the held-out sets, the development set, examples/draft.md and two
// generated benchmark drafts (full check and incremental check), so two runs can be compared:
//   node --import tsx scripts/bench/snapshot.ts OUT.json            write a snapshot
//   node --import tsx scripts/bench/snapshot.ts OUT.json --compare BEFORE.json
import * as fs from 'fs';
import * as path from 'path';
import { checkText } from '../../server/src/engine/check';
import { IncrementalChecker } from '../../server/src/engine/incremental';
import { loadLibrary } from '../../server/src/engine/library';
import { makeDraft } from './drafts';

const root = path.join(__dirname, '..', '..');
const args = process.argv.slice(2);
const out = args[0];
const compare = args.includes('--compare') ? args[args.indexOf('--compare') + 1] : undefined;
if (!out) {
  console.error('usage: snapshot.ts OUT.json [--compare BEFORE.json]');
  process.exit(2);
}

const library = loadLibrary({ folders: [], bundled: true });
const snap: Record<string, unknown> = {};
const sets = [
  path.join(root, 'test/fixtures/heldout.jsonl'),
  path.join(root, 'test/fixtures/heldout2.jsonl'),
  path.join(root, '..', 'shared', 'eval', 'dev.jsonl'),
];
for (const file of sets) {
  if (!fs.existsSync(file)) continue;
  const rows = fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { id: string; text: string; draft_date: string | null });
  snap[path.basename(file)] = rows.map((row) => {
    const draft = row.draft_date ? `---\ndate: ${row.draft_date}\n---\n\n${row.text}\n` : `${row.text}\n`;
    return { id: row.id, findings: checkText(draft, library, { file: row.id }).findings };
  });
}
snap['examples/draft.md'] = checkText(fs.readFileSync(path.join(root, 'examples/draft.md'), 'utf8'), library).findings;
for (const words of [1000, 10000]) {
  const draft = makeDraft(library, { words, seed: 7 });
  snap[`generated-${words}`] = checkText(draft, library).findings;
  const inc = new IncrementalChecker(library);
  inc.check(draft);
  const mid = draft.indexOf('\n\n', Math.floor(draft.length / 2));
  snap[`incremental-${words}`] = inc.check(draft.slice(0, mid) + ' North Korea has sent 2,000 troops.' + draft.slice(mid)).findings;
}
fs.writeFileSync(out, JSON.stringify(snap, null, 1));
const count = (v: unknown): number =>
  Array.isArray(v)
    ? v.reduce((s: number, x) => s + (x && typeof x === 'object' && 'findings' in x ? (x.findings as unknown[]).length : 1), 0)
    : 0;
console.log(
  `snapshot: ${Object.entries(snap)
    .map(([k, v]) => `${k} ${count(v)}`)
    .join(', ')} -> ${out}`,
);
if (compare) {
  const before = JSON.parse(fs.readFileSync(compare, 'utf8')) as Record<string, unknown>;
  const after = JSON.parse(JSON.stringify(snap)) as Record<string, unknown>;
  let same = true;
  for (const k of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const a = JSON.stringify(before[k]);
    const b = JSON.stringify(after[k]);
    if (a !== b) {
      same = false;
      const xs = (before[k] ?? []) as unknown[];
      const ys = (after[k] ?? []) as unknown[];
      const i = xs.findIndex((x, j) => JSON.stringify(x) !== JSON.stringify(ys[j]));
      console.log(
        `DIFFERENT: ${k} (first difference at item ${i})\n  before: ${JSON.stringify(xs[i]).slice(0, 600)}\n  after:  ${JSON.stringify(ys[i]).slice(0, 600)}`,
      );
    }
  }
  console.log(same ? 'IDENTICAL to ' + compare : 'findings changed');
  process.exit(same ? 0 : 1);
}
