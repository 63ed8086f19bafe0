// The bundled library prebuilt: the records and learned entities of the bundled sources and the
// parsed data files, written next to the bundles at build time (scripts/make-snapshot.ts ->
// dist/bundled-snapshot.json) so a process or server starting from the bundle does not read the
// bundled articles with the full extractor or parse the YAML data again. Each part is checked
// against a hash of the file it was made from; a part whose file changed is read from the file.
// Only a bundle uses it (tests running the TypeScript sources always extract), and
// FACTCHECK_NO_SNAPSHOT=1 turns it off.
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import type { LearnedEntities, SourceRecord } from './types';

export const SNAPSHOT_NAME = 'bundled-snapshot.json';
export const SNAPSHOT_VERSION = 4;

export interface Snapshot {
  version: number;
  /** Parsed data files by name, with the hash of the text they were parsed from. */
  data: Record<string, { hash: string; value: unknown }>;
  /** Bundled sources by file name: the hash of their text, what they teach, their records (as
   *  recordsOf returns them: source 0, context indices from 0). */
  sources: Record<string, { hash: string; learned: LearnedEntities; records: SourceRecord[] }>;
  /** The runtime's currencies as Intl gave them at build time (used when the ICU version matches). */
  currencies?: RuntimeCurrencies;
}

/** What the runtime knows of currencies, as read from Intl (data/currencies.ts). */
export interface RuntimeCurrencies {
  /** The ICU and CLDR versions it was read with. */
  icu: string;
  /** ISO 4217 codes, upper case, and each one's English name (null: none). */
  codes: string[];
  names: (string | null)[];
  /** One-character signs (as a character code in decimal) -> lower-case code: "¥", "₩", "₱". */
  signs: Record<string, string>;
  /** Signs of letters written before an amount ("Rp", "KSh", "RM", "zł") -> lower-case code, or
   *  `other:<word>` for a sign several currencies of one word share ("Rs", "Sh"); a sign currencies
   *  of several words share ("kr": krone and krona) is left out (data/currency-signs.ts). */
  letters?: Record<string, string>;
}

export const textHash = (text: string): string => createHash('sha256').update(text).digest('hex');

/** JSON with the numbers JSON has no word for (an open interval's Infinity) kept. */
export const toSnapshotJson = (value: unknown): string =>
  JSON.stringify(value, (_k, v: unknown) => (typeof v === 'number' && !Number.isFinite(v) ? { $number: String(v) } : v));
export const fromSnapshotJson = (text: string): unknown =>
  JSON.parse(text, (_k, v: unknown) =>
    v && typeof v === 'object' && typeof (v as { $number?: unknown }).$number === 'string' ? Number((v as { $number: string }).$number) : v,
  );

let loaded: { snapshot: Snapshot | undefined } | undefined;

/** The snapshot beside the running bundle, read once; undefined outside a bundle, when switched
 *  off, missing, unreadable or of another version. */
export function bundledSnapshot(): Snapshot | undefined {
  if (loaded) return loaded.snapshot;
  const off = process.env.FACTCHECK_NO_SNAPSHOT === '1' || path.basename(__dirname) !== 'dist';
  loaded = { snapshot: off ? undefined : readSnapshot(path.join(__dirname, SNAPSHOT_NAME)) };
  return loaded.snapshot;
}

/** A snapshot file, or undefined when it is missing, unreadable or of another version. */
function readSnapshot(file: string): Snapshot | undefined {
  try {
    const s = fromSnapshotJson(fs.readFileSync(file, 'utf8')) as Snapshot;
    if (s && s.version === SNAPSHOT_VERSION && s.data && s.sources) return s;
  } catch {
    /* no snapshot: everything is read from the files */
  }
  return undefined;
}

/** Tests: use this snapshot file (undefined: none) as a bundle would. */
export function useSnapshotFile(file: string | undefined): void {
  loaded = { snapshot: file ? readSnapshot(file) : undefined };
}

/** The parsed data file `name` from the snapshot when its text is the one it was made from. */
export function snapshotData(name: string, text: string): unknown {
  const hit = bundledSnapshot()?.data[name];
  return hit && hit.hash === textHash(text) ? hit.value : undefined;
}

/** A bundled source's snapshot entry when its text is the one it was made from. */
export function snapshotSource(file: string, text: string): Snapshot['sources'][string] | undefined {
  const hit = bundledSnapshot()?.sources[path.basename(file)];
  return hit && hit.hash === textHash(text) ? hit : undefined;
}
