// Word tokens with offsets, and a phrase matcher over them (longest match wins). Used for every
// lookup of names, cues and qualifiers, so a phrase in the data files is tokenised exactly like
// the text it is looked for in.

export interface Token {
  start: number;
  end: number;
  /** The token as written, with curly apostrophes made straight. */
  text: string;
  lower: string;
  /** Letter/digit word (as opposed to punctuation). */
  word: boolean;
}

// Initialisms (U.S., D.P.R.K.), words with inner hyphens or apostrophes, possessive 's, single
// punctuation characters. No nested quantifiers: linear time.
const TOKEN = /\p{L}\.(?:\p{L}\.)+|[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*|['’]s\b|[^\s\p{L}\p{N}]/gu;

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = from;
  const slice = to < text.length ? text.slice(0, to) : text;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(slice)) !== null) {
    const raw = m[0];
    // "won't" keeps its apostrophe; a trailing "'s" on a word is split off as its own token.
    const n = raw.length;
    if (n > 2 && raw.charCodeAt(n - 1) === 115 /* s */ && (raw.charCodeAt(n - 2) === 39 || raw.charCodeAt(n - 2) === 0x2019)) {
      const first = raw.slice(0, n - 2);
      if (/\p{L}/u.test(first)) {
        out.push(mk(first, m.index));
        out.push(mk("'s", m.index + first.length));
        continue;
      }
    }
    out.push(mk(raw, m.index));
  }
  return out;
}

function mk(text: string, start: number, end = start + text.length): Token {
  const t = text.indexOf('’') >= 0 ? text.replace(/’/g, "'") : text;
  return { start, end, text: t, lower: t.toLowerCase(), word: hasWordChar(t) };
}

/** Whether a token holds a letter or a digit (ASCII looked at directly, the rest by Unicode class). */
function hasWordChar(t: string): boolean {
  let ascii = true;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
    if (c >= 128) ascii = false;
  }
  return !ascii && /[\p{L}\p{N}]/u.test(t);
}

export interface PhraseEntry<T> {
  value: T;
  /** Number of tokens in the phrase. */
  length: number;
}

interface Node<T> {
  next: Map<string, Node<T>>;
  /** Entries ending here; `exact` ones must match case as written (or, when written in lower
   *  case, as `opening`: with a capital first letter, as at the start of a sentence). */
  entries: { value: T; exact?: string[]; opening?: string }[];
  /** The entries' values when none must match case: handed out as they are (no array a match). */
  plain?: T[];
}

/** True for names matched case-sensitively: acronyms and names of one or two letters. */
function isExact(phrase: string): boolean {
  const letters = phrase.replace(/[^\p{L}]/gu, '');
  return letters.length <= 2 || (letters.length <= 6 && letters === letters.toUpperCase() && /\p{Lu}/u.test(letters));
}

/** "he" -> "He": a lower-case word written as it opens a sentence (an acronym stays as it is). */
function capitalised(w: string): string | undefined {
  return w === w.toLowerCase() ? w.charAt(0).toUpperCase() + w.slice(1) : undefined;
}

export class PhraseMatcher<T> {
  private readonly root: Node<T> = { next: new Map(), entries: [] };

  add(phrase: string, value: T): void {
    const toks = tokenize(phrase).filter((t) => t.text !== '.' || phrase.trim() === '.');
    if (toks.length === 0) return;
    let node = this.root;
    for (const t of toks) {
      let child = node.next.get(t.lower);
      if (!child) {
        child = { next: new Map(), entries: [] };
        node.next.set(t.lower, child);
      }
      node = child;
    }
    const exact = isExact(phrase) ? toks.map((t) => t.text) : undefined;
    if (!node.entries.some((e) => e.value === value)) node.entries.push({ value, exact, opening: exact && capitalised(exact[0]) });
    node.plain = node.entries.every((e) => !e.exact) ? node.entries.map((e) => e.value) : undefined;
  }

  /** Longest phrase starting at token i, or undefined. */
  matchAt(tokens: Token[], i: number): { values: T[]; length: number } | undefined {
    let node: Node<T> | undefined = this.root;
    let best: { values: T[]; length: number } | undefined;
    if (i < 0) return undefined;
    for (let j = i; j < tokens.length && node; j++) {
      node = node.next.get(tokens[j].lower);
      if (!node) break;
      if (node.entries.length) {
        const values =
          node.plain ??
          node.entries
            .filter((e) => !e.exact || e.exact.every((w, k) => tokens[i + k].text === w || (k === 0 && tokens[i].text === e.opening)))
            .map((e) => e.value);
        if (values.length) best = { values, length: j - i + 1 };
      }
    }
    return best;
  }

  /** All non-overlapping longest matches, left to right. */
  findAll(tokens: Token[]): { start: number; length: number; values: T[] }[] {
    const out: { start: number; length: number; values: T[] }[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const m = this.matchAt(tokens, i);
      if (m) {
        out.push({ start: i, length: m.length, values: m.values });
        i += m.length - 1;
      }
    }
    return out;
  }
}

/** The text of tokens [i, j) as written, one space where the source had any white space. */
export function tokensText(tokens: Token[], i: number, j: number): string {
  let s = '';
  for (let k = i; k < j; k++) {
    if (k > i && tokens[k].start > tokens[k - 1].end) s += ' ';
    s += tokens[k].text;
  }
  return s;
}
