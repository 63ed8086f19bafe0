// Judging quoted words: they must appear in a source, from the speaker the draft names. Words that
// nearly match a source passage (a word changed, dropped, added or negated) are a misquote, and the
// finding shows the words that differ. Where sources translate one remark differently, either
// rendering matches.
import type { QuoteRef } from '../types';
import { checkSetting, sameActor, type ElementResult, type JudgeContext } from './context';
import { compareTime } from './elements';
import { quoteWords } from './index';
import { stem } from '../data/stem';

const MATCH = 2;
const MISS = -1;
const GAP = -1;
/** Share of words a passage must share with the quote to count as the same remark misquoted. */
const NEAR = 0.5;
const MAX_WORDS = 120;
const MIN_SHARED = 3;
/** Words a quotation needs to pin a remark to one occasion (its date and place). */
const PINNED = 4;

interface Alignment {
  /** Matched word count. */
  matched: number;
  /** Window of the record's words the quote aligns to. */
  from: number;
  to: number;
  draftDiff: string[];
  sourceDiff: string[];
}

/** Semi-global alignment: the whole quote against the best window of the record's words. */
/** Scratch tables reused by every alignment (grown when a pair needs more). */
let scoreBuf = new Int32Array(4096);
let moveBuf = new Uint8Array(4096);

export function align(q: string[], r: string[]): Alignment {
  const n = q.length;
  const m = r.length;
  const W = m + 1;
  const cells = (n + 1) * W;
  if (scoreBuf.length < cells) {
    scoreBuf = new Int32Array(cells * 2);
    moveBuf = new Uint8Array(cells * 2);
  }
  const score = scoreBuf;
  const move = moveBuf; // 1 diag, 2 up (quote word unmatched), 3 left (source word extra)
  // Row 0 starts at zero; every other cell is written before it is read.
  score.fill(0, 0, W);
  move.fill(0, 0, W);
  for (let i = 1; i <= n; i++) {
    score[i * W] = i * GAP;
    move[i * W] = 2;
  }
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      const d = score[(i - 1) * W + j - 1] + (q[i - 1] === r[j - 1] ? MATCH : MISS);
      const u = score[(i - 1) * W + j] + GAP;
      const l = score[i * W + j - 1] + GAP;
      let best = d;
      let mv = 1;
      if (u > best) {
        best = u;
        mv = 2;
      }
      if (l > best) {
        best = l;
        mv = 3;
      }
      score[i * W + j] = best;
      move[i * W + j] = mv;
    }
  }
  let bj = 0;
  // Best end of the window; on a tie, prefer one reached by pairing the last words (a substitution
  // at the end reads as "purpose" for "reason", not as a dropped word).
  for (let j = 1; j <= m; j++) {
    const s = score[n * W + j];
    const b = score[n * W + bj];
    if (s > b || (s === b && move[n * W + j] === 1 && move[n * W + bj] !== 1)) bj = j;
  }
  let i = n;
  let j = bj;
  let matched = 0;
  const draftDiff: string[] = [];
  const sourceDiff: string[] = [];
  while (i > 0) {
    const mv = j === 0 ? 2 : move[i * W + j];
    if (mv === 1) {
      if (q[i - 1] === r[j - 1]) matched++;
      else {
        draftDiff.unshift(q[i - 1]);
        sourceDiff.unshift(r[j - 1]);
      }
      i--;
      j--;
    } else if (mv === 2) {
      draftDiff.unshift(q[i - 1]);
      i--;
    } else {
      sourceDiff.unshift(r[j - 1]);
      j--;
    }
  }
  return { matched, from: j, to: bj, draftDiff, sourceDiff };
}

