// The shared library on a real PostgreSQL (a throwaway cluster: test/pg-cluster.ts): the commands
// (import, again, a changed, a deleted and a broken article, list, check --db), the newsroom's
// decisions, bad URLs and a database that is not there, and VERDICT PARITY: every evaluation set
// checked against the in-memory library and against the same articles imported into the database
// gives the same findings (verdict, message, evidence), through the candidate path (each check
// fetches only the lists its lookups reach, indexed with the whole library's counts).
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Pool } from 'pg';
import { main } from '../server/src/cli/main';
import type { Library } from '../server/src/engine/api';
import { checkText, draftSetup } from '../server/src/engine/check';
import { extractClaims } from '../server/src/engine/extract/claims';
import { makeContext } from '../server/src/engine/match/context';
import { libraryOf, loadLibrary } from '../server/src/engine/library';
import { CANDIDATES } from '../server/src/engine/match/index';
import { candidatesFor, checkWithSource, localLibraryFor } from '../server/src/engine/record-source';
import type { Claim, Finding, Quantity, Source, SourceRecord } from '../server/src/engine/types';
import { importFolders, PgRecordSource, recordDecision } from '../server/src/library-db';
import { migrated } from '../server/src/library-db/connect';
import { insertArticle } from '../server/src/library-db/write';
import { makeDraft } from '../scripts/bench/drafts';
import { articlesOf, synthesize } from '../scripts/bench/synth';
import { pgUnavailable, startCluster, type PgCluster } from './pg-cluster';

const ROOT = path.join(__dirname, '..');
const FIXTURES = path.join(__dirname, 'fixtures');
const BUNDLED = path.join(ROOT, 'sources');
const story = (name: string) => path.join(FIXTURES, 'stories', name, 'sources');

async function run(argv: string[], cwd = ROOT): Promise<{ status: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const status = await main(argv, { stdout: (t) => void (out += t), stderr: (t) => void (err += t), cwd });
  return { status, out, err };
}

interface Row {
  id: string;
  text: string;
  draft_date: string | null;
}
const rows = (file: string): Row[] =>
  fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Row);
const draftOf = (row: Row) => (row.draft_date ? `---\ndate: ${row.draft_date}\n---\n\n${row.text}\n` : `${row.text}\n`);
const shape = (fs_: Finding[]) =>
  fs_.map(
    (f) => `${f.verdict} ${f.span.start}-${f.span.end} ${f.message} [${f.evidence.map((e) => `${e.relation}:${e.recordId}`).join(',')}]`,
  );

