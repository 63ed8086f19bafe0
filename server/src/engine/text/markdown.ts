// Markdown (or plain text) -> prose mask: the same text, same UTF-16 length, with everything that
// is not prose replaced by spaces ("\r" and "\n" kept), so every offset in the mask is an offset in
// the draft. Two linear passes: lines, for block structure (front matter, code, headings, lists,
// quotes, tables, definitions, HTML comments); then each run of text lines, for inline syntax (code
// spans, links, images, footnote markers, autolinks, tags, emphasis, escapes). Every forward search
// is bounded or never repeats, and regular expressions only ever see short slices.

/** A line: its start and the end of its content (before the line break). */
interface Line {
  start: number;
  end: number;
}

type BlockType = 'text' | 'fence' | 'hr' | 'setext' | 'heading' | 'note' | 'def' | 'bullet' | 'ordered' | 'indent';

import {
  BS,
  CARET,
  charClass,
  DASH,
  GT,
  HASH,
  isDigit,
  isSp,
  LB,
  maskInline,
  PIPE,
  RB,
  RP,
  SPACE,
  STAR,
  TAB,
  TICK,
  TILDE,
  UNDER,
} from './markdown-inline';

/** The prose mask of a text and its block starts: line-start offsets where a Markdown block
 *  (heading, list item, table row, new paragraph or quote) begins, for splitSentences. */
export function maskMarkdown(text: string, bodyStart = 0): { prose: string; blockStarts: number[] } {
  return new Masker(text, bodyStart).run();
}

/** Block starts of the last few masks proseMask returned, keyed by the mask, for splitSentences
 *  called with a mask alone. (The checkers use maskMarkdown and pass the block starts on: a key
 *  here is a whole draft, hashed and compared whole, and each kept mask is a draft kept alive.) */
const recent = new Map<string, number[]>();

/** The block starts of a string that proseMask returned recently; undefined otherwise. */
export function maskedBlockStarts(prose: string): readonly number[] | undefined {
  return recent.get(prose);
}

/** The prose mask alone (see maskMarkdown); its block starts are remembered for splitSentences. */
export function proseMask(text: string, bodyStart = 0): string {
  const { prose, blockStarts } = maskMarkdown(text, bodyStart);
  recent.delete(prose);
  recent.set(prose, blockStarts);
  if (recent.size > 4) recent.delete(recent.keys().next().value as string);
  return prose;
}

const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff,
  isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

class Masker {
  private readonly n: number;
  private readonly m: Uint8Array;
  private readonly lines: Line[] = [];
  private readonly labels = new Set<string>();
  /** Next `<!--` at or after the scan, whether none is left, and the end of an open comment. */
  private nextComment = -1;
  private noMoreComments = false;
  private commentEnd = -1;

  constructor(
    private readonly t: string,
    private readonly bodyStart: number,
  ) {
    this.n = t.length;
    this.m = new Uint8Array(this.n);
  }
  // Small scanners; e is always the end of the current line or run.
  private mask(a: number, b: number): void {
    if (b > a) this.m.fill(1, Math.max(0, a), Math.min(this.n, b));
  }
  private code(k: number): number {
    return this.t.charCodeAt(k);
  }
  /** Index after the run of code unit c from k. */
  private run1(k: number, e: number, c: number): number {
    while (k < e && this.code(k) === c) k++;
    return k;
  }
  private skipSp(k: number, e: number): number {
    while (k < e && isSp(this.code(k))) k++;
    return k;
  }
  private find(c: number, a: number, e: number): number {
    for (let k = a; k < e; k++) if (this.code(k) === c) return k;
    return -1;
  }
  /** Where the next "\n", "\r" and "|" are, each found from some earlier offset on (indexOf is
   *  native; lines are read in order, so each search result serves every line up to it). */
  private readonly nl = { from: -1, at: -1 };
  private readonly cr = { from: -1, at: -1 };
  private readonly pipe = { from: -1, at: -1 };
  private next(c: { from: number; at: number }, ch: string, s: number): number {
    // Still valid when s lies between where the search started and what it found (or past it, when nothing was).
    if (c.from < 0 || s < c.from || (c.at >= 0 && s > c.at)) [c.from, c.at] = [s, this.t.indexOf(ch, s)];
    return c.at < 0 ? this.n : c.at;
  }
  private lineEnd(s: number): number {
    return Math.min(this.next(this.nl, '\n', s), this.next(this.cr, '\r', s));
  }
  private nextLine(e: number): number {
    return this.code(e) === 13 && this.code(e + 1) === 10 ? e + 2 : e + 1;
  }

