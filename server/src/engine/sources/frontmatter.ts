// YAML front matter of source articles and drafts: finding the block, parsing it safely, and reading
// the fields the engine uses. Everything here reports problems instead of throwing.
import { parseDocument } from 'yaml';
import { checkKeys } from '../text/yaml-keys';

/** More keys than any article's front matter needs; past it the block is ignored with a warning. */
const MAX_KEYS = 1000;
import type { Problem, SourceMeta, Span } from '../types';

/** Values longer than this (characters, or roughly so for lists and maps) are dropped. */
const MAX_VALUE_CHARS = 10_000;
/** Front matter longer than this is not parsed at all. */
const MAX_RAW_CHARS = 256 * 1024;
const ID_RE = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/**
 * Finds front matter: a first line that is exactly `---` (after an optional BOM) and a later line
 * that is exactly `---` or `...`. Lines may end in "\n" or "\r\n". `raw` is the YAML between the
 * two delimiter lines and `span` is where it sits in `text`; `bodyStart` is the offset just after
 * the closing line's line break (or the end of the text when the closing line has none).
 * Returns undefined when there is no complete block. Linear in the length of the text.
 */
export function splitFrontMatter(
  text: string,
): { raw: string; bodyStart: number; span: Span } | undefined {
  let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const first = readLine(text, pos);
  if (first.content !== '---' || first.next === first.end) return undefined; // no line break
  const start = first.next;
  pos = start;
  while (pos < text.length) {
    const line = readLine(text, pos);
    if (line.content === '---' || line.content === '...') {
      return { raw: text.slice(start, pos), bodyStart: line.next, span: { start, end: pos } };
    }
    pos = line.next;
  }
  return undefined;
}

/** True when the text opens a front matter block (`---` line) whether or not it is closed. */
export function opensFrontMatter(text: string): boolean {
  const first = readLine(text, text.charCodeAt(0) === 0xfeff ? 1 : 0);
  return first.content === '---' && first.next > first.end;
}

/** The line starting at `pos`: its text without the line break, where it ends, where the next starts. */
function readLine(text: string, pos: number): { content: string; end: number; next: number } {
  const nl = text.indexOf('\n', pos);
  if (nl < 0) return { content: text.slice(pos), end: text.length, next: text.length };
  const end = nl > pos && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
  // Only the delimiter lines matter, so avoid copying long lines: compare lengths first.
  const content = end - pos <= 3 ? text.slice(pos, end) : '';
  return { content, end, next: nl + 1 };
}

/**
 * Parses front matter YAML (YAML 1.2 core schema, no custom tags, at most 50 alias expansions).
 * `lineOffset` is how many lines of the file come before `raw` (1: the opening `---`), so that
 * line numbers in messages are the file's. A malformed block or one that is not a mapping gives a
 * warning and no data; over-long values are dropped with a warning.
 */
