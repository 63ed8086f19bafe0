// The shared library in the language server (factcheck.database.url): one pool and record source
// per URL. Each check gets the draft's candidates (the engine's candidatesFor: the previous ones
// while the draft's lookups stay within them and the library's version is the same, so the
// incremental checker keeps its paragraphs; else fetched anew in a few round trips, records and
// sources cached by their library order number) on top of the local library (bundled, folders),
// which is read again with what the stored articles taught whenever the library's version changes;
// the newsroom's decisions come with each check. If the database goes away: it is said once, each
// draft is checked against what was last loaded for it (its previous candidates), and the database
// is tried again every few seconds; when it answers, that is said and every open draft is checked
// again. The password: the URL never holds one (settings.ts); a client that keeps one in its secret
// storage is asked for it whenever a connection is opened (it wins over the environment variable
// factcheck.database.passwordEnv names), and says when it changed (passwordChanged).
import {
  candidatesFor,
  localLibraryFor,
  type Candidates,
  type CheckOptions,
  type Library,
  type LibraryOptions,
  type ReviewedClaim,
} from '../engine';
import { dbErrorMessage, describeUrl, openPool, PgRecordSource, readDecisions, recordDecision, urlProblem } from '../library-db';
import type { Messages } from './messages';

export interface SharedCheck {
  /** The library to judge the draft against (its candidates on top of the local library). */
  library: Library;
  /** The candidates fetched (undefined when the database could not be reached). */
  candidates?: Candidates;
  /** The newsroom's decisions, as last read. */
  decisions: ReviewedClaim[];
  /** Which library it was, for the status bar. */
  label: string;
}

interface Entry {
  url: string;
  passwordEnv: string;
  pool: ReturnType<typeof openPool>;
  source: PgRecordSource;
  /** Local libraries read with the store's learned entities, by options, for a library version and
   *  the library manager's load of the same options (a changed source folder loads it again). */
  locals: Map<string, { version: string; base: Library; library: Library }>;
  decisions: ReviewedClaim[];
  /** Why it cannot be reached (undefined: it can). */
  down?: string;
  retry?: NodeJS.Timeout;
}

/** How long a connection waits for the client's password before going on without it. */
const PASSWORD_WAIT_MS = 5000;

/** `p`, or undefined when it has not settled within `ms` (or failed). */
function withTimeout<T>(p: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<undefined>((resolve) => (timer = setTimeout(() => resolve(undefined), ms)));
  return Promise.race([p.catch(() => undefined), late]).finally(() => clearTimeout(timer));
}

export class SharedLibraries {
  private readonly entries = new Map<string, Entry>();
  private disposed = false;
  /** Asks the client for the password it keeps for a database URL (undefined: it keeps none). */
  askPassword?: (url: string) => Promise<string | undefined>;

  constructor(
    private readonly messages: Messages,
    /** Called when a database that was away answers again. */
    private readonly onBack: () => void,
    private readonly retryMs = Number(process.env.FACTCHECK_DB_RETRY_MS) || 3000,
  ) {}

  /** The library a draft is checked against with the shared library at `url` and `options`' local
   *  library on top; never throws for the database's sake (it falls back to what was last loaded). */
  async library(
    db: { url: string; passwordEnv: string },
    options: LibraryOptions,
    fallback: Library,
    text: string,
    opts: CheckOptions,
    previous: Candidates | undefined,
  ): Promise<SharedCheck> {
    const entry = this.entry(db);
    if (!entry) {
      const problem = `Fact Check: factcheck.database.url: ${urlProblem(db.url)}`;
      if (this.messages.once('error', problem)) this.messages.log('error', problem);
      return { library: fallback, decisions: [], label: 'local library (the database URL is not usable)' };
    }
    const key = JSON.stringify([options.folders, options.bundled, options.aliasFiles ?? []]);
    try {
      const version = await entry.source.version();
      let local = entry.locals.get(key);
      if (!local || local.version !== version || local.base !== fallback) {
        local = { version, base: fallback, library: await localLibraryFor(options, entry.source) };
        entry.locals.set(key, local);
      }
      entry.decisions = await readDecisions(entry.pool);
      const candidates = await candidatesFor(text, local.library, entry.source, opts, previous);
      if (entry.down) this.back(entry);
      return {
        library: candidates.library,
        candidates,
        decisions: entry.decisions,
        label: `${entry.source.label} (library version ${version})`,
      };
    } catch (e) {
      this.wentDown(entry, e);
      // What was last loaded for this draft, else the local library as last read with the store's.
      return {
        library: previous?.library ?? entry.locals.get(key)?.library ?? fallback,
        decisions: entry.decisions,
        label: `${entry.source.label}: not reachable, checking against what was last loaded`,
      };
    }
  }

