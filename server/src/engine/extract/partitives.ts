// Parts of a group a sentence has set out (bare-figures.ts): "seven of the 13 regional council
// seats", "300 of the passengers were injured", "three of the dead", and what is said of a part
// ("were in a critical condition", "were still in hospital"), read after it.
import type { Lexicon } from '../data/lexicon';
import { stem } from '../data/stem';
import { nounOf } from '../data/wordnet';
import type { Token } from '../text/tokens';

/** Verbs between a bare number and what happened to it: "17 are (still) unaccounted for". */
export const LINKING = new Set([
  'are',
  'were',
  'remain',
  'remained',
  'remains',
  'have',
  'had',
  'has',
  'been',
  'being',
  'was',
  'is',
  'still',
  'now',
  'reportedly',
  'confirmed',
  'believed',
  'feared',
  'presumed',
  'listed',
  'as',
]);

/** The plural noun a partitive's "of" phrase counts, past a determiner, a possessive, the total and
 *  modifiers ("the MPC's nine members", "the 13 regional council seats"); undefined when the phrase
 *  states no total ("3,000 of its soldiers" counts soldiers; "of them" is read apart). */
export function partitiveNoun(tokens: Token[], from: number, lex: Lexicon): string | undefined {
  let x = from;
  if (!DETERMINERS.has(tokens[x]?.lower ?? '')) return undefined;
  // Only a part of a total the phrase states: "3,000 of its soldiers" counts soldiers.
  let total = false;
  for (; x < tokens.length && x - from <= 7; x++) {
    const t = tokens[x];
    if (!t.word && t.text !== "'s") return undefined;
    if (/^\p{N}/u.test(t.text) || NUMBER_WORDS.has(t.lower)) total = true;
    if (!total) continue;
    const c = lex.counted.matchAt(tokens, x);
    if (c && !(tokens[x + c.length]?.word && isPluralNoun(tokens[x + c.length].lower))) return c.values[0];
    const noun = pluralBase(t.lower);
    if (noun && !(tokens[x + 1]?.word && pluralBase(tokens[x + 1].lower))) return 'other:' + noun;
  }
  return undefined;
}
/**
 * A part of a group the text has set out, named without its total: "300 of the passengers were
 * injured", "two of the carriages rolled", "three of the dead" (a measure of its own, compared only
 * with other parts said alike).
 */
export function partitiveWhole(
  tokens: Token[],
  from: number,
  lex: Lexicon,
  before?: string,
): { counted: string; event: string; part: boolean } | undefined {
  // "3,000 of its soldiers" is whose they are, no group the text has set out (read as no figure:
  // as a count it contradicted the whole force, as a part it backed nothing).
  if (!SET_OUT.has(tokens[from]?.lower ?? '')) return undefined;
  for (let x = from + 1; x < tokens.length && x - from <= 3; x++) {
    const t = tokens[x];
    if (!t.word || /^\p{N}/u.test(t.text)) return undefined;
    const c = lex.counted.matchAt(tokens, x);
    // "the dead", "the injured", "the confirmed deaths": those it happened to (the word is no noun
    // of a longer phrase).
    const event = lex.events.matchAt(tokens, x)?.values.find((v) => v !== 'additional');
    const noun = c || event ? undefined : pluralBase(t.lower);
    const happened = c || noun ? undefined : event;
    if (happened && !(tokens[x + 1]?.word && pluralBase(tokens[x + 1].lower))) {
      const said = partEvent(tokens, x + 1, lex);
      // ("Nineteen of the injured remained in hospital": a part said to be in a state the data
      // names is that state's count, as "14 remained in hospital" is.)
      if (said !== 'part' && !said.startsWith('part:') && said !== happened) return { counted: 'people', event: said, part: false };
      return { counted: 'people', event: said === 'part' ? (before ?? happened) : said, part: true };
    }
    if (!c && !noun) continue;
    if (tokens[x + (c?.length ?? 1)]?.word && pluralBase(tokens[x + (c?.length ?? 1)].lower)) continue;
    const counted = c ? c.values[0] : 'other:' + noun;
    const said = partEvent(tokens, x + (c?.length ?? 1), lex);
    return { counted, event: said === 'part' ? (before ?? said) : said, part: true };
  }
  return undefined;
}

/** What a verb before a part's figure did to it, when nothing is said after the part: "police
 *  had recaptured 41 of the escapees, most of them ..." is what "41 of the escapees had been
 *  recaptured" says (the event partEvent would read after the passive). Undefined when the word
 *  before the figure (past an approximator) is no past participle or event. */
export function partEventBefore(tokens: Token[], first: number, lex: Lexicon): string | undefined {
  let v = first - 1;
  while (v >= 0 && first - v <= 3 && APPROXIMATORS.has(tokens[v].lower)) v--;
  const t = tokens[v];
  if (!t?.word || t.text !== t.lower) return undefined;
  const event = lex.events.matchAt(tokens, v)?.values.find((y) => y !== 'additional');
  if (event) return event;
  return /[^e]ed$/.test(t.lower) && !lex.stopwords.has(t.lower) ? 'part:' + stem(t.lower) : undefined;
}
const APPROXIMATORS = new Set(['at', 'least', 'more', 'than', 'about', 'some', 'nearly', 'almost', 'over', 'around', 'roughly']);

