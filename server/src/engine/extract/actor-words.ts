// The words that shape a speaker's phrase: where it ends, what may stand inside it, and what after
// a name makes it the subject of a clause of its own, whose reckoning a figure is ("by Ukraine's
// count", "the USGS put the magnitude at 6.1"), a country's body the data does not name. Used by
// actors.ts.
import type { Lexicon } from '../data/lexicon';
import type { Token } from '../text/tokens';
import type { Mention } from './mentions';
import { WORDS } from './number-words';

/** Tokens that end an actor phrase when scanning away from the cue. */
export const BOUNDARY = new Set([
  '.',
  ';',
  ':',
  '“',
  '”',
  '"',
  '[',
  ']',
  'that',
  'when',
  'while',
  'which',
  'after',
  'before',
  'because',
  'and',
  'but',
]);

/** Words an apposition may hold besides names and titles ("the head of", "who is on the"). */
export const APPOSITION = new Set([
  'the',
  'of',
  'for',
  'at',
  'in',
  'on',
  'and',
  'a',
  'an',
  "'s",
  '(',
  ')',
  '-',
  '–',
  'who',
  'heads',
  'head',
  'leads',
  'is',
  'was',
  'serves',
  'as',
  'with',
  'from',
  'citing',
  'quoting',
]);

/** Words between a subject and its verb: "Moscow has not confirmed". */
export const AUXILIARY = new Set([
  'has',
  'have',
  'had',
  'did',
  'does',
  'do',
  'is',
  'was',
  'not',
  "n't",
  'never',
  'also',
  'yet',
  'still',
  'so',
  'far',
  'repeatedly',
  'previously',
  'initially',
]);

/** Words after a name that make it the subject of a clause of its own ("the union had cut"). */
export const SUBJECT_VERB = new Set([
  'has',
  'have',
  'had',
  'is',
  'are',
  'was',
  'were',
  'would',
  'will',
  'could',
  'should',
  'might',
  'may',
  'must',
  'can',
  'did',
  'does',
  'do',
]);

/** "at the BRICS summit": an organisation named as the setting, not the speaker. */
export const VENUE = new Set([
  'summit',
  'conference',
  'meeting',
  'forum',
  'briefing',
  'session',
  'talks',
  'meetings',
  'gathering',
  'event',
]);

/** Words that end a noun phrase: a clause or a list goes on after them. */
export const CLAUSE_WORDS = new Set(['that', 'which', 'who', 'whom', 'whose', 'and', 'or', 'but', 'as', 'when', 'while', 'if', 'than']);

/** Lower-case particles of surnames ("Lotte van Dam", "de la Cruz", "bin Salman"). */
export const SURNAME_PARTICLES = new Set([
  'van',
  'von',
  'de',
  'der',
  'den',
  'da',
  'di',
  'du',
  'del',
  'la',
  'le',
  'bin',
  'al',
  'ibn',
  'ter',
  'ten',
]);

/** Where "'s" and a reckoning word ("count", "estimate") follow a name of up to six words after
 *  `k`, the index of the reckoning word; else -1. */
