// A throwaway PostgreSQL cluster for the tests: Debian's postgresql (initdb and pg_ctl from
// /usr/lib/postgresql/*/bin, which .ci/run installs), a data directory under a temporary folder, a
// free local port, started as an unprivileged user (`nobody` when the tests run as root) and
// removed at the end. FACTCHECK_PG_URL (postgres://user@host:port/db, a role that may create
// databases) uses a server that is already running instead. Without either, pgUnavailable() says
// why and the database tests skip.
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { Client } from 'pg';

export interface PgCluster {
  /** A URL for database `db` on the cluster. */
  url(db: string): string;
  createDb(name: string): Promise<string>;
  /** Database `name`, created when missing (kept when there). */
  ensureDb(name: string): Promise<string>;
  dropDb(name: string): Promise<void>;
  /** Stops the server (a fast shutdown) / starts it again on the same port (own cluster only). */
  stop(): void;
  start(): void;
  /** Stops and removes the cluster (own cluster only). */
  destroy(): void;
}

function binDir(): string | undefined {
  const root = '/usr/lib/postgresql';
  if (!fs.existsSync(root)) return undefined;
  const versions = fs
    .readdirSync(root)
    .filter((v) => fs.existsSync(path.join(root, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions.length ? path.join(root, versions[0], 'bin') : undefined;
}

/** Why the database tests cannot run here, or undefined when they can. */
export function pgUnavailable(): string | undefined {
  if (process.env.FACTCHECK_PG_URL) return undefined;
  if (!binDir()) return 'PostgreSQL is not installed (apt-get install postgresql, as .ci/run does, or set FACTCHECK_PG_URL)';
  return undefined;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

const asRoot = process.getuid?.() === 0;

/** Runs a PostgreSQL program as the cluster's owner. */
function run(bin: string, args: string[]): void {
  const cmd = asRoot ? 'runuser' : bin;
  const argv = asRoot ? ['-u', 'nobody', '--', bin, ...args] : args;
  const r = spawnSync(cmd, argv, { encoding: 'utf8', cwd: '/' });
  if (r.status !== 0) throw new Error(`${path.basename(bin)} failed: ${r.stderr || r.stdout}`);
}

async function admin<T>(url: string, f: (c: Client) => Promise<T>): Promise<T> {
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    return await f(c);
  } finally {
    await c.end();
  }
}

export interface ClusterOptions {
  /** Connections over TCP need this password (scram-sha-256) for the `postgres` role; the URLs
   *  the cluster gives carry it. Own cluster only: with FACTCHECK_PG_URL, `passwordUnavailable`. */
  password?: string;
}

/** Why a cluster that asks for a password cannot be had here, or undefined when it can. */
export function passwordUnavailable(): string | undefined {
  if (process.env.FACTCHECK_PG_URL) return 'FACTCHECK_PG_URL names a server whose authentication the tests do not control';
  return pgUnavailable();
}

export async function startCluster(options: ClusterOptions = {}): Promise<PgCluster> {
  const given = process.env.FACTCHECK_PG_URL;
  const withDb = (base: string, db: string) => {
    const u = new URL(base);
    u.pathname = '/' + db;
    return u.toString();
  };
  const manage = (base: string) => ({
    url: (db: string) => withDb(base, db),
    createDb: async (name: string) => {
      await admin(base, (c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
      await admin(base, (c) => c.query(`CREATE DATABASE "${name}"`));
      return withDb(base, name);
    },
    ensureDb: async (name: string) => {
      const there = await admin(base, (c) => c.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]));
      if (!there.rowCount) await admin(base, (c) => c.query(`CREATE DATABASE "${name}"`));
      return withDb(base, name);
    },
    dropDb: async (name: string) => {
      await admin(base, (c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    },
  });
  if (given && options.password !== undefined) throw new Error(passwordUnavailable());
  if (given) return { ...manage(given), stop: () => {}, start: () => {}, destroy: () => {} };

  const bin = binDir();
  if (!bin) throw new Error(pgUnavailable());
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'factcheck-pg-'));
  const data = path.join(root, 'data');
  fs.mkdirSync(data);
  if (asRoot) {
    fs.chmodSync(root, 0o755);
    execFileSync('chown', ['-R', 'nobody', root]);
  }
  const auth = ['-A', 'trust'];
  if (options.password !== undefined) {
    const pwfile = path.join(root, 'pwfile');
    fs.writeFileSync(pwfile, options.password + '\n', { mode: 0o600 });
    if (asRoot) execFileSync('chown', ['nobody', pwfile]);
    auth.splice(0, 2, '--auth-local=trust', '--auth-host=scram-sha-256', `--pwfile=${pwfile}`);
  }
  run(path.join(bin, 'initdb'), ['-D', data, ...auth, '-U', 'postgres', '--no-sync', '-E', 'UTF8', '--locale=C']);
  const port = await freePort();
  const opts = `-p ${port} -k ${root} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off`;
  const start = () => run(path.join(bin, 'pg_ctl'), ['-D', data, '-o', opts, '-l', path.join(root, 'log'), '-w', '-t', '60', 'start']);
  const stop = () => run(path.join(bin, 'pg_ctl'), ['-D', data, '-m', 'fast', '-w', 'stop']);
  start();
  const who = options.password !== undefined ? `postgres:${encodeURIComponent(options.password)}` : 'postgres';
  const base = `postgres://${who}@127.0.0.1:${port}/postgres`;
  return {
    ...manage(base),
    stop,
    start,
    destroy: () => {
      try {
        stop();
      } catch {
        /* already stopped */
      }
      fs.rmSync(root, { recursive: true, force: true });
    },
  };
}
