// Document links: in footnote definitions, the web addresses (`[^id]: Outlet, "Title", date, URL.`)
// and the label of a definition whose id names a library source (opens the source file); in front
// matter (a draft's, or a source article's opened as a document), the `url:` field.
import type { DocumentLink } from 'vscode-languageserver/node';
import { URI } from 'vscode-uri';
import { splitFrontMatter, type Span } from '../../engine';
import { citationModel, currentAnalysis, sourceLabel } from '../citation-model';
import type { DocumentAnalysis, ServerContext } from '../context';
import { spanToRange } from '../convert';
import { errorText } from '../messages';

const URL_RE = /\bhttps?:\/\/[^\s<>[\]()"'`]+/g;
const TRAILING = /[.,;:!?'"”’*_]+$/;
const MAX_LINKS = 1000;

export function registerDocumentLinks(ctx: ServerContext): void {
  ctx.connection.onDocumentLinks(async (params): Promise<DocumentLink[]> => {
    try {
      const a = await currentAnalysis(ctx, params.textDocument.uri);
      return a ? documentLinks(a) : [];
    } catch (e) {
      ctx.connection.console.error(`factcheck: document links failed: ${errorText(e)}`);
      return [];
    }
  });
}

export function documentLinks(a: DocumentAnalysis): DocumentLink[] {
  const links: DocumentLink[] = [];
  const add = (span: Span, target: string, tooltip: string) => {
    if (links.length < MAX_LINKS) links.push({ range: spanToRange(a.lines, span), target, tooltip });
  };
  const model = citationModel(a);
  for (const d of model.definitions) {
    const source = model.source(d.id);
    if (source) add(d.idSpan, URI.file(source.path).toString(), `Open the source ${sourceLabel(source, d.id)}`);
    for (const u of urls(a.text, d.textSpan)) add(u.span, u.url, 'Open the article');
  }
  const fm = splitFrontMatter(a.text);
  if (fm) {
    const field = /^url:[ \t]*["']?([^\s"'#]+)/gm;
    for (const m of fm.raw.matchAll(field)) {
      const start = fm.span.start + m.index + m[0].length - m[1].length;
      for (const u of urls(a.text, { start, end: start + m[1].length })) add(u.span, u.url, 'Open the article');
    }
  }
  return links;
}

/** The http(s) addresses in a span of the text, without trailing punctuation. */
function urls(text: string, span: Span): { span: Span; url: string }[] {
  const out: { span: Span; url: string }[] = [];
  for (const m of text.slice(span.start, span.end).matchAll(URL_RE)) {
    const url = m[0].replace(TRAILING, '');
    try {
      new URL(url);
    } catch {
      continue;
    }
    const start = span.start + m.index;
    out.push({ span: { start, end: start + url.length }, url });
  }
  return out;
}
