// `factcheck library import|list --db URL` and `factcheck check --db URL`: the shared library on
// PostgreSQL (server/src/library-db). A database that cannot be reached, a bad URL or a schema
// newer than this build is one line and exit status 2; a broken article is reported and skipped.
import * as fs from 'fs';
import { checkWithSource, localLibraryFor, type Library, type ReviewedClaim, type Source } from '../engine';
import { dbErrorMessage, importFolders, listLibrary, migrated, openPool, PgRecordSource, readDecisions, urlProblem } from '../library-db';
import type { CliArgs } from './args';
import { failedCheck, finishCheck, printChecks, readForCheck, type Io } from './check-run';
import { expandDrafts } from './files';
import { formatProblemsText } from './format-text';
import type { FileReport } from './report';

type Pool = ReturnType<typeof openPool>;

/** Runs `f` with a migrated pool; database trouble is one line and exit status 2. */
async function withDb(url: string, io: Io, f: (pool: Pool) => Promise<number>): Promise<number> {
  const problem = urlProblem(url);
  if (problem) {
    io.stderr(`factcheck: --db: ${problem}\n`);
    return 2;
  }
  let failure: Error | undefined;
  const pool = openPool({ url, passwordEnv: 'PGPASSWORD', max: 2 }, (e) => (failure = e));
  try {
    (await migrated(pool)).release();
    return await f(pool);
  } catch (e) {
    io.stderr(`factcheck: ${dbErrorMessage(failure ?? e, url)}\n`);
    return 2;
  } finally {
    await pool.end().catch(() => undefined);
  }
}

export async function runLibrary(args: CliArgs, io: Io): Promise<number> {
  const url = args.db!;
  if (args.libraryAction === 'import') {
    const missing = args.files.filter((d) => !isDirectory(d));
    if (missing.length) {
      for (const d of missing) io.stderr(`factcheck: folder not found: ${d}\n`);
      return 2;
    }
    return withDb(url, io, async (pool) => {
      const started = Date.now();
      const s = await importFolders(pool, args.files, {
        ...(args.collection !== undefined ? { collection: args.collection } : {}),
        aliasFiles: args.aliases,
        progress: (line) => io.stderr(line + '\n'),
      });
      io.stderr(formatProblemsText(s.problems, { cwd: io.cwd }));
      const secs = ((Date.now() - started) / 1000).toFixed(1);
      io.stdout(
        `imported into ${new URL(url).pathname.slice(1)}: ${s.added} new, ${s.changed} changed (new versions), ${s.unchanged} unchanged, ` +
          `${s.deleted} deleted, ${s.skipped} skipped; ${s.records} records written` +
          `${s.reread ? `; ${s.reread} stored articles read again` : ''} (${secs} s)\n`,
      );
      // Something was left out (a broken article, a file that is no article): exit status 1.
      const leftOut = s.skipped + s.problems.filter((p) => p.severity === 'error' || /^skipped/.test(p.message)).length;
      return leftOut ? 1 : 0;
    });
  }
  return withDb(url, io, async (pool) => {
    const l = await listLibrary(pool);
    if (args.format === 'json') {
      io.stdout(JSON.stringify(l, null, 2) + '\n');
      return 0;
    }
    for (const a of l.articles) {
      const meta = [a.outlet, a.published].filter(Boolean).join(', ');
      io.stdout(`${a.id} v${a.version}${meta ? ` (${meta})` : ''}: ${a.records} records${a.title ? ` — ${a.title}` : ''}\n`);
    }
    io.stdout(
      `${l.articles.length} articles, ${l.records.toLocaleString('en')} records, library version ${l.version}` +
        `${l.deleted ? `, ${l.deleted} deleted` : ''}${l.decisions ? `, ${l.decisions} claims checked by hand` : ''}\n`,
    );
    return 0;
  });
}

/** `factcheck check --db URL [--sources DIR]...`: each draft against the shared library, with the
 *  bundled library and the local folders on top, and the newsroom's decisions. */
export async function runDbCheck(args: CliArgs, io: Io, configSources: string[], configFile?: string): Promise<number> {
  const missing = args.sources.filter((dir) => !isDirectory(dir));
  if (missing.length) {
    const fromConfig = new Set(configSources);
    for (const dir of missing)
      io.stderr(`factcheck: source folder not found: ${dir}${fromConfig.has(dir) ? ` (named by ${configFile})` : ''}\n`);
    return 2;
  }
  const files = expandDrafts(args.files, args.ignore, io.cwd ?? process.cwd());
  if (!files.length) {
    io.stderr(`factcheck: no drafts found in ${args.files.join(' ')}\n`);
    return 2;
  }
  return withDb(args.db!, io, async (pool) => {
    const source = new PgRecordSource(pool, args.db!);
    const local: Library = await localLibraryFor({ folders: args.sources, bundled: args.bundled, aliasFiles: args.aliases }, source);
    if (args.format === 'text') io.stderr(formatProblemsText(local.problems, { cwd: io.cwd }));
    const decisions: ReviewedClaim[] = await readDecisions(pool);
    const reports: FileReport[] = [];
    const seen = new Set<Source>(local.sources);
    const sources: Source[] = [...local.sources];
    for (const file of files) {
      const read = readForCheck(file, args, io, decisions);
      if (read.text === undefined) {
        reports.push(read.report);
        continue;
      }
      try {
        const result = await checkWithSource(read.text, local, source, read.opts);
        for (const s of result.library.sources) if (!seen.has(s)) seen.add(s) && sources.push(s);
        reports.push(finishCheck(read.report, result, args, io));
      } catch (e) {
        const db = (e as { code?: string }).code !== undefined || /connect|terminat/i.test((e as Error).message);
        reports.push(
          failedCheck(read.report, db ? dbErrorMessage(e, args.db!) : e, args, io, db ? 'could not check' : 'internal error checking'),
        );
      }
    }
    return printChecks(reports, { sources, records: local.records, problems: local.problems }, args, io);
  });
}

function isDirectory(dir: string): boolean {
  try {
    return fs.statSync(dir).isDirectory();
  } catch {
    return false;
  }
}
