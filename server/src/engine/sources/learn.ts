// Entities learned from the source articles themselves, so a newsroom's own story works without an
// alias file: organisations introduced with their acronym ("the National Office of Electoral
// Processes (ONPE)"), people introduced with an office ("Lucía Benavides, head of ONPE's regional
// office", "police chief Colonel Jorge Ampuero"), and places named as such ("Caylloma province",
// the dateline "AREQUIPA, June 9 (Andes Wire) -"). What is learned has the shape of an alias file
// (server/data/entities.yaml): the data merges it between the bundled entries and the user's alias
// files, so a user's file corrects it. `factcheck records` lists it per source.
import { plainLower } from '../text/plain-letters';
import type { Lexicon } from '../data/lexicon';
import { gazetteerEntries, placeKey } from '../data/gazetteer';
import { lemmaOf, properOnly } from '../data/wordnet';
import { tokenize, tokensText, type Token } from '../text/tokens';
import { learnTitles, officeAfter, officeBefore } from './learn-titles';
import { outletOf } from './learn-outlets';
import { bodyOfName, CONNECTORS, employerAfter, innerPossessive, isCap } from './learn-bodies';
import type { LearnedEntities, Source } from '../types';

export type { LearnedEntities } from '../types';

/** Nouns for a body that may be named by what it calls itself ("a group calling itself ..."). */
const BODY_NOUNS = new Set(['group', 'gang', 'organisation', 'organization', 'movement', 'militia', 'network', 'collective', 'faction', 'outfit', 'cell', 'coalition', 'alliance', 'company', 'firm']);
/** Capitalised words that never start a learned name (sentence openers and the like). */
const NOT_NAMES = new Set(['the', 'a', 'an', 'in', 'on', 'at', 'by', 'for', 'of', 'and', 'but', 'as', 'after', 'before', 'with', 'from', 'to', 'this', 'that', 'these', 'those', 'it', 'he', 'she', 'they', 'we', 'i', 'his', 'her', 'their', 'our', 'read', 'more', 'also', 'meanwhile', 'however', 'reporting', 'editing', 'writing', 'additional']);
const MONTHS = /^(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sept?(ember)?|oct(ober)?|nov(ember)?|dec(ember)?)\.?$/i;

const isAcronym = (t: Token | undefined): t is Token => !!t && /^\p{Lu}[\p{Lu}\d&]{1,7}$/u.test(t.text.replace(/\./g, ''));
const slug = (s: string) => plainLower(s).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/** Plural place nouns after a list of names, with their singular ("districts" -> "district"). */
const pluralsOf = (nouns: Set<string>) =>
  new Map([...nouns].map((n) => [n.endsWith('y') ? n.slice(0, -1) + 'ies' : n.endsWith('s') ? n : n + 's', n] as [string, string]));

/** A list of capitalised names (one to three words each) joined by commas and a last "and" / "or",
 *  closed by a plural place noun ("Buner, Swat and Shangla districts"): the names' token ranges and
 *  the singular noun, or undefined. */
function placeList(
  tokens: Token[],
  i: number,
  known: (i: number) => boolean,
  plurals: Map<string, string>,
): { names: [number, number][]; noun: string; end: number } | undefined {
  const names: [number, number][] = [];
  let k = i;
  let joined = false;
  for (;;) {
    const a = k;
    while (isCap(tokens[k]) && !known(k) && !NOT_NAMES.has(tokens[k].lower) && k - a < 3) k++;
    if (k === a) return undefined;
    names.push([a, k]);
    const t = tokens[k];
    if (!t) return undefined;
    if (names.length >= 2 && joined && plurals.has(t.lower) && t.text === t.lower) return { names, noun: plurals.get(t.lower)!, end: k };
    if (joined) return undefined;
    if (t.text === ',') k++;
    if (tokens[k]?.lower === 'and' || tokens[k]?.lower === 'or') {
      joined = true;
      k++;
    } else if (t.text !== ',') return undefined;
    if (names.length > 8) return undefined;
  }
}

