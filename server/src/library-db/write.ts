// Writing articles into the shared library: one transaction per article (its source row, its
// records with their lookup keys, its speakers' facts, the library-wide counts and version).
import { createHash } from 'crypto';
import * as fs from 'fs';
import type { PoolClient } from 'pg';
import { recordJson, recordKeys, type LearnedEntities, type Source, type SourceRecord } from '../engine';

type Lexicon = Parameters<typeof recordKeys>[1];

/** Records of one article at most (ord = source seq * 2^20 + record number). */
export const ORD_STRIDE = 2 ** 20;

export interface StoredArticle {
  source: Source;
  collection: string;
  hash: string;
  /** JSON of what the article taught. */
  learned: string;
  /** The vocabulary the records were read with (lexiconStamp). */
  lexicon: string;
  records: SourceRecord[];
}

/** What the records were read with: the alias files' text and everything the library learned. */
export function lexiconStamp(aliasFiles: string[], learned: LearnedEntities[]): string {
  const h = createHash('sha256');
  for (const f of aliasFiles) {
    try {
      h.update(fs.readFileSync(f));
    } catch {
      h.update(`missing ${f}`);
    }
  }
  for (const l of learned) if (l.orgs.length || l.people.length || l.places.length) h.update(JSON.stringify(l));
  return h.digest('hex').slice(0, 32);
}

/** Adds (sign 1) or takes away (sign -1) an article's records and facts from the library-wide counts. */
async function count(client: PoolClient, seq: number, sign: 1 | -1): Promise<void> {
  await client.query(
    `INSERT INTO term_counts (kind, key, n)
     SELECT kind, key, count(*) * $2::int FROM (
       SELECT 'k' AS kind, unnest(keywords) AS key FROM records WHERE source_seq = $1
       UNION ALL SELECT 'w', unnest(words) FROM records WHERE source_seq = $1
       UNION ALL SELECT 'm', unnest(measures) FROM records WHERE source_seq = $1
       UNION ALL SELECT 'a', unnest(actors) FROM records WHERE source_seq = $1
     ) t GROUP BY kind, key
     ON CONFLICT (kind, key) DO UPDATE SET n = term_counts.n + EXCLUDED.n`,
    [seq, sign],
  );
  await client.query(
    `INSERT INTO fact_counts (kind, key, value, n)
     SELECT kind, key, value, count(*) * $2::int FROM record_facts WHERE source_seq = $1 GROUP BY kind, key, value
     ON CONFLICT (kind, key, value) DO UPDATE SET n = fact_counts.n + EXCLUDED.n`,
    [seq, sign],
  );
}

async function removeRecords(client: PoolClient, seq: number): Promise<number> {
  await count(client, seq, -1);
  await client.query('DELETE FROM record_facts WHERE source_seq = $1', [seq]);
  await client.query('DELETE FROM postings WHERE ord BETWEEN $1 AND $2', [seq * ORD_STRIDE, (seq + 1) * ORD_STRIDE - 1]);
  await client.query('DELETE FROM figures WHERE ord BETWEEN $1 AND $2', [seq * ORD_STRIDE, (seq + 1) * ORD_STRIDE - 1]);
  const r = await client.query('DELETE FROM records WHERE source_seq = $1', [seq]);
  return r.rowCount ?? 0;
}

