// `factcheck report DRAFT [--out FILE]`: the claims report of one draft as one self-contained HTML
// file (the page script and its chart library inlined from dist/report-chart.js, which the build
// makes; nothing loads from the network), or its data as JSON (--format json).
import { randomBytes } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { buildReport, type ClaimsReport, type Library, packageRoot, readReviewed, reviewedFileFor } from '../engine';
import { reportPage } from '../report/page';
import type { CliArgs } from './args';
import { formatProblemsText } from './format-text';
import { readDraft, readStdin } from './input';
import { displayPath, packageVersion } from './report';

interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  cwd?: string;
}

/** Where the build puts the page script (server/src/report/browser, bundled with Observable Plot). */
export function chartScriptPath(): string {
  return path.join(packageRoot(), 'dist', 'report-chart.js');
}

/** Writes the report; resolves to the exit status (0 written, 2 not: the message says why). */
export function runReport(args: CliArgs, library: Library, io: Io): number {
  const cwd = io.cwd ?? process.cwd();
  io.stderr(formatProblemsText(library.problems, { cwd: io.cwd }));
  const file = args.files[0];
  const input = file === '-' ? readStdin(args.maxChars) : readDraft(file, args.maxChars);
  if (input.text === undefined) {
    io.stderr(`factcheck: ${input.problem?.message ?? `cannot read ${file}`}\n`);
    return 2;
  }
  const name = file === '-' ? 'standard input' : displayPath(path.resolve(cwd, file), cwd);
  const problems = input.problem ? [input.problem] : [];
  const reviewedFile = reviewedFileFor(file === '-' ? cwd : path.dirname(path.resolve(cwd, file)));
  const reviewed = reviewedFile ? readReviewed(reviewedFile) : undefined;
  if (reviewed) problems.push(...reviewed.problems);

  let report: ClaimsReport;
  try {
    report = buildReport(input.text, library, { date: args.date, defaultDate: args.defaultDate, file: name, reviewed: reviewed?.claims });
  } catch (err) {
    io.stderr(`factcheck: internal error making the report of ${file}: ${err instanceof Error ? err.message : String(err)}\n`);
    return 2;
  }
  io.stderr(formatProblemsText([...problems, ...report.problems], { cwd: io.cwd }));

  let output: string;
  if (args.format === 'json') {
    output = JSON.stringify(report, null, 2) + '\n';
  } else {
    let script: string;
    try {
      script = fs.readFileSync(chartScriptPath(), 'utf8');
    } catch {
      io.stderr(`factcheck: the report's page script ${chartScriptPath()} is missing; build it with "npm run build".\n`);
      return 2;
    }
    output = reportPage(report, {
      mode: 'file',
      nonce: randomBytes(18).toString('base64'),
      script,
      generator: `factcheck ${packageVersion()}`,
      pathLabel: (p) => displayPath(p, cwd),
    });
  }

  if (args.out === undefined || args.out === '-') {
    io.stdout(output);
  } else {
    try {
      fs.writeFileSync(path.resolve(cwd, args.out), output);
    } catch (err) {
      const why = (err as NodeJS.ErrnoException).code ?? (err instanceof Error ? err.message : String(err));
      io.stderr(`factcheck: cannot write the report to ${args.out} (${why})\n`);
      return 2;
    }
  }
  io.stderr(`factcheck: ${args.out && args.out !== '-' ? `wrote ${args.out}: ` : ''}${summary(report)}\n`);
  return 0;
}

/** "9 claims: 2 conflicting, 1 outdated, 1 unsupported, 5 supported; 1 cited, 8 uncited; 2 timelines" */
export function summary(report: ClaimsReport): string {
  const t = report.totals;
  const verdicts = Object.entries(t.verdicts)
    .map(([v, n]) => `${n} ${v}`)
    .join(', ');
  const cited = t.citations.cited + t.citations.contradicted;
  return `${t.claims} claim${t.claims === 1 ? '' : 's'}: ${verdicts}; ${cited} cited${
    t.citations.contradicted ? ` (${t.citations.contradicted} by a source that says otherwise)` : ''
  }, ${t.citations.uncited} uncited; ${report.timelines.length} timeline${report.timelines.length === 1 ? '' : 's'}`;
}