export function judgeQuote(ctx: JudgeContext, quote: QuoteRef): ElementResult | undefined {
  // "..." in a quote marks words left out: each part must match on its own.
  // At most MAX_WORDS words in all, so each alignment is O(MAX_WORDS × record words).
  let budget = MAX_WORDS;
  const parts = quote.text
    .split(/\s*(?:\.\.\.|…|\[\.\.\.\])\s*/)
    .map(quoteWords)
    .filter((p) => p.length)
    .map((p) => {
      const kept = p.slice(0, Math.max(0, budget));
      budget -= kept.length;
      return kept;
    })
    .filter((p) => p.length);
  if (!parts.length) return undefined;
  const words = parts.flat();
  // A name in quotation marks (a programme, a book, an operation: "News Briefing") or a single
  // word set off as a term ("training") is not a quotation of anyone's words.
  if (words.length === 1 || (words.length <= 5 && isTitleCase(quote.text))) return undefined;
  const { index } = ctx;
  const exact: number[] = [];
  let best: { record: number; a: Alignment; share: number } | undefined;
  const candidates = index.recordsForQuote(words);
  for (const rec of candidates) {
    if (index.records[rec].hedged === 'editorial') continue;
    const rw = index.recordWords(rec);
    // Matched words are at most the quote's words the record has: a record that cannot beat the
    // best so far (nor match exactly) is not aligned.
    if (best) {
      const has = index.recordWordSet(rec);
      let bound = 0;
      for (const w of words) if (has.has(w)) bound++;
      const most = bound / words.length;
      if (bound < words.length && (most < best.share || (most === best.share && !sameActor(ctx, rec)))) continue;
    }
    let ok = true;
    let matched = 0;
    let span = 0;
    let a: Alignment | undefined;
    for (const p of parts) {
      a = align(p, rw);
      matched += a.matched;
      span += a.to - a.from;
      if (a.matched !== p.length || a.to - a.from !== p.length) ok = false;
    }
    if (ok) exact.push(rec);
    const share = matched / Math.max(words.length, span);
    // Of records alike, the draft's own speaker's ("nothing to hide", Gitau's, before another's
    // "nothing to do with me").
    if (a && (!best || share > best.share || (share === best.share && sameActor(ctx, rec) && !sameActor(ctx, best.record))))
      best = { record: rec, a, share };
  }
  if (exact.length) {
    const mine = exact.filter((r) => sameActor(ctx, r));
    // The words are right; the draft may still put them on another day or in another place.
    // The day the words were said, or a date the record itself gives what they tell ("signed their
    // 'comprehensive strategic partnership' in June"): not a date only the record's neighbours give
    // (a day the quoted words are about, "warned that Tuesday was going to be ...", is their matter).
    const said: JudgeContext = { ...ctx, claim: { ...ctx.claim, times: ctx.claim.times.filter((t) => t.role === 'statement') } };
    const events = ctx.claim.times.filter((t) => t.role === 'event');
    const settled = (mine.length ? mine : exact).map((r) => {
      const s = checkSetting(said, r, true);
      const own = events.some((t) => compareTime(t, [index.records[r]]) === 'conflict');
      return { r, own, s: own ? { ...s, time: 'conflict' as const } : s };
    });
    if ((mine.length || !ctx.attributed) && settled.every((x) => x.s.time === 'conflict' || x.s.places === 'disjoint')) {
      const x = settled[0];
      const aspect = x.s.time === 'conflict' ? 'time' : 'place';
      // A phrase of a few words ("groundless rumours") is said again on other days and in other
      // places: only a longer quotation pins the remark to the record's occasion (a date the record
      // gives what the words tell still holds: "signed their 'comprehensive strategic partnership' in June").
      if (words.length < PINNED && !settled.some((y) => y.own))
        return {
          verdict: 'unsupported',
          aspects: [aspect],
          supports: [],
          conflicts: [],
          context: settled.map((y) => y.r),
          reason: `The quoted words match ${ctx.label(x.r)}, ${aspect === 'time' ? 'on another date' : 'in another place'} than the draft says.`,
        };
      return {
        verdict: 'conflicting',
        aspects: [aspect],
        supports: [],
        conflicts: settled.map((y) => y.r),
        context: [],
        reason: `The quoted words match ${ctx.label(x.r)}, but ${aspect === 'time' ? 'on another date' : 'in another place'} than the draft says.`,
      };
    }
    if (mine.length || !ctx.attributed) {
      return {
        verdict: 'supported',
        aspects: ['quote'],
        supports: mine.length ? mine : exact,
        conflicts: [],
        context: [],
        reason: `The quoted words match ${ctx.label((mine.length ? mine : exact)[0])}.`,
      };
    }
    // The words are on record from someone: a named person the draft gives them to said something
    // else, whether or not the library knows them ("said Dil Maya Budha" for Kamala B.K.'s words).
    const namedPerson = ctx.claim.actors.some((a) => a.role === 'primary' && !a.backref && !a.inherited && a.person);
    // (Only when the record gives the words to someone: words the library has from no one it can
    // name, "..., he said" with no one to refer to, are no one else's.)
    const voiced = exact.some((r) => index.actorKeys[r].size > 0);
    if ((ctx.actorKnown || namedPerson) && voiced) {
      return {
        verdict: 'conflicting',
        aspects: ['actor', 'quote'],
        supports: [],
        conflicts: exact,
        context: [],
        reason: `These words are from ${ctx.label(exact[0])}, not from the speaker the draft names.`,
      };
    }
    return {
      verdict: 'unsupported',
      aspects: ['actor'],
      supports: [],
      conflicts: [],
      context: exact,
      reason: `The library has these words only from ${ctx.label(exact[0])}.`,
    };
  }
  // A misquote is the same remark with words changed: never another speaker's similar words (another
  // remark); at least three words in common unless the draft names the record's own speaker.
  const otherSpeaker = best !== undefined && ctx.index.actorKeys[best.record].size > 0 && !sameActor(ctx, best.record);
  const sameSpeaker = best !== undefined && ctx.attributed && !otherSpeaker;
  // "in the strongest terms" against "in the area": a few words in common that are all function
  // words make no remark the same, unless there are many ("But what we do and how we do it is our ...").
  const sharesContent =
    best !== undefined &&
    (best.a.matched >= 4 || words.some((w) => !ctx.lex.stopwords.has(w) && !best.a.draftDiff.includes(w) && /\p{L}/u.test(w)));
  // Two words will do when they stand for the speaker's own quoted words ("strongly denies" for
  // Carrick's "categorically denies").
  const least =
    sameSpeaker && best !== undefined && withinQuote(index.records[best.record].quotes, index.recordWords(best.record), best.a) ? 2 : 3;
  // Words said on another day than the draft gives are another remark, not this one misquoted.
  const otherDay =
    best !== undefined &&
    checkSetting({ ...ctx, claim: { ...ctx.claim, times: ctx.claim.times.filter((t) => t.role === 'statement') } }, best.record, true)
      .time === 'conflict';
  if (
    best &&
    words.length >= least &&
    (sameSpeaker || best.a.matched >= MIN_SHARED) &&
    best.share >= NEAR &&
    !otherSpeaker &&
    sharesContent &&
    !otherDay
  ) {
    const d = best.a.draftDiff.join(' ') || '(nothing)';
    const s = best.a.sourceDiff.join(' ') || '(nothing)';
    // The source's own words for the quick fix: the aligned window of the record as written (a
    // quotation in one piece only, the draft's quotation marks kept).
    const restored = parts.length === 1 ? sourceWords(index.records[best.record].text, best.a.from, best.a.to) : undefined;
    return {
      ...(restored ? { replacement: { span: wordsSpan(quote), text: restored } } : {}),
      verdict: 'conflicting',
      aspects: ['quote'],
      supports: [],
      conflicts: [best.record],
      context: [],
      reason: `The quote differs from ${ctx.label(best.record)}: the draft has “${d}” where the source has “${s}”.`,
      quoteDiff: { draft: d, source: s },
    };
  }
  const part = misquotedPart(ctx, words, candidates);
  if (part)
    return {
      verdict: 'conflicting',
      aspects: ['quote'],
      supports: [],
      conflicts: [part.record],
      context: [],
      reason: `The quote differs from ${ctx.label(part.record)}: the draft has “${part.draft}” where the source has “${part.source}”.`,
      quoteDiff: { draft: part.draft, source: part.source },
    };
  return {
    verdict: 'unsupported',
    aspects: ['quote'],
    supports: [],
    conflicts: [],
    context: best && best.share > 0.3 ? [best.record] : [],
    reason: 'No source has these quoted words.',
  };
}

