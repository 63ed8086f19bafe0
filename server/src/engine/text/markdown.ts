// Markdown (or plain text) -> prose mask: the same text, same UTF-16 length, with everything that
// is not prose replaced by spaces ("\r" and "\n" kept), so every offset in the mask is an offset in
// the draft. Two linear passes: lines, for block structure (front matter, code, headings, lists,
// quotes, tables, definitions, HTML comments); then each run of text lines, for inline syntax (code
// spans, links, images, footnote markers, autolinks, tags, emphasis, escapes). Every forward search
// is bounded or never repeats, and regular expressions only ever see short slices.

/** A line: its start and the end of its content (before the line break). */
interface Line { start: number; end: number }

type BlockType = 'text' | 'fence' | 'hr' | 'setext' | 'heading' | 'note' | 'def' | 'bullet' | 'ordered' | 'indent';

const BS = 92, LT = 60, GT = 62, BANG = 33, LB = 91, RB = 93, LP = 40, RP = 41, CARET = 94, TICK = 96;
const STAR = 42, UNDER = 95, TILDE = 126, HASH = 35, PIPE = 124, DASH = 45, SPACE = 32, TAB = 9;

/** HTML elements whose tags are masked (plus custom elements, which have a hyphen). */
const HTML_TAGS = new Set(('a abbr address article aside audio b bdi bdo big blockquote br button caption center ' +
  'cite code col colgroup dd del details dfn div dl dt em embed figcaption figure font footer form h1 h2 h3 h4 h5 ' +
  'h6 header hr i iframe img input ins kbd label li main mark nav object ol p picture pre q s samp script section ' +
  'small source span strike strong style sub summary sup table tbody td tfoot th thead time tr tt u ul var video wbr').split(' '));

/** Block starts of recently masked texts, keyed by the mask, for splitSentences. */
const recent = new Map<string, number[]>();

/** Line-start offsets where a Markdown block (heading, list item, table row, new paragraph or
 *  quote) begins, for a string that proseMask returned recently; undefined otherwise. */
export function maskedBlockStarts(prose: string): readonly number[] | undefined { return recent.get(prose); }

export function proseMask(text: string, bodyStart = 0): string {
  const { prose, blockStarts } = new Masker(text, bodyStart).run();
  recent.delete(prose);
  recent.set(prose, blockStarts);
  if (recent.size > 8) recent.delete(recent.keys().next().value as string);
  return prose;
}

const isSp = (c: number): boolean => c === SPACE || c === TAB;
const isAsciiPunct = (c: number): boolean =>
  (c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126);
const isAlpha = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122), isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** 0 = whitespace (or outside the text), 1 = punctuation or symbol, 2 = anything else. */
function charClass(t: string, k: number): number {
  if (k < 0 || k >= t.length) return 0;
  const c = t.charCodeAt(k);
  if (c < 128) return c <= 32 || c === 127 ? 0 : isAsciiPunct(c) ? 1 : 2;
  const ch = String.fromCodePoint(c >= 0xdc00 && c <= 0xdfff && k > 0 ? t.codePointAt(k - 1)! : t.codePointAt(k)!);
  return /\s/u.test(ch) ? 0 : /[\p{P}\p{S}]/u.test(ch) ? 1 : 2;
}

class Masker {
  private readonly n: number;
  private readonly m: Uint8Array;
  private readonly lines: Line[] = [];
  private readonly labels = new Set<string>();
  /** Next `<!--` at or after the scan, whether none is left, and the end of an open comment. */
  private nextComment = -1; private noMoreComments = false; private commentEnd = -1;

  constructor(private readonly t: string, private readonly bodyStart: number) {
    this.n = t.length;
    this.m = new Uint8Array(this.n);
  }
  // Small scanners; e is always the end of the current line or run.
  private mask(a: number, b: number): void { if (b > a) this.m.fill(1, Math.max(0, a), Math.min(this.n, b)); }
  private code(k: number): number { return this.t.charCodeAt(k); }
  /** Index after the run of code unit c from k. */
  private run1(k: number, e: number, c: number): number { while (k < e && this.code(k) === c) k++; return k; }
  private skipSp(k: number, e: number): number { while (k < e && isSp(this.code(k))) k++; return k; }
  private find(c: number, a: number, e: number): number { for (let k = a; k < e; k++) if (this.code(k) === c) return k; return -1; }
  private lineEnd(s: number): number { while (s < this.n && this.code(s) !== 10 && this.code(s) !== 13) s++; return s; }
  private nextLine(e: number): number { return this.code(e) === 13 && this.code(e + 1) === 10 ? e + 2 : e + 1; }