/** What one source teaches, given the entities the data already knows (those are not learned again). */
export function learnEntities(source: Source, lex: Lexicon): LearnedEntities {
  const body = source.text.slice(source.bodyStart);
  const tokens = tokenize(body);
  const known = (i: number) => !!lex.entities.matchAt(tokens, i);
  const plurals = pluralsOf(lex.placeNouns);
  const orgs = new Map<string, Set<string>>();
  const people = new Map<string, Set<string>>();
  const places = new Map<string, Set<string>>();
  /** Where the source names people (token spans), for the offices next to them. */
  const names: [number, number][] = [];
  const add = (m: Map<string, Set<string>>, id: string, ...names: string[]) => {
    if (!id) return;
    let s = m.get(id);
    if (!s) m.set(id, (s = new Set()));
    for (const n of names) if (n) s.add(n);
  };

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    // "Long Name (ACR)": an organisation with its acronym.
    // ... or with its short name ("the National Fisheries and Aquaculture Service (Sernapesca)"):
    // one capitalised word that is no English word, after a body's name (of several words, with a
    // joining word or a body's noun: not a person with their party).
    const short = !isAcronym(tokens[i + 1]) && shortName(tokens[i + 1]) && tokens[i + 2]?.text === ')';
    if (t.text === '(' && (isAcronym(tokens[i + 1]) || (short && bodyNameBefore(tokens, i))) && tokens[i + 2]?.text === ')' && !known(i + 1)) {
      let s = i;
      // "United Nations Children's Fund (UNICEF)": a possessive inside the name keeps it whole.
      const possessive = (t: Token | undefined) => !!t && (t.lower === "'s" || t.lower === '’s');
      // "Authority for the Financial Markets (AFM)": two connectors may stand between capitals.
      // ("Kenya Smallholder Farmers' Union (KSFU)": and a plural's possessive.)
      const joins = (k: number) => CONNECTORS.has(tokens[k]?.lower ?? '') || possessive(tokens[k]) || innerPossessive(tokens, k);
      // ("Foreign, Commonwealth and Development Office (FCDO)": a comma between capitals, kept
      // only when the initials below show it inside the name.)
      const comma = (k: number) => tokens[k]?.text === ',' && isCap(tokens[k + 1]);
      while (
        s > 0 &&
        (isCap(tokens[s - 1]) ||
          ((joins(s - 1) || comma(s - 1)) && isCap(tokens[s - 2])) ||
          (joins(s - 1) && CONNECTORS.has(tokens[s - 2]?.lower ?? '') && isCap(tokens[s - 3]))) &&
        i - s < 10
      )
        s--;
      while (s < i && (CONNECTORS.has(tokens[s].lower) || NOT_NAMES.has(tokens[s].lower))) s++;
      const acr = tokens[i + 1].text;
      // "Julio Zegarra of Fuerza Regional Chili (FRC)": the shortest tail whose initials spell the
      // acronym is the name; an acronym of another language keeps the whole run.
      let spelt = false;
      for (let k = i - 1; k >= s && !short; k--) {
        if (isCap(tokens[k]) && initials(tokens, k, i) === acr.replace(/\./g, '').toUpperCase()) {
          s = k;
          spelt = true;
          break;
        }
      }
      if (!spelt) for (let k = i - 1; k >= s; k--) if (tokens[k].text === ',') s = k + 1;
      // ("the Food and Agriculture Organization's (FAO) forecaster": the name without its possessive.)
      let e = i;
      if (e - 1 > s && possessive(tokens[e - 1])) e--;
      if (s < e) add(orgs, slug(acr), tokensText(tokens, s, e), acr);
      else add(orgs, slug(acr), acr);
      continue;
    }
    // "Caylloma province", "the Arequipa region": a place.
    if (isCap(t) && !known(i) && !NOT_NAMES.has(t.lower) && !MONTHS.test(t.text) && !isWord(t.lower)) {
      let j = i;
      while (isCap(tokens[j + 1]) && !lex.placeNouns.has(tokens[j + 1].lower) && j - i < 3) j++;
      const noun = tokens[j + 1];
      // "Caylloma province", and "Olomouc Region" with the noun capitalised as part of the name.
      if (noun && lex.placeNouns.has(noun.lower) && (noun.text === noun.lower || noun.text === cap(noun.lower))) {
        const name = tokensText(tokens, i, j + 1);
        add(places, slug(name), name, `${name} ${noun.text}`, `${name} ${cap(noun.text)}`);
      } else {
        // "Buner and Swat districts", "Buner, Swat and Shangla districts": each name is a place.
        const list = placeList(tokens, i, known, plurals);
        if (list) {
          for (const [a, b] of list.names) {
            const name = tokensText(tokens, a, b);
            add(places, slug(name), name, `${name} ${list.noun}`, `${name} ${cap(list.noun)}`);
          }
          j = list.end;
        }
      }
      i = j;
    }
  }
  // "a ransomware group calling itself Black Kestrel", "a militia known as the Tiger Brigade": a
  // body named by what it calls itself.
  for (let i = 0; i + 2 < tokens.length; i++) {
    const calls =
      (tokens[i].lower === 'calling' && (tokens[i + 1].lower === 'itself' || tokens[i + 1].lower === 'themselves')) ||
      (tokens[i].lower === 'known' && tokens[i + 1].lower === 'as');
    if (!calls || !BODY_NOUNS.has(tokens[i - 1]?.lower ?? '')) continue;
    let a = i + 2;
    if (tokens[a]?.lower === 'the') a++;
    let b = a;
    while (isCap(tokens[b]) && b - a < 4) b++;
    if (b > a && !known(a)) {
      const name = tokensText(tokens, a, b);
      add(orgs, slug(name), name);
    }
  }
  // The dateline: "AREQUIPA, Peru, June 9 (Andes Wire) -" names the place the story was filed from.
  const dateline = /^\s*([\p{Lu}][\p{Lu} .'’-]{2,40}),\s+(?:[\p{L} ]{2,30},\s+)?[\p{L}]{3,9}\.?\s+\d{1,2}\b/mu.exec(body);
  if (dateline) {
    const upper = dateline[1].trim();
    const name = upper.toLowerCase().replace(/(^|[\s'’-])\p{L}/gu, (m) => m.toUpperCase());
    if (!lex.entities.matchAt(tokenize(name), 0)) add(places, slug(name), name, upper);
  }
  // People: a name of two to four capitalised words next to an office or an attribution verb.
  for (let i = 0; i < tokens.length; i++) {
    if (!isCap(tokens[i]) || known(i) || NOT_NAMES.has(tokens[i].lower) || isAcronym(tokens[i])) continue;
    let j = i;
    // ("Falkenrath AG": a company word in capitals ends the name, as "Corp." does.)
    while (
      j + 1 < tokens.length &&
      isCap(tokens[j + 1]) &&
      !known(j + 1) &&
      (!isAcronym(tokens[j + 1]) || lex.companyWords.has(tokens[j + 1].lower)) &&
      j - i < 3
    )
      j++;
    // "United Mineworkers' Union", "Gdansk Regional Prosecutor's Office": a possessive inside a body's name.
    // (A common noun's: "Nepal's National Seismological Centre" is Nepal's centre.)
    for (let k = j; k + 2 < tokens.length && innerPossessive(tokens, k + 1) && isWord(tokens[k].lower) && !properOnly(tokens[k].lower) && isCap(tokens[k + 2]) && !known(k + 2) && k + 2 - i <= 4; ) {
      k += 2;
      while (k + 1 < tokens.length && isCap(tokens[k + 1]) && !known(k + 1) && k + 1 - i <= 4) k++;
      if (lex.bodyWords.has(tokens[k].lower) || lex.companyWords.has(tokens[k].lower)) j = k;
    }
    if (j === i) {
      // "the Department of Mines and Geology", "the Chamber of Agriculture": a body's word, "of" and
      // a capitalised run is a body's whole name (not the tail of one named before it).
      const named = bodyOfName(tokens, i, lex);
      if (named && !isCap(tokens[i - 1]) && !(/^['’]s$/.test(tokens[i - 1]?.text ?? '') && isCap(tokens[i - 2]))) {
        const name = tokensText(tokens, i, named);
        add(orgs, [...orgs].find(([, names]) => names.has(name))?.[0] ?? slug(name), name);
        i = named - 1;
      }
      continue;
    }
    // A name whose first word is an English word ("Intelligence Agency", "Security Council") is no
    // person's, unless it is just a first name and a surname that is none ("Esther Mwape", "Mark
    // Tennant"): not the tail of a longer capitalised run ("Minerals Development Esther Mwape").
    // "Magistrate Felix Kiprono", "Advocate Lindiwe Cele": an office or a word for a person's role
    // opens no name (the name starts after it).
    if (lex.entities.matchAt(tokens, i)?.values.some((v) => v.kind === 'title')) continue;
    const titleBefore = [1, 2, 3].some((n) => {
      if (i - n < 0) return false;
      const m = lex.entities.matchAt(tokens, i - n);
      return !!m && i - n + m.length === i && m.values.some((v) => v.kind === 'title');
    });
    // "the Philippine Coast Guard", "the Fire Service": a capitalised run ending in a word for a body
    // is one, also in lower case ("the coast guard said"; two words at least, so "the police" stays
    // anyone's police).
    // (The whole name only: not the tail of a longer one, "Security Council" of "National Security
    // and Defense Council".)
    const prev = tokens[i - 1];
    // ("the Philippine Coast Guard": a country's adjective before it says whose it is.)
    const whose = i > 0 && !!lex.entities.matchAt(tokens, i - 1)?.values.some((v) => v.kind === 'demonym' || v.kind === 'country');
    const whole =
      whose || (!(isCap(prev) && !NOT_NAMES.has(prev.lower)) && !(CONNECTORS.has(prev?.lower ?? '') && prev?.lower !== 'the') && prev?.lower !== "'s");
    // (Nor the head of a longer one: "National Institute" of "National Institute of Meteorology".)
    const goesOn = CONNECTORS.has(tokens[j + 1]?.lower ?? '') && isCap(tokens[j + 2]);
    if (whole && !goesOn && lex.bodyWords.has(tokens[j].lower) && !NOT_NAMES.has(tokens[i].lower)) {
      const name = tokensText(tokens, i, j + 1);
      // ... and by its own words past the country's ("Coast Guard").
      // (A body the source also names by its acronym keeps that entry: "India Meteorological
      // Department (IMD)".)
      const full = whose ? `${prev.text} ${name}` : name;
      const id = [...orgs].find(([, names]) => names.has(full) || names.has(name))?.[0] ?? slug(full);
      // ("Turkish State Meteorological Service": "the meteorological service" too.)
      if (whose) add(orgs, id, full, name, ...(j - i >= 2 ? [tokensText(tokens, i + 1, j + 1)] : []));
      else add(orgs, id, name, ...(j - i >= 2 ? [tokensText(tokens, i + 1, j + 1)] : []));
      i = j;
      continue;
    }
    const tail = !titleBefore && (isCap(tokens[i - 1]) || CONNECTORS.has(tokens[i - 1]?.lower ?? ''));
    // "Chitanda Copper Mines Plc said", "Vltava Capital said": a company, taught as a body (also of
    // English words: "Meridian Sea Carriers Ltd").
    if (lex.companyWords.has(tokens[j].lower) && !(tail && isWord(tokens[i].lower))) {
      // ("Hamburg-based Nordavia Container Line": where it is based is no part of its name.)
      if (/-based$/i.test(tokens[i].text) && i < j) i++;
      const name = tokensText(tokens, i, j + 1);
      // ... and by its first word alone, when that word is its own: no English word, place or
      // other name ("Verdemar" for "Verdemar Shipping Corp.", not "Chitanda" of the town).
      const first = tokens[i].text;
      const own = !isWord(tokens[i].lower) && !lex.entities.matchAt(tokens, i) && ![...places.values()].some((n) => n.has(first));
      add(orgs, slug(name), name, ...(own ? [first] : []));
      i = j;
      continue;
    }
    if (isWord(tokens[i].lower) && (tokens.slice(i + 1, j + 1).some((t) => isWord(t.lower)) || tail)) {
      continue;
    }
    const words = tokens.slice(i, j + 1);
    if (words.some((w) => MONTHS.test(w.text) || lex.placeNouns.has(w.lower))) {
      i = j;
      continue;
    }
    const before = lex.entities.matchAt(tokens, i - 1);
    const titledBefore = i > 0 && !!before?.values.some((v) => v.kind === 'title');
    const comma = tokens[j + 1]?.text === ',';
    let titledAfter = false;
    if (comma) for (let k = j + 2; k < Math.min(tokens.length, j + 8) && !titledAfter; k++) titledAfter = !!lex.entities.matchAt(tokens, k)?.values.some((v) => v.kind === 'title');
    // (An office of words the data does not list counts too: "Thomas Brenner, vice-president of".)
    if (!titledAfter && !titledBefore) titledAfter = !!officeAfter(tokens, j + 1, lex) || !!officeBefore(tokens, i, lex);
    const cue = !!lex.cues.matchAt(tokens, j + 1)?.values.includes('verb') || (comma && !!lex.cues.matchAt(tokens, j + 2)?.values.includes('verb'));
    // ("the PNA station in San Pedro, said divers had ...": a place the source names, or a name after
    // a word of place, is no one who speaks.)
    const placed = [...places.values()].some((n) => n.has(tokensText(tokens, i, j + 1))) || AT_PLACE.has(tokens[i - 1]?.lower ?? '');
    if ((titledBefore || titledAfter || cue) && !(placed && !titledBefore)) {
      // "Priya Raman, an analyst at Halden & Co.": where the person works is a body too.
      const employer = comma ? employerAfter(tokens, j + 2, lex) : undefined;
      // (... unless the source has already given it with its acronym.)
      const employs = employer && tokensText(tokens, ...employer);
      if (employer && employs && !known(employer[0]) && ![...orgs.values()].some((n) => [...n].some((x) => x.startsWith(employs)))) add(orgs, slug(employs), employs);
      // ("AirNav Indonesia, the country's air navigation provider, closed ...": a name ending in a
      // country's name is a body of it, not a person called "Indonesia".)
      if (j > i && gazetteerEntries(placeKey(tokens[j].text)).some((e) => e.kind === 'country')) {
        const own = !isWord(tokens[i].lower) && !known(i);
        add(orgs, slug(tokensText(tokens, i, j + 1)), tokensText(tokens, i, j + 1), ...(own && j === i + 1 ? [tokens[i].text] : []));
        i = j;
        continue;
      }
      // ("Fundación Ríos Vivos", "Kartal Electricity Distribution": a body's word first or a
      // company's last makes a body of the name, in any language the data lists.)
      if (j > i && (lex.bodyWords.has(tokens[i].lower) || lex.companyWords.has(tokens[i].lower) || lex.companyWords.has(tokens[j].lower))) {
        add(orgs, slug(tokensText(tokens, i, j + 1)), tokensText(tokens, i, j + 1));
        i = j;
        continue;
      }
      // ("Dr Shafiqul Islam", "Det Supt Martin Keogh": an abbreviated title opening the name is no
      // part of it.)
      while (i < j - 1 && TITLE_FIRST.test(tokens[i].text)) i++;
      const surname = tokens[j].text;
      // "Shin Won-sik", "Yoon Suk-yeol": a hyphenated given name after the family name (the Korean
      // order); the family name alone, and the given name written whole ("Shin Wonsik"), name them too.
      const korean = j > i && /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(surname);
      const family = korean ? [tokens[i].text, `${tokensText(tokens, i, j)} ${surname.replace('-', '')}`] : [];
      add(people, slug(surname), tokensText(tokens, i, j + 1), surname, ...family);
    }
    i = j;
  }
  // Where the source names its people (those learned, by their full names, and those the data
  // knows), for the offices next to them.
  const full = new Map<string, string[][]>();
  for (const ns of people.values())
    for (const n of ns) {
      const words = tokenize(n).map((t) => t.text);
      if (words.length < 2) continue;
      const list = full.get(words[0]) ?? [];
      list.push(words);
      full.set(words[0], list);
    }
  for (let i = 0; i < tokens.length; i++) {
    const m = lex.entities.matchAt(tokens, i);
    if (m?.values.some((v) => v.kind === 'person')) names.push([i, i + m.length]);
    for (const words of full.get(tokens[i].text) ?? [])
      if (words.every((w, k) => tokens[i + k]?.text === w)) names.push([i, i + words.length]);
  }
  // (Only offices the data does not name already.)
  const titles = learnTitles(tokens, names, lex).filter((t) => {
    const words = tokenize(t);
    const m = lex.entities.matchAt(words, 0);
    return !(m && m.length === words.length && m.values.some((v) => v.kind === 'title'));
  });
  const list = (m: Map<string, Set<string>>) => [...m].map(([id, names]) => ({ id, names: [...names] }));
  const outlet = outletOf(source, lex, orgs);
  return { source: source.meta.id, orgs: [...list(orgs), ...outlet], people: list(people), places: list(places), titles };
}


/** What an alias entry adds besides its names: a place only after a locative word; an outlet. */
type AliasExtra = { locative?: boolean; outlet?: boolean };
/** Several sources' learned entities as one alias mapping (the shape of entities.yaml). */
export type LearnedAliases = Record<'orgs' | 'people' | 'places', Record<string, { names: string[] } & AliasExtra>> & { titles: string[] };

/** The learned entities of several sources as one alias mapping (the shape of entities.yaml). */
export function asAliases(learned: LearnedEntities[]): LearnedAliases {
  const out: LearnedAliases = { orgs: {}, people: {}, places: {}, titles: [] };
  const put = (kind: 'orgs' | 'people' | 'places', id: string, names: string[], extra: AliasExtra = {}) => {
    const key = id;
    const prev = out[kind][key];
    out[kind][key] = { names: [...new Set([...(prev?.names ?? []), ...names])], ...extra };
  };
  for (const l of learned) {
    for (const o of l.orgs) put('orgs', o.id, o.names, o.outlet ? { outlet: true } : {});
    for (const p of l.people) put('people', p.id, p.names);
    for (const p of l.places) put('places', p.id, p.names, { locative: true });
    for (const t of l.titles ?? []) if (!out.titles.includes(t)) out.titles.push(t);
  }
  return out;
}


const cap = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

/** Whether WordNet knows the word (in lower case): then a capitalised use is an English word. */
const isWord = (w: string) => lemmaOf(w) !== undefined;

/** A body's short name: one capitalised word of 4 to 14 letters that is no English word ("Sernapesca", "Conaf"). */
const shortName = (t: Token | undefined): t is Token => !!t && /^\p{Lu}\p{Ll}{3,13}$/u.test(t.text) && !isWord(t.lower);

/** Nouns that end a body's name ("... Aquaculture Service"). */
const BODY_HEADS = new Set(['service', 'ministry', 'agency', 'office', 'institute', 'authority', 'commission', 'council', 'department', 'bureau', 'corporation', 'company', 'association', 'union', 'federation', 'committee', 'party', 'court', 'police', 'fund', 'bank', 'board', 'directorate', 'administration', 'centre', 'center', 'secretariat', 'superintendency', 'inspectorate', 'foundation', 'society', 'organisation', 'organization', 'corps', 'force', 'guard', 'network', 'group', 'utility']);

/** Whether the words before the "(" at `i` are a body's name of several capitalised words, with a
 *  joining word among them or a body's noun at its end. */
function bodyNameBefore(tokens: Token[], i: number): boolean {
  let caps = 0;
  let joined = false;
  let k = i - 1;
  for (; k >= 0 && i - k <= 8; k--) {
    if (isCap(tokens[k])) caps++;
    else if (CONNECTORS.has(tokens[k].lower) && isCap(tokens[k - 1])) joined = true;
    else break;
  }
  return caps >= 2 && (joined || BODY_HEADS.has(tokens[i - 1]?.lower ?? ''));
}

/** The capital initials of the capitalised words in [i, j): "Fuerza Regional Chili" -> "FRC". */
function initials(tokens: Token[], i: number, j: number): string {
  let s = '';
  for (let k = i; k < j; k++) if (isCap(tokens[k])) s += tokens[k].text[0].toUpperCase();
  return s;
}

/** Words of place before a name: "in San Pedro", "near Rosario". */
const AT_PLACE = new Set(['in', 'at', 'near', 'outside']);

/** Abbreviated titles before a name. */
const TITLE_FIRST = /^(?:Dr|Prof|Gen|Col|Capt|Sgt|Lt|Maj|Det|Supt|Insp|Cmdr|Adm|Rev|Sen|Rep|Gov|Amb)\.?$/;