  run(): { prose: string; blockStarts: number[] } {
    const { t, n, m, lines } = this;
    const body = Math.max(0, Math.min(this.bodyStart, n)) || this.frontMatterEnd();
    this.mask(0, body);
    for (let s = body; ; s = this.nextLine(lines[lines.length - 1].end)) {
      lines.push({ start: s, end: this.lineEnd(s) });
      if (lines[lines.length - 1].end >= n) break;
    }
    const { text, brk } = this.blocks();
    const labelsKey = [...this.labels].sort().join('\u0001');
    const blockStarts: number[] = [];
    for (let a = 0, b = 1; a < lines.length; a = b, b = a + 1) {
      if (!text[a]) continue;
      while (b < lines.length && text[b] && !brk[b]) b++;
      if (brk[a]) blockStarts.push(lines[a].start);
      maskInline(t, m, this.labels, labelsKey, lines[a].start, lines[b - 1].end);
    }
    // Never split a surrogate pair: masking one half masks both. Only the edges of masked runs
    // are looked at (TypedArray.indexOf finds them natively).
    for (let i = m.indexOf(1); i >= 0 && i < n;) {
      const j = m.indexOf(0, i),
        end = j < 0 ? n : j;
      if (i > 0 && isHigh(t.charCodeAt(i - 1)) && isLow(t.charCodeAt(i))) m[i - 1] = 1;
      if (end < n && isHigh(t.charCodeAt(end - 1)) && isLow(t.charCodeAt(end))) m[end] = 1;
      i = end < n ? m.indexOf(1, end + 1) : -1;
    }
    const parts: string[] = [];
    for (let i = 0; i < n;) {
      const j0 = m.indexOf(m[i] ? 0 : 1, i),
        j = j0 < 0 ? n : j0;
      const piece = t.slice(i, j);
      parts.push(!m[i] ? piece : /[\r\n]/.test(piece) ? piece.replace(/[^\r\n]/g, ' ') : ' '.repeat(j - i));
      i = j;
    }
    return { prose: parts.join(''), blockStarts };
  }

  /** YAML front matter: a first line `---`, YAML-looking lines, a closing `---` or `...`. */
  private frontMatterEnd(): number {
    for (let s = this.t.charCodeAt(0) === 0xfeff ? 1 : 0, first = true; s < this.n; first = false) {
      const e = this.lineEnd(s),
        line = this.t.slice(s, e).trimEnd();
      if (first && line !== '---') return 0;
      if (!first && (line === '---' || line === '...')) return e;
      if (!first && line && !isSp(line.charCodeAt(0)) && !line.includes(':') && !'-#'.includes(line[0])) return 0;
      s = this.nextLine(e);
    }
    return 0;
  }