  run(): { prose: string; blockStarts: number[] } {
    const { t, n, m, lines } = this;
    const body = Math.max(0, Math.min(this.bodyStart, n)) || this.frontMatterEnd();
    this.mask(0, body);
    for (let s = body; ; s = this.nextLine(lines[lines.length - 1].end)) {
      lines.push({ start: s, end: this.lineEnd(s) });
      if (lines[lines.length - 1].end >= n) break;
    }
    const { text, brk } = this.blocks();
    const blockStarts: number[] = [];
    for (let a = 0, b = 1; a < lines.length; a = b, b = a + 1) {
      if (!text[a]) continue;
      while (b < lines.length && text[b] && !brk[b]) b++;
      if (brk[a]) blockStarts.push(lines[a].start);
      this.inline(lines[a].start, lines[b - 1].end);
    }
    // Never split a surrogate pair: masking one half masks both.
    for (let i = 0; i + 1 < n; i++) {
      const c = t.charCodeAt(i), d = t.charCodeAt(i + 1);
      if (m[i] !== m[i + 1] && c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff) m[i] = m[i + 1] = 1;
    }
    const parts: string[] = [];
    for (let i = 0, j = 0; i < n; i = j) {
      while (j < n && m[j] === m[i]) j++;
      parts.push(m[i] ? t.slice(i, j).replace(/[^\r\n]/g, ' ') : t.slice(i, j));
    }
    return { prose: parts.join(''), blockStarts };
  }

