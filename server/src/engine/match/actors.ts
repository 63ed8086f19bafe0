// Who said it, as comparable keys. A person is the person ("p:singh"); an organisation, an
// anonymous source, or a title with a country ("t:president@russia") stand for unnamed speakers.
// A record's keys also carry its person's organisations and their parents, so "the Pentagon" in a
// draft matches a record of Sabrina Singh, deputy Pentagon press secretary.
import { plainLower } from '../text/plain-letters';
import type { Lexicon } from '../data/lexicon';
import type { ActorRef } from '../types';
import { SURNAME_PARTICLES } from '../extract/actor-words';

export function orgAncestors(id: string, lex: Lexicon, out = new Set<string>()): Set<string> {
  if (out.has(id)) return out;
  out.add(id);
  for (const p of lex.orgs.get(id)?.within ?? []) orgAncestors(p, lex, out);
  return out;
}

/** An organisation's key; a generic body ("foreign ministry") is keyed with its country. */
export function orgKey(o: string, a: ActorRef, lex?: Lexicon): string {
  return lex?.orgs.get(o)?.generic ? `o:${o}@${a.countries[0] ?? '?'}` : 'o:' + o;
}

/** Words for someone holding no office in particular. */
const UNNAMED_OFFICES = new Set(['official', 'officials', 'source', 'sources']);

/** Keys of the actors a draft names (narrow: the person if there is one). */
export function claimActorKeys(actors: ActorRef[], lex?: Lexicon): Set<string> {
  const keys = new Set<string>();
  for (const a of actors) {
    // Whom a statement was made to ("told Kyodo News") is not who made it.
    if (a.role === 'secondary' || a.role === 'recipient' || a.backref) continue;
    if (a.person) for (const k of personKeys(a)) keys.add('p:' + k);
    else if (a.orgs.length || a.anonymous) {
      for (const o of a.orgs) keys.add(seated(orgKey(o, a, lex), o, a));
      if (a.anonymous) keys.add('a:' + a.anonymous);
      // "U.S. officials", "Ukrainian officials": any of that country's speakers.
      if (a.anonymous && !a.orgs.length) for (const c of a.countries) keys.add('c:' + c);
    } else if (a.titles.length && a.countries.length) {
      for (const t of a.titles) for (const c of a.countries) keys.add(`t:${t}@${c}`);
      // "a Ukrainian military official": no office of anyone's, any of that country's speakers (as
      // "Ukrainian officials" are).
      if (a.titles.every((t) => UNNAMED_OFFICES.has(t))) for (const c of a.countries) keys.add('c:' + c);
    } else if (a.titles.length && a.seat) {
      // "Guadalajara's mayor": whoever holds the office there.
      for (const t of a.titles) keys.add(`t:${t}@${a.seat}`);
      // (... and an office of several words names its holder anywhere, as below.)
      for (const t of a.titles.filter(office)) keys.add('t:' + t);
    } else if (a.titles.some(office)) {
      // "the chief district officer said": whoever the records give that office.
      for (const t of a.titles.filter(office)) keys.add('t:' + t);
    } else for (const c of a.countries) keys.add('c:' + c);
  }
  return keys;
}

/** A person's keys: the last word of the name, and in a name of three words or more the one before
 *  it, which is the surname where a second family name follows ("Mariela Cárdenas Ruiz" is
 *  "Cárdenas" to a later sentence, "Hernán Mosquera Villa" "Mosquera"). */
export function personKeys(a: Pick<ActorRef, 'person' | 'text'>): string[] {
  if (!a.person) return [];
  const words = a.text.split(/[\s,]+/);
  // ("Verónica Ibarra Solís" is "solis": compared in plain letters.)
  const at = words.findIndex((w) => plainLower(w) === a.person || w.toLowerCase() === a.person);
  if (at < 2 || !words.slice(at - 2, at + 1).every((w) => /^\p{Lu}\p{Ll}/u.test(w))) return [a.person];
  return [a.person, words[at - 1].toLowerCase()];
}

