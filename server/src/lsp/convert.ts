// Engine results -> LSP: findings to diagnostics (range, code, documentation link, severity from
// the settings, related information at each evidence's span in its source file unless the
// diagnostic is a hint), and span <-> range helpers. Offsets become positions only through
// LineIndex.
import {
  DiagnosticSeverity,
  type Diagnostic,
  type DiagnosticRelatedInformation,
  type Location,
  type Position,
  type Range,
} from 'vscode-languageserver/node';
import { URI } from 'vscode-uri';
import {
  type Library,
  LineIndex,
  type Evidence,
  type Finding,
  type Source,
  type Span,
  type Verdict,
  countFindings,
  isVerdict,
  locateSource,
  shorten,
} from '../engine';
import type { DocumentAnalysis } from './context';
import { deepFreeze } from './json-writer';
import { plainText, wellFormed } from './markdown';
import type { SeverityName, Settings } from './settings';

export const DIAGNOSTIC_SOURCE = 'factcheck';
export const DOCS_URL = 'https://github.com/factcheck-editor/factcheck/blob/main/docs/VERDICTS.md';

// ---- spans and ranges -------------------------------------------------------------------------

export function spanToRange(lines: LineIndex, span: Span): Range {
  return lines.rangeOf(span);
}

export function rangeToSpan(lines: LineIndex, range: Range): Span {
  const a = lines.offsetAt(range.start);
  const b = lines.offsetAt(range.end);
  return a <= b ? { start: a, end: b } : { start: b, end: a };
}

export function offsetAt(lines: LineIndex, position: Position): number {
  return lines.offsetAt(position);
}

export function positionAt(lines: LineIndex, offset: number): Position {
  return lines.positionAt(offset);
}

// ---- sources ---------------------------------------------------------------------------------

const sourceIndexes = new WeakMap<Source, LineIndex>();

/** The LineIndex of a source file's text (cached per source). */
export function sourceLines(source: Source): LineIndex {
  let idx = sourceIndexes.get(source);
  if (!idx) sourceIndexes.set(source, (idx = new LineIndex(source.text)));
  return idx;
}

/** The source an evidence record comes from (the engine's locateSource). */
export const sourceOf = locateSource;

/** The file URI of a source path. */
export function sourceUri(sourcePath: string): string {
  return URI.file(wellFormed(sourcePath)).toString();
}

