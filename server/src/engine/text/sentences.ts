// Sentence splitting for news prose, over the prose mask (markdown.ts), so spans are offsets in the
// draft. Linear time. A sentence ends at . ! ? or … (plus any closing quotes or brackets) followed
// by whitespace and an uppercase letter, a digit, an opening quote or the end. A blank line or a
// Markdown block start always ends one; so does every line break in a block of lines one of which
// is too long to have been hard-wrapped (one paragraph per line, as in pasted articles). Otherwise
// single line breaks are just spaces. Abbreviations (data file), dotted initialisms and single
// initials do not end a sentence, nor does a full stop inside a quotation that the sentence goes on
// to attribute (`“A. B,” he said.`).
import * as fs from 'fs';
import * as path from 'path';
import { parse } from 'yaml';
import type { Span } from '../types';
import { dataDir } from '../paths';
import { maskedBlockStarts } from './markdown';

/** Used when server/data/abbreviations.yaml cannot be read. */
const BUILTIN = [
  'U.S.',
  'U.K.',
  'U.N.',
  'E.U.',
  'Mr.',
  'Mrs.',
  'Ms.',
  'Dr.',
  'Gen.',
  'Col.',
  'Lt.',
  'Sgt.',
  'Rep.',
  'Sen.',
  'Gov.',
  'St.',
  'Jan.',
  'Feb.',
  'Mar.',
  'Apr.',
  'Jun.',
  'Jul.',
  'Aug.',
  'Sep.',
  'Sept.',
  'Oct.',
  'Nov.',
  'Dec.',
  'No.',
  'vs.',
  'etc.',
  'e.g.',
  'i.e.',
  'incl.',
  'approx.',
  'est.',
  'Inc.',
  'Ltd.',
  'Co.',
  'Corp.',
];

let abbrevs: Set<string> | undefined;

/** The abbreviation list (each with its final dot), read once from the data file. */
export function abbreviations(): ReadonlySet<string> {
  if (abbrevs) return abbrevs;
  let list: unknown;
  try {
    list = parse(fs.readFileSync(path.join(dataDir(), 'abbreviations.yaml'), 'utf8'));
  } catch {
    list = undefined;
  }
  const set = new Set<string>();
  for (const item of Array.isArray(list) ? list : BUILTIN) {
    if (typeof item !== 'string' || !item.trim()) continue;
    const a = item.trim();
    set.add(a.endsWith('.') ? a : a + '.');
  }
  if (set.size === 0) for (const a of BUILTIN) set.add(a);
  return (abbrevs = set);
}