export function reckoningAfter(tokens: Token[], k: number, lex: Lexicon): number {
  for (let x = k; x < tokens.length && x - k <= 6; x++) {
    if (/^['’]s$/.test(tokens[x].text)) return lex.reckonings.has(tokens[x + 1]?.lower ?? '') ? x + 1 : -1;
    if (!tokens[x].word) return -1;
  }
  return -1;
}

/**
 * "South Korea's secret services said", "Ukrainian army commanders said": a country's body the
 * data does not name, right before the verb, speaks for that country (as "U.S. officials" do).
 * The country (possessive, or a demonym) is followed by one to three lower-case nouns.
 */
export function countryBody(tokens: Token[], m: Mention, before: number): boolean {
  if (m.kind !== 'country' && m.kind !== 'demonym') return false;
  let k = m.j;
  if (m.kind === 'country') {
    if (!/^['’]s$/.test(tokens[k]?.text ?? '')) return false;
    k++;
  }
  const n = before - k;
  if (n < 1 || n > 3) return false;
  for (let x = k; x < before; x++) {
    const t = tokens[x];
    if (!t.word || !/^\p{Ll}+$/u.test(t.text) || CLAUSE_WORDS.has(t.lower)) return false;
  }
  return true;
}

/** A number written in digits or words opens the token. */
export function startsFigure(t: Token | undefined): boolean {
  return !!t && (/^\d/.test(t.text) || WORDS.has(t.lower));
}

/** "the magnitude at 6.1", "the damage at more than $2 billion": a definite thing (a few words, no
 *  figure of its own) then "at" and a figure within five words ("at more than A$1.1 billion"). */
export function figureAtAfter(tokens: Token[], k: number): boolean {
  if (!['the', 'its', 'their', 'his', 'her'].includes(tokens[k]?.lower ?? '')) return false;
  for (let a = k + 1; a < Math.min(tokens.length, k + 8); a++) {
    if (startsFigure(tokens[a]) || /^[.;:!?]$/.test(tokens[a].text)) return false;
    if (tokens[a].lower !== 'at') continue;
    for (let f = a + 1; f <= a + 5 && f < tokens.length; f++) if (startsFigure(tokens[f]) || /^\p{Sc}$/u.test(tokens[f].text)) return true;
    return false;
  }
  return false;
}

const MEMBER_OF = new Set(['on', 'at', 'with', 'from', 'in', 'of', 'for']);
/** "said the unnamed source, who is on the General Staff of the Armed Forces of Ukraine": the bodies
 *  a relative clause after an unnamed speaker places them in (up to the clause's end). */
export function affiliatedAfter(tokens: Token[], group: Mention[], mentions: Mention[], taken: Set<Mention>): Mention[] {
  if (!group.length || group.some((m) => m.kind === 'person' || m.kind === 'name' || m.kind === 'org')) return [];
  const end = Math.max(...group.map((m) => m.j));
  let k = end;
  while (k < tokens.length && tokens[k].word && k - end < 3) k++;
  if (
    tokens[k]?.text !== ',' ||
    tokens[k + 1]?.lower !== 'who' ||
    !['is', 'was', 'works', 'worked', 'serves'].includes(tokens[k + 2]?.lower ?? '')
  )
    return [];
  let v = k + 3;
  if (tokens[v]?.lower === 'a' && ['member', 'part'].includes(tokens[v + 1]?.lower ?? '')) v += 2;
  if (!MEMBER_OF.has(tokens[v]?.lower ?? '')) return [];
  let stop = v;
  while (stop < tokens.length && !BOUNDARY.has(tokens[stop].lower) && tokens[stop].text !== ',') stop++;
  return mentions.filter((m) => m.kind === 'org' && m.i > v && m.j <= stop && !taken.has(m) && !group.includes(m));
}

/** Ranks written before an office ("Vice Health Minister", "Deputy Finance Minister"). */
const RANKS = new Set(['vice', 'deputy', 'assistant', 'associate']);

/** The office `office` (a title found at token `at`) with the rank written before it, right before
 *  or past one capitalised word of its field ("Vice Health Minister": vice minister when the data
 *  knows only "minister", vice health minister when it knows "health minister"). */
export function withRank(tokens: Token[], at: number, office: string, from = 0): string {
  if (RANKS.has(office.split(' ')[0])) return office;
  if (at - 1 >= from && RANKS.has(tokens[at - 1]?.lower ?? '')) return `${tokens[at - 1].lower} ${office}`;
  if (at - 2 >= from && RANKS.has(tokens[at - 2].lower) && /^\p{Lu}\p{Ll}+$/u.test(tokens[at - 1].text))
    return `${tokens[at - 2].lower} ${office}`;
  return office;
}
