// Citation markers in a draft, with their offsets: footnote references `[^id]` and definitions
// `[^id]: ...`, Pandoc citations `[@id]`, `[see @a; -@b, p. 3]`, and bare `@id` (only for ids the
// caller knows, so e-mail addresses and handles are left alone). Nothing in code (spans, fenced or
// indented blocks), front matter or HTML comments counts: the draft is read with the same Markdown
// mask as its claims (proseMask). And each marker linked to the claim it cites: the sentence it sits
// in, or the one it follows (`...region.[^a][^b]`, `... region [@a].`).
import { splitFrontMatter } from './sources/frontmatter';
import { maskMarkdown } from './text/markdown';
import type { Span } from './types';

export type CitationKind = 'footnote' | 'pandoc' | 'in-text';

export interface CitationMarker {
  kind: CitationKind;
  id: string;
  /** The marker: `[^id]`, `@id` (or `-@id`) inside a Pandoc group, or a bare `@id`. */
  span: Span;
  /** The id alone. */
  idSpan: Span;
  /** Pandoc: the whole bracketed group the key is in. */
  group?: Span;
  /** Pandoc: the locator after the key ("p. 3"). */
  locator?: string;
}

export interface FootnoteDefinition {
  id: string;
  /** The whole definition line. */
  span: Span;
  /** `[^id]` at the start of the line. */
  label: Span;
  idSpan: Span;
  /** What follows `[^id]:` on that line, trimmed. */
  text: string;
  textSpan: Span;
}

export interface DraftCitations {
  markers: CitationMarker[];
  definitions: FootnoteDefinition[];
}

export interface CitationOptions {
  /** Where the body starts (after front matter); found when not given. */
  bodyStart?: number;
  /** Whether an id names a known source; bare `@id` is only read for those. */
  isKnown?: (id: string) => boolean;
  /** The text's prose mask when the caller has it already (the checker made it for this version). */
  prose?: string;
}

/** A Pandoc citation key: a word character first, internal punctuation only between word characters. */
const KEY = String.raw`\w(?:\w|[:.#$%&+?<>~/-](?=\w))*`;
/** A footnote label: no blanks, brackets or carets. */
const LABEL = String.raw`[^\s\[\]^]+`;
/** Characters that may not come right before a bare `@key` (so `desk@example.com`, a path or a
 *  link text `[@x](url)` is no citation). */
