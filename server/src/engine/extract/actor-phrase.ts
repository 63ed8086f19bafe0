// Where the actor phrase around an attribution cue starts and ends: back over names, titles and
// appositions (and a relative clause read whole), forward over a list of names. Used by actors.ts.
import { APPOSITION, AUXILIARY, BOUNDARY } from './actor-words';
import { abbreviations } from '../text/sentences';
import type { Token } from '../text/tokens';
import type { Lexicon } from '../data/lexicon';
import { placeKey } from '../data/gazetteer';
import { lemmaOf, properOnly } from '../data/wordnet';
import type { ActorRef } from '../types';
import type { Mention } from './mentions';

/** Tokens an actor phrase may reach from its cue. */
const WINDOW = 22;

/**
 * Start of the actor phrase before a cue. It crosses a comma only into an apposition made of names,
 * titles and function words ("Andrii Kovalenko, the head of ..., wrote"), never into a clause
 * ("Responding to Ukrainian intelligence reports, Pentagon ... Singh confirmed").
 */
export function scanBack(
  tokens: Token[],
  from: number,
  inQuote: (i: number) => boolean,
  inMention: (i: number) => boolean,
  inPlace: (i: number) => boolean = () => false,
): number {
  let lo = from;
  const clause = relativeClause(tokens, from, inQuote) ?? describingClause(tokens, from, inQuote, inMention);
  const reach = WINDOW + (clause !== undefined ? from - clause : 0);
  for (let k = from - 1; k >= 0 && from - k <= reach; k--) {
    const t = tokens[k];
    if (inQuote(k)) break;
    if (clause !== undefined && k >= clause) {
      lo = k;
      continue;
    }
    if (t.lower === 'and' && !inMention(k)) {
      // "The Washington Times and NHK World reported": names on both sides.
      if (k > 0 && inMention(k - 1) && (inMention(k + 1) || (tokens[k + 1]?.lower === 'the' && inMention(k + 2)))) {
        lo = k;
        continue;
      }
      // "Nikhil Varadarajan, Vyoma's co-founder and chief executive, told": two offices joined in
      // an apposition set off by commas (an office the data knows after "and", a comma before the cue).
      if (k > 0 && tokens[k - 1].word && inMention(k + 1) && tokens.slice(k + 1, from).some((t) => t.text === ',')) {
        lo = k;
        continue;
      }
      break;
    }
    // "health officer Dr. Esperanza Lumbay said": the dot of an honorific ends no phrase.
    const honorific = t.text === '.' && k > 0 && tokens[k - 1].end === t.start && abbreviations().has(tokens[k - 1].text + '.');
    if (BOUNDARY.has(t.lower) && !inMention(k) && !honorific) break;
    // "The IFS, an independent think tank, has estimated": the auxiliary is the verb's own.
    const nextToVerb = tokens.slice(k + 1, from).every((x) => AUXILIARY.has(x.lower));
    if (t.text === ',' && lo < from && !nextToVerb) {
      let s = k - 1;
      while (s >= 0 && tokens[s].text !== ',' && !(BOUNDARY.has(tokens[s].lower) && !inMention(s))) s--;
      let apposition = s + 1 < k;
      // "Transport Minister Bongani Sithole, ...": a capitalised word is part of a name or title.
      for (let x = s + 1; x < k && apposition; x++)
        apposition =
          inMention(x) || APPOSITION.has(tokens[x].lower) || (/^\p{Lu}/u.test(tokens[x].text) && (x > s + 1 || inMention(x + 1)));
      // "raids in Ukraine, Poland and Spain, Europol said": a list of places ends the clause before.
      let places = true;
      for (let x = s + 1; x < k && places; x++) places = inPlace(x) || /^(?:and|or)$/.test(tokens[x].lower);
      if (!apposition || places) break;
    }
    lo = k;
  }
  return lo;
}

/** Words opening a relative clause: a person's ("who", "whose") or a body's ("which"). */
const RELATIVE_OPENERS = new Set(['who', 'whose', 'which']);

/**
 * A relative clause between a subject and its verb, read whole: "Sithole, who visited the crash
 * site on Saturday and hospitals in Estcourt on Sunday, said"; "Verdemar Shipping Corp., which
 * operated the ferry, said". The index of the comma before "who", or undefined.
 */
