// Generators for the property tests (fast-check): real sentences from the bundled sources and the
// test fixtures, mutated the ways drafts go wrong (figures changed, words dropped, quotes inserted,
// Markdown wrapped, CRLF, emoji and lone surrogates, RTL and zero-width marks, NUL, very long
// lines), plus random Unicode. Runs per property come from FUZZ_RUNS (npm run fuzz) or a small
// default (npm test); FUZZ_SEED replays a failure.
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { proseMask } from '../../server/src/engine/text/markdown';
import { splitSentences } from '../../server/src/engine/text/sentences';
import type { Span } from '../../server/src/engine/types';

const ROOT = path.resolve(__dirname, '..', '..');

/** Runs per property: FUZZ_RUNS when set, else `fallback` (kept small for npm test). */
export function runs(fallback: number): number {
  const n = Number(process.env.FUZZ_RUNS);
  return Number.isFinite(n) && n > 0 ? Math.floor(n) : fallback;
}

/** fast-check parameters: the run count, and FUZZ_SEED to replay a reported failure. */
export function params(fallback: number): fc.Parameters<unknown> {
  const seed = Number(process.env.FUZZ_SEED);
  const numRuns = runs(fallback);
  // npm run fuzz adds up the runs of every property (each passing property ran them all).
  if (process.env.FUZZ_TALLY) fs.appendFileSync(process.env.FUZZ_TALLY, `${numRuns}\n`);
  return { numRuns, ...(Number.isFinite(seed) && process.env.FUZZ_SEED ? { seed } : {}) };
}

let corpus: string[] | undefined;

/** Sentences of the bundled sources and the `text` of every fixture row. */
export function sentences(): string[] {
  if (corpus) return corpus;
  const out = new Set<string>();
  const dir = path.join(ROOT, 'sources');
  for (const f of fs
    .readdirSync(dir)
    .filter((x) => x.endsWith('.md'))
    .sort()) {
    const text = fs.readFileSync(path.join(dir, f), 'utf8');
    const prose = proseMask(text);
    for (const s of splitSentences(prose)) out.add(text.slice(s.start, s.end).replace(/\s+/g, ' '));
  }
  const fixtures = path.join(ROOT, 'test', 'fixtures');
  for (const f of fs
    .readdirSync(fixtures)
    .filter((x) => x.endsWith('.jsonl'))
    .sort()) {
    for (const line of fs.readFileSync(path.join(fixtures, f), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const row = JSON.parse(line) as { text?: unknown };
      if (typeof row.text === 'string') out.add(row.text);
    }
  }
  return (corpus = [...out].filter((s) => s.length > 20));
}

/** Odd characters drafts carry: emoji (pairs and ZWJ sequences), lone surrogates, RTL and
 *  zero-width marks, BOM, NUL, other controls, non-breaking and thin spaces, combining marks. */
export const ODD = [
  '😀',
  '👩‍👩‍👧',
  '🇺🇦',
  '\ud83d',
  '\ude00',
  '\udc00\ud800',
  '\u200f',
  '\u202e',
  '\u200b',
  '\ufeff',
  '\u0000',
  '\u0007',
  '\u00a0',
  '\u202f',
  '\u2009',
  '\u0301',
  'ﷺ',
  'שלום',
  'مرحبا',
  '\u2028',
  '\r',
  '\t',
  '…',
  '—',
];

const WRAPS: [string, string][] = [
  ['**', '**'],
  ['_', '_'],
  ['*', '*'],
  ['~~', '~~'],
  ['`', '`'],
  ['[', '](https://example.com/a)'],
  ['[', ']'],
  ['![', '](x.png)'],
  ['<!-- ', ' -->'],
  ['<span>', '</span>'],
  ['"', '"'],
  ['“', '”'],
  ['‘', '’'],
  ['(', ')'],
  ['> ', ''],
  ['- ', ''],
  ['1. ', ''],
  ['# ', ''],
  ['| ', ' |'],
  ['    ', ''],
  ['```\n', '\n```'],
  ['', '[^1]'],
  ['', ' <!-- checked: by phone -->'],
  ['\\', ''],
];

type Mutation = (s: string, r: number) => string;

/** r is a random number in [0, 1) for where and what. */
const MUTATIONS: Mutation[] = [
  // A figure changed: each digit replaced.
  (s, r) => s.replace(/\d/g, (d) => String((Number(d) + 1 + Math.floor(r * 8)) % 10)),
  // A word dropped.
  (s, r) => {
    const w = s.split(' ');
    w.splice(Math.floor(r * w.length), 1);
    return w.join(' ');
  },
  // A quotation mark inserted.
  (s, r) => insert(s, r, ['"', '“', '”', '‘', '’', "'"][Math.floor(r * 6)]),
  // Markdown wrapped around a stretch.
  (s, r) => {
    const [a, b] = WRAPS[Math.floor(r * WRAPS.length)];
    const i = Math.floor(r * s.length);
    const j = i + Math.floor((s.length - i) * r);
    return s.slice(0, i) + a + s.slice(i, j) + b + s.slice(j);
  },
  // Line ends: CRLF, a bare CR, a blank line.
  (s, r) => {
    let k = Math.floor(r * 1000);
    return s.replace(/ /g, (m) => (++k % 7 === 0 ? ['\r\n', '\r', '\n\n', '\n'][Math.floor(r * 4)] : m));
  },
  // An odd character.
  (s, r) => insert(s, r, ODD[Math.floor(r * ODD.length)]),
  // Number words and qualifiers.
  (s, r) =>
    insert(
      s,
      r,
      [' at least ', ' some ', ' twenty-one thousand ', ' between 10 and 12 ', ' 1,000,000 ', ' 3.5bn ', ' 50% '][Math.floor(r * 7)],
    ),
  // Cut in the middle of a surrogate pair or anywhere.
  (s, r) => s.slice(0, Math.floor(r * s.length)),
];

function insert(s: string, r: number, x: string): string {
  const i = Math.floor(r * (s.length + 1));
  return s.slice(0, i) + x + s.slice(i);
}

/** A real sentence, mutated 0 to 4 times. */
export function sentenceArb(): fc.Arbitrary<string> {
  const list = sentences();
  return fc
    .tuple(
      fc.constantFrom(...list),
      fc.array(fc.tuple(fc.nat(MUTATIONS.length - 1), fc.double({ min: 0, max: 0.999, noNaN: true })), { maxLength: 4 }),
    )
    .map(([s, ms]) => ms.reduce((acc, [k, r]) => MUTATIONS[k](acc, r), s));
}

/** Random text: any code units (lone surrogates too), or Markdown-ish characters. */
export function noiseArb(maxLength = 200): fc.Arbitrary<string> {
  return fc.oneof(
    fc.string({ unit: 'binary', maxLength }),
    fc.string({
      unit: fc.constantFrom(
        ...ODD,
        '*',
        '_',
        '[',
        ']',
        '(',
        ')',
        '<',
        '>',
        '!',
        '`',
        '#',
        '|',
        '-',
        '"',
        '“',
        '”',
        '\n',
        ' ',
        '1',
        ',',
        '.',
        'a',
        'A',
      ),
      maxLength,
    }),
    fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength }).map((cs) => String.fromCharCode(...cs)),
  );
}

