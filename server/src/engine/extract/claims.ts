// One text (a draft or a source article) -> its sentences' claim elements. The same extractor reads
// both, so a draft's claim and a source's record can be compared element by element.
import type { Lexicon } from '../data/lexicon';
import { lemmaOf } from '../data/wordnet';
import { maskMarkdown } from '../text/markdown';
import { isWs, splitSentences } from '../text/sentences';
import { tokenize, type Token } from '../text/tokens';
import type { Claim, PlaceRef, QuoteRef, Span } from '../types';
import { ageAfter, findActors, findCues } from './actors';
import { subjectOf } from './subjects';
import { findDescriptors } from './descriptors';
import { findMentions, type Mention } from './mentions';
import { keywordsOf } from './keywords';
import { findQuantities } from './quantities';
import { placeFigures } from './figure-places';
import { findQuotes } from './quotes';
import { findPlaces } from './claim-places';
import type { SentenceMemo } from './sentence-memo';
import { datelineLength, findTimes } from './times';
import { clockTimes } from './clock-times';
import { vagueSayer } from './vague-speaker';

import { deniedFocusOf, hedgedOf, negatedOf } from './hedges';

export interface ExtractOptions {
  bodyStart?: number;
  /** Date weekdays and "this month" are resolved against. */
  refDate?: string;
  /** The text is already a prose mask (a window of one), with these block starts: it is not
   *  masked again (masking is not idempotent: a second pass would read emphasis anew). */
  masked?: { blockStarts: readonly number[] };
  /** Sentences read in recent checks of the same draft (the incremental checker's). */
  memo?: SentenceMemo;
  /** A source article: the countries its dateline names decide which of several towns or regions
   *  of one name a sentence means ("Halle" in a story datelined "KASSEL, Germany"). */
  article?: boolean;
}

export function extractClaims(text: string, lex: Lexicon, opts: ExtractOptions = {}): Claim[] {
  const { prose, blockStarts } = opts.masked
    ? { prose: text, blockStarts: opts.masked.blockStarts }
    : maskMarkdown(text, opts.bodyStart ?? 0);
  const quotes = findQuotes(prose);
  const spans = capLength(prose, joinAcrossQuotes(splitSentences(prose, blockStarts), quotes));
  const claims: Claim[] = [];
  const context = opts.article && !opts.memo ? datelineCountries(prose, spans, lex) : undefined;
  let qi = 0;
  for (const s of spans) {
    while (qi < quotes.length && quotes[qi].span.end <= s.start) qi++;
    let qj = qi;
    while (qj < quotes.length && quotes[qj].span.start < s.end) qj++;
    const near = quotes.slice(qi, qj);
    const read = () => extractSentence(prose, s, near, lex, opts.refDate, claims.length, context, !opts.article);
    const claim = opts.memo ? opts.memo.claim(prose, s, near, opts.refDate, claims.length, read) : read();
    if (claim) claims.push(claim);
  }
  return claims;
}

/** The countries an article's dateline names ("KASSEL, Germany, March 3 (AFN) -"), read in its
 *  first three sentences. */
function datelineCountries(prose: string, spans: Span[], lex: Lexicon): Mention[] | undefined {
  for (const s of spans.slice(0, 3)) {
    const cut = datelineLength(prose.slice(s.start, s.end));
    if (!cut) continue;
    const tokens = tokenize(prose, s.start, s.start + cut);
    const countries = findMentions(tokens, lex, -1).filter((m) => m.kind === 'country' || m.kind === 'place');
    return countries.length ? countries : undefined;
  }
  return undefined;
}

/** Longest sentence read as one (UTF-16 units). News sentences stay far below it (the longest in
 *  the library and the labelled sets is under 300); a longer run of text (a pasted table, a
 *  100,000-character line) is read in pieces, so no per-sentence step can grow with the draft. */
export const MAX_SENTENCE = 1000;

/** Sentences longer than MAX_SENTENCE cut at the last space before the limit (linear). */
function capLength(prose: string, spans: Span[]): Span[] {
  if (spans.every((s) => s.end - s.start <= MAX_SENTENCE)) return spans;
  const out: Span[] = [];
  const ws = (k: number) => /\s/.test(prose[k]);
  for (const s of spans) {
    let a = s.start;
    while (s.end - a > MAX_SENTENCE) {
      let cut = a + MAX_SENTENCE;
      while (cut > a + MAX_SENTENCE / 2 && !ws(cut)) cut--;
      if (!ws(cut)) cut = a + MAX_SENTENCE;
      // Never between the halves of a surrogate pair.
      const c = prose.charCodeAt(cut);
      if (c >= 0xdc00 && c <= 0xdfff && cut > a + 1) cut--;
      let e = cut;
      while (e > a && ws(e - 1)) e--;
      if (e > a) out.push({ start: a, end: e });
      a = cut;
      while (a < s.end && ws(a)) a++;
    }
    if (s.end > a) out.push({ start: a, end: s.end });
  }
  return out;
}

