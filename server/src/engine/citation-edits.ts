// Edits that cite a source, as plain offset edits over a draft's text (the LSP module converts
// them). Three styles: a Markdown footnote `[^id]` with its definition added once at the end; a
// Pandoc citation `[@id]` with an entry added to a CSL-JSON bibliography; an inline link. Applying
// an edit twice never duplicates anything, and existing footnotes are left as they are.
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { markdownText, safeUrl } from './text/markdown-escape';
import type { SourceMeta, Span } from './types';

/** How a citation is written into a draft: a footnote, a Pandoc key, or a link. */
export type CitationStyle = 'footnote' | 'pandoc' | 'link';

export interface OffsetEdit {
  start: number;
  end: number;
  newText: string;
}

export interface CitationPlan {
  /** Edits to the draft, in ascending order, never overlapping. */
  edits: OffsetEdit[];
  /** Source ids whose CSL-JSON entries the bibliography needs (Pandoc style). */
  bibliography: string[];
}

/** Footnote label for a source id: ids are already safe ([A-Za-z0-9._-]). */
export const footnoteLabel = (id: string) => id.replace(/[^A-Za-z0-9._-]/g, '-');

/** Where to cite inside a claim: before its final full stop (Pandoc, links), or after it (footnotes). */
function insertionPoint(text: string, claim: Span, beforeStop: boolean): number {
  let end = claim.end;
  if (!beforeStop) return end;
  if (/[.!?]/.test(text[end - 1] ?? '') && !/["”’']/.test(text[end - 2] ?? '')) end--;
  return end;
}

/** True when the claim already carries this citation right where it would go. */
export function alreadyCited(text: string, claim: Span, id: string): boolean {
  // The claim itself and the citations right after it ("...region.[^a][^b]").
  const after = /^(?:\s?\[[\^@][^\]\n]*\]|\s?\(\[[^\]\n]*\]\([^)\n]*\)\))*/.exec(text.slice(claim.end, claim.end + 400))?.[0] ?? '';
  const tail = text.slice(claim.start, claim.end) + after;
  return (
    tail.includes(`[^${footnoteLabel(id)}]`) ||
    tail.includes(`@${id}`) ||
    tail.includes(`(${footnoteLabel(id)})`) ||
    tail.includes(`; ${footnoteLabel(id)})`)
  );
}

export function hasFootnoteDefinition(text: string, id: string): boolean {
  const label = footnoteLabel(id).replace(/[.]/g, '\\.');
  return new RegExp(`^\\[\\^${label}\\]:`, 'm').test(text);
}

export function footnoteDefinition(meta: SourceMeta): string {
  // Source metadata is plain text in the draft (never markup a source chose), a url only http(s).
  const parts = [
    meta.outlet && markdownText(meta.outlet),
    meta.title ? `"${markdownText(meta.title)}"` : undefined,
    meta.published && markdownText(meta.published),
    safeUrl(meta.url),
  ].filter(Boolean);
  return `[^${footnoteLabel(meta.id)}]: ${parts.length ? parts.join(', ') : meta.id}.`;
}

/** Plans citations for several claims at once (the "cite every supported claim" action). */
export function planCitations(text: string, items: { claim: Span; source: SourceMeta }[], style: CitationStyle): CitationPlan {
  const edits: OffsetEdit[] = [];
  const definitions: string[] = [];
  const bibliography: string[] = [];
  const seenDefs = new Set<string>();
  for (const { claim, source } of items) {
    if (alreadyCited(text, claim, source.id)) continue;
    if (style === 'footnote') {
      const at = insertionPoint(text, claim, false);
      edits.push({ start: at, end: at, newText: `[^${footnoteLabel(source.id)}]` });
      if (!hasFootnoteDefinition(text, source.id) && !seenDefs.has(source.id)) {
        seenDefs.add(source.id);
        definitions.push(footnoteDefinition(source));
      }
    } else if (style === 'pandoc') {
      const at = insertionPoint(text, claim, true);
      edits.push({ start: at, end: at, newText: ` [@${source.id}]` });
      if (!bibliography.includes(source.id)) bibliography.push(source.id);
    } else {
      const at = insertionPoint(text, claim, true);
      const label = markdownText([source.outlet ?? source.id, source.published].filter(Boolean).join(', '));
      const url = safeUrl(source.url);
      const newText = url ? ` ([${label}](${url}))` : ` (${label}; ${footnoteLabel(source.id)})`;
      // A link names no id: it is already there when the claim, or the parenthesised citations
      // right after it, hold the same text.
      const tail = text.slice(claim.start, claim.end + parenthesesAfter(text, claim.end));
      if (tail.includes(newText.trim())) continue;
      edits.push({ start: at, end: at, newText });
    }
  }
  if (definitions.length) edits.push(appendDefinitions(text, definitions));
  edits.sort((a, b) => a.start - b.start);
  return { edits: mergeSameOffset(edits), bibliography };
}

