// Place names that no data file, alias file or source taught, recognised from the gazetteer
// (data/gazetteer.ts) by where they stand in the sentence. Many town names are also English words,
// people's names or company names ("Reading", "Orange", "Jackson", "Toyota"), so a capitalised run
// of words counts as a place only:
//   - after a locative word ("in", "near", "outside", "north of", "flooding across"), or before a
//     place noun ("the Wauchope district"); never at the start of a sentence, never with "'s" after
//     it, never next to a verb of saying ("Hamilton said");
//   - when it is not the name of someone the sentence already named ("Hamilton ... from Hamilton");
//   - and, for one word that is also an English word (WordNet knows it: "Split", "Police", "Bath"),
//     only as a country, a region of a country the sentence named, or a town of at least 100,000
//     people that qualifies no noun after it.
// The table is read on the first such run (a text with none never reads it).
import type { Lexicon } from '../data/lexicon';
import { gazetteerEntries, gazetteerId, placeKey, type GazetteerEntry } from '../data/gazetteer';
import { lemmaOf, properOnly } from '../data/wordnet';
import type { Token } from '../text/tokens';

/** A mention of a gazetteer place (the shape of mentions.ts' Mention). */
export interface PlaceMention {
  kind: 'place' | 'country';
  id: string;
  i: number;
  j: number;
  text: string;
}
/** What the sentence named before: a name's id is its surname in lower case. */
type Named = readonly { kind: string; id: string; text?: string; i?: number; j?: number }[];

/** Words after which a name is where something is. ("at", "to" and "by" are left out: "at Toyota",
 *  "according to Bloomberg", "by Jackson" name companies and people as often as places.) */
const LOCATIVES = new Set([
  'in',
  'near',
  'outside',
  'around',
  'across',
  'inside',
  'within',
  'into',
  'throughout',
  'towards',
  'toward',
  'from',
]);
/** Verbs of a journey whose object (or whose "to"/"for" phrase) is a place: "left Cusco", "bound
 *  for Puerto Maldonado", "sailed to Calapan". */
export const MOTION = new Set([
  'left',
  'leaving',
  'leave',
  'leaves',
  'reached',
  'reaching',
  'bound',
  'headed',
  'heading',
  'flew',
  'flying',
  'sailed',
  'sailing',
  'travelled',
  'traveled',
  'travelling',
  'traveling',
  'returned',
  'returning',
  'departed',
  'departing',
  'arrived',
  'arriving',
  'diverted',
]);
/** "north of Kempsey", "the outskirts of Zlín": "of" after these is locative. */
const OF_LOCATIVE = new Set([
  'north',
  'south',
  'east',
  'west',
  'northeast',
  'northwest',
  'southeast',
  'southwest',
  'outskirts',
  'suburbs',
  'edge',
  // "the town of Matahuasi", "her family's hometown of Santa Rosa de Cabal": a place noun's name.
  'town',
  'city',
  'village',
  'hometown',
  'port',
  'province',
  'region',
  'district',
  'municipality',
  'county',
]);
/** Words that may stand between a locative and the name ("in the", "in northern", "in rural"). */
const BETWEEN = new Set(['the', 'northern', 'southern', 'eastern', 'western', 'central', 'rural', 'downtown', 'coastal', 'regional']);
/** Nouns after a name that make it a place ("the Wauchope district"); of these, the nouns of an
 *  area name one that a town's name may be given to ("the Hastings valley" is no town of Hastings). */
const TOWN_NOUNS = new Set(['town', 'city', 'village']);
const AREA_NOUNS = new Set([
  'district',
  'region',
  'province',
  'county',
  'shire',
  'municipality',
  'valley',
  'area',
  'state',
  'oblast',
  'prefecture',
]);
/** Nouns of a site a town's name is given to: "the Halle plant" is in Halle. */
const FACILITY_NOUNS = new Set([
  'plant',
  'factory',
  'refinery',
  'mill',
  'smelter',
  'mine',
  'port',
  'airport',
  'terminal',
  'depot',
  'warehouse',
]);
/** Lower-case words inside a longer name ("Zamboanga del Norte", "Isle of Man"). */
const CONNECTORS = new Set(['de', 'del', 'della', 'di', 'da', 'do', 'dos', 'das', 'la', 'le', 'el', 'al', 'van', 'von', 'der', 'y', 'of']);
/** A town this large is a place even when its name is also an English word ("in Reading"). */
const WORD_TOWN_POPULATION = 100_000;

/** The place a capitalised run [i, j) names, if the gazetteer has it and the sentence puts it there. */
export function gazetteerMention(
  tokens: Token[],
  i: number,
  j: number,
  lex: Lexicon,
  found: Named,
  firstWord: number,
): PlaceMention | undefined {
  // "In Wauchope, ...": the locative opens the sentence and the run.
  if (j - i >= 2 && LOCATIVES.has(tokens[i].lower)) return placeAt(tokens, i + 1, j, lex, found, true);
  if (i <= firstWord)
    return opensWithCity(tokens, i, j) || tokens[j]?.lower === "'s"
      ? placeAt(tokens, i, j, lex, found, tokens[j]?.lower !== "'s")
      : undefined;
  return placeAt(tokens, i, j, lex, found, false);
}