/** A record's own quotation this short is too little of a remark to stand for it. */
const PART_WORDS = 3;
/** Share of the record's quotation the draft's words must have to be that part of the remark. */
const PART_SHARE = 0.6;

/**
 * "Today, I can confirm that more than 10,000 North Korean soldiers have been sent ...," Patel said,
 * against a record that quotes Patel only in part, "over 10,000 North Korean troops": the library's
 * words for that part of the remark, from the same speaker, differ from the draft's.
 */
function misquotedPart(
  ctx: JudgeContext,
  words: string[],
  candidates: Iterable<number>,
): { record: number; draft: string; source: string } | undefined {
  if (!ctx.attributed) return undefined;
  for (const rec of candidates) {
    const r = ctx.index.records[rec];
    if (!r.quotes.length || !ctx.index.actorKeys[rec].size || !sameActor(ctx, rec)) continue;
    for (const quote of r.quotes) {
      const theirs = quoteWords(quote.text);
      if (theirs.length < PART_WORDS || theirs.length >= words.length) continue;
      const a = align(theirs, words);
      if (a.matched < PART_WORDS || a.matched / theirs.length < PART_SHARE || !a.draftDiff.length) continue;
      return { record: rec, draft: a.sourceDiff.join(' ') || '(nothing)', source: a.draftDiff.join(' ') };
    }
  }
  return undefined;
}

