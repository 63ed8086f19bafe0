// Number expressions in English news prose: digits ("12,000", "12 000", "1.5", "12k", "3m",
// "2bn"), words ("twelve thousand", "one hundred and fifty", "a dozen"), mixed ("2.0 million"),
// ranges ("10,000-12,000", "between 10,000 and 12,000"), percentages and currency prefixes.
// A hand-written scanner, no regular expressions over the text: every character is looked at a
// bounded number of times (a failed attempt resumes past what it read), so the cost is linear.

import {
  CODES,
  DOLLARS,
  LETTER_SIGNS,
  START_WORDS,
  ruledOutByPrefix,
  EN_DASH,
  GLUED_MULT,
  HYPHEN,
  ORDINAL_SUFFIX,
  POWER_UNITS,
  SPACED_MULT,
  SYMBOLS,
  UNITS,
  WORDS,
  YEAR_PREFIX,
  classOf,
  isAlnum,
  isDigit,
  isLetter,
  isSpace,
  type Word,
  type WordClass,
  partOfOneUnit,
} from './number-words';
import type { NumberMatch } from '../types';

export type { NumberMatch } from '../types';

/** A parsed quantity. `num` is the number before any multiplier as a decimal literal ("1.5");
 * `exp` the power of ten of the multiplier ("thousand" = 3, "bn" = 9), 0 when none. */
interface Q extends Omit<NumberMatch, 'text'> {
  num: string;
  exp: number;
}
/** A parse attempt: the quantity found, or where the scan should resume. */
type R = { q?: Q; next: number };

