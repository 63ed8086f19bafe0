// A draft -> its claims report (model.ts): the draft checked as `checkText` checks it (or the
// findings a front already has for this text, so the report says what its diagnostics say), each
// claim with its evidence and citation state, and the timelines of the measures it gives figures
// for (timelines.ts). Linear in the draft: one extraction, one citation scan, line indexes made
// once per text.
import type { CheckOptions, Library } from '../api';
import { claimsByParagraph, judgeByParagraph, layoutOf, shiftClaim } from '../paragraphs';
import { findCitations, linkCitations, type CitationMarker, type DraftCitations } from '../citations';
import { LineIndex } from '../text/positions';
import { safeUrl } from '../text/markdown-escape';
import type { Claim, Evidence, Finding, Source, SourceRecord, Span } from '../types';
import { countFindings, VERDICTS } from '../vocabulary';
import type { CitationState, ClaimsReport, ReportClaim, ReportCitation, ReportEvidence, SourceRef } from './model';
import { buildTimelines, type DraftClaim } from './timelines';

export interface ReportOptions extends CheckOptions {
  /** The findings a front already has for exactly this text (the editor's latest analysis);
   *  without them the draft is checked here. */
  findings?: readonly Finding[];
}

export function buildReport(text: string, library: Library, opts: ReportOptions = {}): ClaimsReport {
  // Read paragraph by paragraph as the check reads the draft (paragraphs.ts).
  const layout = layoutOf(text, opts);
  const { date, bodyStart, problems } = layout;
  const paragraphs = claimsByParagraph(text, layout, library.lexicon);
  const claims = paragraphs.flatMap((p) => p.claims.map((c) => shiftClaim(c, p.from)));
  const findings = opts.findings
    ? [...opts.findings].sort((a, b) => a.span.start - b.span.start)
    : judgeByParagraph(text, paragraphs, library, layout, opts).findings;
  const lines = new LineIndex(text);
  const rangeOf = (span: Span) => lines.rangeOf(span);
  const refs = sourceRefs(library);

  // Claims by their span (a finding's span is its claim's).
  const claimAt = new Map<string, Claim>();
  for (const c of claims) claimAt.set(`${c.span.start}:${c.span.end}`, c);
  const drafted: DraftClaim[] = [];
  findings.forEach((finding, index) => {
    const claim = claimAt.get(`${finding.span.start}:${finding.span.end}`);
    if (claim) drafted.push({ index, claim, finding });
  });
  const { timelines, byClaim } = buildTimelines({ library, claims: drafted, date, rangeOf, sourceRef: refs.ofRecord });

  const cites = citationsOf(text, bodyStart, findings, library);
  const report: ReportClaim[] = findings.map((f, index) => {
    const citations = cites[index] ?? [];
    const state: CitationState = !citations.length ? 'uncited' : citations.some((c) => c.contradicts) ? 'contradicted' : 'cited';
    return {
      index,
      span: f.span,
      range: rangeOf(f.span),
      text: f.claim,
      verdict: f.verdict,
      aspects: f.aspects,
      message: f.message,
      ...(f.checked !== undefined ? { checked: f.checked } : {}),
      ...(f.attributed !== undefined ? { attributed: f.attributed } : {}),
      ...(f.parts ? { parts: f.parts.map((p) => ({ text: p.text, verdict: p.verdict, message: p.message, range: rangeOf(p.span) })) } : {}),
      ...(f.quoteDiff ? { quoteDiff: f.quoteDiff } : {}),
      citation: { state, citations },
      evidence: f.evidence.map((e) => refs.ofEvidence(e)).filter((e): e is ReportEvidence => e !== undefined),
      timelines: byClaim.get(index) ?? [],
    };
  });

  const citationTotals: Record<CitationState, number> = { cited: 0, contradicted: 0, uncited: 0 };
  for (const c of report) citationTotals[c.citation.state]++;
  const verdicts = countFindings(findings);
  return {
    draft: opts.file ?? 'draft',
    ...(date ? { date } : {}),
    totals: {
      verdicts: Object.fromEntries(VERDICTS.map((v) => [v, verdicts[v]])) as typeof verdicts,
      checked: findings.filter((f) => f.checked !== undefined).length,
      claims: findings.length,
      citations: citationTotals,
    },
    claims: report,
    timelines,
    problems,
  };
}

/** Per finding, the citations on it (footnotes, Pandoc keys, known bare @ids). */
function citationsOf(text: string, bodyStart: number, findings: readonly Finding[], library: Library): ReportCitation[][] {
  const ids = new Set(library.sources.map((s) => s.meta.id));
  const found: DraftCitations = findCitations(text, { bodyStart, isKnown: (id) => ids.has(id) });
  const out: ReportCitation[][] = [];
  if (!found.markers.length) return out;
  const notes = new Map<string, string>();
  for (const d of found.definitions) if (!notes.has(d.id)) notes.set(d.id, d.text);
  const claimOf = linkCitations(text, found.markers, findings);
  found.markers.forEach((m: CitationMarker, i) => {
    const at = claimOf[i];
    if (at === undefined) return;
    const f = findings[at];
    const list = (out[at] ??= []);
    if (list.some((c) => c.id === m.id)) return;
    const known = ids.has(m.id);
    const note = m.kind === 'footnote' ? notes.get(m.id) : undefined;
    list.push({
      id: m.id,
      kind: m.kind,
      known,
      contradicts: known && f.evidence.some((e) => e.source === m.id && e.relation === 'conflicts'),
      ...(note !== undefined ? { note } : {}),
    });
  });
  return out;
}

/** Source positions, with one line index per source file made on first use. */
function sourceRefs(library: Library) {
  const lines = new Map<Source, LineIndex>();
  const byPath = new Map<string, Source>();
  const byId = new Map<string, Source>();
  for (const s of library.sources) {
    byPath.set(s.path, s);
    if (!byId.has(s.meta.id)) byId.set(s.meta.id, s);
  }
  const ref = (src: Source, recordId: string, span: Span): SourceRef => {
    let idx = lines.get(src);
    if (!idx) lines.set(src, (idx = new LineIndex(src.text)));
    const url = safeUrl(src.meta.url);
    return {
      source: src.meta.id,
      ...(src.meta.outlet ? { outlet: src.meta.outlet } : {}),
      ...(src.meta.title ? { title: src.meta.title } : {}),
      ...(src.meta.published ? { published: src.meta.published } : {}),
      ...(url ? { url } : {}),
      path: src.path,
      bundled: src.bundled,
      recordId,
      range: idx.rangeOf(span),
    };
  };
  return {
    ofRecord: (r: SourceRecord) => {
      const src = library.sources[r.source];
      return { ...ref(src, r.id, r.span), excerpt: excerpt(src.text, r.span) };
    },
    ofEvidence: (e: Evidence): ReportEvidence | undefined => {
      const src = byPath.get(e.sourcePath) ?? byId.get(e.source);
      if (!src) return undefined;
      return {
        ...ref(src, e.recordId, e.span),
        relation: e.relation,
        ...(e.actor ? { actor: e.actor } : {}),
        excerpt: e.excerpt,
      };
    },
  };
}

const excerpt = (text: string, span: Span) => text.slice(span.start, span.end).replace(/\s+/g, ' ').trim();
