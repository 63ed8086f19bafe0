// The shared library's password in the editor's secret storage (never in settings in clear).
// "Fact Check: Set Database Password" asks for it in a password box and keeps it in VS Code's secret
// storage (the operating system's keychain) under the database's URL as set in
// factcheck.database.url (user, host, port and database; an empty answer forgets it). The language
// server asks for it (factcheck/databasePassword) whenever it opens a connection, so it is never
// in settings, on a command line or in the server's environment, and is told when it changes, in
// this window or another (factcheck/databasePasswordChanged), to connect again. A password kept
// here wins over the environment variable factcheck.database.passwordEnv names. Kept per URL, a
// workspace whose settings point factcheck.database.url at another server is not given it.
// Imports only types from vscode, so it is tested without VS Code
// (test/client-database-password.test.ts).
import type { Disposable, SecretStorage } from 'vscode';
import type { DatabasePasswordResult } from './protocol';

/** What the secret storage keys of this extension's database passwords start with. */
export const SECRET_PREFIX = 'factcheck.database.password ';

/** The database a URL names, as shown and as its password is kept: postgres://user@host:port/db
 *  (no password, query or fragment); undefined when it is not a PostgreSQL URL. */
export function databaseOf(url: string): string | undefined {
  let u: URL;
  try {
    u = new URL(url.trim());
  } catch {
    return undefined;
  }
  if (u.protocol !== 'postgres:' && u.protocol !== 'postgresql:') return undefined;
  if (!u.host || !u.pathname || u.pathname === '/') return undefined;
  return `postgres://${u.username ? u.username + '@' : ''}${u.host}${u.pathname}`;
}

/** The secret storage key of a database URL's password. */
export const passwordKey = (url: string): string | undefined => {
  const db = databaseOf(url);
  return db && SECRET_PREFIX + db;
};

export type Secrets = Pick<SecretStorage, 'get' | 'store' | 'delete' | 'onDidChange'>;

/** What the command needs of the editor. */
export interface PasswordUi {
  /** factcheck.database.url as set ('' when none). */
  databaseUrl(): string;
  /** A password box (its input hidden); undefined when dismissed. */
  askPassword(prompt: string, placeHolder: string): PromiseLike<string | undefined>;
  info(message: string): void;
  /** Says that no database URL is set (and offers to open the setting). */
  noUrl(message: string): void;
}

export type SetOutcome = 'stored' | 'forgotten' | 'cancelled' | 'no database';

export class DatabasePasswords {
  constructor(private readonly secrets: Secrets) {}

  /** The answer to the server's factcheck/databasePassword request: the password kept for that
   *  URL, if any (never another database's). */
  async forServer(params: unknown): Promise<DatabasePasswordResult> {
    const url = params && typeof params === 'object' ? (params as { url?: unknown }).url : undefined;
    const key = typeof url === 'string' ? passwordKey(url) : undefined;
    if (!key) return {};
    const password = await this.secrets.get(key);
    return password ? { password } : {};
  }

  /** "Set Database Password": asks for the password of the database factcheck.database.url names
   *  and keeps it (an empty answer forgets it). The server hears of it through onDidChange. */
  async set(ui: PasswordUi): Promise<SetOutcome> {
    const url = ui.databaseUrl();
    const db = databaseOf(url);
    const key = passwordKey(url);
    if (!db || !key) {
      ui.noUrl(
        url.trim()
          ? `Fact Check: factcheck.database.url (${JSON.stringify(url.trim().replace(/:[^:@/]*@/, ':***@'))}) is not a PostgreSQL URL; set it first (postgres://user@host:port/database).`
          : 'Fact Check: set factcheck.database.url (postgres://user@host:port/database) first: the password is kept for that database.',
      );
      return 'no database';
    }
    const had = !!(await this.secrets.get(key));
    const answer = await ui.askPassword(
      `The password for the shared library ${db}, kept in the editor's secret storage (not in settings).`,
      had ? 'A password is kept: type a new one, or leave empty to forget it' : 'Password',
    );
    if (answer === undefined) return 'cancelled';
    if (!answer) {
      if (had) await this.secrets.delete(key);
      ui.info(
        had
          ? `Fact Check: the password for ${db} is forgotten; the environment variable (factcheck.database.passwordEnv) is used, if set.`
          : `Fact Check: no password is kept for ${db}.`,
      );
      return had ? 'forgotten' : 'cancelled';
    }
    await this.secrets.store(key, answer);
    ui.info(`Fact Check: the password for ${db} is kept in the editor's secret storage; connecting with it.`);
    return 'stored';
  }

  /** Calls `listener` when a database password kept by this extension changes (in any window). */
  onDidChange(listener: () => void): Disposable {
    return this.secrets.onDidChange((e) => {
      if (e.key.startsWith(SECRET_PREFIX)) listener();
    });
  }
}
