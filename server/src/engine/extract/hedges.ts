// What makes a sentence less than a claim: a hedge (speculation, uncertainty, opinion), a denial,
// or a commentator's view. Read from the lexicon's data (hedges, negations, commentators, opinion
// verbs), so a newsroom can extend them.
import type { Lexicon } from '../data/lexicon';
import { lemmaOf } from '../data/wordnet';
import type { Token } from '../text/tokens';
import type { ActorRef, Quantity, QuoteRef } from '../types';
import { WORDS } from './number-words';
import { penaltyTerm, termStated } from './penalty-terms';
import { reasonClause, statedBefore } from './reason-clauses';
import { lasts } from './durations';
import { writersView } from './writers-views';

const NEGATION = new Set([
  'no',
  'not',
  'none',
  'never',
  'nobody',
  'neither',
  'nor',
  "n't",
  "don't",
  "didn't",
  "doesn't",
  "isn't",
  "aren't",
  "wasn't",
  "weren't",
  "won't",
  'denied',
  'denies',
  'deny',
]);

/** Negations that are verbs, and the words that may stand between "not" and them. */
const DENY = new Set(['deny', 'denies', 'denied', 'denying']);
const BEFORE_DENY = new Set(['yet', 'ever', 'even', 'been', 'publicly', 'officially', 'explicitly', 'directly', 'flatly']);

const RELATIVE = new Set(['who', 'which', 'that', 'where', 'whom']);
const POSSIBILITY = new Set(['may', 'might', 'could']);

/** The first hedge outside quotations, and whether it is a plain modal ("could", "may") or an
 *  expectation ("expects ... to"): a forecast a named speaker makes, not a view. */
function hedgeOf(
  tokens: Token[],
  lex: Lexicon,
  inQuote: (i: number) => boolean,
): { kind: string; forecast: boolean; at: number } | undefined {
  for (let i = 0; i < tokens.length; i++) {
    if (inQuote(i)) continue;
    // "17 could not be found", "could not be reached": an inability reported, not a guess.
    // ... and "tried to drag the ship clear but could not shift it": what was tried and failed.
    if (
      tokens[i].lower === 'could' &&
      (tokens[i + 1]?.lower === 'not' || tokens[i + 1]?.lower === "n't") &&
      (tokens[i + 2]?.lower === 'be' || FAILED_AFTER.has(tokens[i - 1]?.lower ?? ''))
    )
      continue;
    const m = lex.hedges.matchAt(tokens, i);
    // "possibly as many as 12,000", "possibly up to 6,000": a figure given loosely, not a guess at
    // whether it happened.
    if (m && m.length === 1 && LOOSE_FIGURE.test(tokens[i].lower) && figureFollows(tokens, i + 1, lex)) continue;
    // "soldiers who may be sent to fight": a relative clause's hedge leaves the main claim whole.
    if (m && !RELATIVE.has(tokens[i - 1]?.lower ?? ''))
      return {
        kind: m.values[0],
        // "is expected to", "is likely to": an expectation, as "could" is.
        forecast:
          (m.length === 1 && POSSIBILITY.has(tokens[i].lower)) || tokens.slice(i, i + m.length).some((t) => EXPECTATION.has(t.lower)),
        at: i,
      };
    // "may come home with hard-won experience": "may" before a verb, in lower case (the month is
    // capitalised), as "could" and "might" are.
    if (tokens[i].text === 'may' && /^\p{Ll}/u.test(tokens[i + 1]?.text ?? '') && !RELATIVE.has(tokens[i - 1]?.lower ?? ''))
      return { kind: 'modal', forecast: true, at: i };
    // "South Korea's spy agency expects North Korea to send 12,000": a forecast, not a report.
    // (In the main clause: "raised its count to 3,000 and said it expected 10,000" still reports.)
    const later = () => tokens.slice(0, i).some((t) => t.lower === 'and' || t.lower === 'but');
    if (EXPECT.has(tokens[i].lower) && !AS.has(tokens[i - 1]?.lower ?? '') && !RELATIVE.has(tokens[i - 1]?.lower ?? '') && !later()) {
      const to = tokens.findIndex((t, k) => k > i && k <= i + 6 && t.lower === 'to');
      if (to > 0 && tokens[to + 1]?.word && !/^\p{N}/u.test(tokens[to + 1].text)) return { kind: 'speculation', forecast: true, at: i };
    }
  }
  return undefined;
}

