// 1. Full check: drafts of 1,000, 10,000 and 100,000 words checked against the bundled library,
// each run on another draft of the same size (same generator, another seed), after warm-up runs.
// The peer (peer.ts) lints the very same drafts.
import type { Library } from '../../server/src/engine/api';
import { checkText } from '../../server/src/engine/check';
import { makeDraft, wordCount } from './drafts';
import { repeat, round, summarize, type Summary } from './stats';

export interface SizePlan {
  words: number;
  warmup: number;
  runs: number;
  /** First seed (default: the word count); warm-up drafts use seeds after the measured ones'. */
  seed?: number;
}

export interface DraftSet {
  words: number;
  /** Exact word count of each draft (whitespace-separated). */
  actualWords: number;
  warmup: string[];
  drafts: string[];
}

/** The drafts of one size: warm-up drafts and measured drafts, each from its own seed. */
export function draftSet(library: Library, plan: SizePlan): DraftSet {
  const make = (seed: number) => makeDraft(library, { words: plan.words, seed });
  const seed = plan.seed ?? plan.words;
  const warmup = Array.from({ length: plan.warmup }, (_, i) => make(seed + 1000 + i));
  const drafts = Array.from({ length: plan.runs }, (_, i) => make(seed + i));
  const actualWords = Math.round(drafts.reduce((s, d) => s + wordCount(d), 0) / drafts.length);
  return { words: plan.words, actualWords, warmup, drafts };
}

export interface FullCheckResult {
  words: number;
  actualWords: number;
  ms: Summary;
  msPer1000Words: number;
  findings: number;
}

export async function fullCheck(library: Library, set: DraftSet): Promise<FullCheckResult> {
  let findings = 0;
  const times = await repeat(set.drafts.length, set.warmup.length, (i) => {
    const r = checkText(i < 0 ? set.warmup[-1 - i] : set.drafts[i], library);
    if (i === 0) findings = r.findings.length;
  });
  const ms = summarize(times);
  return { words: set.words, actualWords: set.actualWords, ms, msPer1000Words: round((ms.median * 1000) / set.actualWords), findings };
}