/** Whether the quote aligns to the whole of one of the record's own quotations, word for word
 *  but for words that are not the same word inflected ("rumour" for "rumors" is one word). */
function withinQuote(quotes: readonly QuoteRef[], recordWords: string[], a: Alignment): boolean {
  const window = recordWords.slice(a.from, a.to).join(' ');
  if (!quotes.some((q) => quoteWords(q.text).join(' ') === window)) return false;
  return a.draftDiff.length === a.sourceDiff.length && a.draftDiff.every((w, k) => stem(w) !== stem(a.sourceDiff[k]));
}

/** Every word capitalised: the title of something, not a remark. */
function isTitleCase(text: string): boolean {
  const words = text.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  return words.length > 0 && words.every((w) => /^\p{Lu}/u.test(w));
}

/** Words [from, to) of a text as quoteWords counts them, as written in it. */
function sourceWords(text: string, from: number, to: number): string | undefined {
  const re = /[\p{L}\p{N}]+(?:['.,-][\p{L}\p{N}]+)*/gu;
  let k = 0;
  let start = -1;
  let end = -1;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (k === from) start = m.index;
    if (k === to - 1) {
      end = m.index + m[0].length;
      break;
    }
    k++;
  }
  return start >= 0 && end > start ? text.slice(start, end).replace(/[’]/g, "'") : undefined;
}

/** The span of a quotation's words: inside its marks, its own leading and closing punctuation kept. */
function wordsSpan(quote: QuoteRef): { start: number; end: number } {
  const lead = /^[^\p{L}\p{N}]*/u.exec(quote.text)![0].length;
  const trail = /[^\p{L}\p{N}]*$/u.exec(quote.text)![0].length;
  return { start: quote.span.start + 1 + lead, end: quote.span.end - 1 - trail };
}
