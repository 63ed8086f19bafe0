// Loads the data files (entities.yaml, lexicon.yaml and any user alias files), merges them, and
// builds the phrase matchers the extractors use. The code holds no names; the data does.
import * as fs from 'fs';
import * as path from 'path';
import { parseDocument } from 'yaml';
import { checkKeys } from '../text/yaml-keys';
import { dataDir } from '../paths';
import { snapshotData } from '../snapshot';
import { addCurrencies, addSharedCurrencyWords } from './currencies';
import { LETTER_SIGNS } from '../extract/number-words';
import { stem } from './stem';
import type { Problem } from '../types';
import { PhraseMatcher } from '../text/tokens';

export type EntityKind = 'country' | 'demonym' | 'place' | 'org' | 'person' | 'title' | 'anonymous';

export interface EntityHit {
  kind: EntityKind;
  id: string;
}

export interface PlaceInfo {
  id: string;
  within: string[];
  country?: string;
  /** A place only after a locative word ("in Moscow"), not as a metonym ("Moscow said"). */
  locative: boolean;
}

export interface OrgInfo {
  id: string;
  within: string[];
  country?: string;
  outlet: boolean;
  /** A medium rather than a speaker ("on Telegram"). */
  channel: boolean;
  /** A body every country has: whose it is comes from the country named with it. */
  generic: boolean;
}

export interface Lexicon {
  entities: PhraseMatcher<EntityHit>;
  places: Map<string, PlaceInfo>;
  orgs: Map<string, OrgInfo>;
  /** Display name of each id (its first name in the data). */
  names: Map<string, string>;
  cues: PhraseMatcher<'verb' | 'after' | 'secondary'>;
  backrefs: PhraseMatcher<true>;
  qualifiers: PhraseMatcher<'min' | 'max' | 'approx'>;
  counted: PhraseMatcher<string>;
  personCategories: Set<string>;
  /** Measures compared with each other as one ("people" and "soldiers": `compare-with` in the data). */
  comparedWith: Map<string, string[]>;
  /** A currency's family -> the measure of its word alone when other currencies share it
   *  ("money-npr" -> "other:rupee"). */
  currencyWords: Map<string, string>;
  /** Signs of letters written before an amount -> unit id: the runtime's (data/currency-signs.ts)
   *  and those the data's units give ("Tk" for taka). */
  currencySigns: Record<string, string>;
  units: PhraseMatcher<string>;
  unitInfo: Map<string, { family: string; factor: number }>;
  notCounted: Set<string>;
  /** Words that make a figure a measure of its own ("suspected", "target"), by kind. */
  measureKinds: PhraseMatcher<string>;
  events: PhraseMatcher<string>;
  /** What happened to the things a figure counts ("destroyed", "damaged"), never to people. */
  thingEvents: PhraseMatcher<string>;
  thingEventIds: Set<string>;
  synonyms: Map<string, string>;
  hedges: PhraseMatcher<string>;
  /** Phrases that deny what follows ("stopped short of"). */
  negations: PhraseMatcher<true>;
  /** Words that make a speaker a commentator (opinion, not a claim). */
  commentators: PhraseMatcher<true>;
  /** Verbs of a view, not a report ("expects", "doubts"): with a commentator, opinion. */
  opinionVerbs: Set<string>;
  recency: PhraseMatcher<'now' | 'earlier'>;
  /** Which way a measure moved to its figure ("rose", "fell"). */
  changes: PhraseMatcher<'up' | 'down'>;
  /** Gatherings where statements are made ("summit", "briefing"): an opening phrase naming one gives a venue. */
  gatherings: Set<string>;
  /** What falls over a time ("40 millimetres of rain"): a length of it is no thing's size. */
  fallen: Set<string>;
  /** Last words of a company's name ("Plc", "Capital"): a learned name ending in one is a body. */
  companyWords: Set<string>;
  /** Last words of a public body's name ("Guard", "Ministry"): a run ending in one is a body (learn.ts). */
  bodyWords: Set<string>;
  /** Nouns for who speaks without a name, after a country's or nationality's word ("Ukrainian
   *  authorities", "South Korean officials"): an anonymous speaker for that country. */
  unnamedSpeakers: Set<string>;
  /** Words for someone's reckoning of a figure ("by Ukraine's count"): an attribution. */
  reckonings: Set<string>;
  /** Verbs that give someone's figure for a thing ("the USGS put the magnitude at 6.1"). */
  reckoningVerbs: Set<string>;
  /** Verbs whose "up" is a particle ("pick up to 0.3%"), as dictionary forms. */
  particleUp: Set<string>;
  /** Verbs after which "over", "under" or "across" says where, not a bound: "112 rooms spread over
   *  eight floors" (dictionary forms). */
  spreadVerbs: Set<string>;
  /** Verbs whose "up" or "down" is a particle that says no rise or fall ("make up 51.1%"). */
  particleNoChange: Set<string>;
  /** Nouns after a capitalised name that make it a place ("Caylloma province"). */
  placeNouns: Set<string>;
  stopwords: Set<string>;
  problems: Problem[];
}

