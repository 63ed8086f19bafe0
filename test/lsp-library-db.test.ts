// The language server with a shared library (factcheck.database.url) on a real PostgreSQL: it
// checks against the database (the same counts as the in-memory library, the status bar told which
// library), and when the database is stopped while it runs it says so once, goes on serving from
// what it last loaded, and reconnects by itself when the database is back. A claim marked as
// checked for the newsroom is stored in the database and silenced. With a database that asks for a
// password: the server asks the client for it (its secret storage), which wins over the environment
// variable, connects again when told it changed, and never shows it.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Pool } from 'pg';
import { checkText } from '../server/src/engine/check';
import { loadLibrary } from '../server/src/engine/library';
import { countFindings } from '../server/src/engine/vocabulary';
import { importFolders } from '../server/src/library-db';
import { migrated } from '../server/src/library-db/connect';
import { Harness, serverSuite, waitFor } from './lsp-harness';
import { passwordUnavailable, pgUnavailable, startCluster, type PgCluster } from './pg-cluster';

const ROOT = path.join(__dirname, '..');
const DRAFT = fs.readFileSync(path.join(ROOT, 'examples', 'draft.md'), 'utf8');

describe('language server with a shared library on PostgreSQL', function () {
  this.timeout(120_000);
  let cluster: PgCluster | undefined;
  let url = '';
  let dir = '';
  serverSuite('factcheck-lsp-db-', (d) => (dir = d));

  before(async function () {
    const why = pgUnavailable();
    if (why) {
      console.log(`      skipped: ${why}`);
      this.skip();
    }
    process.env.FACTCHECK_DB_RETRY_MS = '300';
    cluster = await startCluster();
    url = await cluster.createDb('fc_lsp');
    const pool = new Pool({ connectionString: url });
    (await migrated(pool)).release();
    await importFolders(pool, [path.join(ROOT, 'sources')]);
    await pool.end();
  });
  after(() => {
    delete process.env.FACTCHECK_DB_RETRY_MS;
    cluster?.destroy();
  });

  it('checks against the database, says once when it goes away, serves what it last loaded, and reconnects by itself', async () => {
    const h = await Harness.start({ settings: { useBundledLibrary: false, debounce: 0, database: { url } } });
    const uri = 'file://' + path.join(dir, 'draft.md');
    await h.open(uri, DRAFT, 1);
    await h.diagnosticsOf(uri, 1);
    await waitFor(() => h.counts.some((c) => c.uri === uri && c.version === 1), 'counts of version 1');
    const first = h.counts.find((c) => c.uri === uri && c.version === 1)!;
    const memory = countFindings(checkText(DRAFT, loadLibrary({ folders: [], bundled: true })).findings);
    assert.deepEqual(
      [first.conflicting, first.outdated, first.unsupported, first.supported],
      [memory.conflicting, memory.outdated, memory.unsupported, memory.supported],
    );
    assert.match(first.library ?? '', /^postgres:\/\/postgres@127\.0\.0\.1:\d+\/fc_lsp \(library version \d+\)$/);

    cluster!.stop();
    await h.change(uri, 2, DRAFT + '\nNorth Korea has also sent 200 tanks to Russia.\n');
    const v2 = await h.diagnosticsOf(uri, 2);
    assert.ok(v2.length >= first.conflicting + first.outdated, 'still checked against what was last loaded');
    await h.change(uri, 3, DRAFT + '\nNorth Korea has also sent 300 tanks to Russia.\n');
    await h.diagnosticsOf(uri, 3);
    await waitFor(() => h.counts.some((c) => c.version === 3), 'counts of version 3');
    assert.match(h.counts.find((c) => c.version === 3)!.library ?? '', /not reachable, checking against what was last loaded/);
    const said = h.messages.filter((m) => /fc_lsp.*(connection refused|terminat|shutting down)/i.test(m.message));
    assert.equal(said.length, 1, JSON.stringify(h.messages));
    // The conflicting figures found against the database are still found.
    const third = h.counts.find((c) => c.version === 3)!;
    assert.equal(third.conflicting, first.conflicting);

    cluster!.start();
    await waitFor(() => h.messages.some((m) => /reachable again/.test(m.message)), 'the server says the database is back');
    await waitFor(
      () => h.counts.some((c) => c.version === 3 && /\(library version \d+\)$/.test(c.library ?? '')),
      'a check against the database again',
    );
  });

  it('marks a claim as checked for the newsroom: stored in the database, silenced in every check', async () => {
    const h = await Harness.start({ settings: { useBundledLibrary: false, debounce: 0, database: { url } } });
    const uri = 'file://' + path.join(dir, 'draft2.md');
    await h.open(uri, DRAFT, 1);
    const diags = await h.diagnosticsOf(uri, 1);
    const conflict = diags.find((d) => typeof d.message === 'string' && d.message.startsWith('Conflicting'))!;
    const actions = await h.request<{ title: string; command?: { command: string; arguments: unknown[] } }[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: conflict.range,
      context: { diagnostics: [conflict] },
    });
    const mark = actions.find((a) => /checked for the newsroom/.test(a.title));
    assert.ok(mark?.command, JSON.stringify(actions.map((a) => a.title)));
    const before = h.counts.length;
    await h.request('workspace/executeCommand', { command: mark.command.command, arguments: mark.command.arguments });
    await waitFor(() => h.publishesFor(uri).length > 1, 'a re-check');
    await h.settled();
    assert.ok(h.counts.length > before);
    const last = h.publishesFor(uri).at(-1)!;
    assert.ok(!last.diagnostics.some((d) => d.message === conflict.message), 'the decided claim is silent');
    const pool = new Pool({ connectionString: url });
    const { rows } = await pool.query<{ reason: string }>('SELECT reason FROM decisions');
    await pool.end();
    assert.ok(rows.some((r) => r.reason === 'checked by hand'));
  });
});