export interface DraftOptions {
  /** Longest line made by joining sentences without breaks (characters, roughly). */
  longLine?: number;
}

/** A draft: optional front matter (good, broken or hostile), paragraphs of mutated sentences and
 *  noise joined by spaces, line breaks or blank lines, sometimes one very long line. */
export function draftArb(opts: DraftOptions = {}): fc.Arbitrary<string> {
  const longLine = opts.longLine ?? 4000;
  const frontMatter = fc.constantFrom(
    '',
    '',
    '---\ndate: 2024-11-25\n---\n',
    '---\r\ndate: 2024-10-24\r\n---\r\n',
    '---\ndate: soon\n---\n',
    '---\ndate: [1, 2]\n---\n',
    '---\na: &a [x, x]\nb: &b [*a, *a, *a]\nc: [*b, *b, *b, *b]\n---\n',
    '---\nunclosed: true\n',
    '\ufeff---\ndate: 2024-11-25\n...\n',
    '---\n- a list\n---\n',
  );
  const piece = fc.oneof({ weight: 6, arbitrary: sentenceArb() }, { weight: 1, arbitrary: noiseArb() });
  const sep = fc.constantFrom(' ', ' ', '\n', '\n\n', '\r\n', '\r\n\r\n', '\n\n\n');
  const body = fc.array(fc.tuple(piece, sep), { minLength: 0, maxLength: 12 }).map((xs) => xs.map(([p, s]) => p + s).join(''));
  const long = fc
    .tuple(sentenceArb(), fc.integer({ min: 1, max: longLine }))
    .map(([s, n]) => s.replace(/\s+/g, ' ').padEnd(n, ' ' + s.replace(/\s+/g, ' ')));
  return fc.tuple(frontMatter, body, fc.option(long, { freq: 5 })).map(([fm, b, l]) => fm + b + (l ?? ''));
}

// ---- checks ------------------------------------------------------------------------------------

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** Whether offset o is a UTF-16 boundary of text: not between the halves of a surrogate pair. */
export function onBoundary(text: string, o: number): boolean {
  return !(o > 0 && o < text.length && isLow(text.charCodeAt(o)) && isHigh(text.charCodeAt(o - 1)));
}

/** Throws unless the span lies inside the text and starts and ends on UTF-16 boundaries. */
export function assertSpan(text: string, s: Span, what: string): void {
  const ok = Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start <= s.end && s.end <= text.length;
  if (!ok) throw new Error(`${what}: span ${s.start}-${s.end} outside the text (length ${text.length})`);
  if (!onBoundary(text, s.start) || !onBoundary(text, s.end)) throw new Error(`${what}: span ${s.start}-${s.end} splits a surrogate pair`);
}
