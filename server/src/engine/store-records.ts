// What a record store keeps of an article, made by the engine's own code (the store imports no
// engine internals): the articles of folders as the in-memory library reads them, what each
// teaches, its records (record source 0, context indices within the article) and each record's
// lookup keys and actor facts, computed as match/index.ts computes them, so the store's lists and
// counts are the in-memory index's (record-source.ts).
import { loadLexicon, type Lexicon } from './data/lexicon';
import { office, orgAncestors, recordActorKeys } from './match/actors';
import { figureKeys, quoteWords } from './match/index';
import { MKEY_SEP } from './record-source';
import { recordsOf } from './records';
import { asAliases, learnEntities } from './sources/learn';
import { loadSources } from './sources/load';
import { fromSnapshotJson, textHash, toSnapshotJson } from './snapshot';
import type { LearnedEntities, Problem, Source, SourceRecord } from './types';

/** A record's lookup keys and what it says of its speakers. */
export interface RecordKeys {
  keywords: string[];
  /** Its text's words as quotations are compared (each once). */
  words: string[];
  /** What its figures count, one entry per figure (a measure's count is of figures). */
  measures: string[];
  /** A measure's keyed lists: `measure␟v<value>`, `measure␟<actor key>`, `measure␟@<place>` (MKEY_SEP). */
  mkeys: string[];
  /** The same per figure, as the index's keyed lists hold figures (match/index.ts): each keyed list a
   *  figure is in, with the figure's position among the record's quantities. */
  figures: [string, number][];
  /** Its speakers' actor keys. */
  actors: string[];
  /** Persons speaking in it as its own primary speaker (a person's first records). */
  persons: string[];
  /** Office key -> person; person -> organisation (with parents); person -> title. */
  offices: [string, string][];
  affiliations: [string, string][];
  titles: [string, string][];
}

/** The articles in folders, read as the in-memory library reads them (problems reported, a bad
 *  file skipped or read as well as it can be). */
export function readArticles(dirs: string[]): { sources: Source[]; problems: Problem[] } {
  return loadSources(dirs.map((dir) => ({ dir, bundled: false })));
}

/** What an article teaches, against the bundled data and the alias files. */
export function learnedOf(source: Source, known: Lexicon): LearnedEntities {
  return learnEntities(source, known);
}

/** The lexicon records are read with: the data, the alias files, what the sources taught (as
 *  library.ts makes it). */
export function lexiconFor(aliasFiles: string[], learned: LearnedEntities[]): Lexicon {
  const any = learned.some((l) => l.orgs.length || l.people.length || l.places.length || l.titles?.length);
  return any ? loadLexicon(aliasFiles, asAliases(learned)) : loadLexicon(aliasFiles);
}

/** The bundled data and the alias files alone (what learning is done against). */
export const baseLexicon = (aliasFiles: string[] = []): Lexicon => loadLexicon(aliasFiles);

/** An article's records (source 0, context indices within the article). */
export function articleRecords(source: Source, lex: Lexicon): SourceRecord[] {
  return recordsOf(source, 0, lex, 0);
}

/** A record's lookup keys and actor facts (as match/index.ts builds its lists). */
export function recordKeys(r: SourceRecord, lex: Lexicon): RecordKeys {
  const actors = [...recordActorKeys(r.actors, lex)];
  const measures: string[] = [];
  const mkeys = new Set<string>();
  const figures: [string, number][] = [];
  const at = [...new Set(r.places.filter((p) => p.role === 'at').map((p) => p.id))];
  r.quantities.forEach((q, n) => {
    if (!q.counted) return;
    measures.push(q.counted);
    for (const k of figureKeys(q.value, actors, at).keys) {
      mkeys.add(`${q.counted}${MKEY_SEP}${k}`);
      figures.push([`${q.counted}${MKEY_SEP}${k}`, n]);
    }
  });
  const persons = new Set<string>();
  const offices: [string, string][] = [];
  const affiliations: [string, string][] = [];
  const titles: [string, string][] = [];
  for (const a of r.actors) {
    if (a.role !== 'primary' || !a.person || a.inherited) continue;
    persons.add(a.person);
    for (const t of a.titles) {
      titles.push([a.person, t]);
      for (const c of a.countries) offices.push([`t:${t}@${c}`, a.person]);
      if (office(t)) offices.push([`t:${t}`, a.person]);
    }
    for (const o of a.orgs) for (const x of orgAncestors(o, lex)) affiliations.push([a.person, x]);
  }
  return {
    keywords: [...new Set(r.keywords)],
    words: [...new Set(quoteWords(r.text))],
    measures,
    mkeys: [...mkeys],
    figures,
    actors,
    persons: [...persons],
    offices,
    affiliations,
    titles,
  };
}

/** Records as a store keeps them: JSON with an open interval's Infinity kept. */
export const recordJson = (r: SourceRecord): string => toSnapshotJson(r);
/** A record from its JSON: plain JSON.parse (a reviver costs several times the parse, and a check
 *  reads thousands of records); an open interval's Infinity, kept as {"$number":"Infinity"}, is
 *  turned into 1e999 first, which JSON.parse reads as Infinity. Only a NaN (never made) takes the
 *  reviver. */
export const recordFromJson = (text: string): SourceRecord => {
  if (!text.includes('"$number"')) return JSON.parse(text) as SourceRecord;
  const plain = text.replace(INFINITIES, (_m, sign: string) => `${sign}1e999`);
  return (plain.includes('"$number"') ? fromSnapshotJson(text) : JSON.parse(plain)) as SourceRecord;
};
const INFINITIES = /\{"\$number":"(-?)Infinity"\}/g;
export const learnedJson = (l: LearnedEntities): string => JSON.stringify(l);
/** The hash an unchanged article is known by (its whole text, front matter included). */
export const articleHash = (text: string): string => textHash(text);