/** Length of the run of parenthesised groups (" (…)", balanced, at most 1,000 characters in all)
 *  starting at `at`: the inline citations that follow a claim. */
function parenthesesAfter(text: string, at: number): number {
  const lim = Math.min(text.length, at + 1000);
  let k = at;
  for (;;) {
    let j = text[k] === ' ' ? k + 1 : k;
    if (text[j] !== '(') return k - at;
    let depth = 0;
    for (; j < lim; j++) {
      if (text[j] === '\\') j++;
      else if (text[j] === '(') depth++;
      else if (text[j] === ')' && --depth === 0) break;
      else if (text[j] === '\n') return k - at;
    }
    if (j >= lim) return k - at;
    k = j + 1;
  }
}

/** Definitions go once at the end: after a blank line, or right under existing definitions. */
export function appendDefinitions(text: string, defs: string[]): OffsetEdit {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  // Trailing blanks cut by a loop: /[ \t\r\n]+$/ backtracks quadratically over inner runs of them.
  let cut = text.length;
  while (cut > 0 && ' \t\r\n'.includes(text[cut - 1])) cut--;
  const trimmed = text.slice(0, cut);
  const lastLine = trimmed.slice(trimmed.lastIndexOf('\n') + 1);
  const underDefinitions = /^\[\^[^\]]+\]:/.test(lastLine);
  // A pure insertion at the very end: the text already there is never rewritten.
  const endsWith = (s: string) => text.endsWith(s);
  let sep: string;
  if (trimmed.length === 0) sep = '';
  else if (underDefinitions) sep = endsWith('\n') ? '' : eol;
  else sep = endsWith(eol + eol) || endsWith('\n\n') ? '' : endsWith('\n') ? eol : eol + eol;
  return { start: text.length, end: text.length, newText: sep + defs.join(eol) + eol };
}

/** Two insertions at one offset become one edit, in order. */
function mergeSameOffset(edits: OffsetEdit[]): OffsetEdit[] {
  const out: OffsetEdit[] = [];
  for (const e of edits) {
    const prev = out[out.length - 1];
    if (prev && prev.start === e.start && prev.end === prev.start && e.end === e.start) prev.newText += e.newText;
    else out.push({ ...e });
  }
  return out;
}

/** A CSL-JSON item for a source. */
export function cslItem(meta: SourceMeta): Record<string, unknown> {
  const item: Record<string, unknown> = { id: meta.id, type: 'article-newspaper' };
  if (meta.title) item.title = meta.title;
  if (meta.outlet) item['container-title'] = meta.outlet;
  if (meta.url) item.URL = meta.url;
  if (meta.author) item.author = [{ literal: meta.author }];
  if (meta.published) item.issued = { 'date-parts': [meta.published.split('-').map(Number)] };
  return item;
}

/**
 * What to insert into a bibliography for the sources it lacks: one insertion, so every other byte
 * of the file stays as it was (a duplicate key, a number beyond double precision, the user's own
 * formatting, unsaved edits in the editor's copy). CSL-JSON (a JSON array) gets the new items
 * before its closing bracket; CSL-YAML (a list, or a `references:` list last in the file) gets them
 * at the end. `insert` is undefined when nothing is missing; `create` is the whole text for a file
 * that is not there or empty. A file that cannot be read as a bibliography is never touched.
 */