  /** Stores a decision on a claim for everyone (the "Mark as checked for the newsroom" command). */
  async decide(db: { url: string; passwordEnv: string }, d: Omit<ReviewedClaim, 'when'>): Promise<void> {
    const entry = this.entry(db);
    if (!entry) throw new Error(urlProblem(db.url));
    try {
      await recordDecision(entry.pool, d);
    } catch (e) {
      throw new Error(dbErrorMessage(e, entry.url));
    }
  }

  /** The client's password for `url` (every database when undefined) changed: a database that
   *  could not be reached is tried again at once (asking for the password anew), and one that
   *  could is connected to anew, so the new password is used and checked. */
  passwordChanged(url?: string): void {
    let recheck = false;
    for (const e of this.entries.values()) {
      if (url !== undefined && e.url !== url) continue;
      if (e.retry) clearTimeout(e.retry);
      e.retry = undefined;
      // Connections made with the old password are let go when idle; new ones ask again.
      void e.pool.end().catch(() => undefined);
      e.pool = this.openPool(e.url, e.passwordEnv);
      e.source.usePool(e.pool);
      if (e.down) this.scheduleRetry(e, 0);
      else recheck = true;
    }
    if (recheck && !this.disposed) this.onBack();
  }

  dispose(): void {
    this.disposed = true;
    for (const e of this.entries.values()) {
      if (e.retry) clearTimeout(e.retry);
      void e.pool.end().catch(() => undefined);
    }
    this.entries.clear();
  }

  private entry(db: { url: string; passwordEnv: string }): Entry | undefined {
    const key = `${db.url}\u0000${db.passwordEnv}`;
    let e = this.entries.get(key);
    if (e) return e;
    if (urlProblem(db.url)) return undefined;
    const pool = this.openPool(db.url, db.passwordEnv);
    e = { url: db.url, passwordEnv: db.passwordEnv, pool, source: new PgRecordSource(pool, db.url), locals: new Map(), decisions: [] };
    this.entries.set(key, e);
    return e;
  }

  private openPool(url: string, passwordEnv: string): Entry['pool'] {
    const ask = this.askPassword;
    return openPool(
      { url, passwordEnv: passwordEnv || undefined, max: 2, ...(ask ? { password: () => withTimeout(ask(url), PASSWORD_WAIT_MS) } : {}) },
      (err) => this.messages.log('warning', `Fact Check: ${dbErrorMessage(err, url)}`),
    );
  }

  private wentDown(entry: Entry, e: unknown): void {
    const why = dbErrorMessage(e, entry.url);
    this.messages.log('error', `Fact Check: ${why}`);
    if (entry.down) return;
    entry.down = why;
    this.messages.show('error', `Fact Check: ${why}. Checking against what was last loaded from it; reconnecting by itself.`);
    this.scheduleRetry(entry);
  }

  private scheduleRetry(entry: Entry, ms = this.retryMs): void {
    if (this.disposed || entry.retry) return;
    entry.retry = setTimeout(() => {
      entry.retry = undefined;
      entry.source.version().then(
        () => {
          if (entry.down) this.back(entry);
        },
        () => this.scheduleRetry(entry),
      );
    }, ms);
  }

  private back(entry: Entry): void {
    entry.down = undefined;
    if (entry.retry) clearTimeout(entry.retry);
    entry.retry = undefined;
    this.messages.show(
      'info',
      `Fact Check: the shared library ${describeUrl(entry.url)} is reachable again; checking the open drafts against it.`,
    );
    if (!this.disposed) this.onBack();
  }
}
