// No input of n characters takes more than linear time: each entry point of the extractor (the
// Markdown mask, sentences, tokens, numbers, quotes, claims) and checkText end to end is timed on
// adversarial shapes (test/fuzz/shapes.ts) of n and 4n characters; a linear path takes about 4
// times as long, a quadratic one 16 times. The bound (8) leaves room for noise: each time is the
// minimum of a few runs after a warm-up; a 4n run under a few µs per character cannot hide anything
// quadratic at these sizes and is not timed again. Plus the
// worst cases found while hardening, each once, against a time budget per character.
import * as assert from 'node:assert/strict';
import type { Library } from '../server/src/engine/api';
import { checkText } from '../server/src/engine/check';
import { loadLibrary } from '../server/src/engine/library';
import { align } from '../server/src/engine/match/quote';
import { planCitations } from '../server/src/engine/citation-edits';
import { loadLexicon } from '../server/src/engine/data/lexicon';
import { parseFrontMatter } from '../server/src/engine/sources/frontmatter';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { SHAPES, entryPoints, shape, timeMin } from './fuzz/shapes';

/** Characters of the smaller input; LINEAR_N overrides (npm run fuzz uses larger ones). */
const N = Number(process.env.LINEAR_N) || 6000;
const MAX_RATIO = 8;

let library: Library;

/** Below this many µs per character at 4n, nothing quadratic can hide at these sizes (a quadratic
 *  path costs tens of µs per character there): not timed again. The text layer runs at well under
 *  1 µs per character, claims and checking at a few. */
const FLOOR_US: Record<string, number> = { checkText: 10, extractClaims: 10 };
const FLOOR_US_DEFAULT = 2;

/** time(4n) / time(n) for a shape, or 0 when time(4n) is under the floor. Otherwise n grows until
 *  time(n) is at least 5 ms (so timer and scheduler noise stay small), and the pair is measured
 *  again (up to 5 times, a full collection before each run) while it looks superlinear, to rule out
 *  noise (garbage collection, other processes on the machine). */
function ratio(fn: (t: string) => unknown, name: string, n0: number, floorUs: number): { ratio: number; ms: number } {
  let n = n0;
  fn(shape(name, n)); // warm-up: JIT and caches
  const first = timeMin(() => fn(shape(name, 4 * n)), 1);
  if ((first * 1000) / (4 * n) < floorUs) return { ratio: 0, ms: first };
  while (n < n0 * 16 && timeMin(() => fn(shape(name, n)), 2) < 5) n *= 4;
  const small = shape(name, n);
  const big = shape(name, 4 * n);
  let best = { ratio: Infinity, ms: first };
  for (let attempt = 0; attempt < 5 && best.ratio >= MAX_RATIO; attempt++) {
    const a = timeMin(() => fn(small), 3, true);
    const b = timeMin(() => fn(big), 2, true);
    if (b / a < best.ratio) best = { ratio: b / a, ms: b };
  }
  return best;
}

