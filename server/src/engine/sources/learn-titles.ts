// Offices a source gives its people, learned from the words next to a name: "Thomas Brenner,
// vice-president of the Federal Office ...", "NRAIB chief investigator Farid Essop", "Farhan
// Siddiqui, an environmental health researcher at ...". A lowercase phrase of one to four words that
// ends in a noun WordNet gives a person's sense ("investigator", "vice-president", "researcher")
// and stands in apposition to a name (after its comma, before "of"/"at"/"for"/a comma), or just
// before the name, is an office: the lexicon then reads it as one, in the sources and in drafts,
// so "the NRAIB's chief executive, Farid Essop" can be told from the chief investigator he is.
import type { Lexicon } from '../data/lexicon';
import { lemmaOf, nounOf, personNoun, properOnly } from '../data/wordnet';
import type { Token } from '../text/tokens';

/** Words that end an apposition's office ("vice-president of the BSI", "researcher at ..."). */
const AFTER = new Set(['of', 'at', 'for', 'in', 'with', ',', ')', ';', 'and', 'who', 'from', 'on']);
const ARTICLES = new Set(['a', 'an', 'the']);
/** Person nouns that name no office: who someone is, not the post they hold. */
const NOT_OFFICES = new Set([
  'man', 'woman', 'men', 'women', 'boy', 'girl', 'child', 'mother', 'father', 'son', 'daughter', 'wife', 'husband',
  'brother', 'sister', 'resident', 'native', 'citizen', 'national', 'victim', 'survivor', 'witness', 'friend',
  'neighbour', 'neighbor', 'relative', 'member', 'veteran', 'graduate', 'student', 'passenger', 'people', 'person',
  'owner', 'holder', 'one', 'other', 'others', 'first', 'former', 'local', 'adult', 'parent', 'grandson',
  'granddaughter', 'grandfather', 'grandmother', 'nephew', 'niece', 'uncle', 'aunt', 'cousin', 'widow', 'widower',
]);
const MAX_WORDS = 4;
/** Words before an office that say when it was held, not which it is. */
const STATES = new Set(['former', 'then', 'outgoing', 'incoming', 'acting', 'interim', 'late', 'retired']);

const lowerWord = (t: Token | undefined): t is Token => !!t && t.word && t.text === t.lower && !/\d/.test(t.text);
/** A capitalised English word that could be an office's ("Minister", "Health"; not a name). */
const titleWord = (t: Token | undefined): t is Token =>
  !!t && t.word && /^\p{Lu}\p{Ll}+$/u.test(t.text) && lemmaOf(t.lower) !== undefined && !properOnly(t.lower);

/** An office's words are English words in their dictionary form ("chief", "provincial", "health"):
 *  not a function word, an attribution verb or an inflected verb ("removed", "sentenced"). */
function notOfficeWord(t: Token, lex: Lexicon): boolean {
  const w = t.lower.includes('-') ? t.lower.slice(t.lower.lastIndexOf('-') + 1) : t.lower;
  return lex.stopwords.has(w) || !!lex.cues.matchAt([t], 0) || ARTICLES.has(w) || (lemmaOf(w) !== w && !personNoun(w));
}

/** The words as an office, or undefined: one to four office words ending in a person noun. */
function office(words: Token[], lex: Lexicon): string | undefined {
  if (!words.length || words.length > MAX_WORDS) return undefined;
  const head = words[words.length - 1].lower;
  if (NOT_OFFICES.has(head) || NOT_OFFICES.has(nounOf(head) ?? head) || !personNoun(head)) return undefined;
  if (words.some((w) => notOfficeWord(w, lex))) return undefined;
  // "former mayor": the office is the mayor's.
  while (words.length > 1 && STATES.has(words[0].lower)) words = words.slice(1);
  return words.map((w) => w.lower).join(' ');
}

/** The office in apposition after a name that ends before token `end`: "Name, [a|the] [Org's]
 *  words of|at|for ...". */
export function officeAfter(tokens: Token[], end: number, lex: Lexicon): string | undefined {
  if (tokens[end]?.text !== ',') return undefined;
  let k = end + 1;
  if (ARTICLES.has(tokens[k]?.lower ?? '')) k++;
  // "the BSI's vice-president", "the union's president": the organisation before its office.
  for (let c = k; c < end + 6 && tokens[c] && /^\p{Lu}/u.test(tokens[c].text); c++) {
    if (tokens[c + 1]?.lower === "'s") {
      k = c + 2;
      break;
    }
  }
  if (!lowerWord(tokens[k])) return undefined;
  let m = k;
  while (lowerWord(tokens[m]) && !AFTER.has(tokens[m].lower) && m - k < MAX_WORDS) m++;
  const next = tokens[m];
  if (!next || !(AFTER.has(next.lower) || next.text === '.')) return undefined;
  return office(tokens.slice(k, m), lex);
}

/** The office just before a name that starts at token `start`: "[Org|,] words Name" ("union
 *  president Joseph Tembo", "NRAIB chief investigator Farid Essop"); an honorific between ("health
 *  officer Dr. Esperanza Lumbay") is passed over. */
export function officeBefore(tokens: Token[], start: number, lex: Lexicon): string | undefined {
  const honorific = (t: Token | undefined) => !!t && /^(?:Dr|Mr|Mrs|Ms|Prof)\.?$/.test(t.text);
  let b = start;
  if (tokens[b - 1]?.text === '.' && honorific(tokens[b - 2])) b -= 2;
  else if (honorific(tokens[b - 1])) b--;
  let a = b;
  while (a > 0 && lowerWord(tokens[a - 1]) && b - a < MAX_WORDS && !notOfficeWord(tokens[a - 1], lex)) a--;
  // "Health Minister Sabine Krämer", "Emergency Services Minister Leanne Farrow": an office written
  // in capitals before the name, of English words ending in a person noun.
  if (a === b) {
    while (a > 0 && titleWord(tokens[a - 1]) && b - a < MAX_WORDS && !notOfficeWord(tokens[a - 1], lex)) a--;
    // (Two words at least: one alone is a name's part as often ("King Salman", "General Motors").)
    if (b - a < 2) return undefined;
  }
  return a < b ? office(tokens.slice(a, b), lex) : undefined;
}

/**
 * The offices next to the given person names (token spans [start, end) of the source's tokens).
 * Each is returned as written, lower case ("chief investigator", "vice-president").
 */
export function learnTitles(tokens: Token[], names: [number, number][], lex: Lexicon): string[] {
  const out = new Set<string>();
  for (const [start, end] of names) {
    const after = officeAfter(tokens, end, lex);
    if (after) out.add(after);
    const before = officeBefore(tokens, start, lex);
    if (before) out.add(before);
  }
  return [...out];
}
