// Connecting to the shared library without a database (library-db/connect.ts): where the password
// comes from (the URL's own, else the editor's secret storage, else the environment variable) and
// that no message shows it.
import { strict as assert } from 'node:assert';
import { dbErrorMessage, describeUrl, poolConfig } from '../server/src/library-db/connect';

const ENV = 'FACTCHECK_TEST_CONNECT_PASSWORD';
const URL_ = 'postgres://reporter@db.example:5433/library?application_name=desk';

async function passwordOf(config: ReturnType<typeof poolConfig>): Promise<string | undefined> {
  const p = config.password as string | (() => Promise<string | undefined>) | undefined;
  return typeof p === 'function' ? p() : p;
}

describe('shared library connection settings', () => {
  afterEach(() => delete process.env[ENV]);

  it('reads the URL as pg does, without taking its empty password over the one given', async () => {
    const c = poolConfig({ url: URL_, password: 'from-editor' });
    assert.equal(c.host, 'db.example');
    assert.equal(c.port, 5433);
    assert.equal(c.user, 'reporter');
    assert.equal(c.database, 'library');
    assert.equal(c.application_name, 'desk');
    assert.equal((c as { connectionString?: string }).connectionString, undefined, 'no connection string to override the password');
    assert.equal(await passwordOf(c), 'from-editor');
    assert.equal(poolConfig({ url: 'postgres://u@h/db' }).application_name, 'factcheck');
  });

  it("takes the editor's password over the environment's, the environment's when the editor keeps none", async () => {
    process.env[ENV] = 'from-env';
    assert.equal(await passwordOf(poolConfig({ url: URL_, passwordEnv: ENV })), 'from-env');
    assert.equal(await passwordOf(poolConfig({ url: URL_, passwordEnv: ENV, password: 'from-editor' })), 'from-editor');
    // Asked at each connection: a password set later is used, none kept falls back to the environment.
    const kept: { password?: string } = {};
    const asking = poolConfig({ url: URL_, passwordEnv: ENV, password: () => Promise.resolve(kept.password) });
    assert.equal(await passwordOf(asking), 'from-env');
    kept.password = 'set-later';
    assert.equal(await passwordOf(asking), 'set-later');
    // A client that fails to answer: the environment's.
    const failing = poolConfig({ url: URL_, passwordEnv: ENV, password: () => Promise.reject(new Error('no client')) });
    assert.equal(await passwordOf(failing), 'from-env');
    delete process.env[ENV];
    assert.equal(await passwordOf(poolConfig({ url: URL_, passwordEnv: ENV })), undefined, 'none: pg looks in ~/.pgpass');
    // A password in the URL itself (the command line's own risk) is used as it is.
    assert.equal(await passwordOf(poolConfig({ url: 'postgres://u:in%40url@h/db', password: 'from-editor' })), 'in@url');
  });

  it('never shows a password', () => {
    const url = 'postgres://u:hunter2@h:5432/db?password=hunter3';
    assert.equal(describeUrl(url), 'postgres://u@h:5432/db');
    for (const e of [
      { code: '28P01' },
      { message: 'SASL: SCRAM-SERVER-FIRST-MESSAGE: client password must be a string' },
      new Error('boom'),
    ]) {
      const m = dbErrorMessage(e, url);
      assert.ok(!/hunter/.test(m), m);
    }
    assert.match(dbErrorMessage({ code: '28P01' }, url), /password authentication failed.*Set Database Password/);
    assert.match(
      dbErrorMessage({ message: 'SASL: SCRAM-SERVER-FIRST-MESSAGE: client password must be a string' }, url),
      /asks for a password and none is set/,
    );
  });
});
