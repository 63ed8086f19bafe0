// WordNet, for comparing what two sentences say happened: a word's lemma (WordNet's morphy: the
// exception lists, then suffix rules checked against the dictionary) and its concepts (its most
// frequent senses and the senses derived from them, so "escalation" meets "escalate", "sent" meets
// "dispatched", "faulted" meets "blamed"). The table is generated from WordNet 3.1 by
// scripts/build-wordnet.mjs into server/data/wordnet.json and read once, on first use.
import * as fs from 'fs';
import * as path from 'path';
import { dataDir } from '../paths';

type Pos = 'v' | 'n' | 'a';
const ORDER: Pos[] = ['v', 'n', 'a'];

/** WordNet's detachment rules per part of speech (suffix -> ending), tried in order. */
const RULES: Record<Pos, [string, string][]> = {
  n: [
    ['s', ''],
    ['ses', 's'],
    ['xes', 'x'],
    ['zes', 'z'],
    ['ches', 'ch'],
    ['shes', 'sh'],
    ['men', 'man'],
    ['ies', 'y'],
  ],
  v: [
    ['s', ''],
    ['ies', 'y'],
    ['es', 'e'],
    ['es', ''],
    ['ed', 'e'],
    ['ed', ''],
    ['ing', 'e'],
    ['ing', ''],
  ],
  a: [
    ['er', ''],
    ['est', ''],
    ['er', 'e'],
    ['est', 'e'],
  ],
};

/** One part of speech: its packed entries ("lemma/senses:c,c", sorted) and where each starts. */
interface PosTable {
  text: string;
  starts: Int32Array;
}

interface Table {
  words: Record<Pos | 'r', PosTable>;
  /** Lemmas WordNet writes only with a capital (names), sorted. */
  proper: PosTable;
  /** Nouns whose most frequent sense is a kind of person, sorted. */
  persons: PosTable;
  /** Names of countries, places and peoples with the adjectives that pertain to them, sorted by
   *  name ("italy:italian", "france:french,gallic"). */
  peoples: PosTable;
  exceptions: Record<Pos, Record<string, string>>;
}

let table: Table | undefined;
let failed = false;

function load(): Table | undefined {
  if (table || failed) return table;
  try {
    const raw = JSON.parse(fs.readFileSync(path.join(dataDir(), 'wordnet.json'), 'utf8')) as {
      words: Record<Pos | 'r', string>;
      proper?: string;
      persons?: string;
      peoples?: string;
      exceptions: Record<Pos, Record<string, string>>;
    };
    const index = (text: string): PosTable => {
      let n = 1;
      for (let k = text.indexOf(' '); k >= 0; k = text.indexOf(' ', k + 1)) n++;
      const starts = new Int32Array(n);
      for (let e = 1, k = text.indexOf(' '); k >= 0; k = text.indexOf(' ', k + 1)) starts[e++] = k + 1;
      return { text, starts };
    };
    table = {
      words: { v: index(raw.words.v), n: index(raw.words.n), a: index(raw.words.a), r: index(raw.words.r) },
      proper: index(raw.proper ?? ''),
      persons: index(raw.persons ?? ''),
      peoples: index(raw.peoples ?? ''),
      exceptions: raw.exceptions,
    };
  } catch {
    // Without the table (a damaged install) words are compared by their suffix-stripped forms.
    failed = true;
  }
  return table;
}
const NONE: number[] = [];

/** The packed entry of a word ("vote/5:1a,2b") by binary search, or undefined. */
function entry(t: PosTable, word: string): string | undefined {
  let lo = 0;
  let hi = t.starts.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const start = t.starts[mid];
    const end = mid + 1 < t.starts.length ? t.starts[mid + 1] - 1 : t.text.length;
    let keyEnd = start;
    while (keyEnd < end && t.text.charCodeAt(keyEnd) !== 47 /* / */ && t.text.charCodeAt(keyEnd) !== 58 /* : */) keyEnd++;
    const key = t.text.slice(start, keyEnd);
    if (key === word) return t.text.slice(start, end);
    if (key < word) lo = mid + 1;
    else hi = mid - 1;
  }
  return undefined;
}

