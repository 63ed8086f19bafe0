// The bundled library prebuilt at build time (engine/snapshot.ts, scripts/make-snapshot.ts): the
// same records and verdicts as reading the articles, used only for files whose text it was made from.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { checkText, loadLibrary } from '../server/src/engine';
import { clearBundledData } from '../server/src/engine/data/lexicon';
import {
  fromSnapshotJson,
  snapshotData,
  snapshotSource,
  SNAPSHOT_NAME,
  toSnapshotJson,
  useSnapshotFile,
  type Snapshot,
} from '../server/src/engine/snapshot';

const FILE = path.join(__dirname, '..', 'dist', SNAPSHOT_NAME);
const DRAFT = fs.readFileSync(path.join(__dirname, '..', 'examples', 'draft.md'), 'utf8');

describe('bundled library snapshot', () => {
  before(function () {
    if (!fs.existsSync(FILE)) this.skip(); // made by `npm run build`, which `npm test` runs first
  });
  afterEach(() => {
    useSnapshotFile(undefined);
    clearBundledData();
  });

  it('covers every bundled source and data file, and only the texts it was made from', () => {
    useSnapshotFile(FILE);
    const lib = loadLibrary({ folders: [], bundled: true });
    for (const s of lib.sources) assert.ok(snapshotSource(s.path, s.text), s.path);
    assert.equal(snapshotSource(lib.sources[0].path, lib.sources[0].text + ' '), undefined);
    assert.equal(snapshotData('lexicon.yaml', 'stopwords: [a]\n'), undefined);
  });

  it('is what loadLibrary reads for those sources (a doctored snapshot shows through)', () => {
    const snap = fromSnapshotJson(fs.readFileSync(FILE, 'utf8')) as Snapshot;
    const first = Object.values(snap.sources)[0];
    first.records[0] = { ...first.records[0], keywords: ['doctored-by-the-test'] };
    const file = path.join(os.tmpdir(), `factcheck-snapshot-${process.pid}.json`);
    fs.writeFileSync(file, toSnapshotJson(snap));
    try {
      useSnapshotFile(file);
      const lib = loadLibrary({ folders: [], bundled: true });
      assert.ok(lib.records.some((r) => r.keywords.includes('doctored-by-the-test')));
    } finally {
      fs.rmSync(file, { force: true });
    }
  });

  it('gives the same records and findings as reading the articles', () => {
    const read = loadLibrary({ folders: [], bundled: true });
    const fromFiles = checkText(DRAFT, read).findings;
    useSnapshotFile(FILE);
    clearBundledData();
    const built = loadLibrary({ folders: [], bundled: true });
    assert.deepEqual(JSON.parse(JSON.stringify(built.records)), JSON.parse(JSON.stringify(read.records)));
    assert.deepEqual(checkText(DRAFT, built).findings, fromFiles);
  });
});