/** Words before "could not" that make it a failure told ("but could not shift it"). */
const FAILED_AFTER = new Set(['but', 'yet', 'still']);
const LOOSE_FIGURE = /^(?:possibly|probably|perhaps|maybe)$/;
/** A figure starts at k (past an opening quotation mark): a number, a number word, or one of the
 *  lexicon's qualifiers ("as many as", "up to"). */
function figureFollows(tokens: Token[], k: number, lex: Lexicon): boolean {
  if (/^["“]$/.test(tokens[k]?.text ?? '')) k++;
  const t = tokens[k];
  return !!t && (/^\p{N}/u.test(t.text) || WORDS.has(t.lower) || !!lex.qualifiers.matchAt(tokens, k));
}

const EXPECT = new Set(['expects', 'expect', 'expected', 'anticipates', 'predicts', 'forecasts']);
const EXPECTATION = new Set(['expected', 'likely', 'forecast', 'projected', 'predicted']);
const AS = new Set(['as', 'than', 'was', 'were']);

/** What a cleft's denied focus opens with: a name, or a determiner or possessive before a noun. */
const CLEFT_FOCUS = /^(?:\p{Lu}|the$|his$|her$|its$|their$|our$|my$|your$)/u;

/** Whether the sentence denies what it reports. A contrast ("Western countries, not Russia, ..."),
 *  a cleft ("It is not Russia's actions that ...") and "not only" / "not just" deny nothing of
 *  what happened: the first two deny who did it (deniedFocusOf). */
/** Words that stand between a negation and what it negates ("there is no real evidence"). */
const BETWEEN = new Set([
  'be',
  'been',
  'is',
  'are',
  'was',
  'were',
  'have',
  'has',
  'had',
  'yet',
  'ever',
  'even',
  'any',
  'a',
  'an',
  'the',
  'real',
  'clear',
  'so',
  'far',
]);

/** The dictionary form of the word a sentence negates ("there is no evidence that" -> "evidence",
 *  "declined to confirm" -> "confirm", "Russia denied sending troops" -> "send"), or undefined. */
export function negatedWordOf(tokens: Token[], lex: Lexicon): string | undefined {
  for (let i = 0; i < tokens.length; i++) {
    const phrase = lex.negations.matchAt(tokens, i);
    const at = phrase ? i + phrase.length : NEGATION.has(tokens[i].lower) && negatedOf(tokens.slice(i), lex) ? i + 1 : -1;
    if (at < 0) continue;
    for (let j = at; j < tokens.length && j < at + 5; j++) {
      const t = tokens[j];
      if (!t.word || BETWEEN.has(t.lower) || (NEGATION.has(t.lower) && !DENY.has(t.lower))) continue;
      return lemmaOf(t.lower) ?? t.lower;
    }
    return undefined;
  }
  return undefined;
}

export function negatedOf(tokens: Token[], lex: Lexicon): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const phrase = lex.negations.matchAt(tokens, i);
    if (phrase) {
      // "stopped short of denying": a denial held back, as "did not deny" (below).
      let j = i + phrase.length;
      while (j < tokens.length && BEFORE_DENY.has(tokens[j].lower)) j++;
      if (DENY.has(tokens[j]?.lower ?? '')) {
        i = j;
        continue;
      }
      return true;
    }
    const w = tokens[i].lower;
    if (!NEGATION.has(w)) continue;
    // "customers they may never win back": a possibility denied, not the report.
    // ("could not be delivered over the air" says it cannot: a denial.)
    if (POSSIBILITY.has(tokens[i - 1]?.lower ?? '') && !(tokens[i - 1].lower === 'could' && w === 'not')) continue;
    // "no fewer than 38", "not more than 10": a bound on a figure, not a denial.
    // ("no earlier than Dec. 17", "not later than June": a bound on a day.)
    if (
      (w === 'no' || w === 'not') &&
      /^(?:fewer|less|more|earlier|later|sooner)$/.test(tokens[i + 1]?.lower ?? '') &&
      tokens[i + 2]?.lower === 'than'
    )
      continue;
    // "did not resume until 00:55": when it happened, not that it did not.
    if (w !== 'no' && untilAfter(tokens, i)) continue;
    if (w === 'not') {
      const next = tokens[i + 1]?.lower;
      if (next === 'only' || next === 'just' || next === 'merely') continue;
      if (focusAt(tokens, i)) continue;
    }
    // "did not deny", "has not yet publicly denied": a denial denied says nothing is not so.
    if (!DENY.has(w)) {
      let j = i + 1;
      while (j < tokens.length && BEFORE_DENY.has(tokens[j].lower)) j++;
      if (DENY.has(tokens[j]?.lower ?? '')) {
        i = j;
        continue;
      }
    }
    return true;
  }
  return false;
}