/** Keys of a record's actors (broad: a person's organisations, their parents and countries). */
export function recordActorKeys(actors: ActorRef[], lex: Lexicon): Set<string> {
  const keys = new Set<string>();
  for (const a of actors) {
    if (a.role === 'secondary' || a.backref) continue;
    if (a.person) for (const k of personKeys(a)) keys.add('p:' + k);
    for (const o of a.orgs) {
      // (A body of the draft's words with its place: "the Chamber of Agriculture" speaks for the
      // Kars one, "Ardahan's Chamber of Agriculture" does not.)
      if (seated('', o, a)) keys.add(seated(orgKey(o, a, lex), o, a));
      for (const x of orgAncestors(o, lex)) {
        keys.add(orgKey(x, a, lex));
        const c = lex.orgs.get(x)?.country;
        if (c) keys.add('c:' + c);
      }
    }
    if (a.anonymous) keys.add('a:' + a.anonymous);
    for (const c of a.countries) keys.add('c:' + c);
    for (const t of a.titles) for (const c of a.countries) keys.add(`t:${t}@${c}`);
  }
  return keys;
}

/** A body no data knows, keyed with the place it sits in when the text names one. */
function seated(key: string, o: string, a: ActorRef): string {
  return o.startsWith('~') && a.seat && !a.person ? `${key}@${a.seat}` : key;
}

/** An office of several words ("chief district officer", "home minister") names its holder in a
 *  story; a word alone ("minister", "spokesman") may be anyone's. */
export const office = (t: string) => t.includes(' ');

export function intersects(a: Set<string>, b: Set<string>): boolean {
  for (const x of a) if (b.has(x)) return true;
  return false;
}

/** Short display name of a record's actor: "Sabrina Singh, Pentagon". */
export function actorLabel(actors: ActorRef[], lex: Lexicon): string | undefined {
  const a = actors.find((x) => x.role === 'primary' && !x.backref);
  if (!a) return undefined;
  const parts: string[] = [];
  if (a.person) parts.push(personName(a));
  for (const o of a.orgs) parts.push(lex.names.get(o) ?? bodyName(o));
  if (!parts.length && a.anonymous) parts.push(a.text || a.anonymous);
  if (!parts.length) parts.push(a.text);
  return parts.filter(Boolean).join(', ') || undefined;
}

/** A body the data does not know ("~northern-directorate"), as words: "Northern Directorate". */
function bodyName(o: string): string {
  if (!o.startsWith('~')) return o;
  return o
    .slice(1)
    .split('-')
    .map((w) => (w.length > 3 || !SMALL_WORDS.has(w) ? w.charAt(0).toUpperCase() + w.slice(1) : w))
    .join(' ');
}
const SMALL_WORDS = new Set(['of', 'for', 'and', 'the', 'de', 'del', 'la']);

function personName(a: ActorRef): string {
  // The capitalised words of the actor phrase that end with the surname (its id has no accents:
  // "Koudelková" is "koudelkova").
  const words = a.text.split(/\s+/);
  const last = words.findIndex(
    (w) =>
      plainLower(w)
        .replace(/['’]s$/, '')
        // ("Hang'ombe" is "hang-ombe": an apostrophe inside a name is a hyphen in its id.)
        .replace(/(?<=\p{L})['’](?=\p{L})/gu, '-')
        .replace(/[^\p{L}-]/gu, '') === a.person,
  );
  if (last < 0) return a.person ?? a.text;
  let first = last;
  // "Lotte van Dam": a surname's particle in lower case stays with it.
  const particle = (k: number) => SURNAME_PARTICLES.has(words[k]) && k > 0 && /^\p{Lu}/u.test(words[k - 1]);
  while (first > 0 && ((/^\p{Lu}/u.test(words[first - 1]) && !/,$/.test(words[first - 1])) || particle(first - 1))) first--;
  return words
    .slice(first, last + 1)
    .join(' ')
    .replace(/[,;:]+$/, '');
}
