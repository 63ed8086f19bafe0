// The record index bounds every lookup: in a library far larger than CANDIDATES, a claim meets at
// most about CANDIDATES records per lookup (no scan of the library), and the records that match it
// are still among them. The library is synthetic (scripts/bench/synth.ts: the real records as
// variant 0, then the same stories with other figures, places, speakers and words).
import assert from 'node:assert/strict';
import { checkText } from '../server/src/engine/check';
import { extractClaims } from '../server/src/engine/extract/claims';
import { engineState, loadLibrary } from '../server/src/engine/library';
import { CANDIDATES, RecordIndex } from '../server/src/engine/match/index';
import { judgeClaim } from '../server/src/engine/match/verdict';
import type { Library } from '../server/src/engine/api';
import { synthesize } from '../scripts/bench/synth';

describe('record index: bounded lookups', function () {
  this.timeout(60000);
  const library = loadLibrary({ folders: [], bundled: true });
  const lex = engineState(library).lex;
  const records = synthesize({ lex, real: library.records }, 30000);
  const index = new RecordIndex(records, lex);
  const big: Library = { sources: library.sources, records, problems: [] };
  const CLAIM = 'Ukraine’s military intelligence agency HUR said roughly 12,000 North Korean soldiers had been deployed to Russia.';
  const claim = extractClaims(CLAIM, lex, { refDate: '2024-11-25' })[0];

  it('a figure meets at most about CANDIDATES entries of its measure, not all of them', () => {
    const q = claim.quantities[0];
    assert.ok(index.quantities(q.counted!).length > 3 * CANDIDATES, `the measure has ${index.quantities(q.counted!).length} entries`);
    const picked = index.quantityCandidates(q, ['o:hur'], claim.places.map((p) => p.id));
    // One list per key (value, each actor key, each place), each cut to CANDIDATES.
    assert.ok(picked.length <= (2 + claim.places.length) * CANDIDATES, `${picked.length} candidates`);
    assert.ok(picked.some((e) => e.record < library.records.length), 'the real records are among them');
  });

  it('keyword lookups stop at CANDIDATES records', () => {
    const got = index.recordsWithKeywords(claim.keywords);
    assert.ok(got.length <= CANDIDATES, `${got.length} records`);
    assert.ok(got.length > 0);
  });

  it('the claim gets the verdict it gets from the bundled library alone', () => {
    const alone = checkText(CLAIM, library, { date: '2024-11-25' }).findings[0];
    const inBig = judgeClaim(claim, big, index, '2024-11-25');
    assert.equal(inBig?.verdict, alone.verdict);
    assert.equal(alone.verdict, 'supported');
  });
});
