// Writes dist/bundled-snapshot.json (engine/snapshot.ts): the bundled sources' learned entities and
// records and the parsed data files, each with the hash of the text it was made from. Run by
// scripts/build.mjs after the bundles; reads with the same engine code the bundles hold. An entry
// that would not come back the same through JSON is left out (read from its file at run time).
import { isDeepStrictEqual } from 'node:util';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { readRuntimeCurrencies } from '../server/src/engine/data/currencies';
import { DATA_FILES, loadLexicon, parseDataFile } from '../server/src/engine/data/lexicon';
import { bundledSourcesDir, packageRoot } from '../server/src/engine/paths';
import { recordsOf } from '../server/src/engine/records';
import { fromSnapshotJson, SNAPSHOT_NAME, SNAPSHOT_VERSION, textHash, toSnapshotJson, type Snapshot } from '../server/src/engine/snapshot';
import { asAliases, learnEntities } from '../server/src/engine/sources/learn';
import { loadSources } from '../server/src/engine/sources/load';

/** A copy without the keys whose value is undefined (JSON leaves them out; readers test values). */
const defined = (v: unknown): unknown =>
  Array.isArray(v)
    ? v.map(defined)
    : v && typeof v === 'object'
      ? Object.fromEntries(
          Object.entries(v)
            .filter(([, x]) => x !== undefined)
            .map(([k, x]) => [k, defined(x)]),
        )
      : v;
const sameThroughJson = (v: unknown) => isDeepStrictEqual(fromSnapshotJson(toSnapshotJson(v)), defined(v));

const snapshot: Snapshot = { version: SNAPSHOT_VERSION, data: {}, sources: {}, currencies: readRuntimeCurrencies() };
let left = 0;
for (const name of DATA_FILES) {
  const { text, raw, problems } = parseDataFile(name);
  if (text !== undefined && !problems.length && sameThroughJson(raw)) snapshot.data[name] = { hash: textHash(text), value: raw };
  else left++;
}
// As loadLibrary reads the bundled library alone: what the articles teach joins the data, then
// each article is read with that lexicon.
const { sources } = loadSources([{ dir: bundledSourcesDir(), bundled: true }]);
const known = loadLexicon();
const learned = sources.map((s) => learnEntities(s, known));
const any = learned.some((l) => l.orgs.length || l.people.length || l.places.length);
const lex = any ? loadLexicon([], asAliases(learned)) : known;
sources.forEach((s, i) => {
  const entry = { hash: textHash(s.text), learned: learned[i], records: recordsOf(s, 0, lex, 0) };
  if (sameThroughJson(entry)) snapshot.sources[path.basename(s.path)] = entry;
  else left++;
});
const out = path.join(packageRoot(), 'dist', SNAPSHOT_NAME);
fs.writeFileSync(out, toSnapshotJson(snapshot));
const kb = Math.round(fs.statSync(out).size / 1024);
console.log(
  `snapshot: ${Object.keys(snapshot.sources).length} sources, ${Object.keys(snapshot.data).length} data files, ${kb} KB${left ? `; ${left} left out (not JSON-safe)` : ''}`,
);
