// A draft -> findings: its date (front matter `date:` unless given), its claims, each judged.
import type { CheckOptions, CheckResult, Library } from './api';
import { extractClaims } from './extract/claims';
import { resolveActors } from './extract/coreference';
import { engineState } from './library';
import { judgeClaim } from './match/verdict';
import { draftDate, opensFrontMatter, splitFrontMatter } from './sources/frontmatter';
import type { Finding, Problem } from './types';

export function checkText(text: string, library: Library, opts: CheckOptions = {}): CheckResult {
  const { lex, index } = engineState(library);
  const problems: Problem[] = [];
  const file = opts.file ?? 'draft';
  const fm = splitFrontMatter(text);
  if (!fm && opensFrontMatter(text)) {
    problems.push({ severity: 'warning', file, field: 'front matter', message: 'front matter opened with "---" is never closed; the draft is read as plain text' });
  }
  let date = opts.date;
  if (!date && fm) {
    const d = draftDate(text, file);
    date = d.date;
    problems.push(...d.problems);
  }
  const findings: Finding[] = [];
  const claims = extractClaims(text, lex, { bodyStart: fm?.bodyStart ?? 0, refDate: date });
  resolveActors(claims, text);
  for (const claim of claims) {
    const f = judgeClaim(claim, library, index, date);
    if (f) findings.push(f);
  }
  return { findings, problems, date };
}
