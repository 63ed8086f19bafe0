// Marks over a source excerpt in a hover: the words it shares with the claim, and for a record that
// says otherwise, the figures and names it has that the claim lacks.
import assert from 'node:assert/strict';
import { excerptMarks } from '../server/src/engine';
import { markExcerpt } from '../server/src/lsp/features/hover';

const STOP = new Set(['the', 'of', 'to', 'said', 'in', 'had', 'been', 'about']);
const EXCERPT = 'Ukraine’s military intelligence agency HUR said roughly 12,000 North Korean soldiers had been deployed to Russia.';

describe('excerpt marks', () => {
  it('shared words in runs; stop words alone are not marked', () => {
    const claim = 'HUR said 11,000 North Korean soldiers had been deployed to Russia.';
    const marks = excerptMarks(EXCERPT, claim, STOP).map((m) => `${m.kind}:${EXCERPT.slice(m.start, m.end)}`);
    assert.deepEqual(marks, ['shared:HUR', 'shared:North Korean soldiers', 'shared:deployed', 'shared:Russia']);
  });

  it('a record that says otherwise: the figure and names the claim lacks differ', () => {
    const claim = 'HUR said 11,000 North Korean soldiers had been deployed to Russia.';
    const marks = excerptMarks(EXCERPT, claim, STOP, true).filter((m) => m.kind === 'differs');
    assert.deepEqual(
      marks.map((m) => EXCERPT.slice(m.start, m.end)),
      ['Ukraine', '12,000'],
    );
    assert.equal(excerptMarks(EXCERPT, EXCERPT, STOP, true).filter((m) => m.kind === 'differs').length, 0);
  });

  it('rendered in Markdown: shared in bold, differing in italics, the rest escaped', () => {
    const md = markExcerpt('Kirby said *3,000* troops', 'Kirby said 2,000 troops', STOP, true);
    assert.equal(md, '**Kirby** said \\*_3,000_\\* **troops**');
  });
});
