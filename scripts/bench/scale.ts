// 5. Library scale: synthetic libraries of 1,000 to 1,000,000 records (synth.ts), each indexed with
// RecordIndex; then the judges run for real draft claims (a 1,000-word benchmark draft and the
// held-out sets), timed per claim. Heap after a full collection (node --expose-gc): the process's
// heap with the records and the index in it, and the index's share.
import * as fs from 'fs';
import * as path from 'path';
import type { Library } from '../../server/src/engine/api';
import { extractClaims } from '../../server/src/engine/extract/claims';
import { resolveActors } from '../../server/src/engine/extract/coreference';
import { RecordIndex } from '../../server/src/engine/match/index';
import { judgeClaim } from '../../server/src/engine/match/verdict';
import type { Claim, SourceRecord } from '../../server/src/engine/types';
import { makeDraft } from './drafts';
import { packageRoot } from '../../server/src/engine/paths';
import { gc, MB, now, round, summarize, type Summary } from './stats';
import { synthesize } from './synth';

export interface ScaleResult {
  records: number;
  /** Making the synthetic records (not part of the product; for reference). */
  generateMs: number;
  buildIndexMs: number;
  /** Judging one claim, averaged over the claims of a pass; median, min and max over passes. */
  lookupMsPerClaim: Summary;
  /** The slowest single claim in the last pass. */
  slowestClaimMs: number;
  /** Records (figures, for measures) the judges compared a claim with, mean and most in a pass:
   *  bounded however large the library (a scan would compare every record). */
  comparedPerClaim: number;
  comparedMaxClaim: number;
  claims: number;
  /** Heap used with the records and the index (after a full collection). */
  heapMB: number;
  /** The index's share of it. */
  indexHeapMB: number;
  rssMB: number;
  gcAvailable: boolean;
}

/** Real claims to look up: a 1,000-word draft's and the held-out sets' (each row a draft). */
export function lookupClaims(library: Library): { claims: Claim[]; date: string } {
  const lex = library.lexicon;
  const texts = [makeDraft(library, { words: 1000, seed: 99 })];
  const root = path.join(packageRoot(), 'test', 'fixtures');
  for (const f of ['heldout.jsonl', 'heldout2.jsonl']) {
    const file = path.join(root, f);
    if (!fs.existsSync(file)) continue;
    for (const line of fs.readFileSync(file, 'utf8').split('\n')) if (line.trim()) texts.push((JSON.parse(line) as { text: string }).text);
  }
  const claims: Claim[] = [];
  for (const t of texts) {
    const cs = extractClaims(t, lex, { refDate: '2024-11-25' });
    resolveActors(cs, t);
    claims.push(...cs);
  }
  return { claims, date: '2024-11-25' };
}

/** Runs the judges on the claims against the bundled library for `ms` (at least twice), so the
 *  first size measured meets code as warm as the last (the sizes run one after another, and an
 *  editor's server runs warm for hours). */
export function warmUpJudges(library: Library, ms: number): void {
  const { claims, date } = lookupClaims(library);
  const index = library.index;
  for (let k = 0, t0 = now(); k < 2 || now() - t0 < ms; k++) for (const c of claims) judgeClaim(c, library, index, date);
}

const WARM_PASSES = 3;

export async function scale(library: Library, size: number, passes: number): Promise<ScaleResult> {
  const lex = library.lexicon;
  const { claims, date } = lookupClaims(library);
  const gcAvailable = gc();
  const heap0 = process.memoryUsage().heapUsed;
  let t = now();
  let records: SourceRecord[] | undefined = synthesize({ lex, real: library.records }, size);
  const generateMs = now() - t;
  gc();
  const heap1 = process.memoryUsage().heapUsed;
  t = now();
  let index: RecordIndex | undefined = new RecordIndex(records, lex);
  const buildIndexMs = now() - t;
  const big: Library = { sources: library.sources, records, problems: [], lexicon: lex, index };
  const perClaim: number[] = [];
  let slowest = 0;
  let compared = 0;
  let comparedMax = 0;
  // Three passes not measured: the first meets a cold index (its per-record memos empty, its code
  // not yet compiled for this library) and takes 2-5 times as long as the ones after the third.
  for (let p = -WARM_PASSES; p < passes; p++) {
    const start = now();
    const before = index.compared;
    for (const c of claims) {
      const t0 = now();
      const c0 = index.compared;
      judgeClaim(c, big, index, date);
      if (p === passes - 1) {
        slowest = Math.max(slowest, now() - t0);
        comparedMax = Math.max(comparedMax, index.compared - c0);
      }
    }
    if (p >= 0) perClaim.push((now() - start) / claims.length);
    compared = (index.compared - before) / claims.length;
  }
  gc();
  const mem = process.memoryUsage();
  const result: ScaleResult = {
    records: size,
    generateMs: Math.round(generateMs),
    buildIndexMs: Math.round(buildIndexMs),
    lookupMsPerClaim: summarize(perClaim.map((x) => round(x, 4))),
    slowestClaimMs: round(slowest, 3),
    comparedPerClaim: round(compared, 1),
    comparedMaxClaim: comparedMax,
    claims: claims.length,
    heapMB: round((mem.heapUsed - heap0) / MB, 1),
    indexHeapMB: round((mem.heapUsed - heap1) / MB, 1),
    rssMB: round(mem.rss / MB, 1),
    gcAvailable,
  };
  // Let the library go before the next size.
  records = undefined;
  index = undefined;
  big.records = [];
  gc();
  return result;
}
