// Checking drafts and printing the results, shared by the in-memory check (main.ts) and the check
// against the shared library (library-command.ts): a draft read with the project's reviewed claims,
// the engine's answer or why there is none, then the reports in the format asked for.
import * as path from 'path';
import {
  checkText,
  readReviewed,
  reviewedFileFor,
  type CheckResult,
  type Library,
  type LibraryData,
  type ReviewedClaim,
  type Verdict,
} from '../engine';
import type { CliArgs } from './args';
import { formatCheckGithub, formatCheckJunit } from './format-ci';
import { formatCheckJson } from './format-json';
import { formatCheckSarif } from './format-sarif';
import { formatCheckText, formatProblemsText } from './format-text';
import { readDraft, readStdin } from './input';
import { exitStatus, type FileReport } from './report';

/** Where output goes; tests pass their own. */
export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Directory paths are shown relative to (default: process.cwd()). */
  cwd?: string;
}

/** Prints the reports in the format asked for and returns the exit status. */
export function printChecks(reports: FileReport[], library: LibraryData, args: CliArgs, io: Io): number {
  const opts = { cwd: io.cwd };
  // --quiet leaves supported claims out of every listing (the exit status is the same).
  // A verdict the project turned off is not listed either.
  const hidden = new Set<Verdict>([...(args.quiet ? (['supported'] as Verdict[]) : []), ...(args.off ?? [])]);
  const listed = hidden.size
    ? reports.map((r) =>
        r.result ? { ...r, result: { ...r.result, findings: r.result.findings.filter((f) => !hidden.has(f.verdict)) } } : r,
      )
    : reports;

  if (args.format === 'json') io.stdout(formatCheckJson(listed, library, opts));
  else if (args.format === 'sarif') io.stdout(formatCheckSarif(listed, library, opts));
  else if (args.format === 'github') io.stdout(formatCheckGithub(listed, opts));
  else if (args.format === 'junit') io.stdout(formatCheckJunit(listed, args.failOn, opts));
  else io.stdout(formatCheckText(listed, library, opts));
  return exitStatus(reports, false, args.failOn);
}

/** Reads and checks one draft; never throws. Fatal trouble is printed at once and kept in `error`. */
export function checkFile(
  file: string,
  library: Library,
  args: Pick<CliArgs, 'date' | 'defaultDate' | 'format' | 'maxChars'>,
  io: Io,
): FileReport {
  const read = readForCheck(file, args, io);
  if (!read.text) return read.report;
  try {
    return finishCheck(read.report, checkText(read.text, library, read.opts), args, io);
  } catch (err) {
    return failedCheck(read.report, err, args, io);
  }
}

export type DraftCheckOptions = Parameters<typeof checkText>[2] & { file: string };

/** A draft read for checking, with the project's reviewed claims (and `extraReviewed`); `text`
 *  undefined when it could not be read (the report says why). */
export function readForCheck(
  file: string,
  args: Pick<CliArgs, 'date' | 'defaultDate' | 'format' | 'maxChars'>,
  io: Io,
  extraReviewed: ReviewedClaim[] = [],
): { report: FileReport; text?: string; opts: DraftCheckOptions } {
  const report: FileReport = { path: file, problems: [] };
  const opts: DraftCheckOptions = { date: args.date, defaultDate: args.defaultDate, file };
  const input = file === '-' ? readStdin(args.maxChars) : readDraft(file, args.maxChars);
  if (input.text === undefined) {
    report.error = input.problem ?? { severity: 'error', file, message: `cannot read ${file}` };
    io.stderr(`factcheck: ${report.error.message}\n`);
    return { report, opts };
  }
  report.text = input.text;
  if (input.problem) report.problems.push(input.problem);
  // The project's reviewed claims (.factcheck-reviewed.json nearest above the draft).
  const reviewedFile = reviewedFileFor(
    file === '-' ? (io.cwd ?? process.cwd()) : path.dirname(path.resolve(io.cwd ?? process.cwd(), file)),
  );
  const reviewed = reviewedFile ? readReviewed(reviewedFile) : undefined;
  if (reviewed) report.problems.push(...reviewed.problems);
  const claims = [...(reviewed?.claims ?? []), ...extraReviewed];
  if (claims.length) opts.reviewed = claims;
  return { report, text: input.text, opts };
}

/** A draft's report with the engine's answer. */
export function finishCheck(report: FileReport, result: CheckResult, args: Pick<CliArgs, 'format'>, io: Io): FileReport {
  report.result = result;
  report.problems.push(...result.problems);
  if (args.format === 'text') io.stderr(formatProblemsText(report.problems, { cwd: io.cwd }));
  return report;
}

/** A draft's report when checking it failed. */
export function failedCheck(
  report: FileReport,
  err: unknown,
  args: Pick<CliArgs, 'format'>,
  io: Io,
  what = 'internal error checking',
): FileReport {
  report.error = { severity: 'error', file: report.path, message: `${what} ${report.path}: ${errorMessage(err)}` };
  io.stderr(`factcheck: ${report.error.message}\n`);
  if (args.format === 'text') io.stderr(formatProblemsText(report.problems, { cwd: io.cwd }));
  return report;
}

export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
