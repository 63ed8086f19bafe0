// Evaluation sets under test/fixtures scored in `npm test` with a floor each (npm run eval prints
// the whole confusion matrix): real-news paraphrases about the bundled story, written blind by a
// helper who did not read the engine (realnews-tune.jsonl), and another story's library with its
// own labelled drafts (stories/election: an election count, no alias file needed). One aggregate
// assertion per set, and the false-alarm rate (conflicting/outdated where the label is not), which
// matters more to a reporter than the accuracy.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkText } from '../server/src/engine/check';
import { loadLibrary } from '../server/src/engine/library';
import type { Library } from '../server/src/engine/api';
import { SETS, STORIES } from './eval-set-floors';

interface Row {
  id: string;
  text: string;
  draft_date: string | null;
  verdict: string;
}

function rows(file: string): Row[] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));
}

function verdicts(set: Row[], library: Library): string[] {
  return set.map((row) => {
    const draft = row.draft_date ? `---\ndate: ${row.draft_date}\n---\n\n${row.text}\n` : `${row.text}\n`;
    return checkText(draft, library, { file: row.id }).findings[0]?.verdict ?? 'none';
  });
}

function score(set: Row[], got: string[]): { accuracy: number; alarms: number } {
  let correct = 0;
  let alarms = 0;
  set.forEach((row, i) => {
    if (got[i] === row.verdict) correct++;
    else if (got[i] === 'conflicting' || got[i] === 'outdated') alarms++;
  });
  return { accuracy: correct / set.length, alarms: alarms / set.length };
}

describe('evaluation sets (floors)', function () {
  this.timeout(60_000);

  // Each set with its library and floors: test/eval-set-floors.ts.
  for (const t of SETS) {
    it(`${t.name}: accuracy at least ${Math.round(t.accuracy * 100)}%, false alarms at most ${Math.round(t.alarms * 100)} per 100`, function () {
      // The shared sets live beside the checkout (CI has them there); a clone without them skips.
      if (!fs.existsSync(t.file)) this.skip();
      const set = rows(t.file);
      const library = loadLibrary({ folders: t.folders, bundled: t.bundled });
      // Every article of the set's library is read: an extractor that throws loses a source silently.
      assert.deepEqual(
        library.problems.filter((p) => p.severity === 'error'),
        [],
      );
      const { accuracy, alarms } = score(set, verdicts(set, library));
      console.log(`      accuracy ${(accuracy * 100).toFixed(1)}%, false alarms ${(alarms * 100).toFixed(1)} per 100`);
      assert.ok(accuracy >= t.accuracy, `accuracy ${accuracy}`);
      assert.ok(alarms <= t.alarms, `false alarms ${alarms}`);
    });
  }

  // Another story's verdicts with the bundled library switched on or off (issue 12): the bundled
  // articles do not speak to them, and a collection's words are weighed among its own records
  // (RecordIndex.keywordWeight), so not one verdict of any story's drafts changes.
  for (const story of fs.readdirSync(STORIES).sort()) {
    const dir = path.join(STORIES, story);
    const files = fs.readdirSync(dir).filter((f) => f.endsWith('.jsonl'));
    it(`${story}: the bundled library switched on changes none of its drafts' verdicts (${files.join(', ')})`, () => {
      const set = files.flatMap((f) => rows(path.join(dir, f)));
      const off = verdicts(set, loadLibrary({ folders: [path.join(dir, 'sources')], bundled: false }));
      const on = verdicts(set, loadLibrary({ folders: [path.join(dir, 'sources')], bundled: true }));
      const changed = set.map((r, i) => (off[i] !== on[i] ? `${r.id}: ${off[i]} -> ${on[i]}` : '')).filter(Boolean);
      assert.deepEqual(changed, []);
    });
  }
});