const has = (t: PosTable, word: string) => entry(t, word) !== undefined;

function conceptsIn(e: string | undefined): number[] {
  const colon = e ? e.indexOf(':') : -1;
  return colon < 0
    ? NONE
    : e!
        .slice(colon + 1)
        .split(',')
        .map((c) => parseInt(c, 36));
}

function sensesIn(e: string | undefined): number {
  if (!e) return 0;
  const slash = e.indexOf('/');
  return slash < 0 ? 1 : parseInt(e.slice(slash + 1), 10);
}

/** A pure function of a word remembered (bounded: cleared past 50,000 words). */
function remembered<T>(f: (word: string) => T): (word: string) => T {
  const memo = new Map<string, T>();
  return (word) => {
    if (memo.has(word)) return memo.get(word) as T;
    if (memo.size >= 50000) memo.clear();
    const v = f(word);
    memo.set(word, v);
    return v;
  };
}

/** The word's dictionary form ("held" -> "hold", "deployments" -> "deployment"), or undefined
 *  when WordNet does not know it. Lower-case input. */
export const lemmaOf = remembered(morphy);

function morphy(w: string): string | undefined {
  const t = load();
  if (!t) return undefined;
  // A verb reading first ("finished", "troops", "reporting" are also adjectives or nouns in
  // WordNet, but a sentence compared with another is about what happened), then a noun, then an
  // adjective; within each, the irregular form, the word itself, then the suffix rules.
  for (const pos of ORDER) {
    const words = t.words[pos];
    const e = t.exceptions[pos][w];
    if (e && has(words, e)) return e;
    if (has(words, w)) return w;
    for (const [suffix, ending] of RULES[pos]) {
      if (w.length > suffix.length + 1 && w.endsWith(suffix)) {
        const base = w.slice(0, w.length - suffix.length) + ending;
        if (has(words, base)) return base;
      }
    }
  }
  return undefined;
}

/** The concepts of a lemma, over its parts of speech (empty for an unknown word). */
export const conceptsOf: (lemma: string) => readonly number[] = remembered(conceptsOfLemma);

function conceptsOfLemma(lemma: string): readonly number[] {
  const t = load();
  if (!t) return NONE;
  const v = conceptsIn(entry(t.words.v, lemma));
  const n = conceptsIn(entry(t.words.n, lemma));
  const a = conceptsIn(entry(t.words.a, lemma));
  if (!n.length && !a.length) return v;
  if (!v.length && !a.length) return n;
  return [...new Set([...v, ...n, ...a])];
}

/** How many senses WordNet gives a lemma over its parts of speech (0 for a word it does not know):
 *  a word with many ("end", "meet", "second") says less about what happened than one with few
 *  ("escalate", "groundless"). */
export const senseCount = remembered((lemma: string): number => {
  const t = load();
  return t
    ? sensesIn(entry(t.words.v, lemma)) +
        sensesIn(entry(t.words.n, lemma)) +
        sensesIn(entry(t.words.a, lemma)) +
        sensesIn(entry(t.words.r, lemma))
    : 0;
});

/** The word read as a noun: its noun lemma ("votes" -> "vote"), or undefined when WordNet has no
 *  noun of that form, or has it only as an adjective too ("valid"). */
export const nounOf = remembered(nounOfWord);

function nounOfWord(word: string): string | undefined {
  const t = load();
  if (!t) return undefined;
  const w = word.toLowerCase();
  const nouns = t.words.n;
  const e = t.exceptions.n[w];
  let lemma = e && has(nouns, e) ? e : has(nouns, w) ? w : undefined;
  if (!lemma) {
    for (const [suffix, ending] of RULES.n) {
      if (w.length > suffix.length + 1 && w.endsWith(suffix) && has(nouns, w.slice(0, w.length - suffix.length) + ending)) {
        lemma = w.slice(0, w.length - suffix.length) + ending;
        break;
      }
    }
  }
  if (!lemma) return undefined;
  // An adjective with a rare noun sense ("valid", "blank") is read as the adjective.
  if (has(t.words.a, w) && lemma === w && !has(t.words.v, w) && adjectiveFirst(t, w)) return undefined;
  return lemma;
}

