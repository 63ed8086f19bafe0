// Hover on a citation marker (`[^id]`, `@id` in `[@id]`, a bare `@id`) or a footnote definition's
// label: the source's metadata (outlet, title, date, author, its URL and a link that opens the
// source file), what the marker cites here (and whether that source says otherwise), and every claim
// in this draft the source speaks to. A footnote that names no source shows its definition; an id
// nobody knows says so. All draft and source text is escaped (markdown.ts).
import { MarkupKind, type Hover } from 'vscode-languageserver/node';
import { URI } from 'vscode-uri';
import type { CitationMarker, Finding, Source, Span } from '../../engine';
import { contradictionMessage } from '../citation-diagnostics';
import { citationModel, definitionLabelAt, evidenceFrom, markerAt, type CitationModel } from '../citation-model';
import type { DocumentAnalysis } from '../context';
import { sourceLines, spanToRange } from '../convert';
import { escapeMarkdown, link } from '../markdown';

const KIND_TITLE: Record<CitationMarker['kind'], string> = { footnote: 'Footnote', pandoc: 'Citation', 'in-text': 'Citation' };
const MAX_CLAIMS = 8;
const CLAIM_MAX = 120;

/** The hover for the citation at an offset, or undefined when there is none there. */
export function citationHover(a: DocumentAnalysis, offset: number): Hover | undefined {
  const model = citationModel(a);
  const at = markerAt(model, offset);
  const label = at ? undefined : definitionLabelAt(model, offset);
  if (!at && !label) return undefined;
  const id = at ? at.marker.id : label!.id;
  const span: Span = at ? at.marker.span : label!.label;
  const kind = at ? at.marker.kind : 'footnote';
  const source = model.source(id);
  const written = kind === 'footnote' ? `[^${id}]` : kind === 'pandoc' ? `[@${id}]` : `@${id}`;
  const blocks: string[] = [`**${at ? KIND_TITLE[kind] : 'Footnote definition'}** ${escapeMarkdown(written)}`];
  if (source) blocks.push(sourceBlock(source));
  else blocks.push(unknownBlock(model, id, kind));
  if (at?.marker.locator) blocks.push(`Locator: ${escapeMarkdown(at.marker.locator)}`);
  if (at) {
    const claim = model.claimOf[at.index];
    const f = claim === undefined ? undefined : a.findings[claim];
    const said = f && source ? contradictionMessage(f, source, id, a.text) : undefined;
    if (said) blocks.push(`⚠ ${escapeMarkdown(said)}`);
    if (f) blocks.push(`Cites: ${claimLine(a, f, id)}`);
    else blocks.push('*Cites no checked claim here (it follows no claim sentence).*');
  }
  if (source) blocks.push(claimsBlock(a, id, at ? model.claimOf[at.index] : undefined));
  return { contents: { kind: MarkupKind.Markdown, value: blocks.join('\n\n') }, range: spanToRange(a.lines, span) };
}

function sourceBlock(source: Source): string {
  const m = source.meta;
  const parts = [`**${escapeMarkdown(m.outlet ?? 'outlet unknown')}**`];
  if (m.title) parts.push(`*${escapeMarkdown(m.title)}*`);
  parts.push(escapeMarkdown(m.published ?? 'date unknown'));
  if (m.author) parts.push(escapeMarkdown(m.author));
  const links = [];
  if (m.url && /^https:/i.test(m.url)) links.push(link(m.url, m.url));
  else if (m.url) links.push(escapeMarkdown(m.url));
  const line = spanToRange(sourceLines(source), { start: source.bodyStart, end: source.bodyStart }).start.line + 1;
  links.push(
    link(
      `Open source ${m.id}`,
      URI.file(source.path)
        .with({ fragment: `L${line}` })
        .toString(),
    ),
  );
  return [parts.join(' · '), links.join(' · ')].join('\n\n');
}

function unknownBlock(model: CitationModel, id: string, kind: CitationMarker['kind']): string {
  const def = model.definition(id);
  if (kind === 'footnote' && def)
    return `> ${escapeMarkdown(def.text || '(empty definition)')}\n\n*A note: no library source has this id.*`;
  if (kind === 'footnote') return '*No definition in this draft, and no library source has this id.*';
  return '*No library source has this id* (it may be in the bibliography).';
}

/** "line 12, supported: “North Korea has sent …” (agrees)". */
function claimLine(a: DocumentAnalysis, f: Finding, id: string): string {
  const line = spanToRange(a.lines, f.span).start.line + 1;
  const rel = evidenceFrom(f, id)[0]?.relation;
  const says =
    rel === 'conflicts' ? 'says otherwise' : rel === 'supports' ? 'agrees' : rel === 'context' ? 'related' : 'not among its evidence';
  const claim = f.claim.length > CLAIM_MAX ? f.claim.slice(0, CLAIM_MAX).replace(/\s+\S*$/, '') + '…' : f.claim;
  return `line ${line}, ${f.verdict}: “${escapeMarkdown(claim)}” (${says})`;
}

/** The claims in this draft the source speaks to (the one this marker cites marked). */
function claimsBlock(a: DocumentAnalysis, id: string, cited: number | undefined): string {
  const claims = a.findings.filter((f) => evidenceFrom(f, id).length);
  if (!claims.length) return '*No claim in this draft draws on this source.*';
  const here = cited === undefined ? undefined : a.findings[cited];
  const rows = claims.slice(0, MAX_CLAIMS).map((f) => `- ${claimLine(a, f, id)}${f === here ? ' ← cited here' : ''}`);
  if (claims.length > MAX_CLAIMS) rows.push(`- … and ${claims.length - MAX_CLAIMS} more`);
  return `---\n\n**Records it backs in this draft** (${claims.length}):\n\n${rows.join('\n')}`;
}