/** Whether "until" or "till" follows a negation within its clause, past a verb or two. */
function untilAfter(tokens: Token[], i: number): boolean {
  for (let j = i + 1; j < tokens.length && j <= i + 5; j++) {
    if (!tokens[j].word) return false;
    if (tokens[j].lower === 'until' || tokens[j].lower === 'till') return j > i + 1;
  }
  return false;
}

/** The words of who or what a sentence says did not do it: "Western countries, not Russia, ..."
 *  and "It is not Russia's actions that ..." give ["russia", ...]; "Russia was not the one that"
 *  gives ["russia"]. Empty when the sentence denies no one. */
export function deniedFocusOf(tokens: Token[]): string[] {
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].lower !== 'not') continue;
    const focus = focusAt(tokens, i);
    if (focus) return focus;
  }
  return [];
}

/** At a "not": the denied focus's words when it opens a contrast, a cleft or "the one that". */
function focusAt(tokens: Token[], i: number): string[] | undefined {
  const prev = tokens[i - 1]?.lower;
  const words = (from: number, to: number) =>
    tokens
      .slice(from, to)
      .filter((t) => t.word)
      .map((t) => t.lower.replace(/['’]s$/, ''))
      .filter((w) => w.length > 1);
  const upTo = (from: number, stop: (t: Token) => boolean) => {
    let j = from;
    while (j < tokens.length && j - from < 6 && !stop(tokens[j])) j++;
    return j;
  };
  // "Western countries, not Russia, ...", "... but not Russia".
  if (prev === ',' || prev === 'but' || prev === 'and' || prev === 'or')
    return words(
      i + 1,
      upTo(i + 1, (t) => !t.word),
    );
  // A cleft: "It is not Russia's actions that have escalated ..." ("it is not true that ..." denies).
  if ((prev === 'is' || prev === 'was') && tokens[i - 2]?.lower === 'it' && CLEFT_FOCUS.test(tokens[i + 1]?.text ?? ''))
    return words(
      i + 1,
      upTo(i + 1, (t) => t.lower === 'that' || t.lower === 'who'),
    );
  // "Russia was not the one that escalated it": the subject before the verb.
  if (tokens[i + 1]?.lower === 'the' && /^ones?$/.test(tokens[i + 2]?.lower ?? '') && /^(?:that|who)$/.test(tokens[i + 3]?.lower ?? '')) {
    let j = i - 1;
    while (j > 0 && i - j < 4 && tokens[j - 1].word && /^\p{Lu}/u.test(tokens[j - 1].text)) j--;
    return words(j, i - 1);
  }
  return undefined;
}

const CONDITION = new Set(['if', 'unless']);
const FUTURE = new Set(['will', 'would', "won't", "wouldn't", "'ll"]);

/**
 * What the grammar marks as not having happened: a condition with its consequence ("If losses
 * continue at this rate, the contingent will be used up by April"; "Losses on that scale, if
 * confirmed, would be unsustainable"). A "would" with no condition stays a claim: in news it is
 * mostly a reported plan ("The closure would affect 1,400 workers"; tried as a hedge, it hid
 * source records and cost rows on a story no one had tuned on).
 */
function hypotheticalOf(tokens: Token[], inQuote: (i: number) => boolean): string | undefined {
  const open = tokens.findIndex((t, i) => t.word && !inQuote(i));
  const cond = tokens.findIndex(
    (t, i) => !inQuote(i) && CONDITION.has(t.lower) && (i === open || tokens[i - 1]?.text === ',' || tokens[i - 1]?.text === '('),
  );
  if (cond >= 0) {
    // The consequence: a will/would after the condition's own clause (past its comma).
    const comma = tokens.findIndex((t, i) => i > cond && t.text === ',');
    if (comma > 0 && tokens.some((t, i) => i > comma && !inQuote(i) && FUTURE.has(t.lower))) return 'speculation';
  }
  return undefined;
}

/** Opinion by attribution: the speaker of the sentence is a commentator ("Yang Uk, a defense expert
 *  at the Asan Institute, expects ...", "analysts say ..."). Looked for in the words before the
 *  first attribution verb, or after it when the verb opens the clause ("..., argues expert X"). */
function commentaryOf(
  tokens: Token[],
  lex: Lexicon,
  cues: { i: number; j: number }[],
  inQuote: (i: number) => boolean,
): string | undefined {
  const verbAt = tokens.findIndex((t, i) => !inQuote(i) && lex.opinionVerbs.has(t.lower));
  const at = cues.length ? cues[0].i : verbAt;
  if (at < 0) return undefined;
  const from = Math.max(0, at - 12);
  const to = Math.min(tokens.length, (cues.length ? cues[0].j : at + 1) + 8);
  for (let i = from; i < to; i++) {
    if (inQuote(i)) continue;
    const m = lex.commentators.matchAt(tokens, i);
    // "Dismissing the former minister's bid, Justice Maina said": a possessor, not the speaker.
    if (m && !/^['’]s$/.test(tokens[i + m.length + 1]?.text ?? '') && !/^['’]s$/.test(tokens[i + m.length]?.text ?? '')) return 'opinion';
  }
  return undefined;
}

/**
 * Why a sentence is not a claim, if it is not: a commentator's view (unless it gives a figure), or a
 * hedge. A hedge in a speaker's own statement ("Ukrainian officials expect the number could climb
 * to 15,000") is still a reported claim the library may speak to; an editorial, opinion or
 * uncertainty hedge never is.
 */
const TOTAL_WORDS = new Set(['number', 'total', 'count', 'tally', 'toll']);
export function hedgedOf(
  tokens: Token[],
  lex: Lexicon,
  inQuote: (i: number) => boolean,
  cues: { i: number; j: number }[],
  actors: ActorRef[],
  quantities: Quantity[],
  quotes: QuoteRef[],
): string | undefined {
  // A question the draft asks ("Will Pyongyang send more soldiers?") states nothing; a question
  // inside quotation marks is a speaker's words ("'Why now?' she asked." ends with the attribution).
  const last = tokens.length - 1;
  if (last >= 0 && tokens[last].text === '?' && !inQuote(last)) return 'question';
  // (A magnitude, "thousands of their soldiers", is no figure that makes a view a report.)
  const figure = quantities.some(
    (q) => q.counted && !q.vague && !quotes.some((x) => q.span.start >= x.span.start && q.span.end <= x.span.end),
  );
  // (... nor is a commentator's quoted remark: the library may say whether they said it.)
  // (A remark of someone the sources name: an unknown commentator's is still their view.)
  const remark = quotes.some((q) => q.text.split(/\s+/).length >= 4) && actors.some((a) => !!a.person && lex.names.has(a.person));
  const commentary = figure || remark ? undefined : commentaryOf(tokens, lex, cues, inQuote);
  if (commentary) return commentary;
  if (!figure && !quotes.length && !cues.length && !actors.length && writersView(tokens, inQuote)) return 'opinion';
  let found = hedgeOf(tokens, lex, inQuote);
  // "... had sent 3,000 troops to Russia, possibly for deployment in Ukraine", "..., raising fears
  // that the war could escalate": a hedge in a clause after the figure's, with no figure of its
  // own, leaves the figure reported.
  if (found && figure) {
    const counted = quantities.filter((q) => q.counted);
    const at = tokens[found.at].start;
    const comma = tokens.findIndex((t, k) => k < found!.at && t.text === ',' && counted.some((q) => q.span.end <= t.start));
    if (comma >= 0 && counted.every((q) => q.span.end <= tokens[comma].start) && counted.every((q) => q.span.start < at)) found = undefined;
  }
  // "raised the number of crashes it believes may be linked to the fault to 19": a hedge inside the
  // noun phrase a figure is given for qualifies what is counted, not the figure.
  if (found && figure) {
    const at = found.at;
    const total = tokens.findIndex((t, k) => k < at && at - k <= 8 && TOTAL_WORDS.has(t.lower) && tokens[k + 1]?.lower === 'of');
    const given = quantities.find((q) => q.counted && q.span.start > tokens[at].start);
    if (
      total >= 0 &&
      given &&
      tokens.slice(total, at).every((t) => t.text !== ',') &&
      tokens.filter((t) => t.start > tokens[at].start && t.end <= given.span.start).every((t) => t.text !== ',')
    )
      found = undefined;
  }
  // "ordered him held ... citing the risk that he might influence witnesses", "evacuated 300 homes
  // amid fears that the dam could burst": a modal inside a fear or risk given as the reason
  // qualifies the reason, not what was done.
  // A term of custody or punishment is stated, not guessed: "could be jailed for up to eight years
  // if convicted" gives the law's maximum; and a hedge in a clause after the term ("held for two
  // weeks, citing the risk that he might influence witnesses") leaves it stated.
  if (found && (reasonClause(tokens, found.at) || termStated(tokens, found.at, POSSIBILITY.has(tokens[found.at].lower)))) found = undefined;
  // "... are training in the Far East and could end up in combat": the stated clause stays reported.
  if (found && statedBefore(tokens, found.at)) found = undefined;
  // ("If convicted, he would face up to 10 years in prison": the same maximum, as a condition.)
  const hedge = found?.kind ?? (penaltyTerm(tokens) ? undefined : hypotheticalOf(tokens, inQuote));
  if (!hedge) return undefined;
  // A named speaker's forecast is a report of what they said ("Budanov said the first troops could
  // arrive on Wednesday"): the library may say whether they said it.
  const named = actors.some((a) => a.role === 'primary' && !a.backref && (a.person || a.orgs.length));
  const reported =
    (figure &&
      actors.some((a) => a.role === 'primary' && !a.backref && (a.person || a.orgs.length || a.anonymous || a.countries.length))) ||
    (named && cues.length > 0 && !!found?.forecast);
  // "is expected to cost about 95 million soles", "The Bank expects inflation to fall to 3%": a
  // forecast of a sum, a rate or a size, which a source reports (or not), as it reports the
  // speaker's own. (Not of what someone will do: "North Korea is expected to send about 12,000
  // more soldiers" guesses.)
  // (The figure the forecast gives, within a few words of it: not "are expected to target officials
  // involved in dispatching some 11,000 troops".)
  const near = found ? tokens[Math.min(tokens.length - 1, found.at + 7)].end : 0;
  const expected =
    figure &&
    !!found?.forecast &&
    tokens.slice(found.at, found.at + 3).some((t) => EXPECT.has(t.lower) || (EXPECTATION.has(t.lower) && t.lower !== 'likely')) &&
    quantities.some(
      (q) =>
        q.counted &&
        !q.vague &&
        // (a sum in a currency word several currencies share, "180 million pesos", as in one's own)
        (!!q.unit || (q.counted.startsWith('other:') && lex.comparedWith.has(q.counted))) &&
        q.span.start > tokens[found.at].start &&
        q.span.start <= near,
    );
  // ... or of how long something will take ("is expected to take about six weeks").
  const lasting = !!found?.forecast && tokens.slice(found.at, found.at + 3).some((t) => EXPECT.has(t.lower)) && lasts(tokens, found.at);
  // A named speaker's words quoted after "would": the library may say whether they said them.
  const quoting = named && cues.length > 0 && quotes.some((q) => q.text.split(/\s+/).length >= 3);
  // (... and so after a speaker's doubt: "Kirby said it was not yet known whether ..., 'but this is
  // certainly a highly concerning probability.'")
  if (quoting && hedge === 'uncertainty') return undefined;
  return (reported || expected || lasting || quoting) && (hedge === 'speculation' || hedge === 'modal') ? undefined : hedge;
}
