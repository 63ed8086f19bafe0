// SARIF 2.1.0 output for `check`: one run, one rule per verdict, one result per finding with the
// evidence as related locations. Lines and columns are 1-based; columns count UTF-16 code units
// (run.columnKind). Problems become tool execution notifications.
import { createHash } from 'crypto';
import * as path from 'path';
import { pathToFileURL } from 'url';
import {
  type LibraryData,
  bundledSourcesDir,
  LineIndex,
  type Evidence,
  type Finding,
  type Problem,
  type Range,
  type Severity,
  type Verdict,
} from '../engine';
import { type FileReport, packageVersion, shorten, SourceLookup, sortedFindings, toSlashes, VERDICTS } from './report';

export interface SarifOptions {
  /** Directory file URIs are made relative to (default: process.cwd()). */
  cwd?: string;
  /** False only when the run failed as a whole (a usage error). Default true. */
  executionSuccessful?: boolean;
  /** The tool version (default: package.json's). */
  version?: string;
}

type Level = 'error' | 'warning' | 'note' | 'none';

const RULE_LEVEL: Record<Verdict, Level> = {
  conflicting: 'warning',
  outdated: 'warning',
  unsupported: 'note',
  supported: 'none',
};

const RULE_TEXT: Record<Verdict, string> = {
  conflicting: 'A claim in the draft conflicts with what the sources say.',
  outdated: 'A claim in the draft matches older reporting that newer sources have superseded.',
  unsupported: 'No source in the library supports or contradicts the claim.',
  supported: 'The sources support the claim.',
};

const PROBLEM_LEVEL: Record<Severity, Level> = { error: 'error', warning: 'warning', info: 'note' };

const SRCROOT = '%SRCROOT%';
const BUNDLED_PREFIX = '(bundled)/';

export interface ArtifactLocation {
  uri: string;
  uriBaseId?: string;
}

export interface Region {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}

export type SarifLog = { $schema: string; version: '2.1.0'; runs: any[] };

export function sarifLog(reports: readonly FileReport[], library: LibraryData, opts: SarifOptions = {}): SarifLog {
  const cwd = opts.cwd ?? process.cwd();
  const lookup = new SourceLookup(library);
  const results: any[] = [];
  const notifications: any[] = library.problems.map((p) => notification(p, cwd));

  for (const report of reports) {
    for (const p of report.problems) notifications.push(notification(p, cwd));
    if (report.error) notifications.push(notification(report.error, cwd));
    if (!report.result) continue;
    const index = new LineIndex(report.text ?? '');
    const artifact = artifactLocation(report.path, cwd);
    for (const f of sortedFindings(report.result.findings)) results.push(resultOf(f, artifact, index, lookup, cwd));
  }

  const run: any = {
    tool: {
      driver: {
        name: 'factcheck',
        version: opts.version ?? packageVersion(),
        rules: VERDICTS.map((v) => ({
          id: ruleId(v),
          name: v[0].toUpperCase() + v.slice(1) + 'Claim',
          shortDescription: { text: RULE_TEXT[v] },
          defaultConfiguration: { level: RULE_LEVEL[v] },
        })),
      },
    },
    invocations: [
      {
        executionSuccessful: opts.executionSuccessful ?? true,
        toolExecutionNotifications: notifications,
      },
    ],
    originalUriBaseIds: { [SRCROOT]: { uri: pathToFileURL(cwd.endsWith(path.sep) ? cwd : cwd + path.sep).href } },
    columnKind: 'utf16CodeUnits',
    results,
  };
  return { $schema: 'https://json.schemastore.org/sarif-2.1.0.json', version: '2.1.0', runs: [run] };
}

export function formatCheckSarif(reports: readonly FileReport[], library: LibraryData, opts: SarifOptions = {}): string {
  return JSON.stringify(sarifLog(reports, library, opts), null, 2) + '\n';
}

/** A SARIF log for a run that stopped on a usage error. */
export function usageErrorSarif(message: string, opts: SarifOptions = {}): string {
  const empty: LibraryData = { sources: [], records: [], problems: [] };
  const problem: Problem = { severity: 'error', file: '', message };
  const log = sarifLog([], empty, { ...opts, executionSuccessful: false });
  log.runs[0].invocations[0].toolExecutionNotifications = [notification(problem, opts.cwd ?? process.cwd())];
  return JSON.stringify(log, null, 2) + '\n';
}