describe('linear time on adversarial input', function () {
  this.timeout(240000);
  before(() => {
    library = loadLibrary({ folders: [], bundled: true });
  });

  it(`every entry point on every shape: time(4n)/time(n) < ${MAX_RATIO} (n = ${N})`, () => {
    // extractClaims is all of checkText's time but judging; npm run fuzz (FUZZ_RUNS) times it too.
    const eps = Object.fromEntries(Object.entries(entryPoints(library)).filter(([ep]) => ep !== 'extractClaims' || process.env.FUZZ_RUNS));
    const bad: string[] = [];
    for (const name of Object.keys(SHAPES)) {
      for (const [ep, fn] of Object.entries(eps)) {
        // Entry points below checkText are cheap: time them on larger inputs for a stable ratio.
        const n = ep === 'checkText' || ep === 'extractClaims' ? N : N * 4;
        const r = ratio(fn, name, n, FLOOR_US[ep] ?? FLOOR_US_DEFAULT);
        if (r.ratio >= MAX_RATIO) bad.push(`${ep} on ${name}: ratio ${r.ratio.toFixed(1)} (${r.ms.toFixed(0)} ms at ${4 * n})`);
      }
    }
    assert.deepEqual(bad, []);
  });

  it('the worst cases found while hardening stay fast (under 10 µs per character at 200,000)', () => {
    const cases: [string, string | (() => unknown)][] = [
      // A year followed by a long run of spaces: the look-ahead tried every split of them (was
      // 110 µs per character at 100,000 and growing).
      ['spaces after a year', 'in 2023' + ' '.repeat(200_000) + 'x'],
      // One sentence of 40,000 quotations: every token was tested against every quotation (was
      // 48 µs per character at 100,000).
      ['quoted words', '"ab" '.repeat(40_000)],
      // One sentence of 18,000 attributions: every cue scanned every mention (ratio 16 for 4n).
      ['attribution cues', 'Kirby said '.repeat(18_000)],
      // Claims followed by "checked" markers: each claim scanned every marker before it.
      ['checked markers', 'Kirby said 5,000 soldiers arrived. <!-- checked: ok -->\n'.repeat(3_600)],
      // Trailing-blank trimming in citation planning backtracked over every inner run of blanks
      // (8 s for 80,000 blanks).
      [
        'blank run before a citation',
        () => planCitations('Kirby said.' + ' '.repeat(200_000) + 'b', [{ claim: { start: 0, end: 11 }, source: { id: 'x' } }], 'footnote'),
      ],
    ];
    for (const [name, input] of cases) {
      const ms = timeMin(typeof input === 'string' ? () => checkText(input, library) : input, 1);
      const perChar = (ms * 1000) / 200_000;
      assert.ok(perChar < 10, `${name}: ${ms.toFixed(0)} ms, ${perChar.toFixed(1)} µs per character`);
    }
  });

  it('the quote aligner is bounded: a 5,000-word quotation is aligned on its first 120 words', () => {
    // align() is O(quote words × record words) by design; judgeQuote keeps quotes to MAX_WORDS.
    const words = Array.from({ length: 5000 }, (_, i) => `w${i % 97}`).join(' ');
    const text = `Kirby said: “${words} North Korean soldiers had arrived in eastern Russia.”`;
    const ms = timeMin(() => checkText(text, library), 1);
    assert.ok(ms < 2000, `${ms.toFixed(0)} ms`);
    const q = Array.from({ length: 120 }, (_, i) => `w${i}`);
    assert.equal(align(q, q).matched, 120);
  });

  it('YAML with many keys (front matter, an alias file): time(4n)/time(n) < 8, duplicates still found', () => {
    // The yaml package's own duplicate-key check is quadratic (32,421 keys took 31 s); ours is linear.
    const keys = (n: number, dup = false) => Array.from({ length: n }, (_, i) => `k${dup && i === n - 1 ? 0 : i}: v`).join('\n');
    const fm = (n: number) => () => parseFrontMatter(keys(n), 'draft.md');
    fm(2000)();
    const a = timeMin(fm(2000), 3, true);
    const b = timeMin(fm(8000), 2, true);
    assert.ok(b / a < MAX_RATIO, `front matter: ${(b / a).toFixed(1)}x for 4x the keys`);
    assert.match(parseFrontMatter(keys(500, true), 'draft.md').problems[0].message, /"k0" appears twice/);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factcheck-yaml-'));
    const alias = (n: number) => {
      const f = path.join(dir, `a${n}.aliases.yaml`);
      fs.writeFileSync(f, 'places:\n' + Array.from({ length: n }, (_, i) => `  p${i}: { names: [Place${i}] }`).join('\n'));
      return () => loadLexicon([f]);
    };
    const small = alias(3000);
    const big = alias(12000);
    const t1 = timeMin(small, 1, true);
    const t2 = timeMin(big, 1, true);
    assert.ok(t2 / t1 < MAX_RATIO, `alias file: ${(t2 / t1).toFixed(1)}x for 4x the keys`);
  });

  it('a chain of back-references ("He told ... He told ..."): 4x the sentences cost under 8x the time', () => {
    // Each sentence once took every earlier sentence's actors (1.4 s for 1,000 sentences, 13 s for
    // 4,000): now the actors it refers to, once each. About 1,100 and 4,400 sentences, timed as the
    // shapes are (the pair measured again while it looks superlinear).
    const r = ratio((t) => checkText(t, library), 'back-reference chain', 60_000, 0);
    assert.ok(r.ratio < MAX_RATIO, `${r.ratio.toFixed(1)}x for 4x the sentences`);
    assert.ok(checkText(shape('back-reference chain', 60_000), library).findings.length > 1000, 'every sentence still a claim');
  });
});