describe('the shared library on PostgreSQL', function () {
  this.timeout(300_000);
  let cluster: PgCluster | undefined;
  let tmp = '';

  before(async function () {
    const why = pgUnavailable();
    if (why) {
      console.log(`      skipped: ${why}`);
      this.skip();
    }
    cluster = await startCluster();
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'factcheck-db-'));
  });
  after(() => {
    cluster?.destroy();
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('imports a folder once: again it skips what is unchanged, versions a changed article, deletes a removed one, skips a broken one', async () => {
    const url = await cluster!.createDb('fc_import');
    const dir = path.join(tmp, 'strike');
    fs.cpSync(story('strike'), dir, { recursive: true });
    let r = await run(['library', 'import', dir, '--db', url]);
    assert.equal(r.status, 0, r.err);
    assert.match(r.out, /4 new, 0 changed \(new versions\), 0 unchanged, 0 deleted, 0 skipped/);
    r = await run(['library', 'import', dir, '--db', url]);
    assert.match(r.out, /0 new, 0 changed \(new versions\), 4 unchanged, 0 deleted/);

    const draft = path.join(tmp, 'draft.md');
    const ruling = fs.readFileSync(path.join(dir, 'ports-court-ruling-2025-09-16.md'), 'utf8');
    // A sentence of the ruling's article as the draft.
    const sentence = ruling.split('\n').find((l) => /\d/.test(l) && l.length > 60 && !l.startsWith('---') && !/^\w+:/.test(l))!;
    fs.writeFileSync(draft, sentence + '\n');
    const before = await run(['check', draft, '--db', url, '--no-bundled', '--format', 'json']);
    const mem = await run(['check', draft, '--sources', dir, '--no-bundled', '--format', 'json']);
    assert.equal(before.out, mem.out.split(dir).join(dir), 'the database check prints what the in-memory check prints');
    assert.match(before.out, /ports-court-ruling-2025-09-16/);

    // Changed: a new version; deleted: gone from lookups; broken (binary): reported and skipped.
    fs.writeFileSync(
      path.join(dir, 'ports-deal-reached-2025-09-23.md'),
      fs.readFileSync(path.join(dir, 'ports-deal-reached-2025-09-23.md'), 'utf8') + '\nA late paragraph.\n',
    );
    fs.rmSync(path.join(dir, 'ports-court-ruling-2025-09-16.md'));
    fs.writeFileSync(path.join(dir, 'broken.md'), Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0, 1, 2, 0xff, 0xfe, 0]));
    r = await run(['library', 'import', dir, '--db', url]);
    assert.match(r.out, /0 new, 1 changed \(new versions\), 2 unchanged, 1 deleted/, r.out + r.err);
    assert.match(r.err, /broken\.md/);
    assert.equal(r.status, 1, 'something was left out');
    const after = await run(['check', draft, '--db', url, '--no-bundled', '--format', 'json']);
    assert.doesNotMatch(after.out, /ports-court-ruling-2025-09-16/);
    const list = await run(['library', 'list', '--db', url]);
    assert.match(list.out, /ports-deal-reached-2025-09-23 v2/);
    assert.doesNotMatch(list.out, /ports-court-ruling/);
    assert.match(list.out, /3 articles, [\d,]+ records, library version \d+, 1 deleted/);
    // The counts kept in step (a changed and a deleted article taken away) are the records' own.
    const pool = new Pool({ connectionString: url, max: 1 });
    // A connection the cluster's shutdown ends is no test failure.
    pool.on('error', () => {});
    const differ = async (kept: string, made: string) =>
      (await pool.query(`(${kept} EXCEPT ${made}) UNION ALL (${made} EXCEPT ${kept})`)).rows.length;
    const stored = "SELECT kind::text, key, n FROM term_counts WHERE n > 0 AND kind IN ('k', 'w', 'm', 'a')";
    const recount = `SELECT kind, key, count(*)::int FROM (
        SELECT 'k' AS kind, unnest(keywords) AS key FROM records UNION ALL SELECT 'w', unnest(words) FROM records
        UNION ALL SELECT 'm', unnest(measures) FROM records UNION ALL SELECT 'a', unnest(actors) FROM records) t GROUP BY kind, key`;
    assert.equal(await differ(stored, recount), 0, 'term counts');
    const facts = 'SELECT kind::text, key, value, n FROM fact_counts WHERE n > 0';
    const refacts = 'SELECT kind::text, key, value, count(*)::int FROM record_facts GROUP BY kind, key, value';
    assert.equal(await differ(facts, refacts), 0, 'fact counts');
    assert.ok((await pool.query('SELECT 1 FROM fact_counts WHERE n > 0')).rows.length > 0);
    const figures = await pool.query(
      'SELECT count(*)::int AS n FROM figures WHERE ord / 1048576 NOT IN (SELECT seq FROM sources WHERE current)',
    );
    assert.equal(figures.rows[0].n, 0, 'no figure of an article no longer current');
    await pool.end();
    await cluster!.dropDb('fc_import');
  });

  it('says what is wrong with a bad URL or a database that is not there, in one line (exit 2)', async () => {
    const draft = path.join(ROOT, 'examples', 'draft.md');
    let r = await run(['check', draft, '--db', 'not a url']);
    assert.equal(r.status, 2);
    assert.match(r.err, /not a database URL/);
    r = await run(['check', draft, '--db', 'postgres://nobody:secret@127.0.0.1:1/newsroom']);
    assert.equal(r.status, 2);
    assert.match(r.err, /library database postgres:\/\/nobody@127\.0\.0\.1:1\/newsroom: connection refused/);
    assert.doesNotMatch(r.err, /secret/);
    r = await run(['library', 'list', '--db', cluster!.url('no_such_db')]);
    assert.equal(r.status, 2);
    assert.match(r.err, /no such database/);
  });

  it("respects the newsroom's decisions (checked by hand, stored in the library)", async () => {
    const url = await cluster!.createDb('fc_decisions');
    assert.equal((await run(['library', 'import', BUNDLED, '--db', url])).status, 0);
    const draft = path.join(ROOT, 'examples', 'draft.md');
    const first = await run(['check', draft, '--db', url, '--no-bundled', '--format', 'json']);
    assert.equal(first.status, 1);
    const pool = new Pool({ connectionString: url });
    // A connection the cluster's shutdown ends is no test failure.
    pool.on('error', () => {});
    const findings = (JSON.parse(first.out) as { files: { findings: { claim: string; verdict: string }[] }[] }).files[0].findings;
    for (const f of findings.filter((x) => x.verdict === 'conflicting' || x.verdict === 'outdated'))
      await recordDecision(pool, { claim: f.claim, verdict: f.verdict as Finding['verdict'], reason: 'confirmed by phone', who: 'desk' });
    await pool.end();
    const second = await run(['check', draft, '--db', url, '--no-bundled']);
    assert.equal(second.status, 0, second.out);
    assert.match(second.out, /reviewed by desk on \d{4}-\d{2}-\d{2}: confirmed by phone/);
    await cluster!.dropDb('fc_decisions');
  });

  it("reuses a draft's candidates while its lookups stay within them and the library is unchanged (an editor's typing)", async () => {
    const url = await cluster!.createDb('fc_reuse');
    const pool = new Pool({ connectionString: url, max: 2 });
    // A connection the cluster's shutdown ends is no test failure.
    pool.on('error', () => {});
    (await migrated(pool)).release();
    await importFolders(pool, [BUNDLED]);
    const source = new PgRecordSource(pool, url);
    const local = await localLibraryFor({ folders: [], bundled: false }, source);
    const draft = fs.readFileSync(path.join(ROOT, 'examples', 'draft.md'), 'utf8');
    const first = await candidatesFor(draft, local, source);
    const queries = source.queries;
    // An edit that looks nothing up, and the same draft again: the same candidates, one query (the version) each.
    assert.equal(await candidatesFor(draft + "\n<!-- an editor's note -->\n", local, source, {}, first), first);
    assert.equal(await candidatesFor(draft, local, source, {}, first), first);
    assert.equal(source.queries, queries + 2);
    // A claim about something else: fetched anew.
    const other = await candidatesFor(
      draft + '\nThe ministry said 4,500 households had lost power in Kharkiv.\n',
      local,
      source,
      {},
      first,
    );
    assert.notEqual(other, first);
    // The library changed: fetched anew.
    const dir = fs.mkdtempSync(path.join(tmp, 'more-'));
    fs.cpSync(story('strike'), dir, { recursive: true });
    await importFolders(pool, [dir]);
    assert.notEqual(await candidatesFor(draft, local, source, {}, first), first);
    await pool.end();
    await cluster!.dropDb('fc_reuse');
  });

  it('answers a figure lookup in a measure larger than CANDIDATES as the whole library does (from the keyed lists of figures)', async () => {
    // Synthetic articles (the benchmark's: scripts/bench/synth.ts) in the database, the bundled
    // library local on top of them; in memory, the same records in the same order.
    const url = await cluster!.createDb('fc_figures');
    const pool = new Pool({ connectionString: url, max: 2 });
    // A connection the cluster's shutdown ends is no test failure.
    pool.on('error', () => {});
    (await migrated(pool)).release();
    const bundled = loadLibrary({ folders: [], bundled: true });
    const lex = bundled.lexicon;
    const { articles } = articlesOf(bundled, synthesize({ lex, real: bundled.records }, 150 * bundled.records.length));
    const client = await pool.connect();
    const learned = '{"source":"","orgs":[],"people":[],"places":[]}';
    for (const [i, a] of articles.entries())
      await insertArticle(client, { source: a.source, collection: 'c', hash: String(i), learned, lexicon: 'x', records: a.records }, lex);
    client.release();
    const sources: Source[] = [...bundled.sources];
    const records: SourceRecord[] = [...bundled.records];
    for (const a of articles) {
      const first = records.length;
      for (const r of a.records) records.push({ ...r, source: sources.length, context: r.context.map((c) => c + first) });
      sources.push(a.source);
    }
    const memory = libraryOf({ sources, records, problems: [] }, lex);
    assert.ok(memory.index.quantities('soldiers').length > CANDIDATES, 'a measure past the bound');
    const source = new PgRecordSource(pool, url);
    let asked = 0;
    const figures = source.figures.bind(source);
    source.figures = (keys) => ((asked += keys.length), figures(keys));
    const local = await localLibraryFor({ folders: [], bundled: true }, source);
    for (const seed of [7, 8]) {
      const draft = makeDraft(bundled, { words: 1500, seed });
      const a = shape(checkText(draft, memory).findings);
      const b = await checkWithSource(draft, local, source);
      assert.deepEqual(shape(b.findings), a);
      // Each figure meets the same records' figures both ways.
      const { bodyStart, date } = draftSetup(draft, {});
      const figuresOf = (lib: Library, claim: Claim, q: Quantity) =>
        lib.index
          .quantityCandidates(
            q,
            makeContext(claim, lib.index, () => '', date).actorKeys,
            claim.places.filter((p) => p.role === 'at').map((p) => p.id),
          )
          .map((e) => `${lib.records[e.record].id}@${e.quantity.span.start}`);
      let compared = 0;
      for (const claim of extractClaims(draft, lex, { bodyStart, refDate: date })) {
        for (const q of claim.quantities) {
          if (!q.counted || memory.index.quantities(q.counted).length <= CANDIDATES) continue;
          assert.deepEqual(figuresOf(b.library, claim, q), figuresOf(memory, claim, q), q.text);
          compared++;
        }
      }
      assert.ok(compared > 0);
    }
    assert.ok(asked > 0, 'figure lookups answered from the keyed lists');
    await pool.end();
    await cluster!.dropDb('fc_figures');
  });

  describe('verdict parity: every evaluation set, in memory and from the database', () => {
    // Every set there is: the bundled library's (test/fixtures/*.jsonl) and each story's own.
    const SETS = [
      ...fs
        .readdirSync(FIXTURES)
        .filter((f) => f.endsWith('.jsonl'))
        .sort()
        .map((f) => ({ name: f, file: f, folder: BUNDLED })),
      ...fs
        .readdirSync(path.join(FIXTURES, 'stories'))
        .sort()
        .flatMap((s) =>
          fs.existsSync(story(s))
            ? fs
                .readdirSync(path.join(FIXTURES, 'stories', s))
                .filter((f) => /^drafts.*\.jsonl$/.test(f))
                .sort()
                .map((f) => ({ name: `${s}/${f}`, file: `stories/${s}/${f}`, folder: story(s) }))
            : [],
        ),
    ];
    const dbs = new Map<string, { pool: Pool; source: PgRecordSource }>();
    after(async () => {
      for (const { pool } of dbs.values()) await pool.end();
    });
    for (const set of SETS) {
      it(`${set.name}: the same findings`, async () => {
        let db = dbs.get(set.folder);
        if (!db) {
          const name = `fc_parity_${dbs.size}`;
          const url = await cluster!.createDb(name);
          const pool = new Pool({ connectionString: url, max: 2 });
          // A connection the cluster's shutdown ends is no test failure.
          pool.on('error', () => {});
          (await migrated(pool)).release();
          const s = await importFolders(pool, [set.folder]);
          assert.equal(s.skipped, 0);
          db = { pool, source: new PgRecordSource(pool, url) };
          dbs.set(set.folder, db);
        }
        const memory = loadLibrary({ folders: [set.folder], bundled: false });
        const local = await localLibraryFor({ folders: [], bundled: false }, db.source);
        const differ: string[] = [];
        for (const row of rows(path.join(FIXTURES, set.file))) {
          const text = draftOf(row);
          const a = shape(checkText(text, memory, { file: row.id }).findings);
          const b = shape((await checkWithSource(text, local, db.source, { file: row.id })).findings);
          if (JSON.stringify(a) !== JSON.stringify(b))
            differ.push(`${row.id}:\n  memory:   ${a.join('\n            ')}\n  database: ${b.join('\n            ')}`);
        }
        assert.deepEqual(differ, []);
      });
    }
  });
});
