// `factcheck library import DIR...`: folders of articles into the shared library, read by the
// engine's own code (the records the in-memory library would make), one transaction per article.
// Idempotent: an article whose text hashes the same is skipped; a changed one becomes a new version
// (the old one's records leave the lookups); an article that was imported from a folder (its
// collection: the folder's absolute path, or --collection) and is no longer in it is marked deleted.
// When what the library has learned (people, organisations, places) changes, stored articles read
// with the old vocabulary are read again, so every record is what a fresh in-memory load would make.
import * as path from 'path';
import type { Pool, PoolClient } from 'pg';
import {
  articleHash,
  articleRecords,
  baseLexicon,
  learnedJson,
  learnedOf,
  lexiconFor,
  readArticles,
  type LearnedEntities,
  type Problem,
  type Source,
  type SourceRecord,
} from '../engine';
import { deleteArticle, insertArticle, lexiconStamp, type StoredArticle } from './write';

export interface ImportOptions {
  /** The collection the folders are imported as (default: each folder's absolute path). */
  collection?: string;
  aliasFiles?: string[];
  /** Progress lines (to stderr), at most every `progressMs`. */
  progress?: (line: string) => void;
  progressMs?: number;
}

export interface ImportSummary {
  added: number;
  changed: number;
  unchanged: number;
  deleted: number;
  reread: number;
  skipped: number;
  records: number;
  problems: Problem[];
}

interface Live {
  seq: number;
  id: string;
  version: number;
  hash: string;
  collection: string;
  learned: LearnedEntities;
  lexicon: string;
}

export async function importFolders(pool: Pool, dirs: string[], opts: ImportOptions = {}): Promise<ImportSummary> {
  const summary: ImportSummary = { added: 0, changed: 0, unchanged: 0, deleted: 0, reread: 0, skipped: 0, records: 0, problems: [] };
  const aliasFiles = (opts.aliasFiles ?? []).map((f) => path.resolve(f));
  const base = baseLexicon(aliasFiles);
  const read: { source: Source; collection: string }[] = [];
  for (const dir of dirs) {
    const { sources, problems } = readArticles([dir]);
    summary.problems.push(...problems);
    const collection = opts.collection ?? path.resolve(dir);
    for (const source of sources) read.push({ source, collection });
  }
  const client = await pool.connect();
  try {
    const live = await liveArticles(client);
    // What the library will have learned: the stored articles that stay, then the new and changed.
    const incoming = new Map<string, { source: Source; collection: string; hash: string; learned?: LearnedEntities }>();
    for (const a of read) {
      if (incoming.has(a.source.meta.id)) continue; // loadSources reports a repeated id
      incoming.set(a.source.meta.id, { ...a, hash: articleHash(a.source.text) });
    }
    const imported = new Set(read.map((a) => a.collection));
    const gone = [...live.values()].filter((l) => imported.has(l.collection) && !incoming.has(l.id));
    const goneIds = new Set(gone.map((g) => g.id));
    for (const a of incoming.values()) {
      const was = live.get(a.source.meta.id);
      if (was && was.hash === a.hash) continue;
      try {
        a.learned = learnedOf(a.source, base);
      } catch (e) {
        summary.problems.push({ severity: 'error', file: a.source.path, message: `skipped: ${(e as Error).message}` });
        summary.skipped++;
        incoming.delete(a.source.meta.id);
      }
    }
    const taught: LearnedEntities[] = [];
    for (const l of live.values()) {
      const a = incoming.get(l.id);
      if (!goneIds.has(l.id) && !(a && a.hash !== l.hash)) taught.push(l.learned);
    }
    for (const a of incoming.values()) if (a.learned) taught.push(a.learned);
    const lex = lexiconFor(aliasFiles, taught);
    const stamp = lexiconStamp(aliasFiles, taught);

    const total = incoming.size;
    let done = 0;
    let last = Date.now();
    const tick = () => {
      done++;
      if (opts.progress && Date.now() - last >= (opts.progressMs ?? 1000)) {
        last = Date.now();
        opts.progress(
          `factcheck: ${done.toLocaleString('en')} / ${total.toLocaleString('en')} articles (${summary.added} new, ${summary.changed} changed, ${summary.unchanged} unchanged)`,
        );
      }
    };
    for (const a of incoming.values()) {
      const was = live.get(a.source.meta.id);
      if (was && was.hash === a.hash) {
        summary.unchanged++;
        tick();
        continue;
      }
      let records: SourceRecord[];
      try {
        records = articleRecords(a.source, lex);
      } catch (e) {
        summary.problems.push({
          severity: 'error',
          file: a.source.path,
          message: `skipped: could not read records: ${(e as Error).message}`,
        });
        summary.skipped++;
        tick();
        continue;
      }
      const article: StoredArticle = {
        source: a.source,
        collection: a.collection,
        hash: a.hash,
        learned: learnedJson(a.learned!),
        lexicon: stamp,
        records,
      };
      try {
        await insertArticle(client, article, lex, was);
        if (was) summary.changed++;
        else summary.added++;
        summary.records += records.length;
      } catch (e) {
        summary.problems.push({ severity: 'error', file: a.source.path, message: `skipped: ${(e as Error).message.split('\n')[0]}` });
        summary.skipped++;
      }
      tick();
    }
    for (const g of gone) {
      await deleteArticle(client, g.seq);
      summary.deleted++;
    }
    summary.reread = await rereadStale(client, lex, stamp, opts.progress);
    return summary;
  } finally {
    client.release();
  }
}