  /** YAML front matter: a first line `---`, YAML-looking lines, a closing `---` or `...`. */
  private frontMatterEnd(): number {
    for (let s = this.t.charCodeAt(0) === 0xfeff ? 1 : 0, first = true; s < this.n; first = false) {
      const e = this.lineEnd(s), line = this.t.slice(s, e).trimEnd();
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
    const text = new Uint8Array(lines.length), brk = new Uint8Array(lines.length);
    let fence: { ch: number; len: number } | undefined;
    let code = false, note = false, para = false, list = false, table = false, blank = true;
    let breakNext = false, prevQuote = 0;
    for (let li = 0; li < lines.length; li++) {
      const s = lines[li].start, e = lines[li].end;
      if (this.commentEnd > s) {
        // Inside a multi-line HTML comment; text after its end is paragraph text.
        this.mask(s, Math.min(e, this.commentEnd));
        if (this.commentEnd < e) { text[li] = 1; this.comments(this.commentEnd, e); }
        continue;
      }
      let p = s, quote = 0;
      for (;; quote++) {
        let k = p;
        while (k < e && k - p < 3 && t.charCodeAt(k) === SPACE) k++;
        if (k >= e || t.charCodeAt(k) !== GT) break;
        this.mask(k, k + 1);
        p = k + 1 < e && isSp(t.charCodeAt(k + 1)) ? k + 2 : k + 1;
      }
      if (fence) {
        // Closing fence: the fence character at least as many times, then only blanks.
        const a = this.skipSp(p, e), k = this.run1(a, e, fence.ch);
        if (k - a >= fence.len && this.skipSp(k, e) >= e) fence = undefined;
        this.mask(s, e);
        continue;
      }
      let c0 = p === 0 && t.charCodeAt(0) === 0xfeff ? 1 : p, col = 0; // a byte order mark is not text
      this.mask(p, c0);
      for (; c0 < e && isSp(t.charCodeAt(c0)); c0++) col += t.charCodeAt(c0) === TAB ? 4 - (col % 4) : 1;
      if (c0 >= e) { [blank, para, table, breakNext, prevQuote] = [true, false, false, false, quote]; continue; }
      if (code && col >= 4) { this.mask(s, e); continue; }
      code = false;
      const type: BlockType = col <= 3 || list ? this.classify(c0, e, para, list) : 'indent';
      if (note) {
        // A footnote definition goes on over indented lines and lazy continuation lines.
        if (type === 'indent' || (!blank && (col >= 1 || type === 'text'))) { this.mask(s, e); blank = false; continue; }
        note = false;
      }
      const newQuote = quote > prevQuote, wasBlank = blank;
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
        let z = e, h;
        while (z > k && isSp(this.code(z - 1))) z--;
        for (h = z; h > k && this.code(h - 1) === HASH; ) h--;
        this.mask(c0, k);
        if (h < z && (h === k || isSp(this.code(h - 1)))) this.mask(h, z); // closing hashes
        [breakNext, para, list, table] = [true, false, false, false];
      } else if (type === 'bullet' || type === 'ordered') {
        let b = c0; // the bullet, or the number and its . or )
        while (b < e && !isSp(this.code(b))) b++;
        this.mask(c0, b);
        // Task list box: "- [ ] ", "- [x] ".
        if (type === 'bullet' && this.code(b + 1) === LB && this.code(b + 3) === RB && ' xX'.includes(t[b + 2]) &&
          (b + 4 >= e || isSp(this.code(b + 4)))) this.mask(b + 1, b + 4);
        [breakNext, para, list, table] = [false, true, true, false];
      } else if (table) {
        this.pipes(c0, e); // a table row
      } else if (this.find(PIPE, c0, e) >= 0 && li + 1 < lines.length && this.isDelimRow(lines[li + 1])) {
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
    const t = this.t, c = t.charCodeAt(c0);
    const k0 = this.run1(c0, e, c);
    if ((c === TICK || c === TILDE) && k0 - c0 >= 3 && (c === TILDE || this.find(TICK, k0, e) < 0)) return 'fence';
    if (c === DASH || c === STAR || c === UNDER || c === 61 /* = */) {
      let count = 0, k = c0;
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
      this.labels.add(t.slice(c0 + 1, j).trim().replace(/\s+/g, ' ').toLowerCase());
      return 'def';
    }
    if ((c === DASH || c === STAR || c === 43 /* + */) && (c0 + 1 >= e || isSp(t.charCodeAt(c0 + 1)))) return 'bullet';
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
    let words = 0, z = e;
    for (let k = a; k < e; k++) if (!isSp(t.charCodeAt(k)) && (k === a || isSp(t.charCodeAt(k - 1)))) words++;
    while (z > a && isSp(t.charCodeAt(z - 1))) z--;
    return words >= 8 || (words >= 3 && '.!?:"”’'.includes(t[z - 1]));
  }
  /** HTML comments starting in [a, e); one may run past e (into later lines). */
  private comments(a: number, e: number): void {
    for (let k = a; !this.noMoreComments; ) {
      if (this.nextComment < k) this.nextComment = this.t.indexOf('<!--', k);
      const o = this.nextComment;
      const c = o < 0 ? -1 : o >= e ? o : this.t.indexOf('-->', o + 4);
      if (c < 0 || o >= e) { this.noMoreComments = c < 0; return; }
      this.mask(o, c + 3);
      if (c + 3 > e) { this.commentEnd = c + 3; return; }
      k = c + 3;
    }
  }

  /** The inline pass over [cs, ce): one run of text lines. */
  private inline(cs: number, ce: number): void {
    const { t, m } = this;
    this.codeSpans(cs, ce);
    const close = new Map<number, number>(), stack: number[] = []; // matching [ ]
    for (let i = cs; i < ce; i++) {
      const c = t.charCodeAt(i);
      if (m[i]) continue;
      if (c === BS && isAsciiPunct(t.charCodeAt(i + 1))) i++;
      else if (c === LB) stack.push(i);
      else if (c === RB && stack.length) close.set(stack.pop()!, i);
    }
    const tails = new Map<number, number>(), openers = new Map<number, number[]>([[STAR, []], [UNDER, []], [TILDE, []]]);
    for (let i = cs; i < ce; ) {
      if (m[i]) { i++; continue; }
      const c = t.charCodeAt(i);
      let k = -1;
      if (c === BS) {
        const d = t.charCodeAt(i + 1);
        if (i + 1 < ce && isAsciiPunct(d) && !m[i + 1]) { this.mask(i, i + 1); i += 2; continue; }
        if (i + 1 >= ce || d === 10 || d === 13) this.mask(i, i + 1); // hard line break
      } else if (c === LT) k = this.angle(i, ce);
      else if (c === BANG && t.charCodeAt(i + 1) === LB && !m[i + 1]) k = this.link(i + 1, ce, close);
      else if (c === LB) {
        const j = close.get(i);
        if (j !== undefined && t.charCodeAt(i + 1) === CARET && j > i + 2 && !/\s/.test(t.slice(i + 2, j))) k = j + 1;
        else {
          const end = this.link(i, ce, close);
          if (end > 0) { this.mask(i, i + 1); tails.set(j!, end); }
        }
      } else if (c === RB) k = tails.get(i) ?? -1;
      else if (c === STAR || c === UNDER || c === TILDE) {
        const j = this.run1(i, ce, c);
        if (c !== TILDE || j - i >= 2) {
          // Delimiter runs (CommonMark flanking), but never inside a word (snake_case, 2*3).
          const before = i > cs ? charClass(t, i - 1) : 0, after = j < ce ? charClass(t, j) : 0;
          const left = after !== 0 && (after !== 1 || before !== 2);
          const right = before !== 0 && (before !== 1 || after !== 2);
          const st = openers.get(c)!;
          if (right && (!left || after === 1) && st.length) {
            this.mask(st[st.length - 2], st[st.length - 1]); // the nearest opener of the same character
            this.mask(i, j);
            st.length -= 2;
          } else if (left && (!right || before === 1)) st.push(i, j);
        }
        i = j;
        continue;
      }
      if (k > 0) { this.mask(i, k); i = k; } else i++;
    }
  }

  /** Code spans in [cs, ce): a backtick run closed by the next run of the same length. */
  private codeSpans(cs: number, ce: number): void {
    const { t, m } = this;
    const runs: number[] = [];
    for (let i = cs, j; i < ce; i = j + 1) {
      for (j = i; j < ce && t.charCodeAt(j) === TICK && !m[j]; ) j++;
      if (j > i) runs.push(i, j - i);
    }
    // next[r]: the next run of the same length, found right to left in one pass.
    const next: number[] = [], last = new Map<number, number>();
    for (let r = runs.length - 2; r >= 0; r -= 2) {
      next[r] = last.get(runs[r + 1]) ?? -1;
      last.set(runs[r + 1], r);
    }
    for (let r = 0; r < runs.length; ) {
      const s = runs[r], c = next[r];
      let bs = 0; // backslashes before the run: an escaped run opens nothing
      while (s - bs - 1 >= cs && t.charCodeAt(s - bs - 1) === BS) bs++;
      if (bs % 2 === 1 || c < 0) { r += 2; continue; }
      this.mask(s, runs[c] + runs[c + 1]);
      r = c + 2;
    }
  }

  /** A link at the `[` at i: inline `[x](url "t")`, reference `[x][r]`, `[x][]`, or a shortcut
   *  `[x]` with a definition. Returns the end of the whole link, or -1. */
  private link(i: number, ce: number, close: Map<number, number>): number {
    const j = close.get(i);
    if (j === undefined) return -1;
    const d = this.t.charCodeAt(j + 1);
    if (d === LP) return this.destination(j + 2, ce);
    if (d === LB) return (close.get(j + 1) ?? -2) + 1;
    if (this.labels.size === 0 || j - i > 1000) return -1;
    return this.labels.has(this.t.slice(i + 1, j).trim().replace(/\s+/g, ' ').toLowerCase()) ? j + 1 : -1;
  }
  /** `url "title")` from just after `(`: the end after `)`, or -1. Bounded, so linear overall. */
  private destination(p: number, ce: number): number {
    const t = this.t, lim = Math.min(ce, p + 2048);
    const ws = (k: number): number => { while (k < lim && charClass(t, k) === 0) k++; return k; };
    let k = ws(p);
    if (t.charCodeAt(k) === LT) {
      while (k < lim && t.charCodeAt(k) !== GT && t.charCodeAt(k) !== 10) k++;
      if (k >= lim || t.charCodeAt(k++) !== GT) return -1;
    } else {
      for (let depth = 0; k < lim; k++) {
        const c = t.charCodeAt(k);
        if (c <= 32 || (c === RP && depth-- === 0)) break;
        if (c === BS) k++;
        else if (c === LP && ++depth > 32) return -1;
      }
    }
    const afterDest = k;
    k = ws(k);
    const q = t.charCodeAt(k);
    if (k > afterDest && (q === 34 || q === 39 || q === LP)) {
      const end = q === LP ? RP : q;
      for (k++; k < lim && t.charCodeAt(k) !== end; k++) if (t.charCodeAt(k) === BS) k++;
      if (k >= lim) return -1;
      k = ws(k + 1);
    }
    return k < lim && t.charCodeAt(k) === RP ? k + 1 : -1;
  }
  /** `<` at i: an autolink (<https://...>, <name@host>) or a known HTML tag; its end, or -1. */
  private angle(i: number, ce: number): number {
    const t = this.t, lim = Math.min(ce, i + 2048);
    let k = i + 1, at = false, colon = -1;
    for (let c = t.charCodeAt(k); k < lim && c !== GT && c !== LT && c > 32; c = t.charCodeAt(++k)) {
      if (c === 64) at = true;
      else if (c === 58 && colon < 0) colon = k;
    }
    if (k < lim && t.charCodeAt(k) === GT && k > i + 1) {
      if (colon > i + 2 && /^[A-Za-z][A-Za-z0-9+.-]*$/.test(t.slice(i + 1, colon))) return k + 1;
      if (at && colon < 0) return k + 1;
    }
    const closing = t.charCodeAt(i + 1) === 47, s = closing ? i + 2 : i + 1;
    for (k = s; k < lim && (isAlpha(t.charCodeAt(k)) || isDigit(t.charCodeAt(k)) || t.charCodeAt(k) === DASH); ) k++;
    const name = t.slice(s, k).toLowerCase();
    if (!isAlpha(t.charCodeAt(s)) || (!HTML_TAGS.has(name) && !name.includes('-'))) return -1;
    if (t.charCodeAt(k) !== GT && t.charCodeAt(k) !== 47 && charClass(t, k) !== 0) return -1;
    for (let quote = 0; k < lim; k++) {
      const d = t.charCodeAt(k);
      if (d === LT) return -1;
      if (quote) { if (d === quote) quote = 0; }
      else if (d === 34 || d === 39) { if (!closing) quote = d; }
      else if (d === GT) return k + 1;
    }
    return -1;
  }
}
