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
  n: [['s', ''], ['ses', 's'], ['xes', 'x'], ['zes', 'z'], ['ches', 'ch'], ['shes', 'sh'], ['men', 'man'], ['ies', 'y']],
  v: [['s', ''], ['ies', 'y'], ['es', 'e'], ['es', ''], ['ed', 'e'], ['ed', ''], ['ing', 'e'], ['ing', '']],
  a: [['er', ''], ['est', ''], ['er', 'e'], ['est', 'e']],
};

interface Table {
  words: Record<Pos, Map<string, number[]>>;
  /** Senses of each lemma over all its parts of speech. */
  senses: Map<string, number>;
  exceptions: Record<Pos, Record<string, string>>;
}

let table: Table | undefined;
let failed = false;

function load(): Table | undefined {
  if (table || failed) return table;
  try {
    const raw = JSON.parse(fs.readFileSync(path.join(dataDir(), 'wordnet.json'), 'utf8')) as {
      words: Record<Pos | 'r', string>;
      exceptions: Record<Pos, Record<string, string>>;
    };
    const senses = new Map<string, number>();
    const unpack = (s: string) => {
      const m = new Map<string, number[]>();
      for (const entry of s.split(' ')) {
        const colon = entry.indexOf(':');
        const head = colon < 0 ? entry : entry.slice(0, colon);
        const slash = head.indexOf('/');
        const word = slash < 0 ? head : head.slice(0, slash);
        senses.set(word, (senses.get(word) ?? 0) + (slash < 0 ? 1 : Number(head.slice(slash + 1))));
        m.set(word, colon < 0 ? NONE : entry.slice(colon + 1).split(',').map((c) => parseInt(c, 36)));
      }
      return m;
    };
    const words = { v: unpack(raw.words.v), n: unpack(raw.words.n), a: unpack(raw.words.a) };
    unpack(raw.words.r);
    table = { words, exceptions: raw.exceptions, senses };
  } catch {
    // Without the table (a damaged install) words are compared by their suffix-stripped forms.
    failed = true;
  }
  return table;
}
const NONE: number[] = [];

/** Lemmas found so far (a pure function of the word; bounded). */
const lemmas = new Map<string, string | null>();

/** The word's dictionary form ("held" -> "hold", "deployments" -> "deployment"), or undefined
 *  when WordNet does not know it. Lower-case input. */
export function lemmaOf(word: string): string | undefined {
  let hit = lemmas.get(word);
  if (hit === undefined) {
    if (lemmas.size >= 50000) lemmas.clear();
    lemmas.set(word, (hit = morphy(word) ?? null));
  }
  return hit ?? undefined;
}

function morphy(w: string): string | undefined {
  const t = load();
  if (!t) return undefined;
  // A verb reading first ("finished", "troops", "reporting" are also adjectives or nouns in
  // WordNet, but a sentence compared with another is about what happened), then a noun, then an
  // adjective; within each, the irregular form, the word itself, then the suffix rules.
  for (const pos of ORDER) {
    const words = t.words[pos];
    const e = t.exceptions[pos][w];
    if (e && words.has(e)) return e;
    if (words.has(w)) return w;
    for (const [suffix, ending] of RULES[pos]) {
      if (w.length > suffix.length + 1 && w.endsWith(suffix)) {
        const base = w.slice(0, w.length - suffix.length) + ending;
        if (words.has(base)) return base;
      }
    }
  }
  return undefined;
}

/** The concepts of a lemma, over its parts of speech (empty for an unknown word). */
export function conceptsOf(lemma: string): readonly number[] {
  const t = load();
  if (!t) return NONE;
  const v = t.words.v.get(lemma) ?? NONE;
  const n = t.words.n.get(lemma) ?? NONE;
  const a = t.words.a.get(lemma) ?? NONE;
  if (!n.length && !a.length) return v;
  if (!v.length && !a.length) return n;
  return [...new Set([...v, ...n, ...a])];
}

/** How many senses WordNet gives a lemma over its parts of speech (0 for a word it does not know):
 *  a word with many ("end", "meet", "second") says less about what happened than one with few
 *  ("escalate", "groundless"). */
export function senseCount(lemma: string): number {
  return load()?.senses.get(lemma) ?? 0;
}

/** The word read as a noun: its noun lemma ("votes" -> "vote"), or undefined when WordNet has no
 *  noun of that form, or has it only as an adjective too ("valid"). */
export function nounOf(word: string): string | undefined {
  const t = load();
  if (!t) return undefined;
  const w = word.toLowerCase();
  const nouns = t.words.n;
  const e = t.exceptions.n[w];
  let lemma = e && nouns.has(e) ? e : nouns.has(w) ? w : undefined;
  if (!lemma) {
    for (const [suffix, ending] of RULES.n) {
      if (w.length > suffix.length + 1 && w.endsWith(suffix) && nouns.has(w.slice(0, w.length - suffix.length) + ending)) {
        lemma = w.slice(0, w.length - suffix.length) + ending;
        break;
      }
    }
  }
  if (!lemma) return undefined;
  // An adjective with a rare noun sense ("valid", "blank") is read as the adjective.
  if (t.words.a.has(w) && (t.senses.get(w) ?? 0) > 0 && lemma === w && !t.words.v.has(w) && adjectiveFirst(t, w)) return undefined;
  return lemma;
}

function adjectiveFirst(t: Table, w: string): boolean {
  // Senses are counted over all parts of speech; the adjective reading wins when the noun has one
  // sense at most.
  const nounConcepts = t.words.n.get(w)?.length ?? 0;
  return nounConcepts <= 1;
}

/** Whether two lemmas are the same word or share a concept ("land" and "territory"). */
export function akin(a: string, b: string): boolean {
  if (a === b) return true;
  const cb = conceptsOf(b);
  return conceptsOf(a).some((c) => cb.includes(c));
}