function relativeClause(tokens: Token[], from: number, inQuote: (i: number) => boolean): number | undefined {
  if (tokens[from - 1]?.text !== ',') return undefined;
  for (let k = from - 2; k > 0 && from - k <= 2 * WINDOW; k--) {
    if (tokens[k].text === ',' || inQuote(k)) return undefined;
    if (RELATIVE_OPENERS.has(tokens[k].lower) && tokens[k - 1].text === ',') return k - 1;
  }
  return undefined;
}

/**
 * A description of a name between it and its verb, read whole though it holds a list: "The
 * Australian Freight Council, an industry group representing importers, exporters and freight
 * forwarders, estimated". The index of the comma before "a"/"an", or undefined.
 */
function describingClause(
  tokens: Token[],
  from: number,
  inQuote: (i: number) => boolean,
  inMention: (i: number) => boolean,
): number | undefined {
  if (tokens[from - 1]?.text !== ',') return undefined;
  for (let k = from - 2; k > 1 && from - k <= 2 * WINDOW; k--) {
    if (inQuote(k) || tokens[k].text === '.' || tokens[k].text === ';') return undefined;
    // (Only a description holding a list: a plain one is an apposition scanBack reads as such.)
    if ((tokens[k].lower === 'a' || tokens[k].lower === 'an') && tokens[k - 1].text === ',' && inMention(k - 2))
      return tokens.slice(k, from - 1).some((t) => t.lower === 'and' || t.lower === 'or') ? k - 1 : undefined;
  }
  return undefined;
}

export function scanForward(
  tokens: Token[],
  from: number,
  inQuote: (i: number) => boolean,
  max: number,
  inMention: (i: number) => boolean,
  inName: (i: number) => boolean = () => false,
): number {
  let hi = from;
  for (let k = from; k < tokens.length && k - from < max; k++) {
    const t = tokens[k];
    // "According to Washington, Seoul and Kyiv, ...": a list of names goes on past its commas.
    if (t.text === ',' && !inQuote(k) && listGoesOn(tokens, k, inMention)) continue;
    // "said Grace Adeyemi, UNICEF's country director.": an apposition closing the sentence.
    if (t.text === ',' && hi > from && !inQuote(k)) {
      const end = closingApposition(tokens, k + 1, inMention, inName) ?? closingName(tokens, from, k, inName);
      if (end !== undefined) return end;
    }
    // "said Dr. Ana Lucía Farfán": the dot of an honorific ends no phrase.
    const honorific = t.text === '.' && k > 0 && tokens[k - 1].end === t.start && abbreviations().has(tokens[k - 1].text + '.');
    if (inQuote(k) || (!inMention(k) && !honorific && ((BOUNDARY.has(t.lower) && t.lower !== 'and') || t.text === ','))) break;
    hi = k + 1;
  }
  return hi;
}

/** The end of an apposition from `from` to the sentence's end: bodies, places and titles the data or
 *  the sources know and the words that join them ("UNICEF's country director", "the head of the
 *  agency"); undefined if anything else stands there. */
function closingApposition(
  tokens: Token[],
  from: number,
  inMention: (i: number) => boolean,
  inName: (i: number) => boolean,
): number | undefined {
  let named = false;
  let k = from;
  for (; k < tokens.length && k - from < 10; k++) {
    const t = tokens[k];
    if (t.text === '.' || t.text === '!' || t.text === '?') break;
    // (A second person's name is no apposition: "..., commander of the District Southern Tagalog".)
    if (inName(k)) return undefined;
    if (inMention(k)) named = true;
    else if (!APPOSITION.has(t.lower)) return undefined;
  }
  const last = tokens[k];
  return named && k > from && (!last || last.text === '.' || last.text === '!' || last.text === '?') ? k : undefined;
}

/** "said the committee's chairperson, Nomvula Gumede.": after an office that names no one, the
 *  name closing the sentence is whose office it is (the end of the name), else undefined. */
function closingName(tokens: Token[], from: number, comma: number, inName: (i: number) => boolean): number | undefined {
  for (let k = from; k < comma; k++) if (inName(k)) return undefined;
  let k = comma + 1;
  while (k < tokens.length && inName(k)) k++;
  const last = tokens[k];
  return k > comma + 1 && (!last || last.text === '.' || last.text === '!' || last.text === '?') ? k : undefined;
}

