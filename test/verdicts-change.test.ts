// Which way a figure moved ("rose to 4.9%", "fell 0.6%"): the same figure reached the other way is
// a contradiction. Sentences from the rate-cut story's sources and drafts, each with a case where the
// rule must not fire.
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { checkText } from '../server/src/engine/check';
import { loadLexicon } from '../server/src/engine/data/lexicon';
import { extractClaims } from '../server/src/engine/extract/claims';
import { loadLibrary } from '../server/src/engine/library';

const lex = loadLexicon();
const changes = (text: string) => extractClaims(`${text}\n`, lex)[0].quantities.map((q) => q.change);
const ratecut = loadLibrary({ folders: [path.join(__dirname, 'fixtures', 'stories', 'ratecut', 'sources')], bundled: false });
const check = (text: string) => checkText(`---\ndate: 2025-11-07\n---\n\n${text}\n`, ratecut).findings[0];

describe('verdicts: which way a figure moved', () => {
  it('reads the change from the verb before the figure, a noun after it, or "down from" after it', () => {
    assert.deepEqual(changes('Food inflation rose to 4.9% in September.'), ['up']);
    assert.deepEqual(changes('Sterling fell 0.6% against the dollar to $1.3045.'), ['down', undefined]);
    assert.deepEqual(changes('The index posted a 1.2% rise.'), ['up']);
    assert.deepEqual(changes('Consumer prices rose 3.6% in the 12 months to September, down from 3.8% in August.'), ['down', undefined]);
    assert.deepEqual(changes('North Korea sent 12,000 soldiers to Russia.'), [undefined]);
  });
  it('"Sterling rose 0.6%" when the source has it falling 0.6%: conflicting, naming the fall', () => {
    const f = check('Sterling rose 0.6% against the dollar after the rate decision.');
    assert.equal(f?.verdict, 'conflicting');
    assert.match(f.message, /as a fall, not a rise/);
  });
  it('the same way is no conflict; a rate that "slowed to" the figure the source gives "down from" its last is supported', () => {
    assert.notEqual(check('Sterling fell 0.6% against the dollar after the rate decision.')?.verdict, 'conflicting');
    assert.equal(check('UK consumer price inflation slowed to 3.6% in September from 3.8% in August, the ONS said.')?.verdict, 'supported');
  });
});

describe('verdicts: figures read together', () => {
  const closure = loadLibrary({ folders: [path.join(__dirname, 'fixtures', 'stories', 'closure', 'sources')], bundled: false });
  const inClosure = (text: string) => checkText(`---\ndate: 2025-11-13\n---\n\n${text}\n`, closure).findings;
  it('"87% backed a walkout, with 78% of members taking part" for "87% in favour on a 78% turnout": both backed', () => {
    const fs = inClosure('In a strike ballot, 87% of MAIU members at Hranov backed a walkout, with 78% of members taking part.');
    assert.deepEqual(
      fs.map((f) => f.verdict),
      ['supported'],
    );
  });
  it('a figure the record does not give beside the other is still compared', () => {
    const fs = inClosure('In a strike ballot, 87% of MAIU members at Hranov backed a walkout, with 68% of members taking part.');
    assert.notDeepEqual(
      fs.map((f) => f.verdict),
      ['supported'],
    );
  });
});