async function writeRecords(client: PoolClient, seq: number, records: SourceRecord[], lex: Lexicon): Promise<void> {
  if (records.length >= ORD_STRIDE) throw new Error(`more than ${ORD_STRIDE} records in one article`);
  const rows = [];
  const facts: { kind: string; key: string; value: string }[] = [];
  const figures: { key: string; ord: number; n: number }[] = [];
  for (let i = 0; i < records.length; i++) {
    const r = records[i];
    const k = recordKeys(r, lex);
    rows.push({
      ord: seq * ORD_STRIDE + i,
      record_id: r.id,
      data: recordJson(r),
      keywords: k.keywords,
      words: k.words,
      measures: k.measures,
      mkeys: k.mkeys,
      actors: k.actors,
      persons: k.persons,
      places: [...new Set(r.places.map((p) => p.id))],
    });
    for (const [key, n] of k.figures) figures.push({ key, ord: seq * ORD_STRIDE + i, n });
    for (const [office, person] of k.offices) facts.push({ kind: 'o', key: office, value: person });
    for (const [person, org] of k.affiliations) facts.push({ kind: 'a', key: person, value: org });
    for (const [person, title] of k.titles) facts.push({ kind: 't', key: person, value: title });
  }
  // Up to ~2,000 records a statement, so a very long article is not one huge parameter.
  for (let at = 0; at < rows.length; at += 2000) {
    await client.query(
      `INSERT INTO records (ord, source_seq, record_id, data, keywords, words, measures, mkeys, actors, persons, places)
       SELECT x.ord, $2, x.record_id, x.data, x.keywords, x.words, x.measures, x.mkeys, x.actors, x.persons, x.places
       FROM json_to_recordset($1::json) AS x(ord bigint, record_id text, data text, keywords text[], words text[],
            measures text[], mkeys text[], actors text[], persons text[], places text[])`,
      [JSON.stringify(rows.slice(at, at + 2000)), seq],
    );
  }
  await client.query(
    `INSERT INTO postings (kind, key, ord)
     SELECT DISTINCT t.kind, t.key, t.ord FROM (
       SELECT 'k'::"char" AS kind, unnest(keywords) AS key, ord FROM records WHERE source_seq = $1
       UNION ALL SELECT 'w', unnest(words), ord FROM records WHERE source_seq = $1
       UNION ALL SELECT 'm', unnest(measures), ord FROM records WHERE source_seq = $1
       UNION ALL SELECT 'p', unnest(persons), ord FROM records WHERE source_seq = $1
     ) t`,
    [seq],
  );
  for (let at = 0; at < figures.length; at += 10_000) {
    await client.query(
      'INSERT INTO figures (key, ord, n) SELECT x.key, x.ord, x.n FROM json_to_recordset($1::json) AS x(key text, ord bigint, n int)',
      [JSON.stringify(figures.slice(at, at + 10_000))],
    );
  }
  if (facts.length) {
    await client.query(
      `INSERT INTO record_facts (source_seq, kind, key, value)
       SELECT DISTINCT $2::bigint, x.kind, x.key, x.value FROM json_to_recordset($1::json) AS x(kind text, key text, value text)`,
      [JSON.stringify(facts), seq],
    );
  }
  await count(client, seq, 1);
}

/**
 * Stores an article in one transaction: as a new article, as a new version of `was` (whose records
 * leave the lookups), or read again in place (`rereadSeq`: same version, same library order).
 */
export async function insertArticle(
  client: PoolClient,
  a: StoredArticle,
  lex: Lexicon,
  was?: { seq: number },
  rereadSeq?: number,
): Promise<number> {
  await client.query('BEGIN');
  try {
    let removed = 0;
    let seq: number;
    if (rereadSeq !== undefined) {
      seq = rereadSeq;
      removed = await removeRecords(client, seq);
      await client.query('UPDATE sources SET lexicon = $2, record_count = $3 WHERE seq = $1', [seq, a.lexicon, a.records.length]);
    } else {
      if (was) {
        removed = await removeRecords(client, was.seq);
        await client.query('UPDATE sources SET current = false WHERE seq = $1', [was.seq]);
      }
      const m = a.source.meta;
      const { rows } = await client.query<{ seq: string }>(
        `INSERT INTO sources (id, version, collection, path, title, outlet, published, url, author, body_start, text, hash, learned, lexicon, record_count)
         VALUES ($1, (SELECT coalesce(max(version), 0) + 1 FROM sources WHERE id = $1), $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
         RETURNING seq`,
        [
          m.id,
          a.collection,
          a.source.path,
          m.title ?? null,
          m.outlet ?? null,
          m.published ?? null,
          m.url ?? null,
          m.author ?? null,
          a.source.bodyStart,
          a.source.text,
          a.hash,
          a.learned,
          a.lexicon,
          a.records.length,
        ],
      );
      seq = Number(rows[0].seq);
    }
    await writeRecords(client, seq, a.records, lex);
    await client.query('UPDATE library_state SET version = version + 1, records = records + $1, changed_at = now() WHERE id = 1', [
      a.records.length - removed,
    ]);
    await client.query('COMMIT');
    return seq;
  } catch (e) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw e;
  }
}

/** Marks an article deleted (its text kept as history) and takes its records out of the lookups. */
export async function deleteArticle(client: PoolClient, seq: number): Promise<void> {
  await client.query('BEGIN');
  try {
    const removed = await removeRecords(client, seq);
    await client.query('UPDATE sources SET current = false, deleted = true WHERE seq = $1', [seq]);
    await client.query('UPDATE library_state SET version = version + 1, records = records - $1, changed_at = now() WHERE id = 1', [
      removed,
    ]);
    await client.query('COMMIT');
  } catch (e) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw e;
  }
}