/** At a comma: whether names follow, separated by commas, and the list closes with "and" and a
 *  name ("Washington, Seoul and Kyiv"); "according to Ukraine, Russia has ..." is no list. */
function listGoesOn(tokens: Token[], comma: number, inMention: (i: number) => boolean): boolean {
  let k = comma + 1;
  for (let n = 0; n < 6 && k < tokens.length; n++) {
    if (!inMention(k)) return false;
    while (k < tokens.length && inMention(k)) k++;
    const t = tokens[k];
    if (t?.lower === 'and') return inMention(k + 1) || (tokens[k + 1]?.lower === 'the' && inMention(k + 2));
    if (t?.text !== ',') return false;
    k++;
  }
  return false;
}

/**
 * The place whose office a titled person holds: a place's name right before the phrase's title
 * ("Oriental Mindoro Governor Lourdes Paglinawan") or after "of" right after the name ("Governor
 * Lourdes Paglinawan of Oriental Mindoro"), as a place id the data or the gazetteer gives.
 */
export function seatOf(
  tokens: Token[],
  from: number,
  person: { i: number; j: number },
  mentions: readonly Mention[],
  lex: Lexicon,
  to = from,
): string | undefined {
  // "Izmir's provincial health director", "Manisa provincial health director": a place the data
  // knows right before the office, inside the phrase.
  const title = (k: number) => mentions.some((t) => t.kind === 'title' && t.i === k);
  const inner = mentions.find(
    (m) => m.kind === 'place' && m.i >= from && m.j <= to && (title(m.j) || (/^['’]s$/.test(tokens[m.j]?.text ?? '') && title(m.j + 1))),
  );
  if (inner) return inner.id;
  // "Kathmandu Metropolitan City (KMC) Mayor Bikram Tamrakar": the place a body before the office
  // is named for (its first words, a place the data knows), past the body's acronym in brackets.
  const body = mentions.find((m) => m.kind === 'org' && m.i >= from && m.j - m.i > 1 && title(afterAcronym(tokens, m.j)));
  const named = body && lex.entities.matchAt(tokens.slice(body.i, body.j - 1), 0);
  const town = named?.values.find((v) => v.kind === 'place');
  if (town) return town.id;
  const of =
    tokens[person.j]?.lower === 'of'
      ? mentions.find((m) => m.i === person.j + 1 && (m.kind === 'place' || m.kind === 'country'))
      : undefined;
  if (of) return of.id;
  // The capitalised words right before the phrase: a place the data knows, or the name as written
  // (compared as written: a body or a person named there is no seat).
  let a = from;
  while (a > 0 && from - a < 3 && tokens[a - 1].word && /^\p{Lu}/u.test(tokens[a - 1].text)) a--;
  if (a === from || mentions.some((m) => m.i < from && m.j > a && (m.kind === 'org' || m.kind === 'person' || m.kind === 'title')))
    return undefined;
  // (A name: no function word, and one word at least that is no English word: "Oriental Mindoro".)
  const run = tokens.slice(a, from);
  if (run.some((t) => lex.stopwords.has(t.lower)) || run.every((t) => lemmaOf(t.lower) !== undefined && !properOnly(t.lower)))
    return undefined;
  const hit = lex.entities.matchAt(tokens, a);
  const place = hit && a + hit.length === from ? hit.values.find((v) => v.kind === 'place' || v.kind === 'country') : undefined;
  return place
    ? place.id
    : placeKey(
        tokens
          .slice(a, from)
          .map((t) => t.text)
          .join(' '),
      );
}

/** The token after a bracketed acronym at `k` ("(KMC)"), or `k` when there is none. */
const afterAcronym = (tokens: Token[], k: number) =>
  tokens[k]?.text === '(' && tokens[k + 2]?.text === ')' && /^\p{Lu}{2,}$/u.test(tokens[k + 1]?.text ?? '') ? k + 3 : k;

/** Words joining an office to its body: "spokesman for the", "president of the", "analyst at". */
const OFFICE_OF = new Set(['for', 'of', 'at']);

/**
 * A body the data does not know, named right after a person's office: "Markus Feld, a spokesman for
 * the Federal Criminal Police Office" -> "~federal-criminal-police-office". Two capitalised words at
 * least, the last a word for a body ("office", "union", "commission"); a possessive may stand inside
 * ("Prosecutor's Office"). The id's "~" marks it as the draft's own (no entry in the data).
 */
export function bodyAfterOffice(tokens: Token[], titles: readonly Mention[], known: readonly Mention[], lex: Lexicon): string | undefined {
  for (const t of titles) {
    let k = t.j;
    if (!OFFICE_OF.has(tokens[k]?.lower ?? '')) continue;
    k++;
    if (tokens[k]?.lower === 'the') k++;
    const start = k;
    // "Vice Minister of Health Aigerim Serikbayeva": a minister of a field is of its ministry (the
    // "Health Ministry" the draft names), the field's common words before any name.
    if (/\bminister$/.test(t.id)) {
      const field: string[] = [];
      for (
        let f = k;
        f < k + 3 && tokens[f]?.word && /^\p{Lu}\p{Ll}+$/u.test(tokens[f].text) && lemmaOf(tokens[f].lower) !== undefined;
        f++
      )
        field.push(tokens[f].lower);
      // ("Minister for Justice Helen Costigan": a run of capitalised words ending the phrase ends
      // in the minister's own name, a given name and a surname.)
      let run = k;
      while (tokens[run]?.word && /^\p{Lu}/u.test(tokens[run].text)) run++;
      if (run - k >= 3 && field.length > run - k - 2) field.length = Math.max(1, run - k - 2);
      const id = `${field.join('-')}-ministry`;
      if (field.length) return lex.names.has(id) ? id : `~${id}`;
    }
    const words: string[] = [];
    while (k < tokens.length && k - start < 8) {
      const x = tokens[k];
      if (x.word && /^\p{Lu}/u.test(x.text)) words.push(x.lower);
      else if (!(/^['’]s?$/.test(x.text) && x.start === tokens[k - 1].end && words.length)) break;
      k++;
    }
    if (words.length < 2 || !lex.bodyWords.has(words[words.length - 1])) continue;
    if (known.some((m) => m.i < k && m.j > start)) continue;
    return '~' + words.map((w) => w.replace(/[^\p{L}\p{N}]/gu, '')).join('-');
  }
  return undefined;
}

/** "the Kars Chamber of Agriculture", "Ardahan's Chamber of Agriculture": the place right before a
 *  body the data does not know is where it sits (two chambers of two provinces are two speakers). */
export function bodySeat(tokens: Token[], body: Mention | undefined, all: readonly Mention[]): string | undefined {
  if (!body?.id.startsWith('~')) return undefined;
  const at = (k: number) => all.find((m) => (m.kind === 'place' || m.kind === 'country') && m.j === k)?.id;
  return at(body.i) ?? (/^['’]s$/.test(tokens[body.i - 1]?.text ?? '') ? at(body.i - 1) : undefined);
}

/** "said Ramesh Ghimire, a senior divisional geologist with the department" in a sentence naming
 *  the Department of Mines and Geology: a person's apposition ending in "with the <body's word>" is
 *  of the body the sentence names with that word. */
export function withBodyNamed(actor: ActorRef, tokens: Token[], mentions: Mention[], lex: Lexicon): ActorRef {
  if (!actor.person || actor.orgs.length) return actor;
  let k = tokens.findIndex((t) => t.start >= actor.span.end);
  if (k < 0 || tokens[k].text !== ',' || !/^(?:a|an|the)$/.test(tokens[k + 1]?.lower ?? '')) return actor;
  k += 2;
  const from = k;
  while (k - from < 5 && tokens[k]?.word && tokens[k].text === tokens[k].lower && !/^(?:with|at|of|for)$/.test(tokens[k].lower)) k++;
  if (k === from || !/^(?:with|at|of|for)$/.test(tokens[k]?.lower ?? '') || tokens[k + 1]?.lower !== 'the') return actor;
  const noun = tokens[k + 2]?.lower ?? '';
  if (!lex.bodyWords.has(noun) || tokens[k + 2].text !== noun) return actor;
  const body = mentions.find(
    (m) =>
      m.kind === 'org' &&
      m.text
        .toLowerCase()
        .split(/[^\p{L}]+/u)
        .includes(noun),
  );
  return body ? { ...actor, orgs: [body.id] } : actor;
}