/** A quotation that runs over a sentence end joins the sentences it spans. */
function joinAcrossQuotes(spans: Span[], quotes: QuoteRef[]): Span[] {
  const out: Span[] = [];
  let qi = 0;
  for (const s of spans) {
    const prev = out[out.length - 1];
    // Quotes are in order and do not overlap: only those still open at prev's end can cross it.
    while (qi < quotes.length && quotes[qi].span.end <= (prev?.end ?? 0)) qi++;
    const q = quotes[qi];
    const crossing = prev && q && q.span.start < prev.end && q.span.end > prev.end && q.span.end <= s.end + 1;
    if (crossing) prev.end = s.end;
    else out.push({ ...s });
  }
  return out;
}

export function extractSentence(
  prose: string,
  s: Span,
  allQuotes: QuoteRef[],
  lex: Lexicon,
  ref: string | undefined,
  index: number,
  context?: Mention[],
  /** Magnitudes ("thousands of troops") as figures: a draft's, not a source's (a record's figure
   *  must be a number to back, supersede or contradict another). */
  magnitudes = true,
): Claim | undefined {
  const tokens = tokenize(prose, s.start, s.end);
  if (!tokens.length) return undefined;
  const quotes = allQuotes.filter((q) => q.span.start >= s.start && q.span.end <= s.end);
  // Which tokens sit inside a quotation, in one sweep (quotes are in order and do not overlap).
  const quoted = new Uint8Array(tokens.length);
  for (let i = 0, qi = 0; i < tokens.length; i++) {
    const o = tokens[i].start;
    while (qi < quotes.length && quotes[qi].span.end <= o) qi++;
    if (qi < quotes.length && o > quotes[qi].span.start && o < quotes[qi].span.end) quoted[i] = 1;
  }
  const inQuote = (i: number) => quoted[i] === 1;
  // A wire dateline ("MAPUTO, March 12 (Coast Wire) -") names no speaker and no place of the
  // event: who and what are read after it (mentions and cues, then shifted to the whole sentence).
  const cut = datelineLength(prose.slice(s.start, s.end));
  const k0 = cut
    ? Math.max(
        0,
        tokens.findIndex((t) => t.start >= s.start + cut),
      )
    : 0;
  const body = k0 ? tokens.slice(k0) : tokens;
  const bodyInQuote = k0 ? (i: number) => inQuote(i + k0) : inQuote;
  const bodyMentions = findMentions(
    body,
    lex,
    body.findIndex((t) => t.word),
    context,
  );
  const bodyCues = findCues(body, lex, bodyInQuote);
  const actors = findActors(body, bodyMentions, bodyCues, lex, bodyInQuote);
  const mentions = k0 ? bodyMentions.map((m) => ({ ...m, i: m.i + k0, j: m.j + k0 })) : bodyMentions;
  const cues = k0 ? bodyCues.map((c) => ({ ...c, i: c.i + k0, j: c.j + k0 })) : bodyCues;
  // A time inside quotation marks is the speaker's own words, checked as such (quote.ts), and
  // counts from the day they spoke, not from the draft's: "Tuesday is going to be the most
  // dangerous day of this week" dates no event of the draft.
  const times = findTimes(prose, s, tokens, cues, ref).filter(
    (t) => !quotes.some((q) => t.span.start > q.span.start && t.span.end < q.span.end),
  );
  const clocks = clockTimes(prose.slice(s.start, s.end), s.start).filter(
    (t) => !quotes.some((q) => t.span.start > q.span.start && t.span.end < q.span.end),
  );
  const quantities = findQuantities(
    prose,
    s,
    tokens,
    mentions,
    lex,
    [...times.map((t) => t.span), ...clocks.map((t) => t.span)],
    magnitudes,
  );
  // "According to Kyiv", "Moscow said": a capital named as the speaker is who, not where.
  const speaking = actors.filter((a) => a.text && a.role !== 'recipient');
  const places = withoutVenue(
    findPlaces(tokens, mentions, lex).filter((p) => !speaking.some((a) => p.span.start >= a.span.start && p.span.end <= a.span.end)),
    tokens,
    cues,
    mentions,
    lex,
  );
  placeFigures(quantities, places, tokens);
  const text = squeeze(prose, s.start, s.end);
  const sayer = actors.length ? undefined : vagueSayer(tokens, cues);
  return {
    span: s,
    text,
    quantities,
    places,
    times,
    ...(clocks.length ? { clocks } : {}),
    ...(sayer ? { saying: true } : {}),
    actors,
    ...((subject) => (subject ? { subject } : {}))(
      actors.some((a) => a.role === 'primary') ? undefined : subjectOf(tokens, mentions, inQuote),
    ),
    quotes,
    keywords: governments(
      keywordsOf(
        tokens,
        mentions,
        lex,
        skippedSpans(tokens, times, quantities, cues, sayer && !quantities.some((q) => q.counted) ? [...actors, sayer] : actors, lex),
      ),
      places,
      lex,
    ),
    events: [...new Set(quantities.map((q) => q.event).filter((e): e is string => !!e))],
    ...tenseOf(tokens, lex, inQuote),
    // A commentator's view is opinion; a figure a commentator gives is still a claim.
    hedged: hedgedOf(tokens, lex, inQuote, cues, actors, quantities, quotes),
    negated: negatedOf(tokens, lex),
    deniedFocus: deniedFocusOf(tokens),
    entities: [...new Set(mentions.filter((m) => m.kind !== 'title').map((m) => m.id))],
    ...((ages) => (ages.length ? { ages } : {}))(agesOf(tokens, mentions)),
    ...((descriptors) => (descriptors.length ? { descriptors } : {}))(findDescriptors(tokens, mentions, lex)),
    index,
  };
}

