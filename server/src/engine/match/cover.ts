// How much of what a claim says happened a record says too: the claim's content words, each
// weighted by how rare it is in the library and how specific it is (WordNet's sense count), that
// the record (with its neighbours on the same event) has as such, through a WordNet concept, or as
// a place inside the one the claim names.
import { conceptsOf, adverbOrUnknown, senseCount } from '../data/wordnet';
import { sameActor, type ClaimWords, type JudgeContext } from './context';

/** What a word counts for when the record has not the word but one of its WordNet concepts. */
const AKIN = 0.8;
/** The smallest cover any judge compares against (event.ts RELATED); below it only the exact
 *  words are counted. */
const LEAST_READ = 0.3;

export type { ClaimWords };

/** The claim's words with their weights in a collection of the library (the bundled library's or
 *  the rest: RecordIndex.keywordWeight), worked out once per claim and judge context. By default
 *  the collection whose words fetch candidates. */
export function claimWords(ctx: JudgeContext, inBundled = ctx.index.probeInBundled): ClaimWords {
  const hit = inBundled ? ctx.wordsInBundled : ctx.words;
  if (hit) return hit;
  const words = [...new Set(ctx.claim.keywords)];
  // Words of the saying ("in a statement", "in an SBS interview", "at a briefing") tell how it was
  // said, which the actor and time judges weigh: not what happened.
  const weights = words.map((w) => (SAYING.has(w) ? 0 : ctx.index.keywordWeight(w, inBundled) * specificity(w)));
  const cw = { words, weights, concepts: words.map(conceptsOf), total: weights.reduce((a, b) => a + b, 0) };
  return inBundled ? (ctx.wordsInBundled = cw) : (ctx.words = cw);
}

/** Nouns for a saying itself. */
const SAYING = new Set(['statement', 'remark', 'comment', 'announcement', 'post', 'interview', 'briefing']);

/** The claim's words as weighed against a record: in the record's own collection. */
const wordsFor = (ctx: JudgeContext, rec: number): ClaimWords => claimWords(ctx, ctx.index.isBundled(rec));

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
  const cw = wordsFor(ctx, rec);
  if (!cw.total) return 0;
  const have = ctx.index.eventKeywords(rec);
  const named = speakerNamed(ctx, rec);
  let got = 0;
  for (let k = 0; k < cw.words.length; k++) if (have.has(cw.words[k]) || named(cw.words[k])) got += cw.weights[k];
  return got / cw.total;
}

/** The share of the claim's weighted words the record's own sentence has (as such or through a
 *  WordNet concept), without its neighbours: which of several reports of one event says it. */
export function ownCover(ctx: JudgeContext, rec: number): number {
  const cw = wordsFor(ctx, rec);
  if (!cw.total) return 0;
  const own = ctx.index.records[rec].keywords;
  const named = speakerNamed(ctx, rec);
  let got = 0;
  for (let k = 0; k < cw.words.length; k++) {
    if (own.includes(cw.words[k]) || named(cw.words[k])) got += cw.weights[k];
    else if (sharesConcept(cw.concepts[k], ctx.index.ownConcepts(rec))) got += cw.weights[k] * AKIN;
  }
  return got / cw.total;
}

function computeCover(ctx: JudgeContext, rec: number, wordsOnly: boolean): number {
  const cw = wordsFor(ctx, rec);
  const have = ctx.index.eventKeywords(rec);
  const named = speakerNamed(ctx, rec);
  let got = 0;
  let total = 0;
  let open = 0;
  const skip = (k: number) => wordsOnly && (ctx.lex.names.has(cw.words[k]) || ctx.lex.places.has(cw.words[k]));
  for (let k = 0; k < cw.words.length; k++) {
    if (skip(k)) continue;
    total += cw.weights[k];
    if (have.has(cw.words[k]) || named(cw.words[k])) got += cw.weights[k];
    else open += cw.weights[k];
  }
  if (!total) return 0;
  // Words the record lacks count AKIN at most: when even that cannot lift the cover to a share any
  // judge reads (RELATED), the concepts are not looked at (most candidates share one or two words).
  if ((got + open * AKIN) / total < LEAST_READ) return got / total;
  const akin = ctx.index.eventAkin(rec);
  for (let k = 0; k < cw.words.length; k++) {
    const w = cw.words[k];
    if (skip(k) || have.has(w) || named(w)) continue;
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

/** The draft's speaker's own name, said by a record of the same speaker whether or not it names
 *  them ("Shin Won-sik said" against "according to South Korea's national security adviser"): who
 *  spoke is judged apart (sameActor), not by the words of the record. */
function speakerNamed(ctx: JudgeContext, rec: number): (word: string) => boolean {
  // (... and the body's: "the Health Ministry said" against its vice minister's words.)
  const names = (ctx.speakerNames ??= ctx.claim.actors
    .filter((a) => a.role === 'primary' && !a.backref && !a.inherited)
    .flatMap((a) => [...(a.person ? [a.person] : []), ...a.orgs]));
  if (!names.length) return NOBODY;
  // Whether the record is the speaker's is asked only for a word that is one of the names.
  let same: boolean | undefined;
  return (word) => names.includes(word) && (same ??= sameActor(ctx, rec, true));
}

const NOBODY = (): boolean => false;

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

/** The claim's words that say how rather than what (leanCover): a word WordNet knows only as an
 *  adverb, or not at all and written in lower case in the claim (a function word: "although",
 *  "himself"; not a name: "BRICS"). */
function leanSkips(ctx: JudgeContext, cw: ClaimWords): boolean[] {
  return (cw.lean ??= cw.words.map((w) => {
    if (ctx.lex.names.has(w) || ctx.lex.places.has(w) || ctx.claim.entities.includes(w) || w.includes('-')) return false;
    if (!adverbOrUnknown(w)) return false;
    return new RegExp(`(?<![\\p{L}])${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'u').test(ctx.claim.text);
  }));
}

/** The cover of the claim's words that say what happened (names, nouns and verbs), leaving out
 *  those that say how ("officially", "although"): a paraphrase adds and drops such words freely.
 *  `wordsOnly`: without the names of people, places and bodies too. Used to back a claim, never to
 *  contradict one. */
export function leanCover(ctx: JudgeContext, rec: number, wordsOnly = false): number {
  const cw = wordsFor(ctx, rec);
  const lean = leanSkips(ctx, cw);
  const skip = wordsOnly ? lean.map((x, k) => x || ctx.lex.names.has(cw.words[k]) || ctx.lex.places.has(cw.words[k])) : lean;
  const have = ctx.index.eventKeywords(rec);
  const named = speakerNamed(ctx, rec);
  const akin = ctx.index.eventAkin(rec);
  let got = 0;
  let total = 0;
  for (let k = 0; k < cw.words.length; k++) {
    if (skip[k]) continue;
    const w = cw.words[k];
    total += cw.weights[k];
    if (have.has(w) || named(w)) got += cw.weights[k];
    else if (akin.within.has(w) || sharesConcept(cw.concepts[k], akin.concepts)) got += cw.weights[k] * AKIN;
  }
  return total ? got / total : 0;
}
