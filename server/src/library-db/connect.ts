// Connecting to the shared library: a postgres:// URL (its password, if any, is never shown), the
// password when the URL has none from the editor (its secret storage, asked for each new connection,
// so a password set while the server runs is used at the next one) or else from an environment
// variable (PGPASSWORD by default, as psql), and errors turned into one line a reporter can act on.
import type * as Pg from 'pg';
import type { Pool, PoolClient, PoolConfig } from 'pg';
import { parseIntoClientConfig } from 'pg-connection-string';
import { migrate } from './schema';

export interface DbOptions {
  url: string;
  /** Environment variable holding the password when the URL gives none (default PGPASSWORD). */
  passwordEnv?: string;
  /** A password handed over by the editor (its secret storage): it wins over the environment
   *  variable. A function is asked whenever a connection is opened (undefined: none kept there). */
  password?: string | (() => Promise<string | undefined>);
  /** Connections kept open (default 2). */
  max?: number;
}

/** The URL as shown: no password, no query string. */
export function describeUrl(url: string): string {
  try {
    const u = new URL(url);
    u.password = '';
    u.search = '';
    return u.toString();
  } catch {
    return '(an unreadable database URL)';
  }
}

/** Why a URL cannot be used, or undefined when it can. */
export function urlProblem(url: string): string | undefined {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return `not a database URL: ${JSON.stringify(url.replace(/:[^:@/]*@/, ':***@'))} (expected postgres://user@host:port/database)`;
  }
  if (u.protocol !== 'postgres:' && u.protocol !== 'postgresql:')
    return `not a PostgreSQL URL (${u.protocol}): expected postgres://user@host:port/database`;
  if (!u.pathname || u.pathname === '/') return 'the database URL names no database (postgres://host/DATABASE)';
  return undefined;
}

export function poolConfig(opts: DbOptions): PoolConfig {
  const problem = urlProblem(opts.url);
  if (problem) throw new Error(problem);
  const u = new URL(opts.url);
  const fromEnv = () => (opts.passwordEnv ? process.env[opts.passwordEnv] : undefined);
  const given = opts.password;
  // The URL's own, else the editor's, else the environment's (else none: pg reads ~/.pgpass).
  const password: PoolConfig['password'] = u.password
    ? decodeURIComponent(u.password)
    : typeof given === 'function'
      ? // pg takes undefined from the function as "none" (its types say string only).
        ((async () => (await given().catch(() => undefined)) ?? fromEnv()) as () => Promise<string>)
      : (given ?? fromEnv());
  // The URL read as pg reads a connectionString (host, port, user, database, ssl and the rest of
  // its query), but its password left out: given a connectionString, pg takes the URL's password,
  // '' when it has none, over the one configured.
  const { password: _inUrl, ...fromUrl } = parseIntoClientConfig(opts.url);
  return {
    application_name: 'factcheck',
    ...fromUrl,
    ...(password !== undefined ? { password } : {}),
    max: opts.max ?? 2,
    connectionTimeoutMillis: 5000,
    idleTimeoutMillis: 30_000,
  };
}

/** A pool over the library's database; `error` events (a dropped idle connection) are handed to
 *  `onError` instead of crashing the process. */
export function openPool(opts: DbOptions, onError: (e: Error) => void = () => {}): Pool {
  // The driver is loaded here, when a database is used, not at start: loading it costs a process
  // ~90 ms (it reaches for the runtime's fetch implementation), which a check without --db never needs.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const pg = require('pg') as typeof Pg;
  const pool = new pg.Pool(poolConfig(opts));
  pool.on('error', onError);
  return pool;
}

/** A connection with the schema brought up to date. */
export async function migrated(pool: Pool): Promise<PoolClient> {
  const client = await pool.connect();
  try {
    await migrate(client);
    return client;
  } catch (e) {
    client.release();
    throw e;
  }
}

const SET_PASSWORD =
  'set the password in the environment variable, e.g. PGPASSWORD, or in VS Code with "Fact Check: Set Database Password"';

/** What a database error code means to whoever runs factcheck. */
const REASONS: Record<string, string> = {
  ECONNREFUSED: 'connection refused (is PostgreSQL running there?)',
  ENOTFOUND: 'host not found',
  ETIMEDOUT: 'no answer (timed out)',
  '28P01': `password authentication failed (${SET_PASSWORD})`,
  '28000': `not allowed to connect (pg_hba.conf, or the password: ${SET_PASSWORD})`,
  '3D000': 'no such database (create it first: createdb NAME)',
  '42P01': 'no shared library in it yet, or one of an older schema (factcheck library import DIR --db URL makes or upgrades it)',
  '57P01': 'the database is shutting down',
  '57P03': 'the database is starting',
};

/** One line for a database error: what went wrong, where, never the password. */
export function dbErrorMessage(e: unknown, url: string): string {
  const err = e as { code?: string; message?: string };
  const text = err.message ?? String(e);
  // pg's words when the server asks for a password and none was given.
  const reason =
    (err.code && REASONS[err.code]) ||
    (/client password must be a string|password must be a string|no password/i.test(text)
      ? `the database asks for a password and none is set (${SET_PASSWORD})`
      : text.split('\n')[0]);
  return `library database ${describeUrl(url)}: ${reason}`;
}