export function bibliographyInsertion(
  current: string | undefined,
  metas: SourceMeta[],
  yaml = false,
): { insert?: OffsetEdit; create?: string; error?: string } {
  if (current === undefined || !current.trim()) {
    if (!metas.length) return {};
    return {
      create: yaml
        ? `references:\n${metas.map((m) => yamlItem(cslItem(m), '  ')).join('')}`
        : JSON.stringify(metas.map(cslItem), null, 2) + '\n',
    };
  }
  const ids = yaml ? yamlIds(current) : jsonIds(current);
  if (typeof ids === 'string') return { error: ids };
  const add = metas.filter((m, k) => !ids.has(m.id) && metas.findIndex((x) => x.id === m.id) === k);
  if (!add.length) return {};
  const eol = current.includes('\r\n') ? '\r\n' : '\n';
  if (yaml) {
    const indent = /^references:\s*$/m.test(current) ? '  ' : '';
    const at = current.length;
    const sep = current.endsWith('\n') ? '' : eol;
    return {
      insert: {
        start: at,
        end: at,
        newText:
          sep +
          add
            .map((m) => yamlItem(cslItem(m), indent))
            .join('')
            .replace(/\n/g, eol),
      },
    };
  }
  return { insert: jsonArrayInsertion(current, add.map(cslItem)) };
}

/** One insertion adding items to the JSON array `current` (already parsed as one): after its last
 *  item, before the white space and the closing bracket; every other byte stays. */
export function jsonArrayInsertion(current: string, items: unknown[]): OffsetEdit {
  const eol = current.includes('\r\n') ? '\r\n' : '\n';
  const close = current.lastIndexOf(']');
  let before = close - 1;
  while (before >= 0 && /\s/.test(current[before])) before--;
  const empty = current[before] === '[';
  const text = items.map((x) => JSON.stringify(x, null, 2).replace(/\n/g, eol + '  ')).join(',' + eol + '  ');
  return { start: before + 1, end: before + 1, newText: (empty ? '' : ',') + eol + '  ' + text + (empty ? eol : '') };
}

function jsonIds(text: string): Set<string> | string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    return `the bibliography is not valid JSON (${(e as Error).message})`;
  }
  if (!Array.isArray(parsed)) return 'the bibliography is not a CSL-JSON array';
  return new Set(parsed.map((i) => (i && typeof i === 'object' ? String((i as { id?: unknown }).id) : '')));
}

function yamlIds(text: string): Set<string> | string {
  let parsed: unknown;
  try {
    parsed = parseYaml(text, { uniqueKeys: false, maxAliasCount: 50 });
  } catch (e) {
    return `the bibliography is not valid YAML (${(e as Error).message.split('\n')[0]})`;
  }
  const list = Array.isArray(parsed)
    ? parsed
    : parsed && typeof parsed === 'object'
      ? (parsed as { references?: unknown }).references
      : undefined;
  if (!Array.isArray(list)) return 'the bibliography is not a CSL-YAML list (or a references: list)';
  if (!Array.isArray(parsed) && !/^references:\s*$/m.test(text.slice(text.lastIndexOf('\nreferences:') + 1)))
    return 'the references: list is not the last key of the bibliography';
  return new Set(list.map((i) => (i && typeof i === 'object' ? String((i as { id?: unknown }).id) : '')));
}

/** One CSL item as a YAML list entry ("- id: ...") at an indent. */
function yamlItem(item: Record<string, unknown>, indent: string): string {
  return stringifyYaml([item], { lineWidth: 0 })
    .split('\n')
    .filter((l) => l.length)
    .map((l) => indent + l + '\n')
    .join('');
}

/** Text inserted after a claim to mark it checked by hand (read by the CLI and the server). */
export function checkedMarker(reason: string): string {
  const clean = reason.replace(/-->/g, '—>').replace(/\s+/g, ' ').trim();
  return ` <!-- checked: ${clean} -->`;
}

/** Before a sentence's final full stop (not inside a closing quotation). */
export function beforeStop(text: string, end: number): number {
  return /[.!?]/.test(text[end - 1] ?? '') && !/["”’']/.test(text[end - 2] ?? '') ? end - 1 : end;
}

/** After the sentence and any footnote references that follow it. */
export function afterCitations(text: string, end: number): number {
  const m = /^(?:\[\^[^\]\s]+\])+/.exec(text.slice(end, end + 200));
  return end + (m ? m[0].length : 0);
}

/** Edits in text order, none overlapping another (a later one that would is dropped). */
export function mergeEdits(edits: OffsetEdit[]): OffsetEdit[] {
  const out: OffsetEdit[] = [];
  for (const e of [...edits].sort((x, y) => x.start - y.start || x.end - y.end)) {
    const prev = out[out.length - 1];
    if (prev && e.start < prev.end) continue;
    out.push(e);
  }
  return out;
}