type Raw = Record<string, any>;

/** Alias files larger than this are not read (the bundled data is a few kilobytes). */
const MAX_ALIAS_BYTES = 5 * 1024 * 1024;
/** Keys in all mappings of one alias file (a newsroom's file has hundreds). */
const MAX_ALIAS_KEYS = 200_000;

/** An alias file's text, or why it is not read. */
type AliasText = { text: string } | { skip: string };

function readAliasText(file: string): AliasText {
  try {
    // Only a regular file of sane size: a FIFO or a link to /dev/zero would block or never end.
    const stat = fs.statSync(file);
    if (!stat.isFile() || stat.size > MAX_ALIAS_BYTES) {
      return { skip: `alias file skipped: ${stat.isFile() ? `too large (${(stat.size / 1048576).toFixed(1)} MB)` : 'not a regular file'}` };
    }
    return { text: fs.readFileSync(file, 'utf8') };
  } catch (e) {
    return { skip: `cannot read alias file: ${(e as Error).message.split('\n')[0]}` };
  }
}

function readYaml(file: string, problems: Problem[], read: AliasText = readAliasText(file)): Raw {
  if ('skip' in read) {
    problems.push({ severity: 'warning', file, message: read.skip });
    return {};
  }
  try {
    const text = read.text;
    // The package's duplicate-key check is quadratic in the keys of a mapping: off, and done here.
    const doc = parseDocument(text, { uniqueKeys: false });
    if (doc.errors.length) throw new Error(doc.errors[0].message);
    const keys = checkKeys(doc.contents);
    if (keys.keys > MAX_ALIAS_KEYS) {
      problems.push({ severity: 'warning', file, message: `alias file skipped: too many keys (${keys.keys}; at most ${MAX_ALIAS_KEYS})` });
      return {};
    }
    if (keys.duplicate)
      problems.push({
        severity: 'warning',
        file,
        message: `alias file: "${keys.duplicate.key}" appears twice in one mapping; the last one is used`,
      });
    const data = doc.toJS({ maxAliasCount: 50 });
    if (data === null || data === undefined) return {};
    if (typeof data !== 'object' || Array.isArray(data)) {
      problems.push({ severity: 'warning', file, message: 'alias file is not a mapping; ignored' });
      return {};
    }
    return data as Raw;
  } catch (e) {
    problems.push({ severity: 'warning', file, message: `cannot read alias file: ${(e as Error).message.split('\n')[0]}` });
    return {};
  }
}

const strings = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' || typeof x === 'number').map(String) : [];

/** Merges b into a: mappings merge key by key, lists concatenate, scalars from b win. */
function merge(a: any, b: any): any {
  if (Array.isArray(a) && Array.isArray(b)) return [...a, ...b];
  if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
    const out: Raw = { ...a };
    for (const [k, v] of Object.entries(b)) out[k] = k in out ? merge(out[k], v) : v;
    return out;
  }
  return b === undefined ? a : b;
}

const cache = new Map<string, Lexicon>();

/** The bundled data files, parsed once per process (a library with learned entities builds a
 *  second lexicon from the same data); their problems are reported each time. */
const bundledRaw = new Map<string, { raw: Raw; problems: Problem[] }>();
function bundledYaml(name: string, problems: Problem[]): Raw {
  let hit = bundledRaw.get(name);
  if (!hit) {
    const file = path.join(dataDir(), name);
    const read = readAliasText(file);
    // Parsed at build time when the text is the same (snapshot.ts).
    const prebuilt = 'text' in read ? snapshotData(name, read.text) : undefined;
    const own: Problem[] = [];
    hit = { raw: prebuilt !== undefined ? (prebuilt as Raw) : readYaml(file, own, read), problems: own };
    bundledRaw.set(name, hit);
  }
  problems.push(...hit.problems);
  return hit.raw;
}

/** A user's alias file merged in: entries add to the data, and an entry marked `replace: true`
 *  takes the place of the data's entry with the same id (a correction, not an addition). */
function mergeUser(raw: Raw, user: Raw): Raw {
  let base = raw;
  for (const [section, entries] of Object.entries(user)) {
    if (!entries || typeof entries !== 'object' || Array.isArray(entries)) continue;
    for (const [id, v] of Object.entries<Raw>(entries)) {
      if (v && typeof v === 'object' && !Array.isArray(v) && v.replace === true && base[section]?.[id] !== undefined) {
        base = { ...base, [section]: { ...base[section] } };
        delete base[section][id];
      }
    }
  }
  return merge(base, user);
}