async function liveArticles(client: PoolClient): Promise<Map<string, Live>> {
  const { rows } = await client.query<{
    seq: string;
    id: string;
    version: number;
    hash: string;
    collection: string;
    learned: string;
    lexicon: string;
  }>('SELECT seq, id, version, hash, collection, learned, lexicon FROM sources WHERE current ORDER BY seq');
  return new Map(
    rows.map((r) => [
      r.id,
      {
        seq: Number(r.seq),
        id: r.id,
        version: r.version,
        hash: r.hash,
        collection: r.collection,
        learned: JSON.parse(r.learned) as LearnedEntities,
        lexicon: r.lexicon,
      },
    ]),
  );
}

/** Stored articles read with another vocabulary than the library's now: read again in place (their
 *  order kept), one transaction each. */
async function rereadStale(
  client: PoolClient,
  lex: ReturnType<typeof lexiconFor>,
  stamp: string,
  progress?: (line: string) => void,
): Promise<number> {
  const { rows } = await client.query<{ seq: string }>('SELECT seq FROM sources WHERE current AND lexicon <> $1 ORDER BY seq', [stamp]);
  if (rows.length) progress?.(`factcheck: reading ${rows.length} stored articles again (what the library has learned changed)`);
  let n = 0;
  for (const { seq } of rows) {
    const { rows: src } = await client.query<StoredSourceRow>(
      'SELECT seq, id, version, collection, path, title, outlet, published, url, author, body_start, text, hash, learned FROM sources WHERE seq = $1',
      [seq],
    );
    const s = src[0];
    const source = sourceOfRow(s);
    const records = articleRecords(source, lex);
    await insertArticle(
      client,
      { source, collection: s.collection, hash: s.hash, learned: s.learned, lexicon: stamp, records },
      lex,
      undefined,
      Number(s.seq),
    );
    n++;
  }
  return n;
}

export interface StoredSourceRow {
  seq: string;
  id: string;
  version: number;
  collection: string;
  path: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  url: string | null;
  author: string | null;
  body_start: number;
  text: string;
  hash: string;
  learned: string;
}

export function sourceOfRow(s: Omit<StoredSourceRow, 'collection' | 'hash' | 'learned' | 'version'>): Source {
  const meta: Source['meta'] = { id: s.id };
  if (s.title !== null) meta.title = s.title;
  if (s.outlet !== null) meta.outlet = s.outlet;
  if (s.published !== null) meta.published = s.published;
  if (s.url !== null) meta.url = s.url;
  if (s.author !== null) meta.author = s.author;
  return { meta, path: s.path, text: s.text, bodyStart: s.body_start, bundled: false };
}
