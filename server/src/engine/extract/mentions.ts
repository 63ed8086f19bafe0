// Named things in a sentence: countries and demonyms, places, organisations, titles, anonymous
// actors and people. People known to the alias data are found by name; anyone else by the shape of
// a name (capitalised words that are not a known entity, a title, a month or a weekday).
import type { EntityKind, Lexicon } from '../data/lexicon';
import { lemmaOf, nounOf } from '../data/wordnet';
import { tokensText, type Token } from '../text/tokens';
import { gazetteerMention } from './gazetteer-places';

export interface Mention {
  kind: EntityKind | 'name';
  /** Entity id; for an unknown name, its surname in lower case. */
  id: string;
  /** Token range [i, j). */
  i: number;
  j: number;
  text: string;
}

const CALENDAR = new Set([
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
]);

/** A month or day, or a span of them written as one word ("July-September"). */
const calendar = (t: Token) => CALENDAR.has(t.lower) || (t.lower.includes('-') && t.lower.split('-').every((p) => CALENDAR.has(p)));

const isCapitalised = (t: Token) => {
  if (!t.word) return false;
  const c = t.text.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90; // ASCII: an upper-case letter (never a digit)
  return /^\p{Lu}/u.test(t.text) && !/^\p{N}/u.test(t.text);
};

/** The id of a body the draft names that no data knows: its words, "~" first ("~resinas-del-laja"). */
const draftBodyId = (tokens: Token[], from: number, to: number) =>
  '~' +
  tokens
    .slice(from, to)
    .map((t) => t.lower.replace(/[^\p{L}\p{N}]/gu, ''))
    .filter(Boolean)
    .join('-');

/** Lower-case words inside a name ("Resinas del Laja", "Banco de Chile"). */
const PARTICLES = new Set(['de', 'del', 'della', 'di', 'da', 'do', 'dos', 'das', 'du', 'des', 'la', 'le']);

/** Preference when one phrase names several kinds (DPRK: country and demonym). */
const RANK: Record<string, number> = { person: 0, org: 1, anonymous: 2, place: 3, country: 4, demonym: 5, title: 6 };

/** `context`: countries named around the sentence (an article's dateline), which decide, after the
 *  sentence's own, which of several places of one name the gazetteer gives. */
export function findMentions(tokens: Token[], lex: Lexicon, firstWord = 0, context?: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  const taken = new Array<boolean>(tokens.length).fill(false);
  for (const m of lex.entities.findAll(tokens)) {
    const seen = new Set<string>();
    for (const v of [...m.values].sort((a, b) => RANK[a.kind] - RANK[b.kind])) {
      const key = v.kind + ':' + v.id;
      if (seen.has(key)) continue;
      seen.add(key);
      // "the western edge of Wauchope": a demonym is written with a capital; in lower case the word
      // is an adjective of direction or kind, no one's nationality.
      if (v.kind === 'demonym' && !isCapitalised(tokens[m.start])) continue;
      out.push({ kind: v.kind, id: v.id, i: m.start, j: m.start + m.length, text: tokensText(tokens, m.start, m.start + m.length) });
    }
    for (let k = m.start; k < m.start + m.length; k++) taken[k] = true;
  }
  // Unknown names: runs of capitalised words not taken by a known entity.
  for (let i = 0; i < tokens.length; i++) {
    if (taken[i] || !isCapitalised(tokens[i]) || calendar(tokens[i])) continue;
    let j = i;
    while (j < tokens.length && !taken[j] && isCapitalised(tokens[j]) && !calendar(tokens[j])) j++;
    // "floods in Wauchope": a place no data names, from the gazetteer (gazetteer-places.ts).
    // ("The Halle plant": past a capitalised function word opening the sentence.)
    const known = context ? [...context, ...out] : out;
    const place =
      gazetteerMention(tokens, i, j, lex, known, firstWord) ??
      (j - i >= 2 && lex.stopwords.has(tokens[i].lower) ? gazetteerMention(tokens, i + 1, j, lex, known, firstWord) : undefined);
    if (place) {
      out.push(place);
      i = place.j - 1;
      continue;
    }
    // "Resinas del Laja", "Banco de Chile": a word, a particle and a place the data knows is a
    // body named after the place (the place stays: "Hospital Regional del Cusco" is in Cusco).
    const particles = PARTICLES.has(tokens[j]?.text ?? '') ? (PARTICLES.has(tokens[j + 1]?.text ?? '') ? 2 : 1) : 0;
    const after = j + particles;
    const named =
      particles && j - i === 1 && !lex.stopwords.has(tokens[i].lower) && !lex.bodyWords.has(tokens[i].lower)
        ? (out.find((m) => m.i === after && (m.kind === 'place' || m.kind === 'country')) ??
          (taken[after] || !isCapitalised(tokens[after]) ? undefined : gazetteerMention(tokens, after, after + 1, lex, out, firstWord)))
        : undefined;
    if (named) {
      const end = named.j;
      if (!out.includes(named)) out.push(named);
      out.push({
        kind: 'org',
        id: draftBodyId(tokens, i, end),
        i,
        j: end,
        text: tokensText(tokens, i, end),
      });
      i = end - 1;
      continue;
    }
    const len = j - i;
    const stop = lex.stopwords.has(tokens[i].lower);
    const from = stop ? i + 1 : i;
    const titleNext = tokens[j]?.lower === "'s" && out.some((m) => m.kind === 'title' && m.i === j + 1);
    // ("UNICEF's country director": a name in capitals is a body's.)
    if (len === 1 && titleNext && !stop && /^\p{Lu}{2,}$/u.test(tokens[i].text)) {
      out.push({ kind: 'org', id: tokens[i].lower, i, j, text: tokens[i].text });
    } else if (len === 1 && titleNext && !stop) {
      // "Kazakhstan's president": a country the data does not know, by the office after it.
      out.push({ kind: 'country', id: tokens[i].lower, i, j, text: tokens[i].text });
    } else if (j - from >= 2) {
      // "the Yarrabee Creek bushfire", "the Pir Baba area": a name before a common noun modifies
      // it; it names no one who could speak.
      if (attributive(tokens, j, lex)) {
        i = j - 1;
        continue;
      }
      // ("the PJ's Northern Directorate", "the Gdansk Regional Prosecutor's Office": a body's name,
      // whose last word says what kind of body; no one's surname.)
      const body = lex.bodyWords.has(tokens[j - 1].lower);
      // ("the Indian Council of Medical Research": a name after a body's word and "of" is the
      // rest of the body's name.)
      const head = tokens[from - 1]?.lower === 'of' || tokens[from - 1]?.lower === 'for' ? from - 2 : -1;
      if (!body && head >= 0 && /^\p{Lu}/u.test(tokens[head].text) && lex.bodyWords.has(tokens[head].lower)) {
        out.push({ kind: 'org', id: draftBodyId(tokens, head, j), i: head, j, text: tokensText(tokens, head, j) });
        i = j - 1;
        continue;
      }
      const id = body ? draftBodyId(tokens, from, j) : tokens[j - 1].lower;
      out.push({ kind: body ? 'org' : 'name', id, i: from, j, text: tokensText(tokens, from, j) });
    } else if (len === 1 && !stop && bodyOf(tokens, i, lex)) {
      // ("the Chamber of Agriculture estimated": one capitalised word after a body's word and
      // "of" is the rest of the body's name, as above.)
      // ("the Department of Mines and Geology": joined capitalised words go on with it.)
      let e = j;
      while (NAME_JOINS.has(tokens[e]?.lower ?? '') && isCapitalised(tokens[e + 1] ?? NO_TOKEN) && !taken[e + 1]) e += 2;
      out.push({ kind: 'org', id: draftBodyId(tokens, i - 2, e), i: i - 2, j: e, text: tokensText(tokens, i - 2, e) });
      j = e;
    } else if (len === 1 && !stop && !tokens[i].text.includes('-')) {
      // A single capitalised word is a name only by an attribution verb ("Kirby said",
      // "said Kirby") or after a title ("spokesperson Kirby").
      const cueAfter = lex.cues.matchAt(tokens, j)?.values.includes('verb');
      const cueBefore = i > 0 && !!lex.cues.matchAt(tokens, i - 1)?.values.includes('verb');
      const titled = out.some((m) => m.kind === 'title' && m.j === i) || apposedToCue(tokens, j, lex, out);
      // "Authorities said", "Officials said": a plural common noun opening the sentence is a
      // generic speaker, no one's name.
      const plural = i === firstWord && !titled && pluralNoun(tokens[i].lower);
      if ((cueAfter || cueBefore || titled) && !plural) out.push({ kind: 'name', id: tokens[i].lower, i, j, text: tokens[i].text });
    }
    i = j - 1;
  }
  out.sort((a, b) => a.i - b.i || RANK[a.kind] - RANK[b.kind]);
  return out;
}

