// A sentence's content words, what the event judge compares: names as their ids, other words
// stemmed with the lexicon's synonyms folded (two-word ones too), hyphenated words by their parts;
// dates, figures, number words and the spans a claim's reader skips (speakers, cues) left out.
import type { Lexicon } from '../data/lexicon';
import { stem } from '../data/stem';
import type { Token } from '../text/tokens';
import type { Span } from '../types';
import type { Mention } from './mentions';
import { classOf, WORDS } from './number-words';
import { foldSpelling } from '../text/spelling';

/** The first words of the two-word synonyms (only a token that is one can start a pair: no pair
 *  is made and looked up for any other), per synonym table. */
const pairStartsOf = new WeakMap<ReadonlyMap<string, string>, Set<string>>();
function pairStarts(synonyms: ReadonlyMap<string, string>): Set<string> {
  let set = pairStartsOf.get(synonyms);
  if (!set) {
    set = new Set<string>();
    for (const k of synonyms.keys()) {
      const parts = k.split(' ');
      if (parts.length === 2) set.add(parts[0]);
    }
    pairStartsOf.set(synonyms, set);
  }
  return set;
}

/** Content words: names as their ids, other words stemmed with synonyms folded; dates and figures left out. */
const CALENDAR_WORDS = new Set(
  'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday'.split(
    ' ',
  ),
);

export function keywordsOf(tokens: Token[], mentions: Mention[], lex: Lexicon, skip: Span[]): string[] {
  const out = new Set<string>();
  const byStart = new Map<number, Mention>();
  for (const m of mentions) if (!byStart.has(m.i) && m.kind !== 'title') byStart.set(m.i, m);
  // Each token's stem once (a token is stemmed alone and as the first and second of a pair).
  const stems: (string | undefined)[] = [];
  const stemAt = (k: number) => (stems[k] ??= stem(tokens[k].lower));
  const starts = pairStarts(lex.synonyms);
  for (let i = 0; i < tokens.length; i++) {
    const m = byStart.get(i);
    if (m) {
      // (A body the data does not know, "~hesse-criminal-police-office", by its kind: "office".)
      out.add(m.id.startsWith('~') ? m.id.slice(m.id.lastIndexOf('-') + 1) : m.id);
      i = m.j - 1;
      continue;
    }
    const t = tokens[i];
    // "FTSE 250": a name in capitals with its number is one word, not the FTSE 100.
    const next = tokens[i + 1];
    const c0 = t.text.charCodeAt(0);
    if (
      c0 >= 65 &&
      c0 <= 90 &&
      /^[A-Z][A-Z&]+$/.test(t.text) &&
      next &&
      next.start === t.end + 1 &&
      /^\d{1,4}$/.test(next.text) &&
      !lex.unitInfo.has(t.lower)
    ) {
      out.add(`${t.lower}-${next.text}`);
      i++;
      continue;
    }
    if (!t.word || /^\p{N}/u.test(t.text) || lex.stopwords.has(t.lower) || t.lower.length < 2 || t.lower === "'s") continue;
    // Number words ("two days after") and durations are figures and times, not what happened.
    if ((WORDS.has(t.lower) && classOf(t.lower) !== 'ordinal') || lex.notCounted.has(t.lower)) continue;
    // A month's or a weekday's name the time reader left ("by April 9" in a text with no year) is
    // when, not what happened.
    if (CALENDAR_WORDS.has(t.lower) && /^\p{Lu}/u.test(t.text)) continue;
    // ("Copenhagen-based Skagerrak": where a body is based describes it, not what happened.)
    if (/^\p{Lu}.*-based$/u.test(t.text)) continue;
    if (skip.some((s) => t.start >= s.start && t.end <= s.end)) continue;
    // "on Russian soil": the country, said as its ground (the demonym is the place).
    if (t.lower === 'soil' && mentions.some((m) => m.j === i && m.kind === 'demonym')) continue;
    const two = i + 1 < tokens.length && starts.has(stemAt(i)) ? stemAt(i) + ' ' + stemAt(i + 1) : '';
    if (two && lex.synonyms.has(two)) {
      out.add(lex.synonyms.get(two)!);
      i++;
      continue;
    }
    // "a Dutchman", "two Frenchwomen": the people of the word they are made of ("a Dutch national").
    const of = t.text !== t.lower ? peopleOf(t.text) : undefined;
    const w = of ? stem(of.toLowerCase()) : stemAt(i);
    if (lex.stopwords.has(w)) continue;
    // "in-principle", "social-media": a hyphenated word says its parts ("a deal in principle",
    // "social media"), and the whole only when the data knows it as such (else one word would
    // weigh three times, once as a whole no record writes).
    const parts = t.lower.includes('-')
      ? // "a two-year guarantee": the number and the span are a duration, not what happened.
        t.lower
          .split('-')
          .filter((p) => p.length >= 3 && !lex.stopwords.has(p) && !/^\p{N}/u.test(p) && !WORDS.has(p) && !lex.notCounted.has(p))
      : [];
    // ... and says nothing of itself when its parts are all numbers and spans ("two-year").
    const measureOnly =
      !parts.length && t.lower.includes('-') && t.lower.split('-').every((p) => WORDS.has(p) || lex.notCounted.has(p) || /^\p{N}/u.test(p));
    if ((!parts.length && !measureOnly) || lex.synonyms.has(w)) out.add(lex.synonyms.get(w) ?? w);
    // (A whole the data knows, "anti-aircraft" for "defense", says nothing more by its parts.)
    if (parts.length && !lex.synonyms.has(w))
      for (const part of parts) {
        const p = stem(part);
        if (!lex.stopwords.has(p)) out.add(lex.synonyms.get(p) ?? p);
      }
  }
  // "defence" and "defense", "programme" and "program": one word (text/spelling.ts).
  return [...new Set([...out].map(foldSpelling))];
}

/** "Dutchman", "Frenchwomen": the word the people are named by ("Dutch", "French"), or undefined. */
export function peopleOf(word: string): string | undefined {
  if (!word.endsWith('n')) return undefined;
  return /^(\p{L}+(?:ch|sh|ts))(?:man|men|woman|women)$/iu.exec(word)?.[1];
}
