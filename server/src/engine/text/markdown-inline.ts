// The inline pass of the prose mask (markdown.ts): over one run of text lines, code spans, links and
// images (inline, reference, shortcut with a definition), footnote markers, autolinks, HTML tags,
// emphasis delimiters and escapes are masked. The result depends only on the run's text, what the
// line pass masked in it already (quote markers, bullets, comments) and the link definitions, so it
// is remembered per run: a draft re-masked as it is edited re-reads only the paragraph that changed.

export const BS = 92,
  LT = 60,
  GT = 62,
  BANG = 33,
  LB = 91,
  RB = 93,
  LP = 40,
  RP = 41,
  CARET = 94,
  TICK = 96;
export const STAR = 42,
  UNDER = 95,
  TILDE = 126,
  HASH = 35,
  PIPE = 124,
  DASH = 45,
  SPACE = 32,
  TAB = 9;

/** HTML elements whose tags are masked (plus custom elements, which have a hyphen). */
const HTML_TAGS = new Set(
  (
    'a abbr address article aside audio b bdi bdo big blockquote br button caption center ' +
    'cite code col colgroup dd del details dfn div dl dt em embed figcaption figure font footer form h1 h2 h3 h4 h5 ' +
    'h6 header hr i iframe img input ins kbd label li main mark nav object ol p picture pre q s samp script section ' +
    'small source span strike strong style sub summary sup table tbody td tfoot th thead time tr tt u ul var video wbr'
  ).split(' '),
);

export const isSp = (c: number): boolean => c === SPACE || c === TAB;
export const isAsciiPunct = (c: number): boolean =>
  (c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126);
export const isAlpha = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122),
  isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** 0 = whitespace (or outside the text), 1 = punctuation or symbol, 2 = anything else. */
export function charClass(t: string, k: number): number {
  if (k < 0 || k >= t.length) return 0;
  const c = t.charCodeAt(k);
  if (c < 128) return c <= 32 || c === 127 ? 0 : isAsciiPunct(c) ? 1 : 2;
  const ch = String.fromCodePoint(c >= 0xdc00 && c <= 0xdfff && k > 0 ? t.codePointAt(k - 1)! : t.codePointAt(k)!);
  return /\s/u.test(ch) ? 0 : /[\p{P}\p{S}]/u.test(ch) ? 1 : 2;
}

/** Runs remembered: by the run's text, what else the pass read (the link labels, what the line pass
 *  masked in it) and the intervals the pass masked. Dropped all at once past MEMO_SIZE runs or
 *  MEMO_CHARS characters (a 100,000-character line edited for hours must not fill the memory). */
interface Remembered {
  labels: string;
  pre: string;
  added: number[];
}
const memo = new Map<string, Remembered[]>();
let remembered = 0;
let rememberedChars = 0;
/** At most this many runs and characters of text are kept (then all are forgotten at once). */
const MEMO_SIZE = 8192;
const MEMO_CHARS = 4_000_000;
/** Runs shorter than this are masked directly: remembering them costs more than it saves. */
const MEMO_MIN = 64;

/** Forgets every remembered run (tests compare masks made with and without them). */
export function forgetInlineRuns(): void {
  memo.clear();
  remembered = 0;
  rememberedChars = 0;
}

/**
 * Masks the inline syntax of the run [cs, ce) of `t` into `m` (1 = masked). `labels` are the
 * document's link definition labels and `labelsKey` a string that changes whenever they do.
 */
export function maskInline(t: string, m: Uint8Array, labels: ReadonlySet<string>, labelsKey: string, cs: number, ce: number): void {
  if (ce - cs < MEMO_MIN) return new InlinePass(t, m, labels).run(cs, ce);
  // What the line pass masked in the run already, as relative intervals.
  // (indexOf on a view of the run only: on the whole array a search could run to the text's end.)
  const run = m.subarray(cs, ce);
  let pre = '';
  for (let a = run.indexOf(1); a >= 0;) {
    const z = run.indexOf(0, a),
      b = z < 0 ? run.length : z;
    pre += `${a}-${b},`;
    a = b < run.length ? run.indexOf(1, b) : -1;
  }
  // Looked up by a slice (hashing it copies nothing); stored under a copy of its own, so the memo
  // never keeps a whole old version of the document alive through a slice of it.
  const text = t.slice(cs, ce);
  const list = memo.get(text);
  const hit = list?.find((r) => r.labels === labelsKey && r.pre === pre);
  if (hit) {
    for (let x = 0; x < hit.added.length; x += 2) m.fill(1, cs + hit.added[x], cs + hit.added[x + 1]);
    return;
  }
  const before = m.slice(cs, ce);
  new InlinePass(t, m, labels).run(cs, ce);
  const added: number[] = [];
  for (let k = cs; k < ce; k++) {
    if (!m[k] || before[k - cs]) continue;
    const a = k;
    while (k < ce && m[k] && !before[k - cs]) k++;
    added.push(a - cs, k - cs);
  }
  if (++remembered > MEMO_SIZE || (rememberedChars += text.length) > MEMO_CHARS) forgetInlineRuns();
  const entry = { labels: labelsKey, pre, added };
  if (list) list.push(entry);
  else memo.set((' ' + text).slice(1), [entry]); // a flat copy (V8 flattens before slicing)
}

class InlinePass {
  constructor(
    private readonly t: string,
    private readonly m: Uint8Array,
    private readonly labels: ReadonlySet<string>,
  ) {}
  private mask(a: number, b: number): void {
    if (b > a) this.m.fill(1, Math.max(0, a), Math.min(this.m.length, b));
  }
  private code(k: number): number {
    return this.t.charCodeAt(k);
  }
  /** Index after the run of code unit c from k. */
  private run1(k: number, e: number, c: number): number {
    while (k < e && this.code(k) === c) k++;
    return k;
  }