/** Words joining the words of a body's name ("Mines and Geology"). */
const NAME_JOINS = new Set(['and', '&']);
const NO_TOKEN: Token = { word: false, text: '', lower: '', start: 0, end: 0 };

/** A body's word (capitalised, no other name's) and "of"/"for" right before token i. */
function bodyOf(tokens: Token[], i: number, lex: Lexicon): boolean {
  const of = tokens[i - 1]?.lower;
  const head = tokens[i - 2];
  return (of === 'of' || of === 'for') && !!head && /^\p{Lu}/u.test(head.text) && lex.bodyWords.has(head.lower);
}

/** "Carrick, the Chancellor of the Exchequer, said", "Ndegwa, 61, said": a person's apposition (an
 *  office the data knows, or an age) set off by commas right after the word, then an attribution
 *  verb ("KSrelief, the Saudi aid agency, pledged" names no office: not read so). */
function apposedToCue(tokens: Token[], j: number, lex: Lexicon, known: Mention[]): boolean {
  if (tokens[j]?.text !== ',' || !APPOSITION_OPENS.test(tokens[j + 1]?.lower ?? '')) return false;
  for (let c = j + 2; c < tokens.length && c - j <= 12; c++) {
    if (tokens[c].text === '.' || tokens[c].text === ';') return false;
    if (tokens[c].text !== ',') continue;
    const person = /^\d/.test(tokens[j + 1].text) || known.some((m) => m.kind === 'title' && m.i > j && m.j <= c);
    return person && !!lex.cues.matchAt(tokens, c + 1)?.values.includes('verb');
  }
  return false;
}
const APPOSITION_OPENS = /^(?:the|a|an|his|her|their|its|\d{1,3})$/;

/** Whether a word is the plural of a common noun ("officials"; "authorities", which WordNet also
 *  lists as a noun of its own). */
function pluralNoun(w: string): boolean {
  const n = nounOf(w);
  if (n && n !== w) return true;
  return w.endsWith('ies') && nounOf(w.slice(0, -3) + 'y') === w.slice(0, -3) + 'y';
}

/** Whether the word at `j` is a lower-case common noun (not a verb of saying or an auxiliary), so
 *  that a name just before it is used as a modifier. */
function attributive(tokens: Token[], j: number, lex: Lexicon): boolean {
  const t = tokens[j];
  if (!t?.word || t.text !== t.lower || lex.stopwords.has(t.lower) || lex.cues.matchAt(tokens, j)) return false;
  return nounOf(t.lower) === t.lower || lemmaOf(t.lower) === undefined;
}
