// A name the draft gives that no source has: "Col. Gen. Kim Yong Bok", "NATO's Mark Rutte". Every
// element a draft states must be stated by a record (POLICY: supported); a person, place or body
// the library never names is an element no record backs, however well the rest is backed.
import { adjectivesOf, lemmaOf, nameOfAdjective, nounOf, properOnly } from '../data/wordnet';
import { tokenize, type Token } from '../text/tokens';
import { abbreviations } from '../text/sentences';
import type { Lexicon } from '../data/lexicon';
import type { Claim } from '../types';
import { quoteWords, type RecordIndex } from './index';
import { peopleOf } from '../extract/keywords';

/** A month or day, or a span of them written as one word ("July-September"). */
const CALENDAR =
  /^(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:-(?:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday))?$/;

/** A superlative before "since ..." ("the biggest", "the worst", "the first", "the most"). */
const SUPERLATIVE = /\b(?:\w{2,}est|most|first|least)\b/i;

/** A word that can only be a name: capitalised, and no common English word. */
function nameWord(t: Token): boolean {
  if (!t.word || !/^\p{Lu}\p{Ll}/u.test(t.text) || CALENDAR.test(t.lower)) return false;
  const lower = t.lower.replace(/['’]s$/, '');
  // ("American-supplied", "Kremlin-backed": a compound ending in a common word describes.)
  const tail = lower.split('-').pop()!;
  if (tail !== lower && lemmaOf(tail) !== undefined && !properOnly(tail)) return false;
  return lemmaOf(lower) === undefined || properOnly(lower);
}

/** A name the draft gives: the words a library must have for it, and whether the library must
 *  have it whole (a name with a point of the compass). */
interface DraftName {
  text: string;
  words: string[];
  common?: boolean;
  phrase?: boolean;
}

/** "Maj." in "Maj. Claudia Rangel", "Gov." (server/data/abbreviations.yaml): a title, not a name. */
const titleAbbreviation = (tokens: Token[], i: number) =>
  tokens[i + 1]?.text === '.' && tokens[i + 1].start === tokens[i].end && abbreviations().has(tokens[i].text + '.');

const lastDigit = (text: string) => text.search(/\d\D*$/) + 1;

const COMPASS = /^(?:North|South|East|West|Central|Upper|Lower|Northern|Southern|Eastern|Western)$/;

/** The names a claim gives outside its quotations and the names the data knows, each with the
 *  words a library must have for it (its last word in any of its spellings). */
export function namesOf(claim: Claim, lex: Lexicon): DraftName[] {
  const out: DraftName[] = [];
  const tokens = tokenize(claim.text);
  const base = claim.span.start;
  // (Nor a figure's own letters: "Sh8.7 million", "KSh1,500", "Rs 2,000": up to its last digit.)
  const quoted = (t: Token) =>
    claim.quotes.some((q) => t.start + base >= q.span.start && t.end + base <= q.span.end) ||
    claim.quantities.some((q) => t.start + base >= q.span.start && t.end + base <= q.span.start + lastDigit(q.text));
  const known = new Uint8Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const m = lex.entities.matchAt(tokens, i);
    if (m) for (let k = i; k < i + m.length; k++) known[k] = 1;
  }
  // ("the Himalayan Relief Trust", "the Nepal Red Cross": capitalised common words, two or more
  // together inside the sentence, are a name too.)
  const cap = (k: number) => !known[k] && !!tokens[k]?.word && /^\p{Lu}\p{Ll}/u.test(tokens[k].text) && !CALENDAR.test(tokens[k].lower);
  for (let i = 0; i < tokens.length; i++) {
    if (known[i] || quoted(tokens[i]) || titleAbbreviation(tokens, i)) continue;
    const run2 = i > 0 && !nameWord(tokens[i]) && cap(i) && cap(i + 1) && !quoted(tokens[i + 1]);
    if (!nameWord(tokens[i]) && !run2) continue;
    let j = i;
    while (j + 1 < tokens.length && !known[j + 1] && (nameWord(tokens[j + 1]) || (run2 && cap(j + 1)))) j++;
    // "Tigania West", "North Horr": a point of the compass joined to a name makes another place
    // of it, which the library must name whole.
    const compassAfter =
      !run2 &&
      j === i &&
      COMPASS.test(tokens[j + 1]?.text ?? '') &&
      !known[j + 1] &&
      !quoted(tokens[j + 1]) &&
      !/^\p{Lu}/u.test(tokens[j + 2]?.text ?? '');
    const compassBefore =
      !compassAfter &&
      !run2 &&
      j === i &&
      i >= 2 &&
      COMPASS.test(tokens[i - 1].text) &&
      !known[i - 1] &&
      !/^\p{Lu}/u.test(tokens[i - 2].text);
    if ((compassAfter || compassBefore) && !tokens[i].text.includes('-')) {
      const whole = tokens.slice(compassBefore ? i - 1 : i, compassAfter ? j + 2 : j + 1);
      const last = quoteWords(tokens[i].text.replace(/['’]s$/, ''));
      if (last.length) out.push({ text: whole.map((t) => t.text).join(' '), words: last.flatMap(spellings), phrase: true });
      i = compassAfter ? j + 1 : j;
      continue;
    }
    const run = tokens.slice(i, j + 1);
    // (A first name before a name the data knows is a spelling of that person's: "Andriy Kovalenko";
    // a lone capitalised word opening the sentence may be any word: "Nearly", "Besides".)
    const first = i === 0 || (i === 1 && !tokens[0].word);
    const last = quoteWords(run[run.length - 1].text.replace(/['’]s$/, ''));
    const text = run.map((t) => t.text).join(' ');
    // ("Europe's biggest conflict since the Second World War": a superlative's measure in time,
    // history the claim compares with, not an element it states.)
    const since = tokens[i - 1]?.lower === 'since' || (tokens[i - 1]?.lower === 'the' && tokens[i - 2]?.lower === 'since');
    if (since && SUPERLATIVE.test(claim.text.slice(0, tokens[i].start))) {
      i = j;
      continue;
    }
    if (!known[j + 1] && !(first && run.length === 1) && !run.some((t) => lex.stopwords.has(t.lower)) && last.length) {
      // (A name of common words is unknown when the library lacks any of them: "New York Times".)
      if (run2) for (const t of run) out.push({ text, words: quoteWords(t.text.replace(/['’]s$/, '')).flatMap(spellings), common: true });
      else out.push({ text, words: last.flatMap(spellings) });
    }
    i = j;
  }
  return out;
}

/** The first name in the claim that no record of the library has; undefined if none. A name of
 *  common words must be in the collection of the records that back the rest (the bundled library's,
 *  or the user's): every collection has "naval" and "staff" somewhere. */
export function unknownName(claim: Claim, index: RecordIndex, backing: number[]): string | undefined {
  const has = (w: string, common?: boolean) =>
    common && backing.length ? index.hasWord(w, index.isBundled(backing[0])) : index.hasWord(w);
  return namesOf(claim, index.lexicon).find((n) => !n.words.some((w) => has(w, n.common)) || (n.phrase && otherPoint(n, index.lexicon)))
    ?.text;
}

/** Whether the data knows the name with another point of the compass only ("Tigania East" for the
 *  draft's "Tigania West"). */
function otherPoint(n: DraftName, lex: Lexicon): boolean {
  const mine = n.text.toLowerCase();
  const word = mine.split(' ').find((w) => !COMPASS.test(w.charAt(0).toUpperCase() + w.slice(1)));
  if (!word) return false;
  let other = false;
  for (const id of lex.places.keys()) {
    // (A place's id is its name's words: "tigania-east".)
    const words = (lex.names.get(id) ?? id.slice(id.lastIndexOf(':') + 1)).toLowerCase().split(/[\s-]+/);
    if (words.join(' ') === mine) return false;
    if (words.length === 2 && words.includes(word) && words.some((w) => COMPASS.test(w.charAt(0).toUpperCase() + w.slice(1)))) other = true;
  }
  return other;
}

/** A name's other spellings and forms: "Zelenskiy" for "Zelensky", "Pomerania" for "Pomeranian". */
function spellings(k: string): string[] {
  const out = [k, `${k}n`, `${k}s`, `${k}an`];
  if (k.length >= 5) out.push(k.slice(0, -1), k.replace(/iy$/, 'y'), k.replace(/iy$/, 'i'), k.replace(/y$/, 'i'), k.replace(/i$/, 'y'));
  // ("Dutchman" for "Dutch": the people of the word it is made of.)
  const of = peopleOf(k);
  if (of) out.push(of);
  // ("Italy's Cordaria Alpina" for the record's "Italian manufacturer Cordaria Alpina"; "Spanish
  // nationals" for its "Spaniards": a people's other words, by WordNet.)
  const place = nameOfAdjective(nounOf(k) ?? k) ?? nameOfAdjective(k);
  for (const w of [...adjectivesOf(k), ...(place ? [place, ...adjectivesOf(place)] : [])]) out.push(w, `${w}s`);
  return out;
}

/** A name of several capitalised words inside the sentence, known to the data or not ("The Colombian
 *  Red Cross set up a field hospital"): something the library could speak to. */
export function namesSomething(c: Pick<Claim, 'text'>): boolean {
  return /\s(?:\p{Lu}\p{Ll}+\s){1,3}\p{Lu}\p{Ll}+/u.test(c.text);
}

/** "a flight to Baku" where the record backing the rest has "a flight to Tbilisi": the draft's
 *  unknown name stands where the record has another name, after the same words (as far back as a
 *  word that is no stopword, at most three): the record's name, with its record; else undefined. */
export function nameOtherwise(
  claim: Claim,
  name: string,
  backing: number[],
  index: RecordIndex,
): { record: number; text: string } | undefined {
  const lex = index.lexicon;
  // ("Tigania West sub-county" where the record has "Tigania East": another point of the compass.)
  const words = name.split(' ');
  const point = words.findIndex((w) => COMPASS.test(w));
  if (point >= 0 && words.length > 1)
    for (const record of backing) {
      const theirs = tokenize(index.records[record].text);
      for (let k = 0; k + words.length <= theirs.length; k++)
        if (words.every((w, d) => (d === point ? COMPASS.test(theirs[k + d].text) && theirs[k + d].text !== w : theirs[k + d].text === w)))
          return {
            record,
            text: theirs
              .slice(k, k + words.length)
              .map((t) => t.text)
              .join(' '),
          };
    }
  const tokens = tokenize(claim.text);
  const first = name.split(' ')[0];
  const at = tokens.findIndex(
    (t, k) => t.text === first && name.split(' ').every((w, d) => tokens[k + d]?.text.replace(/['’]s$/, '') === w),
  );
  if (at < 1) return undefined;
  const frame: string[] = [];
  for (let k = at - 1; k >= 0 && frame.length < 3; k--) {
    if (!tokens[k].word) return undefined;
    frame.unshift(tokens[k].lower);
    // (The word that is no stopword is a common word: "Russia's Eastern Military District" for
    // "Russia's Far East region" says where within the same name.)
    if (!lex.stopwords.has(tokens[k].lower)) {
      if (tokens[k].text !== tokens[k].lower || !/^\p{L}+$/u.test(tokens[k].text)) return undefined;
      break;
    }
  }
  if (frame.every((w) => lex.stopwords.has(w))) return undefined;
  const mine = new Set(tokens.map((t) => t.lower));
  for (const record of backing) {
    const theirs = tokenize(index.records[record].text);
    for (let k = 0; k + frame.length < theirs.length; k++) {
      if (!frame.every((w, d) => theirs[k + d].lower === w)) continue;
      let j = k + frame.length;
      const run: string[] = [];
      while (j < theirs.length && run.length < 4 && /^\p{Lu}/u.test(theirs[j].text) && theirs[j].word) run.push(theirs[j++].text);
      if (run.length && !mine.has(run[0].toLowerCase())) return { record, text: run.join(' ') };
    }
  }
  return undefined;
}