  /** The line pass. Returns, per line, whether it holds inline text and whether it starts a block. */
  private blocks(): { text: Uint8Array; brk: Uint8Array } {
    const { t, lines } = this;
    const text = new Uint8Array(lines.length),
      brk = new Uint8Array(lines.length);
    let fence: { ch: number; len: number } | undefined;
    let code = false,
      note = false,
      para = false,
      list = false,
      table = false,
      blank = true;
    let breakNext = false,
      prevQuote = 0;
    for (let li = 0; li < lines.length; li++) {
      const s = lines[li].start,
        e = lines[li].end;
      if (this.commentEnd > s) {
        // Inside a multi-line HTML comment; text after its end is paragraph text.
        this.mask(s, Math.min(e, this.commentEnd));
        if (this.commentEnd < e) {
          text[li] = 1;
          this.comments(this.commentEnd, e);
        }
        continue;
      }
      let p = s,
        quote = 0;
      for (; ; quote++) {
        let k = p;
        while (k < e && k - p < 3 && t.charCodeAt(k) === SPACE) k++;
        if (k >= e || t.charCodeAt(k) !== GT) break;
        this.mask(k, k + 1);
        p = k + 1 < e && isSp(t.charCodeAt(k + 1)) ? k + 2 : k + 1;
      }
      if (fence) {
        // Closing fence: the fence character at least as many times, then only blanks.
        const a = this.skipSp(p, e),
          k = this.run1(a, e, fence.ch);
        if (k - a >= fence.len && this.skipSp(k, e) >= e) fence = undefined;
        this.mask(s, e);
        continue;
      }
      let c0 = p === 0 && t.charCodeAt(0) === 0xfeff ? 1 : p,
        col = 0; // a byte order mark is not text
      this.mask(p, c0);
      for (; c0 < e && isSp(t.charCodeAt(c0)); c0++) col += t.charCodeAt(c0) === TAB ? 4 - (col % 4) : 1;
      if (c0 >= e) {
        [blank, para, table, breakNext, prevQuote] = [true, false, false, false, quote];
        continue;
      }
      if (code && col >= 4) {
        this.mask(s, e);
        continue;
      }
      code = false;
      const type: BlockType = col <= 3 || list ? this.classify(c0, e, para, list) : 'indent';
      if (note) {
        // A footnote definition goes on over indented lines and lazy continuation lines.
        if (type === 'indent' || (!blank && (col >= 1 || type === 'text'))) {
          this.mask(s, e);
          blank = false;
          continue;
        }
        note = false;
      }
      const newQuote = quote > prevQuote,
        wasBlank = blank;
      [prevQuote, blank] = [quote, false];
      code = type === 'indent' && wasBlank && !para && !this.prosey(c0, e);
      if (code || type === 'fence' || type === 'hr' || type === 'setext' || type === 'note' || type === 'def') {
        this.mask(s, e);
        if (type === 'fence') fence = { ch: t.charCodeAt(c0), len: this.run1(c0, e, t.charCodeAt(c0)) - c0 };
        [note, list, para, table] = [type === 'note', list && type !== 'hr', false, false];
        continue;
      }
      text[li] = brk[li] = 1;
      if (list && wasBlank && col === 0 && type === 'text') list = false;
      if (type === 'heading') {
        const k = this.run1(c0, e, HASH);
        let z = e,
          h;
        while (z > k && isSp(this.code(z - 1))) z--;
        for (h = z; h > k && this.code(h - 1) === HASH;) h--;
        this.mask(c0, k);
        if (h < z && (h === k || isSp(this.code(h - 1)))) this.mask(h, z); // closing hashes
        [breakNext, para, list, table] = [true, false, false, false];
      } else if (type === 'bullet' || type === 'ordered') {
        let b = c0; // the bullet, or the number and its . or )
        while (b < e && !isSp(this.code(b))) b++;
        this.mask(c0, b);
        // Task list box: "- [ ] ", "- [x] ".
        if (
          type === 'bullet' &&
          this.code(b + 1) === LB &&
          this.code(b + 3) === RB &&
          ' xX'.includes(t[b + 2]) &&
          (b + 4 >= e || isSp(this.code(b + 4)))
        )
          this.mask(b + 1, b + 4);
        [breakNext, para, list, table] = [false, true, true, false];
      } else if (table) {
        this.pipes(c0, e); // a table row
      } else if (this.next(this.pipe, '|', c0) < e && li + 1 < lines.length && this.isDelimRow(lines[li + 1])) {
        this.pipes(c0, e); // a table header and its delimiter row
        this.mask(lines[li + 1].start, lines[li + 1].end);
        [table, para] = [true, false];
        this.comments(c0, e);
        li++;
        continue;
      } else {
        brk[li] = breakNext || !para || newQuote ? 1 : 0;
        [breakNext, para] = [false, true];
      }
      this.comments(c0, e);
    }
    return { text, brk };
  }