export function parseFrontMatter(
  raw: string,
  file: string,
  lineOffset = 1,
): { data: Record<string, unknown>; problems: Problem[] } {
  const problems: Problem[] = [];
  const warn = (message: string) =>
    problems.push({ severity: 'warning', file, field: 'front matter', message });
  if (raw.length > MAX_RAW_CHARS) {
    warn(`front matter ignored: too long (${raw.length} characters)`);
    return { data: {}, problems };
  }
  let value: unknown;
  try {
    const doc = parseDocument(raw, {
      version: '1.2',
      schema: 'core',
      customTags: [],
      merge: false,
      // Checked below in linear time (the package's own check is quadratic).
      uniqueKeys: false,
      prettyErrors: true,
      logLevel: 'silent',
    });
    if (doc.errors.length > 0) {
      const err = doc.errors[0];
      const at = err.linePos ? ` at line ${err.linePos[0].line + lineOffset}` : '';
      // The library's own "at line N, column M" counts from the block, not the file: drop it.
      const what = firstLine(err.message).replace(/\s*at line \d+, column \d+:?$/, '');
      warn(`malformed front matter${at}: ${what}`);
      return { data: {}, problems };
    }
    const keys = checkKeys(doc.contents);
    if (keys.keys > MAX_KEYS) {
      warn(`front matter ignored: too many keys (${keys.keys}; at most ${MAX_KEYS})`);
      return { data: {}, problems };
    }
    if (keys.duplicate) {
      const line = raw.slice(0, keys.duplicate.offset).split('\n').length - 1 + lineOffset;
      warn(`malformed front matter at line ${line}: Map keys must be unique ("${keys.duplicate.key}" appears twice)`);
      return { data: {}, problems };
    }
    value = doc.toJS({ maxAliasCount: 50 });
  } catch (e) {
    // toJS throws a ReferenceError for alias bombs; anything else unexpected lands here too.
    const msg = e instanceof Error ? e.message : String(e);
    warn(`front matter ignored: ${firstLine(msg)}`);
    return { data: {}, problems };
  }
  if (value === null || value === undefined) return { data: {}, problems }; // empty block
  if (typeof value !== 'object' || Array.isArray(value) || value instanceof Date) {
    const kind = Array.isArray(value) ? 'a list' : `a ${typeof value === 'object' ? 'date' : typeof value}`;
    warn(`front matter ignored: it is ${kind}, not a mapping of keys to values`);
    return { data: {}, problems };
  }
  const data: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
    if (key === '__proto__') continue;
    const n = size(v, MAX_VALUE_CHARS + 1, new Set());
    if (!(n <= MAX_VALUE_CHARS)) {
      const why = Number.isNaN(n) ? 'it contains itself' : `longer than ${MAX_VALUE_CHARS} characters`;
      problems.push({
        severity: 'warning',
        file,
        field: key,
        message: `front matter value of "${clip(key)}" ignored: ${why}`,
      });
      continue;
    }
    data[key] = v;
  }
  return { data, problems };
}

/** Approximate printed size of a value, giving up once `budget` is reached; NaN for a cycle. */
function size(v: unknown, budget: number, seen: Set<object>): number {
  if (typeof v === 'string') return v.length;
  if (v === null || typeof v !== 'object') return String(v).length;
  if (v instanceof Date) return 24;
  if (seen.has(v)) return NaN; // a cycle (an alias inside its own anchor)
  seen.add(v);
  let total = 2;
  const entries: [string, unknown][] = Array.isArray(v) ? v.map((x: unknown): [string, unknown] => ['', x]) : Object.entries(v);
  for (const [k, x] of entries) {
    total += k.length + 2 + size(x, budget - total, seen);
    if (!(total < budget)) break;
  }
  seen.delete(v);
  return total;
}

function firstLine(s: string): string {
  const line = s.split('\n', 1)[0].trim();
  return line.length > 200 ? line.slice(0, 200) + '…' : line;
}

function clip(s: string): string {
  return s.length > 60 ? s.slice(0, 60) + '…' : s;
}

/** Checks that y-m-d is a real calendar date. */
function validDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const days = [31, y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return d <= days[m - 1];
}

/**
 * Normalises a front matter date to YYYY-MM-DD: a "YYYY-MM-DD" string, a datetime string starting
 * with one ("2024-11-23T10:00:00Z" → its date part as written), or a Date (its UTC date).
 */
export function normaliseDate(value: unknown): string | undefined {
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10);
  }
  if (typeof value !== 'string') return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:$|[Tt ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:[Zz]|[+-]\d{2}(?::?\d{2})?)?$)/.exec(
    value.trim(),
  );
  if (!m || !validDate(+m[1], +m[2], +m[3])) return undefined;
  return `${m[1]}-${m[2]}-${m[3]}`;
}

function describe(value: unknown): string {
  if (value === null) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return 'a date';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `"${clip(value)}"`;
  // Only scalars are left here (numbers, booleans, bigints): their own string form.
  // eslint-disable-next-line @typescript-eslint/no-base-to-string
  return `${typeof value} ${clip(String(value))}`;
}

