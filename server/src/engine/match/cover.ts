// How much of what a claim says happened a record says too: the claim's content words, each
// weighted by how rare it is in the library and how specific it is (WordNet's sense count), that
// the record (with its neighbours on the same event) has as such, through a WordNet concept, or as
// a place inside the one the claim names.
import { conceptsOf, senseCount } from '../data/wordnet';
import type { ClaimWords, JudgeContext } from './context';

/** What a word counts for when the record has not the word but one of its WordNet concepts. */
const AKIN = 0.8;
/** The smallest cover any judge compares against (event.ts RELATED); below it only the exact
 *  words are counted. */
const LEAST_READ = 0.3;

export type { ClaimWords };

/** The claim's words with their weights, worked out once per claim and judge context. */
export function claimWords(ctx: JudgeContext): ClaimWords {
  if (ctx.words) return ctx.words;
  const words = [...new Set(ctx.claim.keywords)];
  const weights = words.map((w) => ctx.index.keywordWeight(w) * specificity(w));
  return (ctx.words = { words, weights, concepts: words.map(conceptsOf), total: weights.reduce((a, b) => a + b, 0) });
}

/** Share (0..1) of the claim's weighted words that the record covers; 0 when the claim has none.
 *  `wordsOnly`: only the claim's common words count, not the names of people, places and bodies
 *  (what happened, not to whom or where). */
export function coverOf(ctx: JudgeContext, rec: number, wordsOnly = false): number {
  // Asked again by the judges of one claim (events, figures, the wrong-mouth check): remembered.
  const memo = (ctx.covers ??= new Map<number, number>());
  const key = wordsOnly ? -1 - rec : rec;
  let hit = memo.get(key);
  if (hit === undefined) memo.set(key, (hit = computeCover(ctx, rec, wordsOnly)));
  return hit;
}

/** The share of the claim's weighted words the record has as such (no kin words, no memo). */
export function exactCover(ctx: JudgeContext, rec: number): number {
  const cw = claimWords(ctx);
  if (!cw.total) return 0;
  const have = ctx.index.eventKeywords(rec);
  let got = 0;
  for (let k = 0; k < cw.words.length; k++) if (have.has(cw.words[k])) got += cw.weights[k];
  return got / cw.total;
}

/** The share of the claim's weighted words the record's own sentence has (as such or through a
 *  WordNet concept), without its neighbours: which of several reports of one event says it. */
export function ownCover(ctx: JudgeContext, rec: number): number {
  const cw = claimWords(ctx);
  if (!cw.total) return 0;
  const own = ctx.index.records[rec].keywords;
  let got = 0;
  for (let k = 0; k < cw.words.length; k++) {
    if (own.includes(cw.words[k])) got += cw.weights[k];
    else if (sharesConcept(cw.concepts[k], ctx.index.ownConcepts(rec))) got += cw.weights[k] * AKIN;
  }
  return got / cw.total;
}

function computeCover(ctx: JudgeContext, rec: number, wordsOnly: boolean): number {
  const cw = claimWords(ctx);
  const have = ctx.index.eventKeywords(rec);
  let got = 0;
  let total = 0;
  let open = 0;
  const skip = (k: number) => wordsOnly && (ctx.lex.names.has(cw.words[k]) || ctx.lex.places.has(cw.words[k]));
  for (let k = 0; k < cw.words.length; k++) {
    if (skip(k)) continue;
    total += cw.weights[k];
    if (have.has(cw.words[k])) got += cw.weights[k];
    else open += cw.weights[k];
  }
  if (!total) return 0;
  // Words the record lacks count AKIN at most: when even that cannot lift the cover to a share any
  // judge reads (RELATED), the concepts are not looked at (most candidates share one or two words).
  if ((got + open * AKIN) / total < LEAST_READ) return got / total;
  const akin = ctx.index.eventAkin(rec);
  for (let k = 0; k < cw.words.length; k++) {
    const w = cw.words[k];
    if (skip(k) || have.has(w)) continue;
    // Whether a word is akin to a record depends on nothing else: remembered per record (bounded).
    let hit = akin.words.get(w);
    if (hit === undefined) {
      if (akin.words.size >= 512) akin.words.clear();
      akin.words.set(w, (hit = akin.within.has(w) || sharesConcept(cw.concepts[k], akin.concepts)));
    }
    if (hit) got += cw.weights[k] * AKIN;
  }
  return got / total;
}

function sharesConcept(mine: readonly number[], theirs: Set<number>): boolean {
  for (const c of mine) if (theirs.has(c)) return true;
  return false;
}

/** How much a word says about what happened, by how many senses WordNet gives it: 1 for a name or
 *  a word of three senses or fewer, less for a general word ("meet" has 15: about 0.4). */
function specificity(word: string): number {
  const n = senseCount(word);
  return n <= 3 ? 1 : 1 / (1 + Math.log(n / 3));
}