/** Where what a clause says of a phrase begins: past the verb that ends the phrase (and "still",
 *  "now") within the clause; undefined when no such verb comes before the clause ends. */
function afterLinking(tokens: Token[], from: number): number | undefined {
  for (let v = from; v < tokens.length && v - from <= 12; v++) {
    const w = tokens[v].lower;
    if (w === ',' || w === ';' || w === '.') return undefined;
    if (!LINKING.has(w)) continue;
    let x = v;
    while (x < tokens.length && (LINKING.has(tokens[x].lower) || STILL.has(tokens[x].lower))) x++;
    return x;
  }
  return undefined;
}
const STILL = new Set(['still', 'now', 'also', 'yet']);

/** The state the data names said of a part after the verb that ends its phrase, within the
 *  clause ("were (still) in hospital" -> "hospital"); undefined when there is none. */
export function stateAfterVerb(tokens: Token[], from: number, lex: Lexicon): string | undefined {
  const x = afterLinking(tokens, from);
  if (x === undefined) return undefined;
  const said = partEvent(tokens, x, lex);
  return said === 'part' || said.startsWith('part:') ? undefined : said;
}

/** An event the data names said after the verb that ends a phrase, within the clause ("were
 *  arrested in Spain" -> "arrest"); undefined for a state or anything else. */
export function eventAfterVerb(tokens: Token[], from: number, lex: Lexicon): string | undefined {
  const x = afterLinking(tokens, from);
  return x === undefined ? undefined : lex.events.matchAt(tokens, x)?.values.find((y) => y !== 'additional');
}

/** What is said of a part, read after it: "were injured" (the event), "were in a critical
 *  condition" ("part:critical"); parts are compared only with parts said alike. */
export function partEvent(tokens: Token[], from: number, lex: Lexicon): string {
  let v = from;
  // ("remained in hospital": an event's phrase may open with a word skipped here.)
  while (v < tokens.length && v - from < 6 && (LINKING.has(tokens[v].lower) || lex.stopwords.has(tokens[v].lower))) {
    const phrase = lex.events.matchAt(tokens, v)?.values.find((y) => y !== 'additional');
    if (phrase) return phrase;
    v++;
  }
  const t = tokens[v];
  if (!t?.word) return 'part';
  const event = lex.events.matchAt(tokens, v)?.values.find((y) => y !== 'additional');
  // "were in Prayagraj district": a name says where the part is, not what is said of it.
  if (!event && /^\p{Lu}/u.test(t.text)) return 'part';
  // ("six were critically ill": the state "in a critical condition" names, its adverb read as the adjective.)
  const word = /ly$/.test(t.lower) && tokens[v + 1]?.word ? t.lower.replace(/ally$/, 'al').replace(/ly$/, '') : t.lower;
  return event ?? 'part:' + stem(word);
}

/** Whether the word partEvent reads from `from` is written in lower case (a state, not a name). */
export function lowerAfter(tokens: Token[], from: number, lex: Lexicon): boolean {
  let v = from;
  while (v < tokens.length && v - from < 6 && (LINKING.has(tokens[v].lower) || lex.stopwords.has(tokens[v].lower))) v++;
  return !!tokens[v]?.word && tokens[v].text === tokens[v].lower;
}

/** A plural noun's base form ("members" -> "member", "seats" -> "seat", which WordNet also lists
 *  as a word of its own), or undefined. */
export function pluralBase(w: string): string | undefined {
  if (isPluralNoun(w)) return nounOf(w);
  return /[^s]s$/.test(w) && nounOf(w.slice(0, -1)) === w.slice(0, -1) ? w.slice(0, -1) : undefined;
}
const NUMBER_WORDS = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'dozen']);
const SET_OUT = new Set(['the', 'these', 'those']);
const DETERMINERS = new Set(['the', 'its', 'their', 'his', 'her', 'our', 'these', 'those']);

/** A noun in the plural ("ships", "terminals"; WordNet's base form differs from the word). */
export function isPluralNoun(w: string): boolean {
  const base = nounOf(w);
  return base !== undefined && base !== w;
}

/** "occasions", "damages": a plural that WordNet also keeps as a lemma of its own (isPluralNoun
 *  takes it for a singular, as a noun phrase's modifier may be: "roads agency officials"). */
export function lemmaPlural(w: string): boolean {
  return nounOf(w) === w && /[^s]s$/.test(w) && nounOf(w.slice(0, -1)) === w.slice(0, -1);
}

/** Whether the words from `from`, past linking verbs, open with "in" ("were in intensive care"). */
export function stateIn(tokens: Token[], from: number): boolean {
  let x = from;
  while (x < tokens.length && x - from < 4 && LINKING.has(tokens[x].lower) && tokens[x].lower !== 'in') x++;
  return tokens[x]?.lower === 'in';
}
