// The incremental checker gives exactly the findings of a full check, re-checking only the
// paragraphs an edit touched (and the one after when its "he said" refers back).
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkText } from '../server/src/engine/check';
import { IncrementalChecker } from '../server/src/engine/incremental';
import { loadLibrary } from '../server/src/engine/library';

const ROOT = path.resolve(__dirname, '..');
const summary = (fs: { span: { start: number; end: number }; verdict: string; message: string; checked?: string }[]) =>
  fs.map((f) => `${f.span.start}-${f.span.end} ${f.verdict} ${f.checked ?? ''} ${f.message}`);

describe('incremental checking', () => {
  const library = loadLibrary({ folders: [], bundled: true });
  const rows = fs
    .readFileSync(path.join(ROOT, 'test', 'fixtures', 'heldout2.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l).text as string);
  const draft = `---\ndate: 2024-11-25\n---\n\n${rows.join('\n\n')}\n`;

  it('matches a full check of the same text', () => {
    for (const text of [draft, fs.readFileSync(path.join(ROOT, 'examples', 'draft.md'), 'utf8')]) {
      assert.deepEqual(summary(new IncrementalChecker(library).check(text).findings), summary(checkText(text, library).findings));
    }
  });

  it('re-checks only the edited paragraph and the next, and still matches a full check', () => {
    const inc = new IncrementalChecker(library);
    const first = inc.check(draft);
    assert.equal(first.reused, 0);
    const target = rows[10];
    const edited = draft.replace(target, target.replace(/\.$/, ' <!-- checked: by phone -->.'));
    assert.notEqual(edited, draft);
    const second = inc.check(edited);
    assert.ok(second.rechecked <= 2, `re-checked ${second.rechecked}`);
    assert.equal(second.reused, first.rechecked - second.rechecked);
    assert.deepEqual(summary(second.findings), summary(checkText(edited, library).findings));
  });

  it('a changed draft date re-checks everything', () => {
    const inc = new IncrementalChecker(library);
    inc.check(draft);
    const r = inc.check(draft.replace('2024-11-25', '2024-11-01'));
    assert.equal(r.reused, 0);
  });

  describe('a paragraph that opens with "he said"', () => {
    const SPEAKER = 'Pentagon spokesperson Sabrina Singh said on Monday that North Korea had sent troops to Russia.';
    const OTHER = 'National Security Council spokesman John Kirby said on Monday that North Korea had sent troops to Russia.';
    const doc = (second: string) => `---\ndate: 2024-11-25\n---\n\n${SPEAKER}\n\n${second}\n\nIt is hard to see how this ends.\n`;

    it('is re-checked when the actor it refers to changes, and matches a full check', () => {
      const text = doc('He said about 10,000 North Korean troops were in the Kursk region.');
      const inc = new IncrementalChecker(library);
      inc.check(text);
      const edited = text.replace(SPEAKER, OTHER);
      const r = inc.check(edited);
      assert.equal(r.rechecked, 2);
      assert.deepEqual(summary(r.findings), summary(checkText(edited, library).findings));
    });

    it('is reused when it names its own speaker, however the paragraph before changes', () => {
      const text = doc('The State Department said about 10,000 North Korean troops were in the Kursk region.');
      const inc = new IncrementalChecker(library);
      inc.check(text);
      for (const edited of [text.replace(SPEAKER, OTHER), text.replace(SPEAKER, SPEAKER.replace(/\.$/, ' today.'))]) {
        const r = inc.check(edited);
        assert.equal(r.rechecked, 1);
        assert.deepEqual(summary(r.findings), summary(checkText(edited, library).findings));
      }
    });
  });

  it('typing a sentence at the end of a paragraph reads only the sentence being typed, and matches a full check', () => {
    const inc = new IncrementalChecker(library);
    const base = `---\ndate: 2024-11-25\n---\n\n${rows.slice(0, 4).join(' ')}\n\n${rows[4]}\n`;
    inc.check(base);
    const at = base.indexOf('\n\n', 30);
    const typed = ' North Korea has sent about 3,000 more troops to the Kursk region, officials said.';
    let read = 0;
    for (let n = 1; n <= typed.length; n += 7) {
      const text = base.slice(0, at) + typed.slice(0, n) + base.slice(at);
      const r = inc.check(text);
      assert.equal(r.rechecked, 1);
      assert.ok(r.sentencesRead <= 2, `read ${r.sentencesRead} sentences at ${n}`);
      read += r.sentencesRead;
      assert.deepEqual(summary(r.findings), summary(checkText(text, library).findings), `at ${n}`);
    }
    assert.ok(read > 0);
  });
});
