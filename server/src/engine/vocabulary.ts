// The verdict vocabulary every front shares: the verdicts in order of weight, counts per verdict, and
// excerpts cut for display. One of each (the CLI's reports, the server's diagnostics and counts).
import type { Finding, Verdict } from './types';

/** The verdicts a finding can have, the weightiest first. */
export const VERDICTS: readonly Verdict[] = ['conflicting', 'outdated', 'unsupported', 'supported'];

export const isVerdict = (v: unknown): v is Verdict => typeof v === 'string' && (VERDICTS as readonly string[]).includes(v);

/** Findings per verdict, leaving out those checked by hand. */
export function countFindings(findings: readonly Finding[]): Record<Verdict, number> {
  const counts: Record<Verdict, number> = { conflicting: 0, outdated: 0, unsupported: 0, supported: 0 };
  for (const f of findings) if (f.checked === undefined) counts[f.verdict]++;
  return counts;
}

/** Collapses whitespace and cuts to about `max` UTF-16 units, at a word break when near one, with "…". */
export function shorten(text: string, max: number): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  let cut = max;
  const space = t.lastIndexOf(' ', max);
  if (space > max - 20 && space > 0) cut = space;
  const code = t.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut--; // do not split a surrogate pair
  return t.slice(0, cut).replace(/[\s,;:]+$/, '') + '…';
}