/** "Jhansi, about 190 km to the west, reached 48.4 C", "Lucknow recorded 45.9 C": a sentence may
 *  open with a city's name, before its apposition or its verb (not one of saying: placeAt); a city of 100,000 people or more (or a region or country) the gazetteer knows,
 *  whose name is no English word, is read as the place. */
function opensWithCity(tokens: Token[], i: number, j: number): boolean {
  const next = tokens[j];
  if (
    j - i > 3 ||
    !next ||
    !(next.text === ',' || (next.word && next.text === next.lower)) ||
    (lemmaOf(tokens[i].lower) !== undefined && !properOnly(tokens[i].lower))
  )
    return false;
  // ("Misamis Occidental has recorded ...": a region's name of several words, likewise.)
  return gazetteerEntries(placeKey(tokensText(tokens, i, j))).some(
    (e) => (j === i + 1 || e.kind !== 'town') && (e.kind !== 'town' || (e.population ?? 0) >= 100_000),
  );
}

const tokensText = (tokens: Token[], i: number, j: number) =>
  tokens
    .slice(i, j)
    .map((t) => t.text)
    .join(' ');

function placeAt(tokens: Token[], i: number, j0: number, lex: Lexicon, found: Named, afterLocative: boolean): PlaceMention | undefined {
  // "in Zamboanga del Norte": the name goes on past a connector; the whole of it, or nothing (never
  // the city of Zamboanga for the province).
  let j = j0;
  while (CONNECTORS.has(tokens[j]?.text ?? '') && isCap(tokens[j + 1])) {
    j += 2;
    while (isCap(tokens[j])) j++;
  }
  if (j - i > 5 || j <= i) return undefined;
  // "in A Coruña", "in La Paz", "near The Hague": an article that is part of the gazetteer's name.
  const article = j - i >= 2 && lex.stopwords.has(tokens[i].lower) && gazetteerEntries(placeKey(tokensText(tokens, i, j))).length > 0;
  for (let k = i; k < j; k++)
    if (/\d/.test(tokens[k].text) || (isCap(tokens[k]) && tokens[k].text.length < 2 && !(article && k === i))) return undefined;
  const next = tokens[j];
  // ("Hamilton's": a person's, as often as a town's; "Peru's infrastructure", "Nepal's seismological
  // centre": a country's, not where; "detained in Spain's Galicia region": where.)
  if (
    next?.lower === "'s" &&
    !(
      (LOCATIVES.has(tokens[i - 1]?.lower ?? '') || locativeBefore(tokens, i)) &&
      gazetteerEntries(placeKey(tokensText(tokens, i, j))).some((e) => e.kind === 'country')
    )
  ) {
    // ("Belgium's foreign ministry said": the country whose body it is, not where.)
    const key = placeKey(tokensText(tokens, i, j));
    const country = gazetteerEntries(key).find((e) => e.kind === 'country');
    return country && j - i <= 3 && bodyAfter(tokens, j + 1, lex)
      ? { kind: 'country', id: gazetteerId(key, country), i, j, text: tokensText(tokens, i, j) }
      : undefined;
  }
  // "Kirby said": a name before an attribution verb speaks; "the UN in New York said": after "in",
  // it is still where.
  if (lex.cues.matchAt(tokens, j)?.values.includes('verb') && !LOCATIVES.has(tokens[i - 1]?.lower ?? '')) return undefined;
  const nounAfter =
    !!next && next.text === next.lower && (TOWN_NOUNS.has(next.lower) || AREA_NOUNS.has(next.lower) || FACILITY_NOUNS.has(next.lower));
  const areaAfter = !!next && AREA_NOUNS.has(next.lower);
  if (lex.stopwords.has(tokens[i].lower) && !article) return undefined;
  // "Uttar Pradesh heatwave toll rises": a region's or a country's name (no English word) before a
  // lower-case noun says where it happened.
  const attributive =
    !!next?.word &&
    next.text === next.lower &&
    !lex.stopwords.has(next.lower) &&
    (j - i > 1 || properOnly(tokens[i].lower)) &&
    gazetteerEntries(placeKey(tokensText(tokens, i, j))).some((e) => e.kind === 'region' || e.kind === 'country');
  if (!afterLocative && !locativeBefore(tokens, i) && !nounAfter && !listed(tokens, i, found) && !attributive) return undefined;
  // Someone the sentence named ("Hamilton said ... from Hamilton").
  const last = tokens[j - 1].lower;
  if (found.some((m) => (m.kind === 'name' || m.kind === 'person') && m.id === last)) return undefined;
  const text = tokens
    .slice(i, j)
    .map((t) => t.text)
    .join(' ');
  const key = placeKey(text);
  const countries = countriesNamed(found);
  const best = pick(gazetteerEntries(key), countries);
  if (!best || !plausible(tokens, i, j, best, lex, countries)) return undefined;
  if (areaAfter && best.kind === 'town') return undefined;
  return { kind: 'place', id: gazetteerId(key, best), i, j, text };
}