/** Where an evidence's excerpt is in its source file. */
export function evidenceLocation(library: Library, ev: Evidence): Location {
  const source = sourceOf(library, ev);
  const range = source ? spanToRange(sourceLines(source), ev.span) : { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  return { uri: sourceUri(source?.path ?? ev.sourcePath), range };
}

// ---- diagnostics -----------------------------------------------------------------------------

export function severityOf(name: SeverityName | undefined): DiagnosticSeverity | undefined {
  switch (name) {
    case 'error':
      return DiagnosticSeverity.Error;
    case 'warning':
      return DiagnosticSeverity.Warning;
    case 'information':
      return DiagnosticSeverity.Information;
    case 'hint':
      return DiagnosticSeverity.Hint;
    default:
      return undefined; // 'off'
  }
}

/** `conflicting`, or `conflicting/count` with the finding's first aspect. */
export function diagnosticCode(f: Pick<Finding, 'verdict' | 'aspects'>): string {
  return f.aspects.length ? `${f.verdict}/${f.aspects[0]}` : f.verdict;
}

export function docsHref(verdict: Verdict): string {
  return `${DOCS_URL}#${verdict}`;
}

/** Longest excerpt a related-information line quotes; longer ones are cut at a word with "…" (the
 *  location opens the whole sentence, the hover quotes it whole). Every keystroke republishes every
 *  diagnostic, so this bounds most of what is sent. */
export const RELATED_EXCERPT = 160;

export function relatedMessage(ev: Evidence): string {
  return `${ev.relation}: ${ev.outlet ?? 'outlet unknown'}, ${ev.published ?? 'date unknown'}: ${clipExcerpt(ev.excerpt)}`;
}

/** An excerpt cut to RELATED_EXCERPT characters (vocabulary.ts's shorten). */
export const clipExcerpt = (excerpt: string, max = RELATED_EXCERPT): string => shorten(excerpt, max);

/** The diagnostic for one finding, or undefined (checked by hand, or its severity is off). It carries
 *  no `data`: code actions find a diagnostic's finding by range and code (claimDiagnostics in
 *  features/code-actions.ts), so a diagnostic has nothing that changes with the version and one
 *  frozen object serves every version that has the finding at the same place (json-writer.ts
 *  serialises it once). */
export function findingToDiagnostic(analysis: DocumentAnalysis, index: number, settings: Settings): Diagnostic | undefined {
  const f = analysis.findings[index];
  if (!f || f.checked !== undefined) return undefined;
  const severity = severityOf(settings.severity[f.verdict]);
  if (severity === undefined) return undefined;
  // The same finding at the same place as in the last version (a paragraph the edit did not touch):
  // compared field by field and position by position, so a keystroke allocates nothing for it.
  const hit = built.get(f.evidence);
  const { lines } = analysis;
  if (
    hit &&
    hit.library === analysis.library &&
    hit.message === f.message &&
    hit.severity === severity &&
    hit.verdict === f.verdict &&
    hit.aspect === f.aspects[0] &&
    rangeHolds(lines, hit.diagnostic.range, f.span)
  ) {
    return hit.diagnostic;
  }
  const range = spanToRange(lines, f.span);
  const code = diagnosticCode(f);
  // A hint is a faint mark that no list shows (VS Code leaves hints out of the Problems view), and
  // the hover quotes every evidence: it carries no related information. Every keystroke sends every
  // diagnostic again (pushed; pulled, whenever one moved), and supported claims are most of them.
  const relatedInformation = severity === DiagnosticSeverity.Hint ? [] : relatedOf(analysis.library, f.evidence);
  const diagnostic: Diagnostic = {
    range,
    severity,
    source: DIAGNOSTIC_SOURCE,
    code,
    codeDescription: { href: docsHref(f.verdict) },
    message: plainText(f.message),
    ...(relatedInformation.length ? { relatedInformation } : {}),
  };
  deepFreeze(diagnostic); // shared by every version that publishes it, written once (json-writer.ts)
  built.set(f.evidence, { library: analysis.library, message: f.message, severity, verdict: f.verdict, aspect: f.aspects[0], diagnostic });
  return diagnostic;
}

/** Whether a range (made for this text or an earlier one) is exactly where a span of this text is:
 *  constant time, nothing allocated (LineIndex.isPositionOf). */
export function rangeHolds(lines: LineIndex, range: Range, span: Span): boolean {
  return lines.isPositionOf(range.start, span.start) && lines.isPositionOf(range.end, span.end);
}

/** The diagnostic last built for a finding, by its evidence list (kept when a re-check reuses a
 *  paragraph's findings, even where it moves them). Diagnostics are only ever serialised, so one
 *  object serves every version that has the finding at the same range. */
const built = new WeakMap<
  readonly Evidence[],
  {
    library: Library;
    message: string;
    severity: DiagnosticSeverity;
    verdict: Verdict;
    aspect: Finding['aspects'][number] | undefined;
    diagnostic: Diagnostic;
  }
>();

/** Related information for a finding's evidence that agrees or says otherwise, built once per
 *  evidence list and library (a re-check reuses the findings of unchanged paragraphs, evidence
 *  lists included). Context (the nearest records to an unsupported claim, records that differ from
 *  a supported one) is left to the hover, which quotes every evidence: it was a third of what a
 *  10,000-word draft's diagnostics weigh. Shared between versions: diagnostics are only ever
 *  serialised. */
const relatedCache = new WeakMap<readonly Evidence[], { library: Library; info: DiagnosticRelatedInformation[] }>();

function relatedOf(library: Library, evidence: readonly Evidence[]): DiagnosticRelatedInformation[] {
  const hit = relatedCache.get(evidence);
  if (hit && hit.library === library) return hit.info;
  const info = evidence
    .filter((ev) => ev.relation !== 'context')
    .map((ev) => ({ location: evidenceLocation(library, ev), message: plainText(relatedMessage(ev)) }));
  relatedCache.set(evidence, { library, info });
  return info;
}

export function toDiagnostics(analysis: DocumentAnalysis, settings: Settings): Diagnostic[] {
  const out: Diagnostic[] = [];
  analysis.findings.forEach((_, i) => {
    const d = findingToDiagnostic(analysis, i, settings);
    if (d) out.push(d);
  });
  return out;
}

export { countFindings };

/** Whether a diagnostic is one of ours about a claim (its code is a verdict, or verdict/aspect). */
export function isClaimDiagnostic(d: Pick<Diagnostic, 'source' | 'code'>): boolean {
  return d.source === DIAGNOSTIC_SOURCE && typeof d.code === 'string' && isVerdict(d.code.split('/')[0]);
}
