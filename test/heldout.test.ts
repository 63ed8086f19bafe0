// Held-out set: draft sentences written independently of ../shared/eval/dev.jsonl, labelled by
// ../shared/eval/POLICY.md. One aggregate assertion: a single miss does not fail CI while the
// overall accuracy holds; the misses are printed for review.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkText } from '../server/src/engine/check';
import { loadLibrary } from '../server/src/engine/library';

interface Row {
  id: string;
  text: string;
  draft_date: string | null;
  verdict: 'supported' | 'conflicting' | 'outdated' | 'unsupported' | 'none';
  claim_kind: string;
  sources: string[];
  why: string;
}

const MIN_ACCURACY = 0.85;
// heldout.jsonl was written first and some engine rules were fixed from its misses;
// heldout2.jsonl was written blind, after that, and scored 93.9% before any change prompted by it.
const FIXTURES = ['heldout.jsonl', 'heldout2.jsonl'];

describe('held-out sets', () => {
  for (const name of FIXTURES)
    it(`${name} scores at least ${MIN_ACCURACY * 100}% accuracy`, () => {
      const fixture = path.join(__dirname, 'fixtures', name);
      const rows: Row[] = fs
        .readFileSync(fixture, 'utf8')
        .split('\n')
        .filter((l) => l.trim())
        .map((l) => JSON.parse(l));
      assert.ok(rows.length > 0, 'no rows in heldout.jsonl');

      const library = loadLibrary({ folders: [], bundled: true });
      const misses: string[] = [];
      const perVerdict: Record<string, { n: number; ok: number }> = {};
      let correct = 0;

      for (const row of rows) {
        const draft = row.draft_date ? `---\ndate: ${row.draft_date}\n---\n\n${row.text}\n` : `${row.text}\n`;
        const { findings } = checkText(draft, library, { file: row.id });
        const f = findings[0];
        const got = f ? f.verdict : 'none';
        const stat = (perVerdict[row.verdict] ??= { n: 0, ok: 0 });
        stat.n++;
        if (got === row.verdict) {
          correct++;
          stat.ok++;
        } else {
          misses.push(`  ${row.id} label=${row.verdict} got=${got} :: ${f ? f.message : '(no finding)'}\n      ${row.text}`);
        }
      }

      const accuracy = correct / rows.length;
      console.log(`\n  ${name} accuracy: ${(accuracy * 100).toFixed(1)}% (${correct}/${rows.length})`);
      for (const [v, s] of Object.entries(perVerdict)) console.log(`    ${v.padEnd(12)} ${s.ok}/${s.n}`);
      if (misses.length) console.log(`  misses:\n${misses.join('\n')}`);

      assert.ok(accuracy >= MIN_ACCURACY, `${name} accuracy ${(accuracy * 100).toFixed(1)}% is below ${MIN_ACCURACY * 100}%`);
    });
});
