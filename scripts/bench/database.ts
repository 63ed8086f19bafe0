// 7. The shared library on PostgreSQL (`--only db`): synthetic articles (the scale benchmark's
// records, synth.ts, grouped as the real articles are: each variant of each bundled article is an
// article of its own, ~22 records) imported with the product's own per-article transaction
// (library-db/write.ts), then a 10,000-word draft checked against the database (the product's
// path: counts, candidates, index, judges; the record cache cleared before each run, so every run
// reads from the database) and against the same records in memory, with the findings compared.
// Sizes in articles (--db-articles 10000,46300); FACTCHECK_PG_URL names a server to use, else a
// throwaway cluster is started (test/pg-cluster.ts). Last, the language server's memory with the
// database library and the draft open.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Pool } from 'pg';
import type { Library } from '../../server/src/engine/api';
import { checkText } from '../../server/src/engine/check';
import { libraryOf } from '../../server/src/engine/library';
import { checkWithSource, localLibraryFor } from '../../server/src/engine/record-source';
import type { Finding, Source, SourceRecord } from '../../server/src/engine/types';
import { migrated } from '../../server/src/library-db/connect';
import { PgRecordSource } from '../../server/src/library-db/record-store';
import { insertArticle } from '../../server/src/library-db/write';
import { startCluster } from '../../test/pg-cluster';
import { makeDraft } from './drafts';
import { BenchClient, ROOT } from './lsp-client';
import { probe, type MemoryPoint } from './memory';
import { gc, MB, now, round, summarize, type Summary } from './stats';
import { articlesOf, synthesize } from './synth';

export interface DbSize {
  articles: number;
  records: number;
  /** Importing the articles added at this size (after the smaller sizes'), per-article transactions. */
  importSeconds: number;
  articlesPerSecond: number;
  /** A 10,000-word draft checked against the database (median, min, max over runs). */
  checkDbMs: Summary;
  /** `factcheck check --db` on the draft as its own process (bin/factcheck.js, start included, bundled
   *  library off): what CI meets, without this benchmark's own heap (every synthetic record) slowing
   *  the collector as it does checkDbMs. */
  checkCliMs?: Summary;
  /** The same draft against the same records in memory (index built beforehand). */
  checkMemoryMs: Summary;
  claims: number;
  /** Per claim, the database check's median over its claims. */
  perClaimDbMs: number;
  perClaimMemoryMs: number;
  /** Round trips to the database in one check, and the records it fetched. */
  queries: number;
  fetched: number;
  /** Whether the findings (verdict, message, evidence) were the same both ways. */
  identical: boolean;
  dbSizeMB: number;
  /** The benchmark process's heap with the in-memory library of this size. */
  memoryHeapMB: number;
}

export interface DbBench {
  sizes: DbSize[];
  server?: { idle: MemoryPoint; withDraft: MemoryPoint; records: number };
  error?: string;
}

const shape = (fs: Finding[]) => fs.map((f) => `${f.verdict} ${f.message} ${f.evidence.map((e) => e.recordId).join(',')}`).join('\n');