/**
 * The bundled data, then what was learned from the sources (an alias mapping, sources/learn.ts),
 * then the user's alias files: each later one adds to (and, for scalars, overrides) the earlier.
 */
export function loadLexicon(extraFiles: string[] = [], learned?: Raw): Lexicon {
  // Keyed by the files' contents, not only their paths: an alias file edited or created after
  // start is read again (the server watches them and re-loads the library).
  const texts = extraFiles.map(readAliasText);
  const key =
    JSON.stringify([extraFiles, texts.map((t) => ('text' in t ? t.text : t.skip))]) + (learned ? '\u0000' + JSON.stringify(learned) : '');
  const hit = cache.get(key);
  if (hit) return hit;
  if (cache.size >= 32) cache.clear();
  const problems: Problem[] = [];
  let raw: Raw = merge(bundledYaml(DATA_FILES[0], problems), bundledYaml(DATA_FILES[1], problems));
  if (learned) raw = merge(raw, learned);
  extraFiles.forEach((f, k) => (raw = mergeUser(raw, readYaml(f, problems, texts[k]))));
  const lex = build(raw, problems);
  cache.set(key, lex);
  return lex;
}

function build(raw: Raw, problems: Problem[]): Lexicon {
  const entities = new PhraseMatcher<EntityHit>();
  const names = new Map<string, string>();
  const name = (id: string, n: string | undefined) => {
    if (n && !names.has(id)) names.set(id, n);
  };
  const places = new Map<string, PlaceInfo>();
  const orgs = new Map<string, OrgInfo>();

  for (const [id, v] of Object.entries<Raw>(raw.countries ?? {})) {
    for (const n of strings(v?.names)) entities.add(n, { kind: 'country', id });
    for (const n of strings(v?.demonyms)) entities.add(n, { kind: 'demonym', id });
    name(id, strings(v?.names)[0]);
  }
  for (const [id, v] of Object.entries<Raw>(raw.places ?? {})) {
    const country = typeof v?.country === 'string' ? v.country : undefined;
    places.set(id, { id, within: strings(v?.within), country, locative: !!country || !!v?.locative });
    for (const n of strings(v?.names)) entities.add(n, { kind: 'place', id });
    name(`place:${id}`, strings(v?.names)[0]);
  }
  for (const [id, v] of Object.entries<Raw>(raw.orgs ?? {})) {
    orgs.set(id, {
      id,
      within: strings(v?.within),
      country: v?.country,
      outlet: !!v?.outlet,
      channel: !!v?.channel,
      generic: !!v?.generic,
    });
    for (const n of strings(v?.names)) entities.add(n, { kind: 'org', id });
    // Display name: an explicit label, else the first name that is not an acronym.
    const all = strings(v?.names);
    name(id, typeof v?.label === 'string' ? v.label : (all.find((n) => n !== n.toUpperCase()) ?? all[0]));
  }
  for (const [id, v] of Object.entries<Raw>(raw.people ?? {})) {
    for (const n of strings(v?.names)) entities.add(n, { kind: 'person', id });
    name(id, strings(v?.names)[0]);
  }
  for (const t of strings(raw.titles)) entities.add(t, { kind: 'title', id: t.toLowerCase() });
  for (const [id, list] of Object.entries<unknown>(raw.anonymous ?? {})) {
    for (const n of strings(list)) entities.add(n, { kind: 'anonymous', id });
    name(id, strings(list)[0]);
  }

  const cues = new PhraseMatcher<'verb' | 'after' | 'secondary'>();
  for (const w of strings(raw.cues?.verbs)) cues.add(w, 'verb');
  for (const w of strings(raw.cues?.after)) cues.add(w, 'after');
  for (const w of strings(raw.cues?.secondary)) cues.add(w, 'secondary');
  const backrefs = new PhraseMatcher<true>();
  for (const w of strings(raw.backrefs)) backrefs.add(w, true);

  const qualifiers = new PhraseMatcher<'min' | 'max' | 'approx'>();
  for (const dir of ['min', 'max', 'approx'] as const) for (const w of strings(raw.qualifiers?.[dir])) qualifiers.add(w, dir);

  const counted = new PhraseMatcher<string>();
  const personCategories = new Set<string>();
  const comparedWith = new Map<string, string[]>();
  for (const [id, v] of Object.entries<Raw>(raw.counted ?? {})) {
    for (const n of strings(v?.nouns)) counted.add(n, id);
    if (v?.person) personCategories.add(id);
    for (const other of strings(v?.['compare-with'])) {
      comparedWith.set(id, [...(comparedWith.get(id) ?? []), other]);
      comparedWith.set(other, [...(comparedWith.get(other) ?? []), id]);
    }
  }
  const units = new PhraseMatcher<string>();
  const unitInfo = new Map<string, { family: string; factor: number }>();
  const currencySigns: Record<string, string> = { ...LETTER_SIGNS };
  for (const [id, v] of Object.entries<Raw>(raw.units ?? {})) {
    const factor = Number(v?.factor);
    unitInfo.set(id, { family: String(v?.family ?? id), factor: Number.isFinite(factor) && factor > 0 ? factor : 1 });
    for (const n of strings(v?.names)) units.add(n, id);
    for (const sign of strings(v?.signs)) currencySigns[sign] = id;
  }
  addCurrencies(units, unitInfo);
  const currencyWords = addSharedCurrencyWords(unitInfo, comparedWith);
  const measureKinds = new PhraseMatcher<string>();
  for (const [id, list] of Object.entries<unknown>(raw['measure-kinds'] ?? {})) for (const w of strings(list)) measureKinds.add(w, id);
  const events = new PhraseMatcher<string>();
  for (const [id, list] of Object.entries<unknown>(raw.events ?? {})) for (const w of strings(list)) events.add(w, id);
  const thingEvents = new PhraseMatcher<string>();
  for (const [id, list] of Object.entries<unknown>(raw['thing-events'] ?? {})) for (const w of strings(list)) thingEvents.add(w, id);

  const stopwords = lowerSet(raw.stopwords);
  const synonyms = new Map<string, string>();
  for (const group of Array.isArray(raw.synonyms) ? raw.synonyms : []) {
    const words = strings(group).map((w) => w.toLowerCase().split(/\s+/).map(stem).join(' '));
    for (const w of words) if (!synonyms.has(w)) synonyms.set(w, words[0]);
  }
  const hedges = new PhraseMatcher<string>();
  for (const [kind, list] of Object.entries<unknown>(raw.hedges ?? {})) for (const w of strings(list)) hedges.add(w, kind);
  const negations = new PhraseMatcher<true>();
  for (const w of strings(raw.negations)) negations.add(w, true);
  const commentators = new PhraseMatcher<true>();
  for (const w of strings(raw.commentators)) commentators.add(w, true);
  const recency = new PhraseMatcher<'now' | 'earlier'>();
  for (const w of strings(raw.recency?.now)) recency.add(w, 'now');
  for (const w of strings(raw.recency?.earlier)) recency.add(w, 'earlier');
  const changes = new PhraseMatcher<'up' | 'down'>();
  for (const dir of ['up', 'down'] as const) for (const w of strings(raw.changes?.[dir])) changes.add(w, dir);

  return {
    entities,
    places,
    orgs,
    names,
    cues,
    backrefs,
    qualifiers,
    counted,
    personCategories,
    comparedWith,
    currencyWords,
    currencySigns,
    units,
    unitInfo,
    notCounted: lowerSet(raw['not-counted']),
    measureKinds,
    events,
    thingEvents,
    thingEventIds: new Set(Object.keys(raw['thing-events'] ?? {})),
    synonyms,
    hedges,
    negations,
    commentators,
    opinionVerbs: lowerSet(raw.opinionVerbs),
    recency,
    changes,
    gatherings: lowerSet(raw.gatherings),
    fallen: lowerSet(raw.fallen),
    companyWords: lowerSet(raw.companyWords),
    bodyWords: lowerSet(raw.bodyWords),
    unnamedSpeakers: lowerSet(raw.unnamedSpeakers),
    reckonings: lowerSet(raw.reckonings),
    reckoningVerbs: lowerSet(raw.reckoningVerbs),
    particleUp: lowerSet(raw['particle-up']),
    spreadVerbs: lowerSet(raw['spread-verbs']),
    particleNoChange: lowerSet(raw['particle-no-change']),
    placeNouns: lowerSet(raw['place-nouns']),
    stopwords,
    problems,
  };
}

/** A list of the data as a set of lower-case words. */
const lowerSet = (v: unknown): Set<string> => new Set(strings(v).map((w) => w.toLowerCase()));

/** The data files the lexicon reads, parsed as it parses them (for the build-time snapshot). */
export const DATA_FILES = ['entities.yaml', 'lexicon.yaml'] as const;
export function parseDataFile(name: string): { text?: string; raw: Raw; problems: Problem[] } {
  const file = path.join(dataDir(), name);
  const read = readAliasText(file);
  const problems: Problem[] = [];
  const raw = readYaml(file, problems, read);
  return { text: 'text' in read ? read.text : undefined, raw, problems };
}

/** Tests: forget the parsed data files and built lexicons (a snapshot switched on or off). */
export function clearBundledData(): void {
  bundledRaw.clear();
  cache.clear();
}