describe('language server with a shared library that asks for a password', function () {
  this.timeout(120_000);
  const PASSWORD = 'pw-' + Math.random().toString(36).slice(2) + '-\u00e9';
  const ENV = 'FACTCHECK_TEST_DB_PASSWORD';
  let cluster: PgCluster | undefined;
  let url = '';
  let dir = '';
  serverSuite('factcheck-lsp-db-pw-', (d) => (dir = d));

  before(async function () {
    const why = passwordUnavailable();
    if (why) {
      console.log(`      skipped: ${why}`);
      this.skip();
    }
    process.env.FACTCHECK_DB_RETRY_MS = '300';
    cluster = await startCluster({ password: PASSWORD });
    const withPassword = await cluster.createDb('fc_lsp_pw');
    const pool = new Pool({ connectionString: withPassword });
    (await migrated(pool)).release();
    await importFolders(pool, [path.join(ROOT, 'sources')]);
    await pool.end();
    const u = new URL(withPassword);
    u.password = '';
    url = u.toString();
  });
  after(() => {
    delete process.env.FACTCHECK_DB_RETRY_MS;
    delete process.env[ENV];
    cluster?.destroy();
  });

  it("connects with the client's password (over the environment's), asks again when told it changed, and never shows it", async () => {
    // The environment holds the right password, the client (its secret storage) none at first.
    process.env[ENV] = PASSWORD;
    let kept: string | undefined;
    const asked: unknown[] = [];
    const h = await Harness.start({
      settings: { useBundledLibrary: false, debounce: 0, database: { url, passwordEnv: ENV } },
      initializationOptions: { databasePassword: true },
      requests: {
        'factcheck/databasePassword': (params) => {
          asked.push(params);
          return kept === undefined ? {} : { password: kept };
        },
      },
    });
    const uri = 'file://' + path.join(dir, 'draft.md');
    const connected = (v: number) =>
      h.counts.some((c) => c.uri === uri && c.version === v && /\(library version \d+\)$/.test(c.library ?? ''));
    await h.open(uri, DRAFT, 1);
    await waitFor(() => connected(1), 'a check against the database with the password from the environment').catch((e: Error) => {
      throw new Error(`${e.message}: ${JSON.stringify([h.messages, h.logs, h.counts, asked])}`);
    });
    assert.ok(asked.length >= 1, 'the client was asked first');
    assert.deepEqual(asked[0], { url }, 'asked with the URL as set: no password in it');

    // A wrong password in the secret storage wins over the environment's right one.
    kept = 'not-the-password';
    await h.notify('factcheck/databasePasswordChanged', {});
    await h.change(uri, 2, DRAFT + '\nNorth Korea has also sent 200 tanks to Russia.\n');
    await waitFor(() => h.messages.some((m) => /fc_lsp_pw: password authentication failed/.test(m.message)), 'the failure said');
    await waitFor(
      () => h.counts.some((c) => c.uri === uri && c.version === 2 && /not reachable/.test(c.library ?? '')),
      'a check against what was last loaded',
    );

    // The right one set: connected again at once (no restart), every open draft checked again.
    kept = PASSWORD;
    await h.notify('factcheck/databasePasswordChanged', {});
    await waitFor(() => h.messages.some((m) => /reachable again/.test(m.message)), 'the server says the database is back');
    await waitFor(() => connected(2), 'a check against the database with the secret storage password');
    assert.equal(h.messages.filter((m) => /password authentication failed/.test(m.message)).length, 1, 'said once');

    const said = JSON.stringify([h.messages, h.logs, h.counts]);
    assert.ok(!said.includes(PASSWORD) && !said.includes('not-the-password'), 'no password in any message, log or count');
  });
});