function adjectiveFirst(t: Table, w: string): boolean {
  // Senses are counted over all parts of speech; the adjective reading wins when the noun has one
  // sense at most.
  const nounConcepts = conceptsIn(entry(t.words.n, w)).length;
  return nounConcepts <= 1;
}

/** Whether two lemmas are the same word or share a concept ("land" and "territory"). */
export function akin(a: string, b: string): boolean {
  if (a === b) return true;
  const cb = conceptsOf(b);
  return conceptsOf(a).some((c) => cb.includes(c));
}

/** A word WordNet knows only as an adjective ("historic", "obvious", "bleak"; not "closed", which
 *  is also a verb's form, nor "natural", also a noun). */
export const adjectiveOnly = remembered((word: string): boolean => {
  const t = load();
  if (!t || !has(t.words.a, word) || has(t.words.n, word) || has(t.words.v, word)) return false;
  return lemmaOf(word) === word || lemmaOf(word) === undefined;
});

/** A word WordNet knows only as an adverb ("officially", "directly", "eventually"), or not at all
 *  ("although", "himself"): it says how, not what happened. */
export const adverbOrUnknown = remembered((word: string): boolean => {
  const t = load();
  if (!t) return false;
  if (has(t.words.n, word) || has(t.words.v, word) || has(t.words.a, word)) return false;
  return lemmaOf(word) === undefined;
});

/** A word WordNet knows only as a verb ("ratify", "postpone"; not "sign", also a noun): what
 *  happened, and nothing else. */
export const verbOnly = remembered((word: string): boolean => {
  const t = load();
  return !!t && has(t.words.v, word) && !has(t.words.n, word) && !has(t.words.a, word);
});

/** Whether WordNet knows the word as an adjective ("dead", "injured", "missing"). */
export const hasAdjective = remembered((word: string): boolean => {
  const t = load();
  return !!t && has(t.words.a, word);
});

/** Whether WordNet knows the word only as a name, written with a capital ("punjab", "lucknow"):
 *  no common English word. */
export const properOnly = remembered((word: string): boolean => {
  const t = load();
  return !!t && entry(t.proper, word) !== undefined;
});

/** Whether the noun (any number: "investigators") names a kind of person in its most frequent
 *  sense ("investigator", "president", "epidemiologist"; not "union", "office"). A hyphenated word
 *  is judged by its last part ("vice-president"). */
export const personNoun = remembered((word: string): boolean => {
  const t = load();
  if (!t) return false;
  const last = word.includes('-') ? word.slice(word.lastIndexOf('-') + 1) : word;
  if (entry(t.persons, last) !== undefined) return true;
  const lemma = nounOf(last);
  return !!lemma && lemma !== last && entry(t.persons, lemma) !== undefined;
});

/** The adjectives WordNet gives a name of a country, place or people ("italy" -> "italian"; "france"
 *  -> "french", "gallic"): the name written lower case, its words joined by spaces. */
export const adjectivesOf = remembered((name: string): readonly string[] => {
  const t = load();
  const e = t ? entry(t.peoples, name.replace(/ /g, '_')) : undefined;
  return e ? e.slice(e.indexOf(':') + 1).split(',') : NONE_WORDS;
});
const NONE_WORDS: readonly string[] = [];

/** The name an adjective of a people pertains to ("moroccan" -> "morocco", "gallic" -> "france"),
 *  or undefined. */
export function nameOfAdjective(adjective: string): string | undefined {
  return (byAdjective ??= adjectiveIndex()).get(adjective);
}
let byAdjective: Map<string, string> | undefined;
function adjectiveIndex(): Map<string, string> {
  const out = new Map<string, string>();
  const t = load();
  if (!t) return out;
  for (const entry of t.peoples.text.split(' ')) {
    const colon = entry.indexOf(':');
    if (colon < 0) continue;
    const name = entry.slice(0, colon).replace(/_/g, ' ');
    for (const a of entry.slice(colon + 1).split(',')) if (!out.has(a)) out.set(a, name);
  }
  return out;
}
