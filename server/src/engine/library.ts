// The source library: the bundled articles and the user's source folders, read into records and
// indexed for lookup. Alias files found in source folders (`*.aliases.yaml`) extend the data.
import * as fs from 'fs';
import * as path from 'path';
import type { Library, LibraryOptions } from './api';
import { loadLexicon, type Lexicon } from './data/lexicon';
import { RecordIndex } from './match/index';
import { bundledSourcesDir } from './paths';
import { recordsOf } from './records';
import { asAliases, learnEntities } from './sources/learn';
import { loadSources } from './sources/load';
import type { Problem, SourceRecord } from './types';

interface EngineState {
  lex: Lexicon;
  index: RecordIndex;
}

const state = new WeakMap<Library, EngineState>();

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
  const learned = sources.map((s) => learnEntities(s, known));
  const any = learned.some((l) => l.orgs.length || l.people.length || l.places.length);
  const lex = any ? loadLexicon(aliasFiles, asAliases(learned)) : known;
  const records: SourceRecord[] = [];
  const all: Problem[] = [...lex.problems, ...problems];
  sources.forEach((source, i) => {
    try {
      records.push(...recordsOf(source, i, lex, records.length));
    } catch (e) {
      all.push({ severity: 'error', file: source.path, message: `could not read records: ${(e as Error).message}` });
    }
  });
  const library: Library = { sources, records, problems: all, learned };
  state.set(library, { lex, index: new RecordIndex(records, lex) });
  return library;
}

/** The lexicon and index built with a library (a library made by hand gets the bundled data). */
export function engineState(library: Library): EngineState {
  let s = state.get(library);
  if (!s) {
    const lex = loadLexicon();
    s = { lex, index: new RecordIndex(library.records, lex) };
    state.set(library, s);
  }
  return s;
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
