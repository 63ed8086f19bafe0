// Claims checked by hand for the whole newsroom, kept in the shared library: the claim's words (as
// claimKey folds them), its verdict, the reason, who and when. Every editor and CI run against the
// library reads them with the project's .factcheck-reviewed.json (engine/reviewed.ts).
import type { Pool } from 'pg';
import { claimKey, type ReviewedClaim, type Verdict } from '../engine';

export async function readDecisions(pool: Pool): Promise<ReviewedClaim[]> {
  const { rows } = await pool.query<{ claim: string; verdict: string; reason: string; who: string | null; day: string }>(
    "SELECT claim, verdict, reason, who, to_char(decided_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS day FROM decisions ORDER BY decided_at, claim_key",
  );
  return rows.map((r) => ({
    claim: r.claim,
    verdict: r.verdict as Verdict,
    reason: r.reason,
    ...(r.who ? { who: r.who } : {}),
    when: r.day,
  }));
}

/** Records (or replaces) the decision on a claim; `when` is now. The key is claimKey's, with
 *  PostgreSQL's text in mind (no NUL). */
export async function recordDecision(pool: Pool, d: Omit<ReviewedClaim, 'when'>): Promise<void> {
  await pool.query(
    `INSERT INTO decisions (claim_key, claim, verdict, reason, who) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (claim_key) DO UPDATE SET claim = EXCLUDED.claim, verdict = EXCLUDED.verdict, reason = EXCLUDED.reason,
       who = EXCLUDED.who, decided_at = now()`,
    [claimKey(d.claim, d.verdict).replace(/\u0000/g, '\u001f'), d.claim.replace(/\s+/g, ' ').trim(), d.verdict, d.reason, d.who ?? null],
  );
}