const isCloser = (c: number): boolean => c === 44 || c === 46 || c === 59 || c === 58 || c === 33 || c === 63; // , . ; : ! ?

/** The sentence as one line: runs of white space as one space, none before , . ; : ! ? or at
 *  either end (one pass; the same as collapsing with /\s+/, dropping " " before those, trimming). */
export function squeeze(text: string, start: number, end: number): string {
  let out = '';
  let gap = false;
  for (let i = start; i < end;) {
    if (isWs(text.charCodeAt(i))) {
      gap = true;
      i++;
      continue;
    }
    let j = i + 1;
    while (j < end && !isWs(text.charCodeAt(j))) j++;
    if (gap && out.length > 0 && !isCloser(text.charCodeAt(i))) out += ' ';
    out += text.slice(i, j);
    gap = false;
    i = j;
  }
  return out;
}

/** People's ages after their names ("Ndegwa, 61,"): a person the data knows, or a name no
 *  dictionary has. */
function agesOf(tokens: Token[], mentions: Mention[]): NonNullable<Claim['ages']> {
  const out: NonNullable<Claim['ages']> = [];
  for (const m of mentions) {
    if (m.kind !== 'person' && !(m.kind === 'name' && lemmaOf(m.id) === undefined)) continue;
    const age = ageAfter(tokens, m.j);
    if (age !== undefined)
      out.push({ person: m.id, age, span: { start: tokens[m.i].start, end: tokens[m.j + 1].end }, text: `${m.text}, ${age}` });
  }
  return out;
}

/** Tense from the words outside quotations; recency markers count inside them too ("Now we control"). */
function tenseOf(tokens: Token[], lex: Lexicon, inQuote: (i: number) => boolean): { tense: Claim['tense']; recency: number } {
  let present = 0;
  let past = 0;
  for (let i = 0; i < tokens.length; i++) {
    const r = lex.recency.matchAt(tokens, i);
    if (r) return r.values[0] === 'now' ? { tense: 'present', recency: 1 } : { tense: 'past', recency: -1 };
    if (inQuote(i)) continue;
    const w = tokens[i].lower;
    if (w === 'is' || w === 'are' || w === 'has' || w === 'have') present++;
    if (w === 'was' || w === 'were' || w === 'had') past++;
  }
  return { tense: present > past ? 'present' : past > present ? 'past' : 'unknown', recency: 0 };
}

/** Gatherings for saying things: a place right after one is where it was said. */
const SAYING_GATHERINGS = new Set(['conference', 'briefing', 'speech', 'interview', 'address', 'summit']);

/** Words opening a phrase that says where a statement was made ("Speaking in Brussels, ..."). */
const VENUE_OPENERS = new Set(['speaking', 'addressing', 'writing', 'talking', 'briefing']);
/** Prepositions opening a phrase of where and when ("At the summit in Kazan, ..."). */
const OPENING_PREPOSITIONS = new Set(['at', 'during', 'after', 'before', 'on', 'in', 'following', 'ahead', 'from']);

/**
 * Places that say where a statement was made, not where the event was (role "venue"): after a
 * closing attribution ("..., Putin told the summit's closing press conference in Kazan") or in an
 * opening phrase ("Speaking in Brussels, Zelensky said ..."). A venue is compared only with the
 * venue a record names (match/context.ts).
 */