export class Scanner {
  constructor(
    private readonly s: string,
    private readonly lim: number,
    readonly signs: Record<string, string> = LETTER_SIGNS,
  ) {}
  /** Character code ahead (-1 past the scanned range), and behind (the whole text is context). */
  c = (i: number) => (i >= 0 && i < this.lim ? this.s.charCodeAt(i) : -1);
  b = (i: number) => (i >= 0 && i < this.s.length ? this.s.charCodeAt(i) : -1);
  wordEnd(i: number): number {
    while (isLetter(this.c(i))) i++;
    return i;
  }
  /** The lower-cased word i..j, or undefined when too long to be a word we look for. */
  word = (i: number, j: number) => (j > i && j - i <= 9 ? this.s.slice(i, j).toLowerCase() : undefined);
  /** Exactly n digits at i. */
  digitsAt(i: number, n: number): boolean {
    for (let k = 0; k < n; k++) if (!isDigit(this.c(i + k))) return false;
    return !isDigit(this.c(i + n));
  }
  /** Past a run of horizontal space with at most one line break in it; -1 when there is none. */
  gap(i: number): number {
    let k = i;
    while (isSpace(this.c(k))) k++;
    if (this.c(k) === 13) k++;
    if (this.c(k) === 10) k++;
    while (isSpace(this.c(k))) k++;
    return k > i ? k : -1;
  }
  /** The word after a gap at i. */
  nextWord(i: number): Word | undefined {
    const g = this.gap(i);
    if (g < 0 || !isLetter(this.c(g))) return undefined;
    const e = this.wordEnd(g);
    return [g, e, this.word(g, e)];
  }
  /** The lower-cased word just before i (across spaces), looking back a bounded distance. */
  prevWord(i: number): string | undefined {
    let k = i - 1;
    while (k >= i - 4 && isSpace(this.b(k))) k--;
    if (k === i - 1) return undefined;
    const e = k + 1;
    while (k >= e - 8 && isLetter(this.b(k))) k--;
    return isLetter(this.b(k)) ? undefined : this.word(k + 1, e);
  }
  /** Past a token that is not a quantity: letters, digits, and [.,:/-_] between digits. */
  skipToken(i: number): number {
    for (;;) {
      const c = this.c(i);
      if (isAlnum(c)) i++;
      else if ((c === 46 || c === 44 || c === 58 || c === 47 || c === 45 || c === 95) && isDigit(this.c(i + 1))) i += 2;
      else return i;
    }
  }
  /** A quantity or range starting at i. */
  quantity(i: number): R {
    if (isLetter(this.c(i))) {
      const j = this.wordEnd(i);
      if (this.word(i, j) === 'between') return this.between(i, j);
    }
    const x = this.single(i, true, false);
    const r = x.q && this.range(x.q);
    return r ? { q: r, next: r.end } : x;
  }
  /** "between X and Y": one match from "between" to the end of Y. */
  private between(i: number, j: number): R {
    const g = this.gap(j);
    const x = g < 0 ? undefined : this.single(g, true, true).q;
    const and = x && !x.ordinal ? this.nextWord(x.end) : undefined;
    const g2 = and && and[2] === 'and' ? this.gap(and[1]) : -1;
    const y = g2 < 0 ? undefined : this.single(g2, true, false).q;
    const q = x && y && this.combine(x, y, false);
    if (q) q.start = i;
    return q ? { q, next: q.end } : { next: j };
  }
  /** "X to Y", "X-Y", "X–Y", "X – Y" after the quantity x. */
  private range(x: Q): Q | undefined {
    if (x.ordinal) return undefined;
    const c0 = this.c(x.end);
    const dashOk = x.kind !== 'words';
    let y0 = -1;
    let dash = dashOk && (c0 === HYPHEN || c0 === EN_DASH);
    if (dash) y0 = x.end + 1;
    else {
      const g = this.gap(x.end);
      if (g < 0) return undefined;
      dash = dashOk && this.c(g) === EN_DASH;
      if (dash) y0 = this.gap(g + 1);
      else if (this.word(g, this.wordEnd(g)) === 'to') y0 = this.gap(this.wordEnd(g));
    }
    if (y0 < 0 || (dash && !isDigit(this.c(y0)) && SYMBOLS[this.c(y0)] === undefined)) return undefined;
    const y = this.single(y0, false, false).q;
    return y && this.combine(x, y, dash);
  }
  private combine(x: Q, y: Q, dash: boolean): Q | undefined {
    if (y.ordinal) return undefined;
    let [lo, hi, year] = [x.value, y.value, x.year && y.year];
    if (x.year && dash && y.kind === 'digits' && /^\d\d$/.test(this.s.slice(y.start, y.end))) {
      [hi, year] = [Math.floor(lo / 100) * 100 + hi, true]; // "2024-25"
    } else if (x.exp === 0 && y.exp > 0 && !x.percent && !x.year) {
      // "10 to 12 thousand", "$2-3 billion": the multiplier applies to both ends.
      const scaled = Number(`${x.num}e${y.exp}`);
      if (scaled <= hi) lo = scaled;
    }
    if (!(hi > lo)) return undefined;
    const kind = x.kind === y.kind ? x.kind : 'mixed';
    const percent = x.percent || y.percent || undefined;
    return {
      start: x.start,
      end: y.end,
      value: lo,
      valueHi: hi,
      num: x.num,
      exp: y.exp,
      kind,
      year: year || undefined,
      percent,
      currency: x.currency ?? y.currency,
    };
  }
  /** One quantity at i (no range). `check`: look at what precedes it; `noAnd`: stop at "and". */
  single(i: number, check: boolean, noAnd: boolean): R {
    const c = this.c(i);
    const sym = SYMBOLS[c];
    if (sym !== undefined) {
      // "NT$5": a dollar we cannot name; the number is still read, without the symbol.
      if (!isDigit(this.c(i + 1)) || (check && isLetter(this.b(i - 1)))) return { next: i + 1 };
      return this.digits(i, i + 1, sym, false);
    }
    if (isDigit(c)) return this.digits(i, i, undefined, check);
    if (!isLetter(c)) return { next: i + 1 };
    const j = this.wordEnd(i);
    const w = this.word(i, j);
    // ("Rp 5,830,720", "Rs 500": a sign of letters, as written, before the amount.)
    const sign = j - i <= 4 ? this.signs[this.s.slice(i, j)] : undefined;
    if (sign) {
      const d = isSpace(this.c(j)) ? j + 1 : j;
      if (isDigit(this.c(d))) return this.digits(i, d, sign, false);
    }
    if (w === undefined || (check && isLetter(this.b(i - 1)))) return { next: j };
    if (this.c(j) === 0x24 && isDigit(this.c(j + 1)) && DOLLARS[w]) return this.digits(i, j + 1, DOLLARS[w], false);
    if (!CODES.has(w)) return this.words(i, j, w, check, noAnd);
    const k = isSpace(this.c(j)) ? j + 1 : j; // "USD 5 million"
    return isDigit(this.c(k)) ? this.digits(i, k, w, false) : { next: j };
  }
  /** Digits at p; the match starts at `start` (before a currency prefix). */
  private digits(start: number, p: number, currency: string | undefined, check: boolean): R {
    if (check && this.glued(p)) return { next: this.skipToken(p) };
    let j = p;
    while (isDigit(this.c(j))) j++;
    const intLen = j - p;
    // ISO dates ("2024-10-23") are not quantities.
    const iso = this.c(j) === HYPHEN && this.digitsAt(j + 1, 2) && this.c(j + 3) === HYPHEN && this.digitsAt(j + 4, 2);
    if (intLen === 4 && iso) return { next: this.skipToken(j) };
    let num = this.s.slice(p, j);
    let grouped = false;
    // "12,000"; "12 000" with a space (not a tab) only before exactly three digits not followed by
    // a comma group ("5 100,000" is 5 and 100,000). A group of four never merges ("2024 500").
    const comma = this.c(j) === 44;
    const groupSep = (c: number) => (comma ? c === 44 : isSpace(c) && c !== 9);
    while (intLen <= 3 && groupSep(this.c(j)) && this.digitsAt(j + 1, 3) && (comma || this.c(j + 4) !== 44 || !isDigit(this.c(j + 5)))) {
      num += this.s.slice(j + 1, j + 4);
      j += 4;
      grouped = true;
    }
    const dec = this.c(j) === 46 && isDigit(this.c(j + 1));
    if (dec) {
      let k = j + 1;
      while (isDigit(this.c(k))) k++;
      num += '.' + this.s.slice(j + 1, k);
      j = k;
    }
    const n1 = this.c(j);
    // Versions ("1.2.3"), clock times ("10:30"), fractions and slashed dates ("1/3", "24/7").
    if (((n1 === 46 || n1 === 58 || n1 === 47) && isDigit(this.c(j + 1))) || num.length > 22) return { next: this.skipToken(j) };
    const q: Q = { start, end: j, value: 0, num, exp: 0, kind: 'digits', currency };
    if (isLetter(n1)) {
      const k = this.wordEnd(j);
      const suf = k - j <= 4 ? this.s.slice(j, k).toLowerCase() : '';
      const after = this.c(k);
      if (isDigit(after)) {
        // "km2" is a unit; "2S19", "4x4", "3D6" are names.
        if (!POWER_UNITS.has(suf) || (after !== 50 && after !== 51) || isAlnum(this.c(k + 1))) return { next: this.skipToken(k) };
      } else if (GLUED_MULT[suf] !== undefined) [q.exp, q.end] = [GLUED_MULT[suf], k];
      else if (ORDINAL_SUFFIX.has(suf) && !dec && !currency) [q.ordinal, q.end] = [true, k];
      else if (!UNITS.has(suf)) return { next: k }; // "5G", "1990s": not a count
    } else {
      const nw = this.nextWord(j);
      const m = nw && nw[2] !== undefined ? SPACED_MULT[nw[2]] : undefined;
      if (nw && m !== undefined) [q.exp, q.end, q.kind] = [m, nw[1], 'mixed'];
    }
    const v = (q.value = q.exp ? Number(`${num}e${q.exp}`) : Number(num));
    if (!q.ordinal) this.percent(q);
    if (intLen === 4 && !grouped && !dec && !q.exp && !q.ordinal && !currency && !q.percent && v >= 1800 && v <= 2100) q.year = true;
    return { q, next: q.end };
  }
  /** Digits glued to a name ("G7", "MiG-29", "COVID-19"), a path, a footnote, another number. */
  private glued(p: number): boolean {
    const [b1, b2] = [this.b(p - 1), this.b(p - 2)];
    if (isAlnum(b1) || (b1 === 95 && isAlnum(b2)) || b1 === 47 || b1 === 94) return true; // "_12" is Markdown
    if ((b1 === 46 || b1 === 44 || b1 === 58) && isDigit(b2)) return true;
    if (b1 !== HYPHEN || !isLetter(b2)) return false;
    let k = p - 2;
    while (k > p - 8 && isLetter(this.b(k))) k--;
    return isLetter(this.b(k)) || !YEAR_PREFIX.has(this.s.slice(k + 1, p - 1).toLowerCase());
  }
  /** Extends q over a following "%", " %", " percent", "-percent", " per cent" or " pct". */
  private percent(q: Q): void {
    const k = isSpace(this.c(q.end)) && this.c(q.end + 1) === 37 ? q.end + 1 : q.end;
    let end = this.c(k) === 37 ? k + 1 : -1;
    if (end < 0 && (isSpace(this.c(q.end)) || this.c(q.end) === HYPHEN)) {
      const e = this.wordEnd(q.end + 1);
      const w = this.word(q.end + 1, e);
      if (w === 'percent' || w === 'pct') end = e;
      else if (w === 'per' && isSpace(this.c(e)) && this.word(e + 1, this.wordEnd(e + 1)) === 'cent') end = this.wordEnd(e + 1);
    }
    if (end > 0) [q.end, q.percent] = [end, true];
  }
  /** A number in words starting with the word w at i..j. */
  private words(i: number, j: number, w: string, check: boolean, noAnd: boolean): R {
    const fail = { next: j };
    const first = WORDS.get(w);
    // Part of a hyphenated compound ("Formula-One", "year-one").
    if (check && this.b(i - 1) === HYPHEN && isLetter(this.b(i - 2))) return fail;
    const part = partOfOneUnit(this.s, i); // "a quarter of a percentage point"
    if (part) return { q: { start: i, end: part.end, value: part.value, num: String(part.value), exp: 0, kind: 'words' }, next: part.end };
    if (w === 'a') {
      // "a thousand", "a million", "a dozen" -- but not "half a million".
      const cls = classOf(this.nextWord(j)?.[2]);
      if ((cls !== 'dozen' && cls !== 'hundred' && cls !== 'scale') || this.prevWord(i) === 'half') return fail;
    } else if (first?.[0] === 'ordinal') {
      // "a third of", "a second time": a fraction or "another", not a rank.
      if (this.prevWord(i) === 'a') return fail;
      return { q: { start: i, end: j, value: first[1], num: String(first[1]), exp: 0, kind: 'words', ordinal: true }, next: j };
    } else if (!first || (first[0] !== 'unit' && first[0] !== 'teen' && first[0] !== 'tens')) {
      return fail; // "hundred", "thousand", "half", "dozen" alone
    } else if (w === 'one' && this.prevWord(i) === 'no') {
      return fail;
    }
    let [total, seg, lastExp, end] = [0, 0, 99, j]; // total: completed scale groups; seg: the group under way
    let last: 'none' | WordClass | 'and' = 'none';
    let [hundredSeg, hyphen] = [false, false];
    let value: number | undefined;
    let tok: Word = [i, j, w];
    const counted = () => last === 'unit' || last === 'teen' || last === 'tens';
    for (;;) {
      const [t, te, tw] = tok;
      const e = tw === undefined ? undefined : WORDS.get(tw);
      const cls = t === i && tw === 'a' ? 'a' : e?.[0];
      if (cls === 'a') [seg, last] = [1, 'unit'];
      else if (cls === 'dozen') {
        if (counted() && total === 0 && !hundredSeg) [value, end] = [seg * 12, te];
        break;
      } else if (e && (cls === 'unit' || cls === 'teen' || cls === 'tens')) {
        const afterTens: boolean = last === 'tens' && cls === 'unit' && e[1] > 0; // "forty-two", "twenty five"
        const fresh = !hyphen && (last === 'none' || last === 'hundred' || last === 'and' || last === 'scale');
        if ((!afterTens && !fresh) || (e[1] === 0 && last !== 'none')) break;
        seg += e[1];
        last = afterTens ? 'unit' : cls;
      } else if (cls === 'hundred') {
        if (!counted() || seg >= 100 || hundredSeg) break;
        [seg, hundredSeg, last] = [seg * 100, true, 'hundred'];
      } else if (e && cls === 'scale') {
        if ((!counted() && last !== 'hundred') || seg === 0 || e[1] >= lastExp) break;
        [total, seg, lastExp, hundredSeg, last] = [total + seg * 10 ** e[1], 0, e[1], false, 'scale'];
      } else break;
      end = te;
      if (tw === 'zero') break;
      // The next token: after a hyphen ("forty-two", "two-thirds") or a gap.
      hyphen = this.c(te) === HYPHEN && isLetter(this.c(te + 1));
      const g = hyphen ? te + 1 : this.gap(te);
      if (g < 0 || !isLetter(this.c(g))) break;
      const ne = this.wordEnd(g);
      const nw = this.word(g, ne);
      const nc = classOf(nw);
      // Fractions ("two-thirds", "one third", "three quarters") and compound ordinals
      // ("twenty-first") are not counts: skip them whole.
      const isOne = counted() && seg === 1 && total === 0 && w === 'one';
      const ordinal = nc === 'ordinal' && nw !== 'first' && nw !== 'second';
      if (nc === 'fraction' || (hyphen && (nc === 'ordinal' || nc === 'half')) || (isOne && (nc === 'half' || ordinal))) {
        return { next: ne };
      }
      if (nw !== 'and' || hyphen) {
        tok = [g, ne, nw];
        continue;
      }
      const after = this.nextWord(ne);
      const ac = classOf(after?.[2]);
      if (
        after &&
        !noAnd &&
        (last === 'hundred' || last === 'scale') &&
        (ac === 'teen' || ac === 'tens' || (ac === 'unit' && after[2] !== 'zero'))
      ) {
        [last, tok] = ['and', after];
        continue;
      }
      // "one and a half million"
      if (counted() && total === 0 && !hundredSeg && after?.[2] === 'a') {
        const half = this.nextWord(after[1]);
        const sc = half && half[2] === 'half' ? this.nextWord(half[1]) : undefined;
        const se = sc?.[2] === undefined ? undefined : WORDS.get(sc[2]);
        if (sc && se?.[0] === 'scale') [value, lastExp, end] = [(seg + 0.5) * 10 ** se[1], se[1], sc[1]];
      }
      break;
    }
    if (last === 'none') return fail;
    const v = value ?? total + seg;
    const exp = lastExp === 99 ? 0 : lastExp;
    const q: Q = { start: i, end, value: v, num: String(exp ? v / 10 ** exp : v), exp, kind: 'words' };
    this.percent(q);
    return { q, next: q.end };
  }
}