  private classify(c0: number, e: number, para: boolean, list: boolean): BlockType {
    const t = this.t,
      c = t.charCodeAt(c0);
    const k0 = this.run1(c0, e, c);
    if ((c === TICK || c === TILDE) && k0 - c0 >= 3 && (c === TILDE || this.find(TICK, k0, e) < 0)) return 'fence';
    if (c === DASH || c === STAR || c === UNDER || c === 61 /* = */) {
      let count = 0,
        k = c0;
      for (; k < e && (t.charCodeAt(k) === c || isSp(t.charCodeAt(k))); k++) if (t.charCodeAt(k) === c) count++;
      if (k >= e && c === 61 && para) return 'setext';
      if (k >= e && c !== 61 && count >= 3) return para && c === DASH ? 'setext' : 'hr';
    }
    if (c === HASH && k0 - c0 <= 6 && (k0 >= e || isSp(t.charCodeAt(k0)))) return 'heading';
    const j = c === LB ? this.find(RB, c0, e) : -1; // "[^note]: text" or "[label]: url 'title'"
    if (j > c0 + 1 && t.charCodeAt(j + 1) === 58 /* : */ && t.charCodeAt(c0 + 1) === CARET) return 'note';
    const dest = j > c0 + 1 && t.charCodeAt(j + 1) === 58 ? this.skipSp(j + 2, e) : e;
    let u = dest;
    while (u < e && !isSp(this.code(u))) u++; // the destination, then nothing or a title
    if (u > dest && ((u = this.skipSp(u, e)) >= e || '"\'('.includes(t[u]))) {
      this.labels.add(
        t
          .slice(c0 + 1, j)
          .trim()
          .replace(/\s+/g, ' ')
          .toLowerCase(),
      );
      return 'def';
    }
    if ((c === DASH || c === STAR || c === 43) /* + */ && (c0 + 1 >= e || isSp(t.charCodeAt(c0 + 1)))) return 'bullet';
    let k = c0;
    while (k < e && k - c0 < 9 && isDigit(t.charCodeAt(k))) k++;
    const d = t.charCodeAt(k);
    // An ordered item interrupts a paragraph only when it is numbered 1 (hard-wrapped "1945. The").
    const ok = k > c0 && (d === 46 || d === RP) && (k + 1 >= e || isSp(t.charCodeAt(k + 1)));
    return ok && (!para || list || t.slice(c0, k) === '1') ? 'ordered' : 'text';
  }
  /** A table delimiter row: only `|`, `-`, `:` and blanks, with at least one `|` and one `-`. */
  private isDelimRow(line: Line): boolean {
    for (let k = line.start; k < line.end; k++) if (!'|-: \t>'.includes(this.t[k])) return false;
    return this.find(PIPE, line.start, line.end) >= 0 && this.find(DASH, line.start, line.end) >= 0;
  }
  private pipes(a: number, e: number): void {
    for (let k = a; k < e; k++) if (this.t.charCodeAt(k) === PIPE && this.t.charCodeAt(k - 1) !== BS) this.mask(k, k + 1);
  }
  /** Whether an indented line reads as prose (an indented paragraph) rather than code. */
  private prosey(a: number, e: number): boolean {
    const t = this.t;
    if (charClass(t, a) !== 2 && !'"“‘\'('.includes(t[a])) return false;
    let words = 0,
      z = e;
    for (let k = a; k < e; k++) if (!isSp(t.charCodeAt(k)) && (k === a || isSp(t.charCodeAt(k - 1)))) words++;
    while (z > a && isSp(t.charCodeAt(z - 1))) z--;
    return words >= 8 || (words >= 3 && '.!?:"”’'.includes(t[z - 1]));
  }
  /** HTML comments starting in [a, e); one may run past e (into later lines). */
  private comments(a: number, e: number): void {
    for (let k = a; !this.noMoreComments;) {
      if (this.nextComment < k) this.nextComment = this.t.indexOf('<!--', k);
      const o = this.nextComment;
      const c = o < 0 ? -1 : o >= e ? o : this.t.indexOf('-->', o + 4);
      if (c < 0 || o >= e) {
        this.noMoreComments = c < 0;
        return;
      }
      this.mask(o, c + 3);
      if (c + 3 > e) {
        this.commentEnd = c + 3;
        return;
      }
      k = c + 3;
    }
  }
}