export function ruleId(v: Verdict): string {
  return `factcheck/${v}`;
}

function resultOf(f: Finding, artifact: ArtifactLocation, index: LineIndex, lookup: SourceLookup, cwd: string): any {
  const related: any[] = [];
  f.evidence.forEach((ev, i) => {
    const loc: any = { id: i + 1, message: { text: evidenceMessage(ev) } };
    const source = lookup.find(ev.source, ev.sourcePath);
    const physical: any = { artifactLocation: artifactLocation(source?.path ?? ev.sourcePath, cwd) };
    if (source) physical.region = region(lookup.lineIndex(source).rangeOf(ev.span));
    loc.physicalLocation = physical;
    related.push(loc);
  });
  const result: any = {
    ruleId: ruleId(f.verdict),
    ruleIndex: VERDICTS.indexOf(f.verdict),
    level: RULE_LEVEL[f.verdict],
    message: { text: f.message },
    locations: [{ physicalLocation: { artifactLocation: artifact, region: region(index.rangeOf(f.span)) } }],
  };
  if (related.length) result.relatedLocations = related;
  // Silenced in the draft (a factcheck-disable comment or a "checked" marker): a SARIF suppression
  // in source, with the reason, so code-scanning tools show it as dismissed rather than hide it.
  // A project review (.factcheck-reviewed.json) is kept outside the draft: kind external.
  if (f.checked !== undefined)
    result.suppressions = [
      { kind: f.checked.startsWith('reviewed') ? 'external' : 'inSource', justification: f.checked || 'checked by hand' },
    ];
  result.partialFingerprints = { 'claimHash/v1': fingerprint(f) };
  result.properties = { aspects: [...f.aspects], sources: unique(f.evidence.map((e) => e.source)) };
  return result;
}

/** sha256 of the verdict and the claim text (whitespace collapsed), hex. */
export function fingerprint(f: Pick<Finding, 'claim' | 'verdict'>): string {
  const claim = f.claim.replace(/\s+/g, ' ').trim();
  return createHash('sha256').update(`${f.verdict}\0${claim}`, 'utf8').digest('hex');
}

function evidenceMessage(ev: Evidence): string {
  const named = [ev.outlet, ev.published].filter(Boolean).join(', ');
  const who = named ? `${named} (${ev.source})` : ev.source;
  return `${ev.relation}: ${who}: "${shorten(ev.excerpt, 300)}"`;
}

/** 1-based lines and columns; endColumn is the column after the region's last character. */
export function region(r: Range): Region {
  return {
    startLine: r.start.line + 1,
    startColumn: r.start.character + 1,
    endLine: r.end.line + 1,
    endColumn: r.end.character + 1,
  };
}

/**
 * A file's SARIF location: relative to `cwd` (against %SRCROOT%) when it lies under it, a file://
 * URI otherwise. A bundled source ("(bundled)/x.md") points at the package's sources folder.
 */
export function artifactLocation(p: string, cwd: string): ArtifactLocation {
  let file = p;
  if (toSlashes(file).startsWith(BUNDLED_PREFIX)) {
    try {
      file = path.join(bundledSourcesDir(), toSlashes(file).slice(BUNDLED_PREFIX.length));
    } catch {
      return { uri: encodePath(toSlashes(file)) };
    }
  }
  if (path.isAbsolute(file)) {
    const rel = path.relative(cwd, file);
    if (rel && !rel.startsWith('..') && !path.isAbsolute(rel)) return { uri: encodePath(toSlashes(rel)), uriBaseId: SRCROOT };
    return { uri: pathToFileURL(file).href };
  }
  const rel = toSlashes(path.normalize(file));
  return rel.startsWith('../') ? { uri: encodePath(rel) } : { uri: encodePath(rel), uriBaseId: SRCROOT };
}

function encodePath(p: string): string {
  return p.split('/').map(encodeURIComponent).join('/');
}

function notification(p: Problem, cwd: string): any {
  const n: any = { level: PROBLEM_LEVEL[p.severity] ?? 'warning', message: { text: p.message } };
  if (p.file) n.locations = [{ physicalLocation: { artifactLocation: artifactLocation(p.file, cwd) } }];
  if (p.field) n.properties = { field: p.field };
  return n;
}

function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}
