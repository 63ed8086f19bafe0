// A draft's date (front matter `date:` unless given), its claims judged into findings, and the comments
// that silence findings (`factcheck-disable`, `checked:` markers). check.ts reads a draft with these.
import type { CheckOptions, Library } from './api';
import { judgeClaim } from './match/verdict';
import { draftDate, opensFrontMatter, splitFrontMatter } from './sources/frontmatter';
import { claimKey, reviewedReason, type ReviewedClaim } from './reviewed';
import type { Claim, Finding, Problem } from './types';

/** A draft's own date and where its body starts, from `opts.date` or its front matter. */
export function draftSetup(text: string, opts: CheckOptions = {}): { date?: string; bodyStart: number; problems: Problem[] } {
  const problems: Problem[] = [];
  const file = opts.file ?? 'draft';
  const fm = splitFrontMatter(text);
  if (!fm && opensFrontMatter(text)) {
    problems.push({
      severity: 'warning',
      file,
      field: 'front matter',
      message: 'front matter opened with "---" is never closed; the draft is read as plain text',
    });
  }
  let date = opts.date;
  if (!date && fm) {
    const d = draftDate(text, file);
    date = d.date;
    problems.push(...d.problems);
  }
  return { date: date ?? opts.defaultDate, bodyStart: fm?.bodyStart ?? 0, problems };
}

/** Judges extracted claims; a `<!-- checked: ... -->` marker after a claim is carried over. */
export function judgeClaims(claims: Claim[], text: string, library: Library, date: string | undefined): Finding[] {
  const { index } = library;
  const markers = findCheckedMarkers(text);
  const findings: Finding[] = [];
  for (const claim of claims) {
    const f = judgeClaim(claim, library, index, date);
    if (!f) continue;
    const reason = markerAfter(text, claim.span.end, markers);
    findings.push(reason === undefined ? f : { ...f, checked: reason });
  }
  return findings;
}

/** Findings silenced by the draft's `factcheck-disable` comments get the comment as their reason
 *  (as a "checked" marker's): over the whole draft, after judging (regions span paragraphs). */
export function applyDirectives(text: string, findings: Finding[], reviewed: readonly ReviewedClaim[] = []): Finding[] {
  const directives = text.includes('factcheck-') ? findDirectives(text) : [];
  if (!directives.length && !reviewed.length) return findings;
  const byKey = new Map(reviewed.map((r) => [claimKey(r.claim, r.verdict), r]));
  return findings.map((f) => {
    if (f.checked !== undefined) return f;
    const r = byKey.size ? byKey.get(claimKey(f.claim, f.verdict)) : undefined;
    const by = r ? reviewedReason(r) : silencedBy(directives, f.span.start, f.verdict);
    return by === undefined ? f : { ...f, checked: by };
  });
}

/** `<!-- factcheck-disable [verdict ...] -->` ... `<!-- factcheck-enable [verdict ...] -->` and
 *  `<!-- factcheck-disable-next-line [verdict ...] -->`, as prose linters write them (no verdicts:
 *  all of them). */
interface Directive {
  kind: 'disable' | 'enable' | 'next-line';
  verdicts: string[];
  /** Where it takes effect, and (next-line) where it stops. */
  from: number;
  to: number;
  text: string;
}

const DIRECTIVE = /^factcheck-(disable-next-line|disable|enable)\b([^]*)$/i;

function findDirectives(text: string): Directive[] {
  const out: Directive[] = [];
  for (const { end: close, body } of htmlComments(text)) {
    const m = DIRECTIVE.exec(body);
    if (m) {
      const kind = m[1].toLowerCase() === 'disable-next-line' ? 'next-line' : (m[1].toLowerCase() as 'disable' | 'enable');
      const verdicts = m[2]
        .split(/[\s,]+/)
        .map((v) => v.toLowerCase())
        .filter(Boolean);
      let from = close;
      let to = text.length;
      if (kind === 'next-line') {
        const nl = text.indexOf('\n', from);
        from = nl < 0 ? text.length : nl + 1;
        const end = text.indexOf('\n', from);
        to = end < 0 ? text.length : end;
      }
      out.push({ kind, verdicts, from, to, text: `<!-- ${body.replace(/\s+/g, ' ')} -->` });
    }
  }
  return out;
}

/** The directive that silences a finding of this verdict at this offset, if any (the last one
 *  before it wins: an enable after a disable turns it back on). */
function silencedBy(directives: Directive[], at: number, verdict: string): string | undefined {
  let by: string | undefined;
  for (const d of directives) {
    if (d.from > at) break;
    const applies = !d.verdicts.length || d.verdicts.includes(verdict);
    if (!applies) continue;
    if (d.kind === 'next-line') {
      if (at < d.to) by = d.text;
    } else by = d.kind === 'disable' ? d.text : undefined;
  }
  return by;
}

/** A claim marked as checked by hand: `<!-- checked: confirmed by phone with the ministry -->`. */
export const CHECKED_MARKER = 'checked:';

export interface CheckedMarker {
  start: number;
  end: number;
  reason: string;
}

/** Every `<!-- checked: ... -->` comment, found by plain scanning (no backtracking). */
export function findCheckedMarkers(text: string): CheckedMarker[] {
  const out: CheckedMarker[] = [];
  for (const c of htmlComments(text)) {
    if (c.body.toLowerCase().startsWith(CHECKED_MARKER))
      out.push({ start: c.start, end: c.end, reason: c.body.slice(CHECKED_MARKER.length).trim() });
  }
  return out;
}

/** Every `<!-- ... -->` comment with its trimmed body, by plain scanning (no backtracking). */
function* htmlComments(text: string): Generator<{ start: number; end: number; body: string }> {
  let at = 0;
  for (;;) {
    const open = text.indexOf('<!--', at);
    if (open < 0) return;
    const close = text.indexOf('-->', open + 4);
    if (close < 0) return;
    yield { start: open, end: close + 3, body: text.slice(open + 4, close).trim() };
    at = close + 3;
  }
}

/** The reason of a marker that follows a sentence end (spaces and footnote markers between). */
function markerAfter(text: string, end: number, markers: CheckedMarker[]): string | undefined {
  // The first marker at or after `end`, by binary search (markers are in order): linear overall.
  let lo = 0;
  for (let hi = markers.length; lo < hi;) {
    const mid = (lo + hi) >> 1;
    if (markers[mid].start < end) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < markers.length && markers[k].start <= end + 200; k++) {
    const m = markers[k];
    const between = text.slice(end, m.start);
    if (between.length < 200 && /^(?:\s|\[\^[^\]\s]+\]|[.!?"”’)*_])*$/.test(between)) return m.reason;
  }
  return undefined;
}
