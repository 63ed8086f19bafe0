// Completion of citations: typing `[^` or `[@` (or `@` after `;` in a Pandoc group) offers the
// library's sources: label = id, detail = outlet · date, documentation = title. Sources that back
// the claim just before the cursor come first, then those backing other claims in the paragraph,
// then the rest; a footnote's own notes in the draft last. Accepting a footnote also adds its
// definition at the end of the draft when it has none; `[^` at the start of a line completes a
// definition line itself. Nothing is offered in code, comments or front matter.
import {
  CompletionItemKind,
  MarkupKind,
  TextEdit,
  type CompletionItem,
  type CompletionParams,
  type Range,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import {
  citationContextAt,
  findCitations,
  type CitationContext,
  splitFrontMatter,
  type Source,
  type Span,
  appendDefinitions,
  footnoteDefinition,
  footnoteLabel,
  hasFootnoteDefinition,
} from '../../engine';
import type { DocumentAnalysis, ServerContext } from '../context';
import { errorText } from '../messages';

export const TRIGGER_CHARACTERS = ['^', '@'];

export function registerCompletion(ctx: ServerContext): void {
  ctx.connection.onCompletion(async (params) => {
    try {
      return await completions(ctx, params);
    } catch (e) {
      ctx.connection.console.error(`factcheck: completion failed: ${errorText(e)}`);
      return null;
    }
  });
}

export async function completions(ctx: ServerContext, params: CompletionParams): Promise<CompletionItem[] | null> {
  const uri = params.textDocument.uri;
  const doc = ctx.documents.get(uri);
  if (!doc) return null;
  const settings = await ctx.settings(uri);
  if (!settings.languages.includes(doc.languageId)) return null;
  const text = doc.getText();
  const offset = doc.offsetAt(params.position);
  const bodyStart = splitFrontMatter(text)?.bodyStart ?? 0;
  const cite = citationContextAt(text, offset, bodyStart);
  if (!cite) return null;
  const library = await ctx.library(uri);
  const rank = backingRanks(ctx.analysis(uri), text, offset);
  const definitionLine =
    cite.kind === 'footnote' && /^[ ]{0,3}\[\^$/.test(text.slice(text.lastIndexOf('\n', cite.start - 1) + 1, cite.start));

  const seen = new Set<string>();
  const items: CompletionItem[] = [];
  for (const source of library.sources) {
    const id = source.meta.id;
    if (seen.has(id)) continue;
    seen.add(id);
    items.push(sourceItem(doc, text, cite, source, rank.get(id) ?? 2, definitionLine));
  }
  if (cite.kind === 'footnote' && !definitionLine) {
    // The draft's own notes ("[^kirby]: Kirby gave the figure at a briefing.").
    for (const d of findCitations(text, { bodyStart }).definitions) {
      if (seen.has(d.id)) continue;
      seen.add(d.id);
      items.push({
        label: d.id,
        kind: CompletionItemKind.Reference,
        detail: 'footnote in this draft',
        documentation: d.text,
        sortText: `3-${d.id}`,
        filterText: d.id,
        textEdit: TextEdit.replace(rangeOf(doc, cite, false), d.id + (cite.closed ? '' : ']')),
      });
    }
  }
  return items;
}

function sourceItem(
  doc: TextDocument,
  text: string,
  cite: CitationContext,
  source: Source,
  rank: number,
  definitionLine: boolean,
): CompletionItem {
  const m = source.meta;
  const id = cite.kind === 'footnote' ? footnoteLabel(m.id) : m.id;
  const docs = [m.title ?? '(no title)', m.author ? `by ${m.author}` : '', m.url ?? ''].filter(Boolean).join('\n\n');
  const detail = `${m.outlet ?? 'outlet unknown'} · ${m.published ?? 'date unknown'}`;
  const item: CompletionItem = {
    label: id,
    // The outlet and date on every row of the list, too (clients that show label details).
    labelDetails: { description: detail },
    kind: CompletionItemKind.Reference,
    detail,
    documentation: { kind: MarkupKind.PlainText, value: docs },
    sortText: `${rank}-${id}`,
    filterText: id,
    ...(rank === 0 ? { preselect: true } : {}),
  };
  if (definitionLine) {
    // `[^` opening a line: the definition itself, through an auto-closed `]`.
    item.textEdit = TextEdit.replace(rangeOf(doc, cite, cite.closed), footnoteDefinition(m).slice(2));
    return item;
  }
  item.textEdit = TextEdit.replace(rangeOf(doc, cite, false), id + (cite.closed ? '' : ']'));
  if (cite.kind === 'footnote' && !hasFootnoteDefinition(text, m.id)) {
    const def = appendDefinitions(text, [footnoteDefinition(m)]);
    // Never an insertion where the completion itself goes (a reference on the draft's last line).
    if (def.start > cite.end + 1) item.additionalTextEdits = [TextEdit.insert(doc.positionAt(def.start), def.newText)];
  }
  return item;
}

/** The id's range (and the `]` after it, when `bracket`). */
function rangeOf(doc: TextDocument, cite: CitationContext, bracket: boolean): Range {
  return { start: doc.positionAt(cite.start), end: doc.positionAt(cite.end + (bracket ? 1 : 0)) };
}

/**
 * Source ids ranked by the claims around the cursor: 0 for the sources backing the claim that ends
 * last before the cursor (or holds it), 1 for those backing other claims in its paragraph. The
 * latest analysis may be a keystroke or two old: where the text before the paragraph is unchanged,
 * its offsets still hold (the paragraph's end moves by the change in length).
 */
function backingRanks(a: DocumentAnalysis | undefined, text: string, offset: number): Map<string, number> {
  const ranks = new Map<string, number>();
  if (!a) return ranks;
  const para = paragraphAt(text, offset);
  if (a.text !== text && a.text.slice(0, para.start) !== text.slice(0, para.start)) return ranks;
  const delta = text.length - a.text.length;
  const end = para.end - delta;
  const cursor = Math.min(offset, end);
  const inPara = a.findings.filter((f) => f.span.end > para.start && f.span.start < end);
  const near = inPara.filter((f) => f.span.start <= cursor).sort((x, y) => y.span.end - x.span.end)[0];
  for (const f of inPara) {
    for (const ev of f.evidence) {
      if (ev.relation !== 'supports') continue;
      const r = f === near ? 0 : 1;
      ranks.set(ev.source, Math.min(r, ranks.get(ev.source) ?? 2));
    }
  }
  return ranks;
}

/** The blank-line-separated paragraph around an offset. */
function paragraphAt(text: string, offset: number): Span {
  const blank = /\n[ \t]*\r?\n/g;
  let start = 0;
  let end = text.length;
  for (const m of text.matchAll(blank)) {
    const s = m.index;
    if (s + m[0].length <= offset) start = s + m[0].length;
    else if (s >= offset) {
      end = s;
      break;
    }
  }
  return { start, end };
}