/** Whether a body or an office follows within a few words ("'s foreign ministry", "'s national
 *  water commission", "'s finance minister"): what a country's possessive names is its own. */
function bodyAfter(tokens: Token[], from: number, lex: Lexicon): boolean {
  for (let k = from; k < tokens.length && k - from < 4; k++) {
    if (!tokens[k].word) return false;
    if (lex.bodyWords.has(tokens[k].lower)) return true;
    if (lex.entities.matchAt(tokens, k)?.values.some((e) => e.kind === 'org' || e.kind === 'title')) return true;
  }
  return false;
}

/** "in Sindangan and Siayan", "in Dipolog, Sindangan and Liloy": the next of a list of places. */
function listed(tokens: Token[], i: number, found: Named): boolean {
  const w = tokens[i - 1]?.lower;
  if (w !== 'and' && w !== 'or' && w !== ',') return false;
  return found.some((m) => (m.kind === 'place' || m.kind === 'country') && m.j === i - 1);
}

const isCap = (t: Token | undefined): boolean => !!t && t.word && /^\p{Lu}/u.test(t.text);

/** Whether a locative word stands before the name (through "the", "northern" and the like). */
function locativeBefore(tokens: Token[], i: number): boolean {
  // "in India's most populous state, Uttar Pradesh,": a name set beside a place noun.
  if (tokens[i - 1]?.text === ',' && (AREA_NOUNS.has(tokens[i - 2]?.lower ?? '') || TOWN_NOUNS.has(tokens[i - 2]?.lower ?? '')))
    return true;
  let p = i - 1;
  while (p >= 0 && BETWEEN.has(tokens[p].lower) && i - p <= 2) p--;
  const w = tokens[p]?.lower;
  if (!w) return false;
  if (LOCATIVES.has(w)) return true;
  // "left Cusco", "bound for Puerto Maldonado", "flew to Lima": where a journey starts or ends.
  if (MOTION.has(w) || ((w === 'to' || w === 'for') && MOTION.has(tokens[p - 1]?.lower ?? ''))) return true;
  return w === 'of' && OF_LOCATIVE.has(tokens[p - 1]?.lower ?? '');
}

/** Of the places a name may be: one in a country the sentence named before it; else a country, a
 *  large town ("Manchester" the English city, not the Jamaican parish), a region, the largest town. */
function pick(entries: GazetteerEntry[], countries: Set<string>): GazetteerEntry | undefined {
  const named = entries.find((e) => countries.has(e.country));
  if (named) return named;
  const town = entries.find((e) => e.kind === 'town');
  return (
    entries.find((e) => e.kind === 'country') ??
    (town && (town.population ?? 0) >= WORD_TOWN_POPULATION ? town : undefined) ??
    entries.find((e) => e.kind === 'region') ??
    town
  );
}

/** The country codes of the countries and gazetteer places named so far ("Peru", "in Arequipa"). */
function countriesNamed(found: Named): Set<string> {
  const out = new Set<string>();
  for (const m of found) {
    if (m.id.startsWith('gz:')) out.add(m.id.split(':')[1]);
    else if (m.kind === 'country' || m.kind === 'place') {
      const entries = gazetteerEntries(placeKey(m.text ?? m.id));
      for (const e of entries) if (e.kind === 'country') out.add(e.country);
      // A place the articles taught ("KASSEL" of a dateline) that the gazetteer has in one country only.
      if (m.kind === 'place' && entries.length && entries.every((e) => e.country === entries[0].country)) out.add(entries[0].country);
    }
  }
  return out;
}

/**
 * A one-word name that is also an English word ("Reading", "Orange", "Midlands") is a place only as
 * a country, as a town of at least 100,000 people with no lower-case word after it that it could
 * qualify ("in Orange overalls"), or as a region of a country the sentence named.
 */
function plausible(tokens: Token[], i: number, j: number, e: GazetteerEntry, lex: Lexicon, countries: Set<string>): boolean {
  // A word WordNet writes only with a capital ("Punjab", "Lucknow") is a name, no English word.
  if (j - i > 1 || lemmaOf(tokens[i].lower) === undefined || properOnly(tokens[i].lower)) return true;
  if (e.kind === 'country') return true;
  if (e.kind === 'region') return countries.has(e.country);
  const next = tokens[j];
  const qualifies = !!next?.word && next.text === next.lower && !lex.stopwords.has(next.lower);
  return (e.population ?? 0) >= WORD_TOWN_POPULATION && !qualifies;
}
