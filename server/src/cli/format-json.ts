// JSON output. Positions are 0-based line and UTF-16 character (as LSP counts them); evidence
// ranges are in the source file. Keys whose value is undefined are left out.
import {
  type LearnedEntities,
  type LibraryData,
  LineIndex,
  type Evidence,
  type Finding,
  type Problem,
  type Range,
  type Source,
  type SourceRecord,
  type Span,
} from '../engine';
import { measuresOf, officesHeld } from './format-text';
import { displayPath, type FileReport, recordsBySource, SourceLookup, sortedFindings } from './report';

export interface JsonOptions {
  /** Directory file paths are made relative to (default: process.cwd()). */
  cwd?: string;
}

export interface JsonEvidence {
  relation: Evidence['relation'];
  source: string;
  outlet?: string;
  title?: string;
  published?: string;
  actor?: string;
  excerpt: string;
  file: string;
  range?: Range;
}

export interface JsonFinding {
  range: Range;
  claim: string;
  verdict: Finding['verdict'];
  aspects: Finding['aspects'];
  message: string;
  quoteDiff?: { draft: string; source: string };
  /** The reason given when the claim was marked as checked by hand. */
  checked?: string;
  /** Each element's own verdict when a sentence holds several (two figures are two claims). */
  parts?: { range: Range; text: string; verdict: Finding['verdict']; aspects: Finding['aspects']; message: string }[];
  evidence: JsonEvidence[];
}

export interface JsonFile {
  path: string;
  date?: string;
  findings: JsonFinding[];
  problems: Problem[];
}

export interface JsonCheckOutput {
  files: JsonFile[];
  problems: Problem[];
}

export function checkJson(reports: readonly FileReport[], library: LibraryData, opts: JsonOptions = {}): JsonCheckOutput {
  return clean(checkObject(reports, library, opts));
}

function checkObject(reports: readonly FileReport[], library: LibraryData, opts: JsonOptions): JsonCheckOutput {
  const lookup = new SourceLookup(library);
  const files = reports.map((report): JsonFile => {
    const index = new LineIndex(report.text ?? '');
    const findings = report.result ? sortedFindings(report.result.findings) : [];
    const problems = report.error ? [...report.problems, report.error] : report.problems;
    return {
      path: report.path,
      date: report.result?.date,
      findings: findings.map((f) => findingJson(f, index, lookup, opts)),
      problems: problems.map(problemJson),
    };
  });
  return { files, problems: library.problems.map(problemJson) };
}

export function formatCheckJson(reports: readonly FileReport[], library: LibraryData, opts: JsonOptions = {}): string {
  // JSON.stringify leaves out undefined keys itself: no copy without them (a tenth of the output
  // step on a 100,000-word draft).
  return JSON.stringify(checkObject(reports, library, opts), null, 2) + '\n';
}

function findingJson(f: Finding, index: LineIndex, lookup: SourceLookup, opts: JsonOptions): JsonFinding {
  return {
    range: index.rangeOf(f.span),
    claim: f.claim,
    verdict: f.verdict,
    aspects: [...f.aspects],
    message: f.message,
    quoteDiff: f.quoteDiff ? { draft: f.quoteDiff.draft, source: f.quoteDiff.source } : undefined,
    checked: f.checked,
    parts: f.parts?.map((p) => ({
      range: index.rangeOf(p.span),
      text: p.text,
      verdict: p.verdict,
      aspects: [...p.aspects],
      message: p.message,
    })),
    evidence: f.evidence.map((ev) => evidenceJson(ev, lookup, opts)),
  };
}

function evidenceJson(ev: Evidence, lookup: SourceLookup, opts: JsonOptions): JsonEvidence {
  const source = lookup.find(ev.source, ev.sourcePath);
  return {
    relation: ev.relation,
    source: ev.source,
    outlet: ev.outlet,
    title: ev.title,
    published: ev.published,
    actor: ev.actor,
    excerpt: ev.excerpt,
    file: lookup.displayPath(source?.path ?? ev.sourcePath, opts.cwd),
    range: source ? lookup.lineIndex(source).rangeOf(ev.span) : undefined,
  };
}

