// Re-checking a draft as it is edited: the draft is cut into paragraphs (blank-line separated, on the
// masked prose, so a code block never splits), and a paragraph whose text, predecessor, date and
// library are unchanged reuses its findings. Typing in one paragraph re-checks it and the next one
// (whose "he said" may refer back).
import type { CheckOptions, CheckResult, Library } from './api';
import { draftSetup, judgeClaims } from './check';
import { extractClaims } from './extract/claims';
import { resolveActors } from './extract/coreference';
import { engineState } from './library';
import { proseMask } from './text/markdown';
import type { Finding, Span } from './types';

interface Entry {
  findings: Finding[];
  /** Generation in which the entry was last used; older ones are dropped. */
  used: number;
}

export interface IncrementalResult extends CheckResult {
  /** Paragraphs checked anew and reused, for tests and benchmarks. */
  rechecked: number;
  reused: number;
}

export class IncrementalChecker {
  private cache = new Map<string, Entry>();
  private generation = 0;

  constructor(private readonly library: Library) {}

  check(text: string, opts: CheckOptions = {}): IncrementalResult {
    const { date, bodyStart, problems } = draftSetup(text, opts);
    const lex = engineState(this.library).lex;
    const prose = proseMask(text, bodyStart);
    const paragraphs = paragraphsOf(prose);
    const gen = ++this.generation;
    const findings: Finding[] = [];
    let rechecked = 0;
    let reused = 0;
    paragraphs.forEach((p, i) => {
      const prev = paragraphs[i - 1];
      const from = prev ? prev.start : p.start;
      // Up to the next paragraph: masked text (an HTML comment such as a "checked" marker) counts.
      const until = paragraphs[i + 1]?.start ?? text.length;
      // The key holds the paragraph with its predecessor (coreference), relative to `from`.
      const key = `${date ?? ''}\u0000${p.start - from}\u0000${text.slice(from, until)}`;
      const hit = this.cache.get(key);
      if (hit) {
        hit.used = gen;
        reused++;
        for (const f of hit.findings) findings.push(shift(f, from));
        return;
      }
      rechecked++;
      // Extract from the predecessor and the paragraph, judge the paragraph's own claims.
      const window = prose.slice(from, p.end);
      const claims = extractClaims(window, lex, { refDate: date });
      resolveActors(claims, window);
      const own = claims.filter((c) => c.span.start >= p.start - from);
      const local = judgeClaims(own, text.slice(from, until), this.library, date);
      this.cache.set(key, { findings: local, used: gen });
      for (const f of local) findings.push(shift(f, from));
    });
    // Forget paragraphs not seen in this version.
    for (const [k, e] of this.cache) if (e.used !== gen) this.cache.delete(k);
    return { findings, problems, date, rechecked, reused };
  }
}

/** Paragraph spans of masked prose: runs of text between blank lines. */
export function paragraphsOf(prose: string): Span[] {
  const out: Span[] = [];
  const re = /\n[ \t\r]*\n/g;
  let start = 0;
  const push = (s: number, e: number) => {
    let a = s;
    let b = e;
    while (a < b && /\s/.test(prose[a])) a++;
    while (b > a && /\s/.test(prose[b - 1])) b--;
    if (b > a) out.push({ start: a, end: b });
  };
  for (let m: RegExpExecArray | null; (m = re.exec(prose)); ) {
    push(start, m.index);
    start = m.index + m[0].length;
  }
  push(start, prose.length);
  return out;
}

function shift(f: Finding, by: number): Finding {
  const s = (x: Span): Span => ({ start: x.start + by, end: x.end + by });
  return {
    ...f,
    span: s(f.span),
    ...(f.replacement ? { replacement: { ...f.replacement, span: s(f.replacement.span) } } : {}),
    ...(f.parts ? { parts: f.parts.map((p) => ({ ...p, span: s(p.span) })) } : {}),
  };
}
