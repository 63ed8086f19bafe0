// `factcheck`: the command-line front over the engine. bin/factcheck.js calls main() from the
// esbuild bundle (dist/cli.js). Nothing here may import vscode or vscode-languageserver.
import '../process-flags';
import * as fs from 'fs';
import * as path from 'path';
import { findConfig, loadConfig, createEngine, type Verdict, type Library } from '../engine';
import { type CliArgs, parseArgs, requestedFormat, USAGE, UsageError } from './args';
import { checkFile, errorMessage, printChecks, type Io } from './check-run';
import { formatRecordsJson } from './format-json';
import { usageErrorSarif } from './format-sarif';
import { formatProblemsText, formatRecordsText } from './format-text';
import { expandDrafts } from './files';
import { exitStatus, packageVersion } from './report';
import { runReport } from './report-command';
import { runDbCheck, runLibrary } from './library-command';

export { exitStatus } from './report';
export { checkFile } from './check-run';
export type { FileReport } from './report';

export type { Io } from './check-run';

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

  if (args.command === 'library') return runLibrary(args, io);
  if (args.db !== undefined) return runDbCheck(args, io, config?.sources ?? [], config?.file);

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
  return printChecks(reports, library, args, io);
}

function isDirectory(dir: string): boolean {
  try {
    return fs.statSync(dir).isDirectory();
  } catch {
    return false;
  }
}
