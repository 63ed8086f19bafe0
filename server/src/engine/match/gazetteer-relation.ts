// How a place only the gazetteer knows (data/gazetteer.ts: "gz:CC:key") stands to another place.
// The gazetteer gives a town its country and position, a region its country, and nothing finer:
// it cannot say whether a town lies in a region or a district, so two places are told apart only
// when that cannot be so. Countries differ; two towns of one country lie further apart than a town
// and its suburbs; two regions of one country differ. Any other pair is 'unknown': neither backed
// nor contradicted (a town in a region the record names, a district the alias data knows).
import type { Lexicon } from '../data/lexicon';
import {
  countryNameKey,
  distanceKm,
  gazetteerEntries,
  gazetteerPlace,
  placeKey,
  type GazetteerEntry,
  type GazetteerPlace,
} from '../data/gazetteer';
import { tokenize } from '../text/tokens';

export type GazetteerRelation = 'equal' | 'disjoint' | 'unknown';

/** Towns closer than this may be one town and its suburb, or a town and its district's seat. */
export const NEAR_KM = 20;

const lexCountries = new WeakMap<Lexicon, Map<string, string[]>>();

/** The lexicon's ids for a country code ("RU" -> "russia"), by the gazetteer's name of the country. */
function lexiconCountryIds(code: string, lex: Lexicon): string[] {
  let cache = lexCountries.get(lex);
  if (!cache) lexCountries.set(lex, (cache = new Map<string, string[]>()));
  let ids = cache.get(code);
  if (ids) return ids;
  ids = [];
  const key = countryNameKey(code);
  if (key) {
    const tokens = tokenize(key.replace(/-/g, ' '));
    const m = lex.entities.matchAt(tokens, 0);
    if (m && m.length === tokens.length) {
      for (const v of m.values) {
        if (v.kind === 'country') ids.push(v.id);
        const country = v.kind === 'place' ? lex.places.get(v.id)?.country : undefined;
        if (country) ids.push(v.id, country);
      }
    }
  }
  cache.set(code, (ids = [...new Set(ids)]));
  return ids;
}

/** What contains a gazetteer place: its country, as the gazetteer's id and as the lexicon's. */
export function gazetteerWithin(id: string, lex: Lexicon): string[] {
  const p = gazetteerPlace(id);
  if (!p || p.kind === 'country') return p ? lexiconCountryIds(p.country, lex) : [];
  return [`gz:${p.country}`, ...lexiconCountryIds(p.country, lex)];
}

const countryIdsOf = new WeakMap<Lexicon, Set<string>>();

/** The lexicon's country ids: those its places name as their country. */
export function lexiconCountries(lex: Lexicon): Set<string> {
  let set = countryIdsOf.get(lex);
  if (!set) {
    set = new Set<string>();
    for (const p of lex.places.values()) if (p.country) set.add(p.country);
    countryIdsOf.set(lex, set);
  }
  return set;
}

/** Every reading of a gazetteer place's name: its id's own, and any other place of that name
 *  ("Hastings": towns in England, New Zealand and the United States). */
function readings(p: GazetteerPlace): GazetteerEntry[] {
  if (p.kind === 'country') return [{ kind: 'country', country: p.country }];
  const all = gazetteerEntries(p.key);
  const own = p.kind === 'town' ? p.entry : { kind: 'region' as const, country: p.country };
  return own ? [own, ...all.filter((e) => e !== own)] : all;
}

/** Whether two readings are surely apart: other countries, two regions, or two distant towns. */
function apart(a: GazetteerEntry, b: GazetteerEntry): boolean {
  if (a.country !== b.country) return true;
  if (a.kind === 'town' && b.kind === 'town') return distanceKm(a, b) > NEAR_KM;
  return a.kind === 'region' && b.kind === 'region';
}

/**
 * Two places neither of which contains the other (placeAncestors said so), at least one of them the
 * gazetteer's: disjoint only when every reading of the one is apart from every reading of the other.
 * `ancestors` are each place's containing places.
 */
export function relateGazetteer(a: string, b: string, lex: Lexicon, ancestors: (id: string) => Set<string>): GazetteerRelation {
  const pa = gazetteerPlace(a);
  const pb = gazetteerPlace(b);
  if (pa && pb) {
    // "Punjab" in India and in Pakistan: one name is one place to a reporter.
    if (pa.key === pb.key) return 'equal';
    const ra = readings(pa);
    const rb = readings(pb);
    return ra.every((x) => rb.every((y) => apart(x, y))) ? 'disjoint' : 'unknown';
  }
  // One is the lexicon's (the bundled data, an alias file, a place learned from the sources): only
  // another country tells them apart, when the lexicon knows the countries of the gazetteer's readings.
  const g = (pa ?? pb)!;
  const other = pa ? b : a;
  // A town the sources taught by a name the gazetteer has ("Lucknow"): its readings are the
  // gazetteer's towns of that name, so two towns far apart are told apart.
  // (A learned place's id is its name's key.)
  // (Only a place the data knows nothing more of: "Kursk" in the data is the region, set in Russia.)
  const info = lex.places.get(other);
  const bare = !other.includes(':') && (!info || (!info.within.length && !info.country));
  const key = bare ? placeKey(lex.names.get(other) ?? other) : undefined;
  const towns = key ? gazetteerEntries(key).filter((e) => e.kind === 'town') : [];
  if (towns.length && g.kind === 'town') {
    if (key === g.key) return 'equal';
    if (towns.every((x) => readings(g).every((y) => apart(x, y)))) return 'disjoint';
  }
  // A country the lexicon names ("Poland" of the bundled data) is the gazetteer's country of that
  // name: the places of another country lie apart from it ("in Ukraine, Poland and Romania").
  if (!info || lexiconCountries(lex).has(other)) {
    const code = gazetteerEntries(placeKey(lex.names.get(other) ?? other)).find((e) => e.kind === 'country')?.country;
    if (code) return readings(g).every((e) => e.country !== code) ? 'disjoint' : 'unknown';
  }
  const known = lexiconCountries(lex);
  const theirs = [...ancestors(other)].filter((x) => known.has(x));
  if (!theirs.length) return 'unknown';
  for (const e of readings(g)) {
    const mine = lexiconCountryIds(e.country, lex);
    if (!mine.length || theirs.some((x) => mine.includes(x))) return 'unknown';
  }
  return 'disjoint';
}