/** JavaScript's \s as a character-code test (a run of them is read as one space). */
export const isWs = (c: number): boolean =>
  c === 32 ||
  (c >= 9 && c <= 13) ||
  c === 0xa0 ||
  c === 0x1680 ||
  (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 ||
  c === 0x2029 ||
  c === 0x202f ||
  c === 0x205f ||
  c === 0x3000 ||
  c === 0xfeff;
const isTerm = (c: number): boolean => c === 46 || c === 33 || c === 63 || c === 0x2026;
/** Closing quotes and brackets that may follow a sentence's final stop. */
const CLOSERS = new Set([0x201d, 34, 0x2019, 39, 41, 93, 0xbb]);
/** Opening quotes and brackets: they may start a sentence, and bound the word before a stop. */
const OPENERS = new Set([0x201c, 34, 0x2018, 39, 40, 91, 0xab, 0x201e, 0x201a]);
/** A line longer than this (UTF-16 units, trimmed) was not hard-wrapped. */
const LONG_LINE = 150;

/**
 * The sentences of `prose` (normally a proseMask), trimmed of surrounding whitespace, never empty.
 * `blockStarts` are line-start offsets where a Markdown block begins; by default they come from the
 * proseMask call that produced `prose`, or, for unmasked text, from the Markdown markers on the line.
 */
export function splitSentences(prose: string, blockStarts?: readonly number[]): Span[] {
  const starts = blockStarts ?? maskedBlockStarts(prose);
  const out: Span[] = [];
  const n = prose.length;
  // The line starts of the current block of non-blank lines, and whether one of them is long.
  let lines: number[] = [];
  let long = false;
  const flush = (end: number): void => {
    // Lines longer than any hard wrap mean one paragraph per line (soft-wrapped text, pasted
    // articles): then every line break ends a sentence, so a headline or byline stands alone.
    if (long) for (let i = 0; i < lines.length; i++) paragraph(prose, lines[i], i + 1 < lines.length ? lines[i + 1] : end, out);
    else if (lines.length) paragraph(prose, lines[0], end, out);
    lines = [];
    long = false;
  };
  let bi = 0;
  for (let ls = 0; ;) {
    let le = ls;
    while (le < n && prose.charCodeAt(le) !== 10 && prose.charCodeAt(le) !== 13) le++;
    let k = ls,
      z = le;
    while (k < le && isWs(prose.charCodeAt(k))) k++;
    while (z > k && isWs(prose.charCodeAt(z - 1))) z--;
    let block: boolean;
    if (starts) {
      while (bi < starts.length && starts[bi] < ls) bi++;
      block = bi < starts.length && starts[bi] === ls;
    } else block = k < le && markerAt(prose, k, le);
    if (k >= le || block) flush(ls);
    if (k < le) {
      lines.push(ls);
      long = long || z - k > LONG_LINE;
    }
    if (le >= n) break;
    ls = prose.charCodeAt(le) === 13 && prose.charCodeAt(le + 1) === 10 ? le + 2 : le + 1;
  }
  flush(n);
  return out;
}

/** A Markdown block marker at k (for text that was not masked): heading, list item, quote. */
function markerAt(s: string, k: number, le: number): boolean {
  const c = s.charCodeAt(k);
  const spaceAt = (j: number): boolean => j >= le || s.charCodeAt(j) === 32 || s.charCodeAt(j) === 9;
  if (c === 35) {
    let j = k;
    while (j < le && s.charCodeAt(j) === 35) j++;
    return j - k <= 6 && spaceAt(j);
  }
  if (c === 45 || c === 42 || c === 43) return spaceAt(k + 1);
  if (c === 62 || c === 124) return true;
  let j = k;
  while (j < le && j - k < 3 && s.charCodeAt(j) >= 48 && s.charCodeAt(j) <= 57) j++;
  return j > k && (s.charCodeAt(j) === 46 || s.charCodeAt(j) === 41) && spaceAt(j + 1);
}

/** Split one paragraph [a, b) into sentences. */
function paragraph(s: string, a: number, b: number, out: Span[]): void {
  const quiet = attributedQuotes(s, a, b);
  let qi = 0;
  let from = a;
  for (let i = a; i < b; i++) {
    const c = s.charCodeAt(i);
    if (!isTerm(c)) continue;
    let k = i + 1;
    while (k < b && isTerm(s.charCodeAt(k))) k++;
    while (k < b && CLOSERS.has(s.charCodeAt(k))) k++;
    if (k < b && !isWs(s.charCodeAt(k))) {
      i = k - 1;
      continue;
    }
    let m = k;
    while (m < b && isWs(s.charCodeAt(m))) m++;
    while (qi < quiet.length && quiet[qi + 1] < i) qi += 2;
    const inQuote = qi < quiet.length && quiet[qi] < i && i < quiet[qi + 1];
    if (inQuote || (m < b && !startsSentence(s, m, b)) || (c === 46 && abbreviated(s, i, a, m, b))) {
      i = k - 1;
      continue;
    }
    push(s, from, k, out);
    from = m;
    i = m - 1;
  }
  push(s, from, b, out);
}

function push(s: string, a: number, b: number, out: Span[]): void {
  while (a < b && isWs(s.charCodeAt(a))) a++;
  while (b > a && isWs(s.charCodeAt(b - 1))) b--;
  if (b > a) out.push({ start: a, end: b });
}

/** Whether the text at m can start a new sentence. */
function startsSentence(s: string, m: number, b: number): boolean {
  const c = s.charCodeAt(m);
  if (c >= 48 && c <= 57) return true;
  if (OPENERS.has(c)) {
    if (c !== 40 && c !== 91) return true;
    return m + 1 < b && !OPENERS.has(s.charCodeAt(m + 1)) && startsSentence(s, m + 1, b);
  }
  const ch = String.fromCodePoint(s.codePointAt(m)!);
  if (/[\p{Lu}\p{Lt}\p{Nd}]/u.test(ch)) return true;
  // An emoji or other symbol between sentences: the sentence starts at the next word.
  if (/[\p{So}\p{Sk}\p{Extended_Pictographic}]/u.test(ch)) {
    let k = m + ch.length;
    while (k < b && /[\s\p{So}\p{Sk}\p{Mn}\u200d\ufe0f]/u.test(s[k])) k++;
    return k < b && /[\p{Lu}\p{Lt}\p{Nd}]/u.test(s[k]);
  }
  return false;
}

/** Whether the full stop at i closes an abbreviation or an initial rather than the sentence. */
function abbreviated(s: string, i: number, a: number, m: number, b: number): boolean {
  let k = i;
  while (k > a && i - k < 40) {
    const c = s.charCodeAt(k - 1);
    if (isWs(c) || OPENERS.has(c)) break;
    k--;
  }
  if (k === i || i - k >= 40) return false;
  const word = s.slice(k, i);
  if (word === 'No') return m < b && s.charCodeAt(m) >= 48 && s.charCodeAt(m) <= 57;
  if (abbreviations().has(word + '.')) return true;
  // A single capital initial ("John F. Kennedy") or dotted initials ("U.S", "e.g", "a.m"); not the
  // degrees after a number ("Orai 48.0 C. In Lucknow ...").
  if (/^[CF]$/.test(word) && /\d\s?$/.test(s.slice(Math.max(a, k - 8), k))) return false;
  return /^\p{Lu}$/u.test(word) || /^(?:\p{L}\.)+\p{L}$/u.test(word);
}

/**
 * Quotations in [a, b) inside which no sentence ends: those the sentence attributes after they close
 * (`“A. B,” he said` — a comma or dash before the closing quote, or a lowercase word after it).
 * Returns [open, close, open, close, ...] in order.
 */
function attributedQuotes(s: string, a: number, b: number): number[] {
  const out: number[] = [];
  let open = -1;
  for (let i = a; i < b; i++) {
    const c = s.charCodeAt(i);
    let closes = false;
    if (c === 0x201c) open = i;
    else if (c === 0x201d) closes = open >= 0;
    else if (c === 34) {
      const prev = i > a ? s.charCodeAt(i - 1) : 32;
      if (open >= 0) closes = true;
      else if (isWs(prev) || OPENERS.has(prev) || prev === 0x2014 || prev === 0x2013) open = i;
    }
    if (!closes) continue;
    let p = i;
    while (p > open && isWs(s.charCodeAt(p - 1))) p--;
    const before = s.charCodeAt(p - 1);
    let q = i + 1;
    while (q < b && isWs(s.charCodeAt(q))) q++;
    const after = q < b ? String.fromCodePoint(s.codePointAt(q)!) : '';
    if (before === 44 || before === 59 || before === 0x2014 || before === 0x2013 || /\p{Ll}/u.test(after)) out.push(open, i);
    open = -1;
  }
  return out;
}