/** The public shape, with only the optional fields that are set. */
function toMatch(s: string, q: Q): NumberMatch {
  const m: NumberMatch = { start: q.start, end: q.end, text: s.slice(q.start, q.end), value: q.value, kind: q.kind };
  if (q.valueHi !== undefined) m.valueHi = q.valueHi;
  if (q.currency) m.currency = q.currency;
  return Object.assign(m, q.year && { year: true }, q.ordinal && { ordinal: true }, q.percent && { percent: true });
}

/**
 * Every number expression in text[from, to), in order, not overlapping. Characters before `from`
 * are read as context (a scan that starts inside "MiG-29" or "12,000" does not see a number);
 * `to` is a hard end, nothing past it is read.
 */
export function findNumbers(text: string, from = 0, to = text.length, signs?: Record<string, string>): NumberMatch[] {
  const lim = Math.max(0, Math.min(to, text.length));
  const sc = new Scanner(text, lim, signs);
  const out: NumberMatch[] = [];
  let i = Math.max(0, from);
  while (i < lim) {
    const c = text.charCodeAt(i);
    if (isLetter(c) && isLetter(sc.b(i - 1)))
      i = sc.wordEnd(i); // inside a word (from cut it)
    else if (isLetter(c) && !mayStartNumber(sc, text, i))
      i = sc.wordEnd(i); // fast path, same result
    else if (isAlnum(c) || SYMBOLS[c] !== undefined) {
      const r = sc.quantity(i);
      if (r.q && r.q.end > i) out.push(toMatch(text, r.q));
      i = r.q && r.q.end > i ? r.q.end : Math.max(r.next, i + 1);
    } else i++;
  }
  return out;
}

/** Whether the word at i (a letter, not inside a word) can start a quantity. */
function mayStartNumber(sc: Scanner, text: string, i: number): boolean {
  const j = sc.wordEnd(i);
  if (j - i <= 4 && sc.signs[text.slice(i, j)] !== undefined) return true;
  const w = ruledOutByPrefix(sc.c, i) ? undefined : sc.word(i, j);
  return w !== undefined && (START_WORDS.has(w) || (DOLLARS[w] !== undefined && text.charCodeAt(j) === 0x24));
}
