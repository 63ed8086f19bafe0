// What the CLI knows about each checked draft, shared by the formatters, plus small helpers
// (exit status, display paths, source lookup with cached line indexes, the package version).
import * as fs from 'fs';
import * as path from 'path';
import {
  type CheckResult,
  type LibraryData,
  packageRoot,
  LineIndex,
  type Evidence,
  type Finding,
  type Problem,
  type Range,
  type Source,
  type SourceRecord,
  type Verdict,
  shorten,
  VERDICTS,
} from '../engine';

export interface FileReport {
  /** The draft path as given on the command line. */
  path: string;
  /** The draft text, when it could be read. */
  text?: string;
  /** The engine's answer, when the draft was read and checked. */
  result?: CheckResult;
  /** Non-fatal problems: the reader's warning and the engine's problems for this draft. */
  problems: Problem[];
  /** Why the draft could not be checked (unreadable, binary, internal error): exit status 2. */
  error?: Problem;
}

export { VERDICTS };

/** 0: no finding the gate fails on (default: conflicting or outdated) that is not checked by hand;
 *  1: at least one; 2: a usage error or a draft not checked. */
export function exitStatus(
  results: readonly FileReport[],
  hadUsageError: boolean,
  failOn: readonly Verdict[] = ['conflicting', 'outdated'],
): number {
  if (hadUsageError) return 2;
  if (results.some((r) => r.error)) return 2;
  const flagged = results.some((r) => (r.result?.findings ?? []).some((f) => f.checked === undefined && failOn.includes(f.verdict)));
  return flagged ? 1 : 0;
}

export function countVerdicts(findings: readonly Finding[]): Record<Verdict, number> {
  const counts: Record<Verdict, number> = { conflicting: 0, outdated: 0, unsupported: 0, supported: 0 };
  for (const f of findings) counts[f.verdict] = (counts[f.verdict] ?? 0) + 1;
  return counts;
}

/** Findings in text order (a copy; the engine's array is left alone). */
export function sortedFindings(findings: readonly Finding[]): Finding[] {
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => a.f.span.start - b.f.span.start || a.f.span.end - b.f.span.end || a.i - b.i)
    .map((x) => x.f);
}

/**
 * A path for display: relative to `cwd` with forward slashes when it lies under it, otherwise as
 * it is (absolute paths elsewhere, "(bundled)/..." pseudo-paths).
 */
export function displayPath(p: string, cwd: string = process.cwd()): string {
  if (path.isAbsolute(p)) {
    const rel = path.relative(cwd, p);
    if (rel && !rel.startsWith('..') && !path.isAbsolute(rel)) return toSlashes(rel);
    if (!rel) return '.';
    return toSlashes(p);
  }
  return toSlashes(p);
}

export function toSlashes(p: string): string {
  return path.sep === '\\' ? p.replace(/\\/g, '/') : p;
}

/** Finds an evidence's source in the library and converts spans in it, with one LineIndex each. */
export class SourceLookup {
  private readonly byId = new Map<string, Source[]>();
  private readonly indexes = new Map<Source, LineIndex>();
  private readonly shown = new Map<string, string>();

  constructor(library: LibraryData) {
    for (const s of library.sources) {
      const list = this.byId.get(s.meta.id);
      if (list) list.push(s);
      else this.byId.set(s.meta.id, [s]);
    }
  }

  /** The source by id; with duplicate ids, the one whose path matches. */
  find(id: string, sourcePath?: string): Source | undefined {
    const list = this.byId.get(id);
    if (!list) return undefined;
    if (list.length > 1 && sourcePath !== undefined) return list.find((s) => s.path === sourcePath) ?? list[0];
    return list[0];
  }

  /** displayPath(p, cwd), worked out once per path (evidence repeats a few sources' paths). */
  displayPath(p: string, cwd?: string): string {
    const key = cwd === undefined ? p : `${cwd}\u0000${p}`;
    let shown = this.shown.get(key);
    if (shown === undefined) this.shown.set(key, (shown = displayPath(p, cwd)));
    return shown;
  }

  lineIndex(source: Source): LineIndex {
    let idx = this.indexes.get(source);
    if (!idx) this.indexes.set(source, (idx = new LineIndex(source.text)));
    return idx;
  }

  /** The evidence's excerpt range in its source file, or undefined when the source is unknown. */
  evidenceRange(ev: Evidence): Range | undefined {
    const s = this.find(ev.source, ev.sourcePath);
    return s ? this.lineIndex(s).rangeOf(ev.span) : undefined;
  }
}

/** Records grouped by source index in one pass (index -1 for an out-of-range source). */
export function recordsBySource(library: LibraryData): Record<number, SourceRecord[]> {
  const groups: Record<number, SourceRecord[]> = {};
  for (const r of library.records) {
    const i = r.source >= 0 && r.source < library.sources.length ? r.source : -1;
    (groups[i] ??= []).push(r);
  }
  return groups;
}

export { shorten };

let version: string | undefined;

/** The package version from package.json ("0.0.0" when it cannot be read). */
export function packageVersion(): string {
  if (version) return version;
  try {
    const pkg = JSON.parse(fs.readFileSync(path.join(packageRoot(), 'package.json'), 'utf8')) as { version?: unknown };
    version = typeof pkg.version === 'string' ? pkg.version : '0.0.0';
  } catch {
    version = '0.0.0';
  }
  return version;
}