export async function databaseBench(
  library: Library,
  sizes: number[],
  runs: number,
  log: (s: string) => void,
  /** Keep the database of an earlier run (FACTCHECK_PG_URL's server) and import only what it lacks. */
  keep = false,
): Promise<DbBench> {
  const out: DbBench = { sizes: [] };
  const cluster = await startCluster();
  try {
    const reuse = keep && !!process.env.FACTCHECK_PG_URL;
    const url = reuse ? await cluster.ensureDb('factcheck_bench') : await cluster.createDb('factcheck_bench');
    const pool = new Pool({ connectionString: url, max: 2 });
    (await migrated(pool)).release();
    const draft = makeDraft(library, { words: 10000, seed: 4242 });
    const perArticle = library.records.length / library.sources.length;
    const all = synthesize(
      { lex: library.lexicon, real: library.records },
      Math.ceil((Math.max(...sizes) * perArticle) / library.records.length) * library.records.length,
    );
    const { articles } = articlesOf(library, all);
    let imported = 0;
    let records = 0;
    const client = await pool.connect();
    if (reuse) {
      // The articles an earlier run imported (the synthetic articles are the same each run).
      const { rows } = await client.query<{ n: string }>('SELECT count(*) AS n FROM sources WHERE current');
      for (; imported < Math.min(Number(rows[0].n), articles.length); imported++) records += articles[imported].records.length;
      log(`db: ${imported} articles (${records} records) already imported`);
    }
    for (const size of sizes) {
      const target = Math.min(size, articles.length);
      log(`db: importing articles ${imported + 1}-${target}`);
      const t0 = now();
      let last = t0;
      for (; imported < target; imported++) {
        const a = articles[imported];
        await insertArticle(
          client,
          {
            source: a.source,
            collection: 'bench',
            hash: String(imported),
            learned: '{"source":"","orgs":[],"people":[],"places":[]}',
            lexicon: 'bench',
            records: a.records,
          },
          library.lexicon,
        );
        records += a.records.length;
        if (now() - last > 10_000) {
          last = now();
          log(
            `db: ${imported.toLocaleString('en')} articles, ${records.toLocaleString('en')} records, ${round(imported / ((now() - t0) / 1000), 0)} articles/s`,
          );
        }
      }
      const importSeconds = (now() - t0) / 1000;
      if (importSeconds > 1) await client.query('VACUUM ANALYZE');
      // The product's check: a fresh record source per run (nothing cached), the local library empty.
      const dbMs: number[] = [];
      let result: Awaited<ReturnType<typeof checkWithSource>> | undefined;
      let queries = 0;
      for (let r = -1; r < runs; r++) {
        const source = new PgRecordSource(pool, url);
        const local = await localLibraryFor({ folders: [], bundled: false }, source);
        const t = now();
        result = await checkWithSource(draft, local, source);
        if (r >= 0) dbMs.push(now() - t);
        queries = source.queries;
      }
      // The command line, as CI runs it: a process of its own.
      const draftFile = path.join(os.tmpdir(), `factcheck-bench-db-${process.pid}.md`);
      fs.writeFileSync(draftFile, draft);
      const cliMs: number[] = [];
      for (let r = -1; r < runs; r++) {
        const t = now();
        const run = spawnSync(
          process.execPath,
          [
            path.join(ROOT, 'bin', 'factcheck.js'),
            'check',
            draftFile,
            '--db',
            url,
            '--no-bundled',
            '--no-config',
            '--fail-on',
            'none',
            '--quiet',
          ],
          {
            encoding: 'utf8',
            maxBuffer: 64 << 20,
          },
        );
        if (run.status !== 0) throw new Error(`factcheck check --db: ${run.stderr}`);
        if (r >= 0) cliMs.push(now() - t);
      }
      fs.rmSync(draftFile, { force: true });
      const checkCli = summarize(cliMs.map((x) => round(x, 0)));
      // In memory: the same articles in the same order.
      const memSources: Source[] = [];
      const memRecords: SourceRecord[] = [];
      for (let i = 0; i < imported; i++) {
        const first = memRecords.length;
        memSources.push(articles[i].source);
        for (const r of articles[i].records) memRecords.push({ ...r, source: i, context: r.context.map((c) => c + first) });
      }
      gc();
      const heap0 = process.memoryUsage().heapUsed;
      const memory = libraryOf({ sources: memSources, records: memRecords, problems: [] }, result!.library.lexicon);
      gc();
      const memoryHeapMB = round((process.memoryUsage().heapUsed - heap0) / MB, 0);
      const memMs: number[] = [];
      let memResult: ReturnType<typeof checkText> | undefined;
      for (let r = -1; r < runs; r++) {
        const t = now();
        memResult = checkText(draft, memory);
        if (r >= 0) memMs.push(now() - t);
      }
      const size_ = await client.query<{ mb: string }>('SELECT pg_database_size(current_database()) / 1048576 AS mb');
      const claims = memResult!.findings.length;
      const checkDb = summarize(dbMs.map((x) => round(x, 0)));
      const checkMem = summarize(memMs.map((x) => round(x, 0)));
      out.sizes.push({
        articles: imported,
        records,
        importSeconds: round(importSeconds, 1),
        articlesPerSecond: round(importSeconds > 1 ? (target - (out.sizes.at(-1)?.articles ?? 0)) / importSeconds : 0, 0),
        checkDbMs: checkDb,
        checkCliMs: checkCli,
        checkMemoryMs: checkMem,
        claims,
        perClaimDbMs: round(checkDb.median / claims, 2),
        perClaimMemoryMs: round(checkMem.median / claims, 2),
        queries,
        fetched: result!.library.records.length,
        identical: shape(result!.findings) === shape(memResult!.findings),
        dbSizeMB: Number(size_.rows[0].mb),
        memoryHeapMB,
      });
      log(`db: ${JSON.stringify(out.sizes.at(-1))}`);
      gc();
    }
    client.release();
    await pool.end();
    // The language server with the database library: its memory after a full collection.
    log('db: server memory');
    const server = new BenchClient({
      settings: { debounce: 0, useBundledLibrary: false, database: { url } },
      nodeArgs: ['--expose-gc', '--require', path.join(ROOT, 'scripts', 'bench', 'heap-probe.cjs')],
    });
    try {
      await server.initialize();
      const idle = await probe(server);
      const uri = 'file:///bench/db-draft.md';
      const wait = server.diagnostics(uri, 1);
      await server.open(uri, draft);
      await wait;
      const withDraft = await probe(server);
      out.server = { idle, withDraft, records };
    } finally {
      await server.close();
    }
  } catch (e) {
    out.error = (e as Error).message;
    log(`db: ${out.error}`);
  } finally {
    cluster.destroy();
  }
  return out;
}