const NOT_BEFORE_AT = /[\w.+\-@\\/:[]/;
const MAX_GROUP = 400;

/**
 * The masks a draft is read with: `prose` is the claims' mask (code, comments, front matter, link
 * syntax and footnote markers blanked); `notes` is the mask of the text with every `[^` read as
 * `{^`, which keeps footnote markers and definitions but still blanks code and comments. Both have
 * the text's length, so a character at `i` counts when `mask[i] === text[i]`.
 */
export function citationMasks(text: string, bodyStart?: number, prose?: string): { prose: string; notes: string; bodyStart: number } {
  const body = bodyStart ?? splitFrontMatter(text)?.bodyStart ?? 0;
  const p = prose ?? maskMarkdown(text, body).prose;
  // Without "[^" the text read for notes is the text itself, and so is its mask.
  return { prose: p, notes: text.includes('[^') ? maskMarkdown(text.replace(/\[\^/g, '{^'), body).prose : p, bodyStart: body };
}

export function findCitations(text: string, opts: CitationOptions = {}): DraftCitations {
  const { prose, notes, bodyStart } = citationMasks(text, opts.bodyStart, opts.prose);
  const live = (mask: string, i: number) => i >= bodyStart && mask[i] !== ' ' && mask[i] !== undefined;
  const markers: CitationMarker[] = [];
  const definitions: FootnoteDefinition[] = [];
  const inGroup: Span[] = [];

  // Every kind of marker has a fixed character in it: a draft without it is not searched for that
  // kind (the searches run on every keystroke in the editor).
  const footnotes = text.includes('[^');

  // Footnote definitions: `[^id]:` at the start of a line (up to three spaces in).
  const defRe = new RegExp(String.raw`^[ ]{0,3}(\[\^(${LABEL})\]):[ \t]*([^\r\n]*)`, 'gm');
  for (const m of footnotes ? text.matchAll(defRe) : []) {
    const lineStart = m.index;
    const at = lineStart + m[0].indexOf('[^');
    if (!live(notes, at)) continue;
    const idStart = at + 2;
    const body = m[3].trimEnd();
    const textStart = lineStart + m[0].length - m[3].length;
    definitions.push({
      id: m[2],
      span: { start: lineStart, end: lineStart + m[0].length },
      label: { start: at, end: at + m[1].length },
      idSpan: { start: idStart, end: idStart + m[2].length },
      text: body,
      textSpan: { start: textStart, end: textStart + body.length },
    });
  }
  const labels = new Set(definitions.map((d) => d.label.start));

  // Footnote references: `[^id]` anywhere else, not escaped.
  for (const m of footnotes ? text.matchAll(new RegExp(String.raw`\[\^(${LABEL})\]`, 'g')) : []) {
    const at = m.index;
    if (labels.has(at) || !live(notes, at) || text[at - 1] === '\\') continue;
    markers.push({
      kind: 'footnote',
      id: m[1],
      span: { start: at, end: at + m[0].length },
      idSpan: { start: at + 2, end: at + 2 + m[1].length },
    });
  }

  // Pandoc groups: `[...@key...]` on one line, not a link (`](` or `][`).
  const ats = text.includes('@');
  for (let open = ats ? text.indexOf('[') : -1; open >= 0; open = text.indexOf('[', open + 1)) {
    if (!live(prose, open) || text[open + 1] === '^' || text[open - 1] === '\\') continue;
    const close = groupEnd(text, open);
    if (close < 0 || !live(prose, close) || text[close + 1] === '(' || text[close + 1] === '[') continue;
    const keys = groupKeys(text, open, close);
    if (!keys.length) continue;
    const group = { start: open, end: close + 1 };
    inGroup.push(group);
    for (const k of keys) markers.push({ ...k, kind: 'pandoc', group });
  }

  // Bare `@id`, only for known ids, outside groups.
  if (opts.isKnown && ats) {
    let g = 0; // groups are in order and disjoint, and so are the matches: one pass over both
    for (const m of text.matchAll(new RegExp(String.raw`@(${KEY})`, 'g'))) {
      const at = m.index;
      while (g < inGroup.length && inGroup[g].end <= at) g++;
      if (g < inGroup.length && inGroup[g].start < at) continue;
      if (!live(prose, at) || NOT_BEFORE_AT.test(text[at - 1] ?? '') || !opts.isKnown(m[1])) continue;
      markers.push({
        kind: 'in-text',
        id: m[1],
        span: { start: at, end: at + m[0].length },
        idSpan: { start: at + 1, end: at + m[0].length },
      });
    }
  }
  markers.sort((a, b) => a.span.start - b.span.start);
  return { markers, definitions };
}

/** The `]` closing a group opened at `open` on the same line, with no `[` between; or -1. */
function groupEnd(text: string, open: number): number {
  const lim = Math.min(text.length, open + MAX_GROUP);
  for (let k = open + 1; k < lim; k++) {
    const c = text[k];
    if (c === ']') return k;
    if (c === '[' || c === '\n' || c === '\r') return -1;
  }
  return -1;
}

/** The keys of a Pandoc group: each `-?@key`, with the locator after it. */
function groupKeys(text: string, open: number, close: number): Omit<CitationMarker, 'kind' | 'group'>[] {
  const out: Omit<CitationMarker, 'kind' | 'group'>[] = [];
  let partStart = open + 1;
  for (const part of text.slice(open + 1, close).split(';')) {
    const m = new RegExp(String.raw`(^|[^\w.+\-@\\/:])(-?)@(${KEY})`).exec(part);
    if (m) {
      const at = partStart + m.index + m[1].length;
      const idStart = at + m[2].length + 1;
      const id = m[3];
      const rest = part.slice(m.index + m[0].length);
      // ", p. 3" after the key; trim() rather than a regex, so a long run of spaces stays linear.
      const comma = /^\s*,/.exec(rest);
      const locator = comma ? rest.slice(comma[0].length).trim() || undefined : undefined;
      out.push({
        id,
        span: { start: at, end: idStart + id.length },
        idSpan: { start: idStart, end: idStart + id.length },
        ...(locator ? { locator } : {}),
      });
    }
    partStart += part.length + 1;
  }
  return out;
}

/**
 * For each marker, the index of the claim it cites, or undefined: the claim whose span holds it,
 * else the nearest claim it follows with only blanks, closing punctuation, other citations or a
 * "checked" marker between (never a blank line or another sentence). Claims are sentences, so
 * they do not overlap; each marker is found by binary search.
 */
export function linkCitations(text: string, markers: readonly CitationMarker[], claims: readonly { span: Span }[]): (number | undefined)[] {
  const order = claims
    .map((_, i) => i)
    .sort((a, b) => claims[a].span.end - claims[b].span.end || claims[a].span.start - claims[b].span.start);
  /** The position in `order` of the last claim ending at or before `offset` (-1 if none). */
  const lastEndingBy = (offset: number) => {
    let lo = 0;
    let hi = order.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (claims[order[mid]].span.end <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  };
  return markers.map((marker) => {
    const at = marker.group ?? marker.span;
    // A claim holding the marker ends at or after its end: the first such one, if it starts before.
    const k = lastEndingBy(at.end - 1) + 1;
    for (let j = k; j < order.length && j < k + 4; j++) {
      const c = claims[order[j]].span;
      if (c.start <= at.start && at.end <= c.end) return order[j];
    }
    const b = lastEndingBy(at.start);
    if (b < 0) return undefined;
    const before = order[b];
    const between = text.slice(claims[before].span.end, at.start);
    return between.length <= 300 && BETWEEN.test(between) ? before : undefined;
  });
}

/** What may stand between a claim and a citation of it. */
const BETWEEN = /^(?:[ \t]+|\r?\n(?![ \t]*\r?\n)|\[\^[^\]\s]+\]|\[[^\]\n]*@[^\]\n]*\]|<!--[^\n]*?-->|[.,;:!?"”’')*_])*$/;

export interface CitationContext {
  kind: 'footnote' | 'pandoc';
  /** Where the id begins and ends (the part after the cursor included). */
  start: number;
  end: number;
  /** The part of the id before the cursor. */
  typed: string;
  /** Whether the marker is already closed by a `]`. */
  closed: boolean;
}

/** The citation being typed at `offset` (just after `[^`, `[@` or `; @` in a group), or undefined:
 *  in code, a comment or front matter, or not after such an opening. */
export function citationContextAt(text: string, offset: number, bodyStart?: number): CitationContext | undefined {
  const lineStart = Math.max(text.lastIndexOf('\n', offset - 1) + 1, offset - MAX_GROUP);
  const before = text.slice(lineStart, offset);
  const foot = new RegExp(String.raw`\[\^([^\s\[\]^]*)$`).exec(before);
  const cite = foot ? null : new RegExp(String.raw`\[(?:[^\[\]]*?[^\w.+\-@\\/:\[\]])?-?@([\w:.#$%&+?<>~/-]*)$`).exec(before);
  const m = foot ?? cite;
  if (!m) return undefined;
  const open = lineStart + m.index;
  if (text[open - 1] === '\\') return undefined;
  const { prose, notes } = citationMasks(text, bodyStart);
  // A footnote being typed is blanked as a marker in the prose mask; `notes` keeps it.
  const mask = foot ? notes : prose;
  if (mask[open] === ' ' || mask[open] === undefined) return undefined;
  const typed = m[1];
  // The rest of the id after the cursor, then a `]` right away (footnote) or later in the group.
  const rest = text.slice(offset, offset + MAX_GROUP);
  const id = (foot ? /^[^\s\[\]^]*/ : /^[\w:.#$%&+?<>~/-]*/).exec(rest)![0];
  const closed = foot ? rest[id.length] === ']' : /^[^\[\]\r\n]*\]/.test(rest.slice(id.length));
  return { kind: foot ? 'footnote' : 'pandoc', start: offset - typed.length, end: offset + id.length, typed, closed };
}
