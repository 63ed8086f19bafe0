// A draft -> findings: its date (front matter `date:` unless given), its claims, each judged.
import type { CheckOptions, CheckResult, Library } from './api';
import { extractClaims } from './extract/claims';
import { engineState } from './library';
import { judgeClaim } from './match/verdict';
import { draftDate, splitFrontMatter } from './sources/frontmatter';
import type { Finding, Problem } from './types';

export function checkText(text: string, library: Library, opts: CheckOptions = {}): CheckResult {
  const { lex, index } = engineState(library);
  const problems: Problem[] = [];
  const file = opts.file ?? 'draft';
  const fm = splitFrontMatter(text);
  let date = opts.date;
  if (!date && fm) {
    const d = draftDate(text, file);
    date = d.date;
    problems.push(...d.problems);
  }
  const findings: Finding[] = [];
  for (const claim of extractClaims(text, lex, { bodyStart: fm?.bodyStart ?? 0, refDate: date })) {
    const f = judgeClaim(claim, library, index, date);
    if (f) findings.push(f);
  }
  return { findings, problems, date };
}