export function problemJson(p: Problem): Problem {
  return { severity: p.severity, file: p.file, field: p.field, message: p.message };
}

// ---- records ----

type Ranged<T> = Omit<T, 'span'> & { range: Range };

export interface JsonRecord {
  id: string;
  range: Range;
  text: string;
  statedAt?: string;
  quantities: Ranged<SourceRecord['quantities'][number]>[];
  places: Ranged<SourceRecord['places'][number]>[];
  times: Ranged<SourceRecord['times'][number]>[];
  actors: Ranged<SourceRecord['actors'][number]>[];
  quotes: Ranged<SourceRecord['quotes'][number]>[];
  events: string[];
}

export interface JsonSource {
  id: string;
  outlet?: string;
  title?: string;
  published?: string;
  url?: string;
  author?: string;
  file: string;
  /** What the source taught (people, organisations, places, offices) and the measures its figures count. */
  learned: {
    people: { id: string; names: string[] }[];
    organisations: { id: string; names: string[] }[];
    places: { id: string; names: string[] }[];
    /** Offices the data did not name ("chief investigator"). */
    offices: string[];
    /** Who holds which office, and the seat of it ("governor" of "oriental-mindoro"). */
    held: { person: string; titles: string[]; seats: string[] }[];
    measures: string[];
  };
  records: JsonRecord[];
}

export interface JsonRecordsOutput {
  sources: JsonSource[];
  problems: Problem[];
}

export function recordsJson(library: LibraryData, opts: JsonOptions = {}): JsonRecordsOutput {
  const bySource = recordsBySource(library);
  const sources = library.sources.map((source, i) =>
    sourceJson(
      source,
      bySource[i] ?? [],
      opts,
      library.learned?.find((l) => l.source === source.meta.id),
    ),
  );
  return clean({ sources, problems: library.problems.map(problemJson) });
}

export function formatRecordsJson(library: LibraryData, opts: JsonOptions = {}): string {
  return JSON.stringify(recordsJson(library, opts), null, 2) + '\n';
}

function sourceJson(source: Source, records: SourceRecord[], opts: JsonOptions, learned?: LearnedEntities): JsonSource {
  const index = new LineIndex(source.text);
  const m = source.meta;
  return {
    id: m.id,
    outlet: m.outlet,
    title: m.title,
    published: m.published,
    url: m.url,
    author: m.author,
    file: displayPath(source.path, opts.cwd),
    learned: learnedJson(learned, records),
    records: records.map((r) => ({
      id: r.id,
      range: index.rangeOf(r.span),
      text: r.text,
      statedAt: r.statedAt,
      quantities: r.quantities.map((q) => ranged(q, index)),
      places: r.places.map((p) => ranged(p, index)),
      times: r.times.map((t) => ranged(t, index)),
      actors: r.actors.map((a) => ranged(a, index)),
      quotes: r.quotes.map((q) => ranged(q, index)),
      events: [...r.events],
    })),
  };
}

/** The element with its span replaced by a range, `range` first. */
function ranged<T extends { span: Span }>(element: T, index: LineIndex): Ranged<T> {
  const { span, ...rest } = element;
  return { range: index.rangeOf(span), ...rest };
}

/**
 * A copy without undefined-valued keys (JSON.stringify drops them anyway; this keeps the objects
 * the functions return equal to what is printed). Infinite interval ends become null in JSON.
 */
function clean<T>(value: T): T {
  if (Array.isArray(value)) return value.map(clean) as unknown as T;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = clean(v);
    return out as T;
  }
  return value;
}

function learnedJson(l: LearnedEntities | undefined, records: SourceRecord[]) {
  return {
    people: l?.people ?? [],
    organisations: l?.orgs ?? [],
    places: l?.places ?? [],
    offices: l?.titles ?? [],
    held: officesHeld(records),
    measures: measuresOf(records),
  };
}
