// The source library: the bundled articles and the user's source folders, read into records and
// indexed for lookup. Alias files found in source folders (`*.aliases.yaml`) extend the data.
import * as fs from 'fs';
import * as path from 'path';
import type { Library, LibraryData, LibraryOptions } from './api';
import { loadLexicon, type Lexicon } from './data/lexicon';
import { RecordIndex } from './match/index';
import { bundledSourcesDir } from './paths';
import { recordsOf } from './records';
import { asAliases, learnEntities, type LearnedEntities } from './sources/learn';
import { loadSources } from './sources/load';
import { snapshotSource } from './snapshot';
import type { Problem, Source, SourceRecord } from './types';

/** Records of each source as read at the last load with a lexicon (source index 0, context
 *  indices from 0), by the source's path, metadata and text: only what the last load used. */
const extracted = new WeakMap<Lexicon, Map<string, SourceRecord[]>>();

export function loadLibrary(opts: LibraryOptions): Library {
  const folders = [
    ...(opts.bundled ? [{ dir: bundledSourcesDir(), bundled: true }] : []),
    ...opts.folders.map((dir) => ({ dir: path.resolve(dir), bundled: false })),
  ];
  const aliasFiles = [...(opts.aliasFiles ?? []).map((f) => path.resolve(f)), ...opts.folders.flatMap(aliasFilesIn)];
  const { sources, problems } = loadSources(folders);
  // Entities the articles introduce (acronyms, people with offices, places) are learned with the
  // data and the user's files known, then added between the two (sources/learn.ts).
  const known = loadLexicon(aliasFiles);
  // The bundled sources as prebuilt at build time (snapshot.ts), when nothing else shapes the
  // lexicon they are read with: no alias files, and no user source teaching anything.
  const prebuilt = sources.map((s) => (s.bundled && !aliasFiles.length ? snapshotSource(s.path, s.text) : undefined));
  const learned = sources.map((s, i) => prebuilt[i]?.learned ?? learnedOf(s, known));
  // What sources kept elsewhere taught (a record store's, record-source.ts) comes after the folders'.
  const taught = opts.learned?.length ? [...learned, ...opts.learned] : learned;
  const any = taught.some(learnedAnything);
  const lex = any ? loadLexicon(aliasFiles, asAliases(taught)) : known;
  const asBuilt = !opts.learned?.some(learnedAnything) && sources.every((s, i) => s.bundled || !learnedAnything(learned[i]));
  const records: SourceRecord[] = [];
  const all: Problem[] = [...lex.problems, ...problems];
  // Each source's records are remembered by its text and the lexicon they were read with, so a
  // re-load after one file changed reads that file's sentences again, not the whole folder's.
  const previous = extracted.get(lex);
  const remembered = new Map<string, SourceRecord[]>();
  sources.forEach((source, i) => {
    try {
      const key = `${source.path}\u0000${source.bundled}\u0000${JSON.stringify(source.meta)}\u0000${source.text}`;
      let own = previous?.get(key) ?? (asBuilt ? prebuilt[i]?.records : undefined);
      if (!own) own = recordsOf(source, 0, lex, 0);
      remembered.set(key, own);
      const first = records.length;
      for (const r of own) records.push({ ...r, source: i, context: r.context.map((c) => c + first) });
    } catch (e) {
      all.push({ severity: 'error', file: source.path, message: `could not read records: ${(e as Error).message}` });
    }
  });
  extracted.set(lex, remembered);
  return libraryOf({ sources, records, problems: all, learned }, lex);
}

const learnedAnything = (l: LearnedEntities) =>
  l.orgs.length > 0 || l.people.length > 0 || l.places.length > 0 || (l.titles?.length ?? 0) > 0;

/** What a source teaches, remembered per source (a re-load reuses unchanged sources) and lexicon. */
const learnedMemo = new WeakMap<Source, { lex: Lexicon; learned: LearnedEntities }>();
function learnedOf(source: Source, lex: Lexicon): LearnedEntities {
  const hit = learnedMemo.get(source);
  if (hit && hit.lex === lex) return hit.learned;
  const learned = learnEntities(source, lex);
  learnedMemo.set(source, { lex, learned });
  return learned;
}

/** A library over records made elsewhere (tests, benchmarks, an empty library), indexed with `lex`
 *  (by default the bundled data). */
export function libraryOf(data: LibraryData, lex: Lexicon = loadLexicon()): Library {
  return { ...data, lexicon: lex, index: new RecordIndex(data.records, lex, undefined, bundledPrefix(data)) };
}

/** How many records at the start of a library are the bundled library's (sources are read bundled
 *  first: sourcesOf). */
export function bundledPrefix(data: Pick<LibraryData, 'sources' | 'records'>): number {
  let n = 0;
  while (n < data.records.length && data.sources[data.records[n].source]?.bundled) n++;
  return n;
}

function aliasFilesIn(dir: string): string[] {
  try {
    return fs
      .readdirSync(dir)
      .filter((f) => /\.aliases\.ya?ml$/i.test(f))
      .sort()
      .map((f) => path.join(path.resolve(dir), f));
  } catch {
    return [];
  }
}
