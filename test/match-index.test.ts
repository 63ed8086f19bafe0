// The record index bounds every lookup: in a library far larger than CANDIDATES, a claim meets at
// most about CANDIDATES records per lookup (no scan of the library), and the records that match it
// are still among them. The library is synthetic (scripts/bench/synth.ts: the real records as
// variant 0, then the same stories with other figures, places, speakers and words).
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { checkText } from '../server/src/engine/check';
import { extractClaims } from '../server/src/engine/extract/claims';
import { loadLibrary } from '../server/src/engine/library';
import { mostSpecific } from '../server/src/engine/match/elements';
import { mostShared } from '../server/src/engine/match/bounded';
import { CANDIDATES, MEASURE_CANDIDATES, RecordIndex } from '../server/src/engine/match/index';
import { judgeClaim } from '../server/src/engine/match/verdict';
import type { Library } from '../server/src/engine/api';
import { synthesize } from '../scripts/bench/synth';

describe('record index: bounded lookups', function () {
  this.timeout(60000);
  const library = loadLibrary({ folders: [], bundled: true });
  const lex = library.lexicon;
  const records = synthesize({ lex, real: library.records }, 30000);
  const index = new RecordIndex(records, lex);
  const big: Library = { sources: library.sources, records, problems: [], lexicon: lex, index };
  const CLAIM = 'Ukraine’s military intelligence agency HUR said roughly 12,000 North Korean soldiers had been deployed to Russia.';
  const claim = extractClaims(CLAIM, lex, { refDate: '2024-11-25' })[0];

  it('a figure meets at most MEASURE_CANDIDATES entries of a large measure, not all of them', () => {
    const q = claim.quantities[0];
    assert.ok(index.quantities(q.counted!).length > 3 * CANDIDATES, `the measure has ${index.quantities(q.counted!).length} entries`);
    const picked = index.quantityCandidates(
      q,
      ['o:hur'],
      claim.places.map((p) => p.id),
    );
    // Those most of its keys (value, each actor key, each place) share, however many entries have one.
    const own = picked.filter((e) => e.quantity.counted === q.counted);
    assert.ok(own.length > 0 && own.length <= MEASURE_CANDIDATES, `${own.length} candidates of ${q.counted}`);
    // A measure compared with it (troops for soldiers) is looked up as itself: whole when small.
    for (const m of lex.comparedWith.get(q.counted!) ?? []) {
      const n = index.quantities(m).length;
      assert.ok(picked.filter((e) => e.quantity.counted === m).length <= (n > CANDIDATES ? MEASURE_CANDIDATES : n), m);
    }
    assert.ok(
      picked.some((e) => e.record < library.records.length),
      'the real records are among them',
    );
  });

  it('picks the entries most lists share, the value counting twice, the later first among equals', () => {
    const value = [1, 5, 9];
    const actor = [2, 5, 7, 9];
    const place = [3, 7, 8, 9];
    // 9: value, actor, place; 5: value, actor; 7: actor, place (2); 1: value (2); then 8, 3, 2.
    assert.deepEqual(mostShared([value, actor, place], [2, 1, 1], 1, 1000), [9]);
    assert.deepEqual(mostShared([value, actor, place], [2, 1, 1], 2, 1000), [5, 9]);
    assert.deepEqual(mostShared([value, actor, place], [2, 1, 1], 3, 1000), [5, 7, 9], 'of the weight-2 ones, the latest');
    assert.deepEqual(mostShared([value, actor, place], [2, 1, 1], 6, 1000), [1, 3, 5, 7, 8, 9]);
    assert.deepEqual(mostShared([value, actor, place], [2, 1, 1], 99, 1000), [1, 2, 3, 5, 7, 8, 9], 'all of them, each once');
    assert.deepEqual(mostShared([value, actor, place], [2, 1, 1], 99, 2), [5, 7, 8, 9], 'only the last two of each list read');
    assert.deepEqual(mostShared([Int32Array.from([4, 6]), []], [1, 1], 5, 10), [4, 6]);
    // Nothing is left over for the next call.
    assert.deepEqual(mostShared([[9]], [1], 5, 10), [9]);
  });

  it('keyword lookups stop at CANDIDATES records', () => {
    const got = index.recordsWithKeywords(claim.keywords);
    assert.ok(got.length <= CANDIDATES, `${got.length} records`);
    assert.ok(got.length > 0);
  });

  it('counts what a claim is compared with: bounded, a small share of the library', () => {
    const before = index.compared;
    judgeClaim(claim, big, index, '2024-11-25');
    const compared = index.compared - before;
    assert.ok(compared > 0, 'the judges were handed candidates');
    assert.ok(compared < records.length / 5, `${compared} of ${records.length} records compared`);
  });

  it("a record's setting (its places, its neighbours', what they name) is worked out once", () => {
    const i = library.records.findIndex((r) => r.context.length > 0 && r.places.some((p) => p.role === 'at'));
    assert.ok(i >= 0, 'a real record with a place and neighbours');
    const s = index.settingOf(i);
    assert.equal(index.settingOf(i), s, 'remembered');
    const r = records[i];
    assert.deepEqual(s.records, [r, ...r.context.map((j) => records[j])]);
    assert.deepEqual(s.own, [...new Set(r.places.filter((p) => p.role === 'at').map((p) => p.id))]);
    assert.deepEqual(
      s.wider,
      mostSpecific(
        s.records.flatMap((x) => x.places),
        lex,
      ),
    );
    assert.ok(s.wider.length > 0);
    for (const x of s.records) for (const e of x.entities) assert.ok(s.named.has(e));
  });

  it('the claim gets the verdict it gets from the bundled library alone', () => {
    const alone = checkText(CLAIM, library, { date: '2024-11-25' }).findings[0];
    const inBig = judgeClaim(claim, big, index, '2024-11-25');
    assert.equal(inBig?.verdict, alone.verdict);
    assert.equal(alone.verdict, 'supported');
  });
});

describe('record index: word weights per collection', () => {
  const story = path.join(__dirname, 'fixtures', 'stories', 'ferry', 'sources');
  const off = loadLibrary({ folders: [story], bundled: false });
  const on = loadLibrary({ folders: [story], bundled: true });

  it("a newsroom's own records weigh their words among themselves: the bundled library on or off, the same weight", () => {
    assert.ok(on.index.bundled > 0 && off.index.bundled === 0);
    for (const w of ['ferry', 'coast', 'guard', 'russia', 'soldier', 'missing'])
      assert.equal(on.index.keywordWeight(w, false), off.index.keywordWeight(w, false), w);
  });
  it("the bundled library's records weigh them among the bundled ones: a word common there is light there, rare in the story", () => {
    assert.ok(on.index.keywordWeight('soldier', true) < on.index.keywordWeight('soldier', false));
    assert.ok(on.index.isBundled(0) && !on.index.isBundled(on.records.length - 1));
  });
});