/**
 * Reads and validates a source's metadata. `id` falls back to `fallbackId` (the file name without
 * its extension) when missing or invalid; `published` and `title` are warned about when missing;
 * `outlet`, `url` and `author` are simply unknown when absent. Numbers are accepted as text
 * (`title: 1984`); lists, mappings and booleans are not. Only http(s) URLs are kept.
 */
export function readSourceMeta(
  data: Record<string, unknown>,
  file: string,
  fallbackId: string,
): { meta: SourceMeta; problems: Problem[] } {
  const problems: Problem[] = [];
  const warn = (field: string, message: string) =>
    problems.push({ severity: 'warning', file, field, message });
  const has = (k: string) => Object.prototype.hasOwnProperty.call(data, k) && data[k] !== null;

  const text = (field: string): string | undefined => {
    if (!has(field)) return undefined;
    const v = data[field];
    if (typeof v === 'number' && Number.isFinite(v)) return String(v);
    if (typeof v !== 'string') {
      warn(field, `"${field}" should be text, but it is ${describe(v)}; ignored`);
      return undefined;
    }
    const s = v.replace(/\s+/g, ' ').trim();
    return s === '' ? undefined : s;
  };

  let id = fallbackId;
  if (!has('id')) {
    warn('id', `no "id" in the front matter; using the file name "${fallbackId}"`);
  } else {
    const v = data.id;
    const s = typeof v === 'string' ? v.trim() : typeof v === 'number' && Number.isInteger(v) ? String(v) : undefined;
    if (s !== undefined && ID_RE.test(s)) id = s;
    else
      warn(
        'id',
        `"id" should be letters, digits, ".", "_" or "-" (starting with a letter or digit), but it is ${describe(v)}; using the file name "${fallbackId}"`,
      );
  }

  const meta: SourceMeta = { id };

  const title = text('title');
  if (title !== undefined) meta.title = title;
  else if (!has('title') || typeof data.title === 'string') warn('title', 'no "title" in the front matter');

  const outlet = text('outlet');
  if (outlet !== undefined) meta.outlet = outlet;

  if (!has('published')) {
    warn('published', 'no "published" date in the front matter; its date is unknown');
  } else {
    const p = normaliseDate(data.published);
    if (p) meta.published = p;
    else
      warn(
        'published',
        `"published" should be a date (YYYY-MM-DD), but it is ${describe(data.published)}; its date is unknown`,
      );
  }

  const url = text('url');
  if (url !== undefined) {
    let ok = false;
    try {
      const u = new URL(url);
      ok = u.protocol === 'http:' || u.protocol === 'https:';
    } catch {
      ok = false;
    }
    if (ok) meta.url = url;
    else warn('url', `"url" should be an http(s) address, but it is ${describe(url)}; ignored`);
  }

  const author = text('author');
  if (author !== undefined) meta.author = author;

  return { meta, problems };
}

/**
 * The `date:` of a draft's front matter as YYYY-MM-DD (a datetime gives its date part). No front
 * matter or no `date` key gives no date and no problem; an unreadable block or date gives a warning.
 */
export function draftDate(text: string, file: string): { date?: string; problems: Problem[] } {
  const fm = splitFrontMatter(text);
  if (!fm) return { problems: [] };
  const { data, problems } = parseFrontMatter(fm.raw, file, lineBefore(text, fm.span.start));
  if (!Object.prototype.hasOwnProperty.call(data, 'date') || data.date === null) return { problems };
  const date = normaliseDate(data.date);
  if (date) return { date, problems };
  problems.push({
    severity: 'warning',
    file,
    field: 'date',
    message: `"date" should be a date (YYYY-MM-DD), but it is ${describe(data.date)}; ignored`,
  });
  return { problems };
}

/** Number of line breaks before `offset` (the 1-based line of a YAML block starting there, minus 1). */
export function lineBefore(text: string, offset: number): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) n++;
  return n;
}
