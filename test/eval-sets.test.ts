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

interface Row {
  id: string;
  text: string;
  draft_date: string | null;
  verdict: string;
}

const FIXTURES = path.join(__dirname, 'fixtures');
const ELECTION = path.join(FIXTURES, 'stories', 'election');
const FLOOD = path.join(FIXTURES, 'stories', 'flood');

function rows(file: string): Row[] {
  return fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
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

  it('real-news paraphrases (realnews-tune.jsonl): accuracy at least 70%, false alarms at most 3 per 100', () => {
    const set = rows(path.join(FIXTURES, 'realnews-tune.jsonl'));
    const { accuracy, alarms } = score(set, verdicts(set, loadLibrary({ folders: [], bundled: true })));
    console.log(`      accuracy ${(accuracy * 100).toFixed(1)}%, false alarms ${(alarms * 100).toFixed(1)} per 100`);
    assert.ok(accuracy >= 0.7, `accuracy ${accuracy}`);
    assert.ok(alarms <= 0.03, `false alarms ${alarms}`);
  });

  it('another story (an election count) with no alias file: accuracy at least 65%, false alarms at most 7 per 100', () => {
    const set = rows(path.join(ELECTION, 'drafts.jsonl'));
    const { accuracy, alarms } = score(set, verdicts(set, loadLibrary({ folders: [path.join(ELECTION, 'sources')], bundled: false })));
    console.log(`      accuracy ${(accuracy * 100).toFixed(1)}%, false alarms ${(alarms * 100).toFixed(1)} per 100`);
    assert.ok(accuracy >= 0.65, `accuracy ${accuracy}`);
    assert.ok(alarms <= 0.07, `false alarms ${alarms}`);
  });

  // Held back until the end of the session that wrote them (their figures then were the honest
  // ones: see README); floors from here on.
  it('real-news paraphrases held back (realnews-heldback.jsonl): accuracy at least 63%, false alarms at most 4 per 100', () => {
    const set = rows(path.join(FIXTURES, 'realnews-heldback.jsonl'));
    const { accuracy, alarms } = score(set, verdicts(set, loadLibrary({ folders: [], bundled: true })));
    console.log(`      accuracy ${(accuracy * 100).toFixed(1)}%, false alarms ${(alarms * 100).toFixed(1)} per 100`);
    assert.ok(accuracy >= 0.63, `accuracy ${accuracy}`);
    assert.ok(alarms <= 0.04, `false alarms ${alarms}`);
  });

  it('a third story held back (a flood) with no alias file: accuracy at least 55%, false alarms at most 5 per 100', () => {
    const set = rows(path.join(FLOOD, 'drafts.jsonl'));
    const { accuracy, alarms } = score(set, verdicts(set, loadLibrary({ folders: [path.join(FLOOD, 'sources')], bundled: false })));
    console.log(`      accuracy ${(accuracy * 100).toFixed(1)}%, false alarms ${(alarms * 100).toFixed(1)} per 100`);
    assert.ok(accuracy >= 0.55, `accuracy ${accuracy}`);
    assert.ok(alarms <= 0.05, `false alarms ${alarms}`);
  });

  it('another story: the bundled library switched on changes at most 3 verdicts in 60', () => {
    const set = rows(path.join(ELECTION, 'drafts.jsonl'));
    const off = verdicts(set, loadLibrary({ folders: [path.join(ELECTION, 'sources')], bundled: false }));
    const on = verdicts(set, loadLibrary({ folders: [path.join(ELECTION, 'sources')], bundled: true }));
    const changed = set.map((r, i) => (off[i] !== on[i] ? `${r.id}: ${off[i]} -> ${on[i]}` : '')).filter(Boolean);
    if (changed.length) console.log(`      changed: ${changed.join('; ')}`);
    assert.ok(changed.length <= 3, changed.join('\n'));
  });
});