function withoutVenue(
  places: PlaceRef[],
  tokens: Token[],
  cues: { i: number; j: number; kind: string }[],
  mentions: { i: number }[],
  lex: Lexicon,
): PlaceRef[] {
  if (!places.length) return places;
  const spans: Span[] = [];
  for (const c of cues) {
    if (c.kind !== 'verb') continue;
    // A closing attribution: nothing reported after the verb ("that", a quotation) in the sentence.
    const rest = tokens.slice(c.j);
    if (rest.some((t) => t.lower === 'that' || t.text === '“' || t.text === '"' || t.text === ':')) continue;
    if (c.i < tokens.length / 2) continue;
    spans.push({ start: tokens[c.j - 1].end, end: tokens[tokens.length - 1].end });
  }
  const first = tokens.findIndex((t) => t.word);
  const comma = first >= 0 ? tokens.findIndex((t, k) => k > first && t.text === ',') : -1;
  // "Speaking in Brussels, ...", or an opening phrase naming a gathering before the speaker ("At
  // the end of the BRICS summit in Kazan on Thursday, Putin blamed ...").
  const opener =
    comma > 0 &&
    (VENUE_OPENERS.has(tokens[first].lower) ||
      (OPENING_PREPOSITIONS.has(tokens[first].lower) && tokens.slice(first, comma).some((t) => lex.gatherings.has(t.lower))));
  // ... said by someone: a speech verb after it, or a named speaker right after the comma.
  if (opener && (cues.some((c) => c.kind === 'verb' && c.i > comma) || mentions.some((m) => m.i === comma + 1)))
    spans.push({ start: tokens[first].start, end: tokens[comma].start });
  // "held a press conference in Kazan", "in a speech in Leeds": where something was said.
  for (const p of places) {
    const k = tokens.findIndex((t) => t.start === p.span.start);
    if (
      k >= 2 &&
      tokens[k - 1].lower === 'in' &&
      (SAYING_GATHERINGS.has(tokens[k - 2].lower) || SAYING_GATHERINGS.has(tokens[k - 3]?.lower ?? ''))
    )
      spans.push(p.span);
  }
  if (!spans.length) return places;
  return places.map((p) => (spans.some((s) => p.span.start >= s.start && p.span.end <= s.end) ? { ...p, role: 'venue' as const } : p));
}

/** The spans keywordsOf leaves out: times, figures, attribution and the speaker, negations. One
 *  array filled in place (spreads of arrays of differing element kinds made V8 re-optimise
 *  extractSentence several times over a long draft). */
function skippedSpans(
  tokens: Token[],
  times: readonly { span: Span }[],
  quantities: readonly { span: Span }[],
  cues: readonly { i: number; j: number }[],
  actors: readonly { span: Span; text?: string }[],
  lex: Lexicon,
): Span[] {
  const out: Span[] = [];
  for (const t of times) out.push(t.span);
  for (const q of quantities) out.push(q.span);
  // Attribution words ("according to", "citing") and the speaker say who, not what: the actor is
  // judged apart (sameActor), so "Pentagon spokesperson Sabrina Singh said" adds nothing to what
  // happened.
  for (const c of cues) out.push({ start: tokens[c.i].start, end: tokens[c.j - 1].end });
  for (const a of actors) if (a.text) out.push(a.span);
  // "stopped short of", "declined to": the polarity, judged apart (negated), not what happened.
  negationSpans(tokens, lex, out);
  return out;
}

/** Where the lexicon's negation phrases ("stopped short of", "refused to") are in a sentence. */
function negationSpans(tokens: Token[], lex: Lexicon, out: Span[] = []): Span[] {
  for (let i = 0; i < tokens.length; i++) {
    const m = lex.negations.matchAt(tokens, i);
    if (m) out.push({ start: tokens[i].start, end: tokens[i + m.length - 1].end });
  }
  return out;
}

/** "help Moscow push back the incursion": a capital the data marks as standing for its government
 *  (a locative place), named where it is no place of the claim, is its country. */
function governments(keywords: string[], places: readonly PlaceRef[], lex: Lexicon): string[] {
  let out: string[] | undefined;
  for (let k = 0; k < keywords.length; k++) {
    const info = lex.places.get(keywords[k]);
    if (!info?.locative || places.some((p) => p.id === keywords[k])) continue;
    // Up to the place that contains it and is in nothing the data knows: its country.
    let country = keywords[k];
    for (let n = 0; n < 6; n++) {
      const p = lex.places.get(country);
      const next = p?.country ?? p?.within[0];
      if (!next || next === country) break;
      country = next;
    }
    if (country !== keywords[k]) (out ??= [...keywords])[k] = country;
  }
  return out ?? keywords;
}
