// One-off import of the seed articles into the bundled library (sources/<id>.md). Kept in the repo
// for provenance: it records exactly how each bundled source file was made.
//
//   node scripts/import-seeds.mjs            (from the repository root)
//
// Reads ../shared/seeds/sources.json (relative to the repository root) and, for each entry, writes
// YAML front matter (id, title, outlet, published, url, author) followed by the article file's bytes
// unchanged: no line endings or trailing newline are touched, so spans into the body stay true to
// the original text.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const seedsDir = path.resolve(repoRoot, '..', 'shared', 'seeds');
const outDir = path.join(repoRoot, 'sources');
const ID = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

const index = JSON.parse(fs.readFileSync(path.join(seedsDir, 'sources.json'), 'utf8'));
fs.mkdirSync(outDir, { recursive: true });

for (const entry of index.sources) {
  if (typeof entry.id !== 'string' || !ID.test(entry.id)) throw new Error(`bad id: ${entry.id}`);
  if (typeof entry.file !== 'string' || entry.file !== path.basename(entry.file)) {
    throw new Error(`bad file name for ${entry.id}: ${entry.file}`);
  }
  // Key order is the order a reader expects; null/absent optional values are left out.
  const meta = { id: entry.id, title: entry.title };
  if (entry.outlet != null) meta.outlet = entry.outlet;
  meta.published = entry.published;
  if (entry.found_at != null) meta.url = entry.found_at;
  if (entry.author != null) meta.author = entry.author;

  const head = Buffer.from(`---\n${stringify(meta, { lineWidth: 0 })}---\n`, 'utf8');
  const body = fs.readFileSync(path.join(seedsDir, entry.file));
  const out = path.join(outDir, `${entry.id}.md`);
  fs.writeFileSync(out, Buffer.concat([head, body]));
  console.log(`${path.relative(repoRoot, out)}  <-  ${entry.file} (${body.length} bytes)`);
}
