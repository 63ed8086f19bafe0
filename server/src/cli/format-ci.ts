// Formats for CI systems besides SARIF: GitHub Actions workflow commands (annotations on the pull
// request's files) and JUnit XML (a test case per claim, a failure per finding the gate fails on).
import { LineIndex, type Finding, type Verdict } from '../engine';
import { displayPath, sortedFindings, type FileReport } from './report';

/** GitHub's annotation levels per verdict: a contradiction is an error, a stale figure a warning. */
const GITHUB_LEVEL: Record<Verdict, 'error' | 'warning' | 'notice'> = {
  conflicting: 'error',
  outdated: 'warning',
  unsupported: 'notice',
  supported: 'notice',
};

/** Workflow-command escaping (GitHub's documented rules): data escapes %, CR and LF; property
 *  values also : and ,. */
const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** `::error file=draft.md,line=10,col=1,endLine=10,endColumn=80,title=conflicting/count::message` per finding. */
export function formatCheckGithub(reports: readonly FileReport[], opts: { cwd?: string; quiet?: boolean } = {}): string {
  const out: string[] = [];
  for (const r of reports) {
    const file = displayPath(r.path, opts.cwd);
    if (r.error) out.push(`::error file=${escapeProperty(file)},title=factcheck::${escapeData(r.error.message)}`);
    if (!r.result) continue;
    const index = new LineIndex(r.text ?? '');
    for (const f of visible(r.result.findings, opts.quiet)) {
      const a = index.positionAt(f.span.start);
      const b = index.positionAt(f.span.end);
      const title = [f.verdict, ...f.aspects.slice(0, 1)].join('/') + (f.checked !== undefined ? ' (checked by hand)' : '');
      const level = f.checked !== undefined ? 'notice' : GITHUB_LEVEL[f.verdict];
      out.push(
        `::${level} file=${escapeProperty(file)},line=${a.line + 1},col=${a.character + 1},endLine=${b.line + 1},endColumn=${b.character + 1},title=${escapeProperty(title)}::${escapeData(f.message)}`,
      );
    }
  }
  return out.length ? out.join('\n') + '\n' : '';
}

const xml = (s: string) =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');

/** JUnit XML: a suite per draft, a case per finding (by line), a failure for each verdict in `failOn`. */
export function formatCheckJunit(
  reports: readonly FileReport[],
  failOn: readonly Verdict[],
  opts: { cwd?: string; quiet?: boolean } = {},
): string {
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  let errors = 0;
  for (const r of reports) {
    const file = displayPath(r.path, opts.cwd);
    if (r.error) {
      errors++;
      suites.push(
        `  <testsuite name="${xml(file)}" tests="1" failures="0" errors="1">\n    <testcase classname="${xml(file)}" name="read"><error message="${xml(r.error.message)}"/></testcase>\n  </testsuite>`,
      );
      continue;
    }
    if (!r.result) continue;
    const index = new LineIndex(r.text ?? '');
    const cases: string[] = [];
    let fails = 0;
    for (const f of visible(r.result.findings, opts.quiet)) {
      const p = index.positionAt(f.span.start);
      const name = `${p.line + 1}:${p.character + 1} ${f.claim.slice(0, 80)}`;
      const failed = f.checked === undefined && failOn.includes(f.verdict);
      if (failed) fails++;
      cases.push(
        `    <testcase classname="${xml(file)}" name="${xml(name)}">${failed ? `<failure type="${f.verdict}" message="${xml(f.message)}"/>` : ''}</testcase>`,
      );
    }
    tests += cases.length;
    failures += fails;
    suites.push(
      `  <testsuite name="${xml(file)}" tests="${cases.length}" failures="${fails}" errors="0">\n${cases.join('\n')}${cases.length ? '\n' : ''}  </testsuite>`,
    );
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="factcheck" tests="${tests}" failures="${failures}" errors="${errors}">\n${suites.join('\n')}${suites.length ? '\n' : ''}</testsuites>\n`;
}

function visible(findings: readonly Finding[], quiet = false): Finding[] {
  return sortedFindings(findings).filter((f) => !quiet || f.verdict !== 'supported');
}