  /** The inline pass over [cs, ce): one run of text lines. */
  run(cs: number, ce: number): void {
    const { t, m } = this;
    this.codeSpans(cs, ce);
    const close = new Map<number, number>(),
      stack: number[] = []; // matching [ ]
    for (let i = cs; i < ce; i++) {
      const c = t.charCodeAt(i);
      if (m[i]) continue;
      if (c === BS && isAsciiPunct(t.charCodeAt(i + 1))) i++;
      else if (c === LB) stack.push(i);
      else if (c === RB && stack.length) close.set(stack.pop()!, i);
    }
    const tails = new Map<number, number>(),
      openers = new Map<number, number[]>([
        [STAR, []],
        [UNDER, []],
        [TILDE, []],
      ]);
    for (let i = cs; i < ce;) {
      if (m[i]) {
        i++;
        continue;
      }
      const c = t.charCodeAt(i);
      let k = -1;
      if (c === BS) {
        const d = t.charCodeAt(i + 1);
        if (i + 1 < ce && isAsciiPunct(d) && !m[i + 1]) {
          this.mask(i, i + 1);
          i += 2;
          continue;
        }
        if (i + 1 >= ce || d === 10 || d === 13) this.mask(i, i + 1); // hard line break
      } else if (c === LT) k = this.angle(i, ce);
      else if (c === BANG && t.charCodeAt(i + 1) === LB && !m[i + 1]) k = this.link(i + 1, ce, close);
      else if (c === LB) {
        const j = close.get(i);
        if (j !== undefined && t.charCodeAt(i + 1) === CARET && j > i + 2 && !/\s/.test(t.slice(i + 2, j))) k = j + 1;
        else {
          const end = this.link(i, ce, close);
          if (end > 0) {
            this.mask(i, i + 1);
            tails.set(j!, end);
          }
        }
      } else if (c === RB) k = tails.get(i) ?? -1;
      else if (c === STAR || c === UNDER || c === TILDE) {
        const j = this.run1(i, ce, c);
        if (c !== TILDE || j - i >= 2) {
          // Delimiter runs (CommonMark flanking), but never inside a word (snake_case, 2*3).
          const before = i > cs ? charClass(t, i - 1) : 0,
            after = j < ce ? charClass(t, j) : 0;
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
      if (k > 0) {
        this.mask(i, k);
        i = k;
      } else i++;
    }
  }

  /** Code spans in [cs, ce): a backtick run closed by the next run of the same length. */
  private codeSpans(cs: number, ce: number): void {
    const { t, m } = this;
    const runs: number[] = [];
    for (let i = cs, j; i < ce; i = j + 1) {
      for (j = i; j < ce && t.charCodeAt(j) === TICK && !m[j];) j++;
      if (j > i) runs.push(i, j - i);
    }
    // next[r]: the next run of the same length, found right to left in one pass.
    const next: number[] = [],
      last = new Map<number, number>();
    for (let r = runs.length - 2; r >= 0; r -= 2) {
      next[r] = last.get(runs[r + 1]) ?? -1;
      last.set(runs[r + 1], r);
    }
    for (let r = 0; r < runs.length;) {
      const s = runs[r],
        c = next[r];
      let bs = 0; // backslashes before the run: an escaped run opens nothing
      while (s - bs - 1 >= cs && t.charCodeAt(s - bs - 1) === BS) bs++;
      if (bs % 2 === 1 || c < 0) {
        r += 2;
        continue;
      }
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
    return this.labels.has(
      this.t
        .slice(i + 1, j)
        .trim()
        .replace(/\s+/g, ' ')
        .toLowerCase(),
    )
      ? j + 1
      : -1;
  }
  /** `url "title")` from just after `(`: the end after `)`, or -1. Bounded, so linear overall. */
  private destination(p: number, ce: number): number {
    const t = this.t,
      lim = Math.min(ce, p + 2048);
    const ws = (k: number): number => {
      while (k < lim && charClass(t, k) === 0) k++;
      return k;
    };
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
    const t = this.t,
      lim = Math.min(ce, i + 2048);
    let k = i + 1,
      at = false,
      colon = -1;
    for (let c = t.charCodeAt(k); k < lim && c !== GT && c !== LT && c > 32; c = t.charCodeAt(++k)) {
      if (c === 64) at = true;
      else if (c === 58 && colon < 0) colon = k;
    }
    if (k < lim && t.charCodeAt(k) === GT && k > i + 1) {
      if (colon > i + 2 && /^[A-Za-z][A-Za-z0-9+.-]*$/.test(t.slice(i + 1, colon))) return k + 1;
      if (at && colon < 0) return k + 1;
    }
    const closing = t.charCodeAt(i + 1) === 47,
      s = closing ? i + 2 : i + 1;
    for (k = s; k < lim && (isAlpha(t.charCodeAt(k)) || isDigit(t.charCodeAt(k)) || t.charCodeAt(k) === DASH);) k++;
    const name = t.slice(s, k).toLowerCase();
    if (!isAlpha(t.charCodeAt(s)) || (!HTML_TAGS.has(name) && !name.includes('-'))) return -1;
    if (t.charCodeAt(k) !== GT && t.charCodeAt(k) !== 47 && charClass(t, k) !== 0) return -1;
    for (let quote = 0; k < lim; k++) {
      const d = t.charCodeAt(k);
      if (d === LT) return -1;
      if (quote) {
        if (d === quote) quote = 0;
      } else if (d === 34 || d === 39) {
        if (!closing) quote = d;
      } else if (d === GT) return k + 1;
    }
    return -1;
  }
}
