// Claims reviewed by hand for a whole project, kept in `.factcheck-reviewed.json` (next to the
// project's .factcheck.yaml, or the nearest one above a draft): the claim's words, its verdict, the
// reason, who and when. A reviewed claim stays silent when the draft is re-flowed or moved, and
// comes back when its words change. The CLI and the server read the same file; a code action
// writes it.
import * as fs from 'fs';
import * as path from 'path';
import { CONFIG_NAMES } from './config';
import type { Problem, Verdict } from './types';

export const REVIEWED_NAME = '.factcheck-reviewed.json';

export interface ReviewedClaim {
  claim: string;
  verdict: Verdict;
  reason: string;
  who?: string;
  when?: string;
}

/** A claim's words as compared: white space folded, so a re-flowed sentence is the same claim. */
export const claimKey = (claim: string, verdict: string) => `${verdict}\u0000${claim.replace(/\s+/g, ' ').trim()}`;

/** Where a draft's reviews are kept: the nearest directory above it holding a reviewed file or a
 *  project file (the reviewed file need not exist yet). */
export function reviewedFileFor(dir: string): string | undefined {
  for (let d = path.resolve(dir); ; d = path.dirname(d)) {
    for (const name of [REVIEWED_NAME, ...CONFIG_NAMES]) {
      try {
        if (fs.statSync(path.join(d, name)).isFile()) return path.join(d, REVIEWED_NAME);
      } catch {
        /* not here */
      }
    }
    if (path.dirname(d) === d) return undefined;
  }
}

const cache = new Map<string, { key: string; claims: ReviewedClaim[]; problems: Problem[] }>();

/** The reviews in a file (none when it is not there), remembered until it changes. */
export function readReviewed(file: string): { claims: ReviewedClaim[]; problems: Problem[] } {
  let key = '';
  try {
    const st = fs.statSync(file);
    key = `${st.size}\u0000${st.mtimeMs}`;
  } catch {
    return { claims: [], problems: [] };
  }
  const hit = cache.get(file);
  if (hit && hit.key === key) return hit;
  const problems: Problem[] = [];
  let claims: ReviewedClaim[] = [];
  try {
    const data: unknown = JSON.parse(fs.readFileSync(file, 'utf8'));
    if (!Array.isArray(data)) throw new Error('not a JSON array');
    claims = data.filter((x: unknown): x is ReviewedClaim => {
      const r = x as Partial<Record<keyof ReviewedClaim, unknown>> | null;
      return !!r && typeof r === 'object' && typeof r.claim === 'string' && typeof r.verdict === 'string';
    });
  } catch (e) {
    problems.push({ severity: 'warning', file, message: `reviewed claims not read: ${(e as Error).message.split('\n')[0]}` });
  }
  const entry = { key, claims, problems };
  if (cache.size > 64) cache.clear();
  cache.set(file, entry);
  return entry;
}

/** The reason shown for a reviewed claim: "reviewed by ana on 2024-11-25: confirmed by phone". */
export function reviewedReason(r: ReviewedClaim): string {
  return `reviewed${r.who ? ' by ' + r.who : ''}${r.when ? ' on ' + r.when : ''}${r.reason ? ': ' + r.reason : ''}`;
}
