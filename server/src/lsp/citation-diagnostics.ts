// Diagnostics on a draft's citations, published with the claim diagnostics of the same analysis:
// - citation/unknown-source: a Pandoc key that names no library source and no bibliography entry;
// - citation/missing-definition: a footnote reference with no `[^id]: ...` definition;
// - citation/unused-definition: a footnote definition nobody cites;
// - citation/contradicted: a citation on a claim its own source contradicts ("the cited source
//   says 11,000").
// Each carries CitationDiagnosticData (never a `finding`, so claim code actions leave it alone), and
// nothing that changes with the version: a pull client is told "unchanged" while they stay put.
import * as path from 'path';
import { DiagnosticSeverity, DiagnosticTag, type Diagnostic } from 'vscode-languageserver/node';
import { shorten, type CitationMarker, type Finding, type Source, type Span } from '../engine';
import { citationModel, evidenceFrom, sourceLabel, type CitationModel } from './citation-model';
import type { DocumentAnalysis } from './context';
import { DIAGNOSTIC_SOURCE, severityOf, spanToRange } from './convert';
import type { Settings } from './settings';

export type CitationCode =
  'citation/unknown-source' | 'citation/missing-definition' | 'citation/unused-definition' | 'citation/contradicted';

export interface CitationDiagnosticData {
  citation: { code: CitationCode; id: string; kind: CitationMarker['kind'] | 'definition' };
}

export interface BibliographyInfo {
  /** The file's name, for messages. */
  file: string;
  /** Its ids, or undefined when there is no readable bibliography. */
  ids: ReadonlySet<string> | undefined;
}

const EXCERPT_MAX = 140;

export function citationDiagnostics(a: DocumentAnalysis, settings: Settings, bibliography?: BibliographyInfo): Diagnostic[] {
  const model = citationModel(a);
  const out: Diagnostic[] = [];
  const push = (
    span: Span,
    code: CitationCode,
    id: string,
    kind: CitationDiagnosticData['citation']['kind'],
    message: string,
    severity: DiagnosticSeverity,
    unnecessary = false,
  ) => {
    const data: CitationDiagnosticData = { citation: { code, id, kind } };
    out.push({
      range: spanToRange(a.lines, span),
      severity,
      source: DIAGNOSTIC_SOURCE,
      code,
      message,
      data,
      ...(unnecessary ? { tags: [DiagnosticTag.Unnecessary] } : {}),
    });
  };

  model.markers.forEach((m, i) => {
    const source = model.source(m.id);
    if (m.kind === 'footnote' && !model.definition(m.id)) {
      const have = source ? ` The library has ${sourceLabel(source, m.id)} under this id.` : '';
      push(
        m.span,
        'citation/missing-definition',
        m.id,
        m.kind,
        `Footnote [^${m.id}] has no definition (a line "[^${m.id}]: ...").${have}`,
        DiagnosticSeverity.Warning,
      );
    } else if (m.kind === 'pandoc' && !source && !bibliography?.ids?.has(m.id)) {
      const where = bibliography?.ids
        ? `in the library or the bibliography (${bibliography.file})`
        : `in the library${bibliography ? `, and no bibliography (${bibliography.file}) to look in` : ''}`;
      push(m.idSpan, 'citation/unknown-source', m.id, m.kind, `No source “${m.id}” ${where}.`, DiagnosticSeverity.Warning);
    }
    const claim = model.claimOf[i];
    const f = claim === undefined ? undefined : a.findings[claim];
    const contradiction = f && source ? contradictionMessage(f, source, m.id, a.text) : undefined;
    const severity = severityOf(settings.severity.conflicting);
    if (contradiction && severity !== undefined) push(m.span, 'citation/contradicted', m.id, m.kind, contradiction, severity);
  });

  for (const d of model.definitions) {
    if (model.referenced.has(d.id) || model.definitions.find((x) => x.id === d.id) !== d) continue;
    push(
      d.label,
      'citation/unused-definition',
      d.id,
      'definition',
      `Footnote definition [^${d.id}] is not cited anywhere in the draft.`,
      DiagnosticSeverity.Information,
      true,
    );
  }
  return out;
}

/** "The cited source says “3,000”, not “5,000” (CNN, 2024-10-24).", when the claim the citation is
 *  on is conflicting (not checked by hand) and a record saying otherwise is from the cited source. */
export function contradictionMessage(f: Finding, source: Source, id: string, text: string): string | undefined {
  if (f.verdict !== 'conflicting' || f.checked !== undefined) return undefined;
  const ev = evidenceFrom(f, id).find((e) => e.relation === 'conflicts');
  if (!ev) return undefined;
  const label = sourceLabel(source, id);
  if (f.quoteDiff && f.aspects.includes('quote')) {
    return `The cited source (${label}) has “${f.quoteDiff.source}” where the draft has “${f.quoteDiff.draft}”.`;
  }
  const norm = (s: string) => s.toLowerCase().replace(/[\s,]+/g, ' ');
  if (f.replacement && norm(ev.excerpt).includes(norm(f.replacement.text))) {
    const drafted = text.slice(f.replacement.span.start, f.replacement.span.end);
    return `The cited source says “${f.replacement.text}”, not “${drafted}” (${label}).`;
  }
  return `The cited source says otherwise (${label}): “${shorten(ev.excerpt, EXCERPT_MAX)}”`;
}

/** The bibliography a draft's Pandoc citations are looked up in (factcheck.bibliography). */
export function bibliographyFile(resolvePath: (uri: string, p: string) => string, uri: string, settings: Settings): string | undefined {
  return settings.bibliography ? resolvePath(uri, settings.bibliography) : undefined;
}

export const bibliographyName = (file: string) => path.basename(file);

/** Whether a model has Pandoc keys the library lacks (only then is the bibliography read). */
export function needsBibliography(model: CitationModel): boolean {
  return model.markers.some((m) => m.kind === 'pandoc' && !model.source(m.id));
}
