// The citations of one analysed draft version, computed once and shared by the citation features
// (diagnostics, hover, definition, document links, code actions): the markers and footnote
// definitions (engine/citations.ts), the claim (finding) each marker cites, the library source each
// id names, and the findings each source speaks to. Also the ids of a CSL-JSON bibliography file,
// read once per change of the file.
import type { Location } from 'vscode-languageserver/node';
import { URI } from 'vscode-uri';
import {
  findCitations,
  linkCitations,
  type CitationMarker,
  type FootnoteDefinition,
  splitFrontMatter,
  type Finding,
  type Source,
} from '../engine';
import type { CitationModel, DocumentAnalysis, ServerContext } from './context';
import { sourceLines, sourceOf } from './convert';

export type { CitationModel } from './context';

/** The citation model of an analysis, made on first use and kept on the analysis itself. (Not in a
 *  WeakMap keyed by the analysis: the model refers back to it, and V8's young-generation collector
 *  keeps such an entry alive until a full collection, so every version typed, text and findings,
 *  was copied and promoted: scavenges took 3-4 times longer on a 10,000-word draft.) */
export function citationModel(a: DocumentAnalysis): CitationModel {
  if (a.citations) return a.citations;
  const source = (id: string) => sourceOf(a.library, { source: id, sourcePath: '' });
  const bodyStart = a.bodyStart ?? splitFrontMatter(a.text)?.bodyStart ?? 0;
  const found = findCitations(a.text, { bodyStart, prose: a.prose, isKnown: (id) => !!source(id) });
  const defs = new Map<string, FootnoteDefinition>();
  for (const d of found.definitions) if (!defs.has(d.id)) defs.set(d.id, d);
  const model: CitationModel = {
    ...found,
    claimOf: linkCitations(a.text, found.markers, a.findings),
    source,
    definition: (id) => defs.get(id),
    referenced: new Set(found.markers.filter((m) => m.kind === 'footnote').map((m) => m.id)),
  };
  a.citations = model;
  return model;
}

/** The marker whose span holds the offset (its end included), or undefined. */
export function markerAt(model: CitationModel, offset: number): { marker: CitationMarker; index: number } | undefined {
  const index = model.markers.findIndex((m) => m.span.start <= offset && offset <= m.span.end);
  return index < 0 ? undefined : { marker: model.markers[index], index };
}

/** The footnote definition whose label `[^id]` holds the offset, or undefined. */
export function definitionLabelAt(model: CitationModel, offset: number): FootnoteDefinition | undefined {
  return model.definitions.find((d) => d.label.start <= offset && offset <= d.label.end);
}

/** The evidence a finding has from a source, conflicting records first. */
export function evidenceFrom(f: Finding, id: string): Finding['evidence'] {
  const order = { conflicts: 0, supports: 1, context: 2 } as const;
  return f.evidence.filter((e) => e.source === id).sort((x, y) => order[x.relation] - order[y.relation]);
}

/** `Outlet, date` for a source, or its id. */
export function sourceLabel(source: Source | undefined, id: string): string {
  const m = source?.meta;
  return m ? [m.outlet ?? m.id, m.published].filter(Boolean).join(', ') : id;
}

/** The analysis of a document's current version (checked now if the latest is older), or undefined. */
export async function currentAnalysis(
  ctx: Pick<ServerContext, 'documents' | 'analysis' | 'analyzed'>,
  uri: string,
): Promise<DocumentAnalysis | undefined> {
  const doc = ctx.documents.get(uri);
  if (!doc) return undefined;
  let a = ctx.analysis(uri);
  if (!a || a.version !== doc.version) a = await ctx.analyzed(uri);
  return a && a.version === ctx.documents.get(uri)?.version ? a : undefined;
}

/** Where a source file opens: its first body line. */
export function sourceLocation(source: Source): Location {
  const at = sourceLines(source).positionAt(source.bodyStart);
  return { uri: URI.file(source.path).toString(), range: { start: at, end: at } };
}
