// `factcheck`: the command-line front over the engine. bin/factcheck.js calls main() from the
// esbuild bundle (dist/cli.js). Nothing here may import vscode or vscode-languageserver.
import '../process-flags';
import * as fs from 'fs';
import * as path from 'path';
import { findConfig, loadConfig, readReviewed, reviewedFileFor, type Verdict, type Library, checkText, createEngine } from '../engine';
import { type CliArgs, parseArgs, requestedFormat, USAGE, UsageError } from './args';
import { formatCheckJson, formatRecordsJson } from './format-json';
import { formatCheckSarif, usageErrorSarif } from './format-sarif';
import { formatCheckText, formatProblemsText, formatRecordsText } from './format-text';
import { expandDrafts } from './files';
import { formatCheckGithub, formatCheckJunit } from './format-ci';
import { readDraft, readStdin } from './input';
import { exitStatus, type FileReport, packageVersion } from './report';
import { runReport } from './report-command';

export { exitStatus } from './report';
export type { FileReport } from './report';

/** Where output goes; tests pass their own. */
export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Directory paths are shown relative to (default: process.cwd()). */
  cwd?: string;
}

// Output piped into a reader that stops early (`| head`): end quietly with the check's status.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code !== 'EPIPE') throw e;
});

const processIo: Io = {
  stdout: (t) => void process.stdout.write(t),
  stderr: (t) => void process.stderr.write(t),
};

/** Runs the command line `argv` (without node and script) and resolves to the exit status. */
export async function main(argv: string[], io: Io = processIo): Promise<number> {
  let args: CliArgs;
  try {
    args = parseArgs(argv);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    io.stderr(`factcheck: ${err.message}\nTry 'factcheck --help' for usage.\n`);
    if (requestedFormat(argv) === 'sarif') io.stdout(usageErrorSarif(err.message, { cwd: io.cwd }));
    return exitStatus([], true);
  }

  if (args.command === 'help') {
    io.stdout(USAGE);
    return 0;
  }
  if (args.command === 'version') {
    io.stdout(`factcheck ${packageVersion()}\n`);
    return 0;
  }

  // The project's .factcheck.yaml, the nearest above the first draft (or the working folder):
  // its sources and alias files come first, the command line's are added; a flag given overrides.
  const cwd = io.cwd ?? process.cwd();
  const anchor = args.files.find((f) => f !== '-' && !/[*?[]/.test(f));
  const configFile = args.noConfig ? undefined : (args.config ?? findConfig(anchor ? path.dirname(path.resolve(cwd, anchor)) : cwd));
  const config = configFile ? loadConfig(configFile) : undefined;
  if (config) {
    io.stderr(formatProblemsText(config.problems, { cwd: io.cwd }));
    args.sources = [...config.sources, ...args.sources];
    args.aliases = [...config.aliases, ...args.aliases];
    if (config.bundled === false && !argv.includes('--no-bundled')) args.bundled = false;
    if (config.failOn && !argv.some((a) => a === '--fail-on' || a.startsWith('--fail-on='))) args.failOn = config.failOn;
    args.ignore = [...config.ignore, ...args.ignore];
    args.defaultDate = config.date;
    args.off = (Object.entries(config.severity) as [Verdict, string][]).filter(([, s]) => s === 'off').map(([v]) => v);
  }

  let library: Library;
  try {
    library = createEngine({ folders: args.sources, bundled: args.bundled, aliasFiles: args.aliases }).library;
  } catch (err) {
    io.stderr(`factcheck: internal error loading the source library: ${errorMessage(err)}\n`);
    return 2;
  }
  const opts = { cwd: io.cwd };
  // A source folder that is not there is an error, not an empty library: a CI gate checking
  // against "--sources /typo" must not pass with every claim unsupported.
  const missing = args.sources.filter((dir) => !isDirectory(dir));
  if (missing.length) {
    io.stderr(formatProblemsText(library.problems, opts));
    const fromConfig = new Set(config?.sources ?? []);
    for (const dir of missing)
      io.stderr(`factcheck: source folder not found: ${dir}${fromConfig.has(dir) ? ` (named by ${config!.file})` : ''}\n`);
    return 2;
  }

  if (args.command === 'records') {
    if (args.format === 'json') {
      io.stdout(formatRecordsJson(library, opts));
    } else {
      io.stderr(formatProblemsText(library.problems, opts));
      io.stdout(formatRecordsText(library, opts));
    }
    return 0;
  }
  if (args.command === 'report') return runReport(args, library, io);

  if (args.format === 'text') io.stderr(formatProblemsText(library.problems, opts));
  const files = expandDrafts(args.files, args.ignore, io.cwd ?? process.cwd());
  if (!files.length) {
    io.stderr(`factcheck: no drafts found in ${args.files.join(' ')}\n`);
    return 2;
  }
  const reports = files.map((file) => checkFile(file, library, args, io));
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
  const report: FileReport = { path: file, problems: [] };
  const input = file === '-' ? readStdin(args.maxChars) : readDraft(file, args.maxChars);
  if (input.text === undefined) {
    report.error = input.problem ?? { severity: 'error', file, message: `cannot read ${file}` };
    io.stderr(`factcheck: ${report.error.message}\n`);
    return report;
  }
  report.text = input.text;
  if (input.problem) report.problems.push(input.problem);
  try {
    // The project's reviewed claims (.factcheck-reviewed.json nearest above the draft).
    const reviewedFile = reviewedFileFor(
      file === '-' ? (io.cwd ?? process.cwd()) : path.dirname(path.resolve(io.cwd ?? process.cwd(), file)),
    );
    const reviewed = reviewedFile ? readReviewed(reviewedFile) : undefined;
    if (reviewed) report.problems.push(...reviewed.problems);
    report.result = checkText(input.text, library, { date: args.date, defaultDate: args.defaultDate, file, reviewed: reviewed?.claims });
    report.problems.push(...report.result.problems);
  } catch (err) {
    report.error = { severity: 'error', file, message: `internal error checking ${file}: ${errorMessage(err)}` };
    io.stderr(`factcheck: ${report.error.message}\n`);
  }
  if (args.format === 'text') io.stderr(formatProblemsText(report.problems, { cwd: io.cwd }));
  return report;
}

function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

function isDirectory(dir: string): boolean {
  try {
    return fs.statSync(dir).isDirectory();
  } catch {
    return false;
  }
}
