// The shared library's schema as versioned SQL, applied in order by migrate() (each migration in its
// own transaction, recorded in schema_version); a database newer than this build is refused.
//
// sources:      one row per version of an article (metadata, text, content hash, what it taught);
//               `current` marks the version lookups see, `deleted` an article gone from its folder.
// records:      the engine's SourceRecord as JSON, with the keys lookups use as arrays (keywords,
//               quotation words, measures, a measure's keyed lists, actors (GIN), persons,
//               places). `ord` is the library order: source seq * 2^20 + record number.
// postings:     the same keys as posting lists in a B-tree (kind, key, ord): a list's newest
//               records read from the index alone (migration 2).
// figures:      a measure's keyed lists per figure (key, ord, the figure's position among its
//               record's quantities): a figure lookup's last figures (migration 3).
// record_facts: what a record says of its speakers (offices, affiliations, titles).
// term_counts:  records per keyword / quotation word / actor key, figures per measure, kept in
//               step with records in each article's transaction (the whole library's counts,
//               match/index.ts; actor keys from migration 4).
// fact_counts:  each speaker fact (kind, key, value) with the articles that state it, kept in step
//               with record_facts (migration 4).
// library_state: the library's version (bumped by every change) and its record count.
// decisions:    claims checked by hand for everyone (the claim's words, verdict, reason, who, when).
import type { PoolClient } from 'pg';

export const MIGRATIONS: readonly string[] = [
  // 1: the library.
  `
  CREATE EXTENSION IF NOT EXISTS pg_trgm;
  CREATE TABLE library_state (
    id int PRIMARY KEY CHECK (id = 1),
    version bigint NOT NULL DEFAULT 0,
    records bigint NOT NULL DEFAULT 0,
    changed_at timestamptz NOT NULL DEFAULT now()
  );
  INSERT INTO library_state (id) VALUES (1);
  CREATE SEQUENCE source_seq;
  CREATE TABLE sources (
    seq bigint PRIMARY KEY DEFAULT nextval('source_seq'),
    id text NOT NULL,
    version int NOT NULL,
    collection text NOT NULL,
    path text NOT NULL,
    title text, outlet text, published text, url text, author text,
    body_start int NOT NULL,
    text text NOT NULL,
    hash text NOT NULL,
    learned text NOT NULL,
    lexicon text NOT NULL,
    record_count int NOT NULL DEFAULT 0,
    current boolean NOT NULL DEFAULT true,
    deleted boolean NOT NULL DEFAULT false,
    imported_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (id, version)
  );
  CREATE UNIQUE INDEX sources_current_id ON sources (id) WHERE current;
  CREATE INDEX sources_collection ON sources (collection) WHERE current;
  CREATE INDEX sources_title_trgm ON sources USING gin (title gin_trgm_ops);
  CREATE TABLE records (
    ord bigint PRIMARY KEY,
    source_seq bigint NOT NULL REFERENCES sources (seq),
    record_id text NOT NULL,
    data text NOT NULL,
    keywords text[] NOT NULL,
    words text[] NOT NULL,
    measures text[] NOT NULL,
    mkeys text[] NOT NULL,
    actors text[] NOT NULL,
    persons text[] NOT NULL,
    places text[] NOT NULL
  );
  CREATE INDEX records_source ON records (source_seq);
  CREATE INDEX records_keywords ON records USING gin (keywords);
  CREATE INDEX records_words ON records USING gin (words);
  CREATE INDEX records_measures ON records USING gin (measures);
  CREATE INDEX records_mkeys ON records USING gin (mkeys);
  CREATE INDEX records_actors ON records USING gin (actors);
  CREATE INDEX records_persons ON records USING gin (persons);
  CREATE INDEX records_places ON records USING gin (places);
  CREATE TABLE record_facts (
    source_seq bigint NOT NULL REFERENCES sources (seq),
    kind char(1) NOT NULL,
    key text NOT NULL,
    value text NOT NULL
  );
  CREATE INDEX record_facts_key ON record_facts (kind, key);
  CREATE INDEX record_facts_source ON record_facts (source_seq);
  CREATE TABLE term_counts (
    kind char(1) NOT NULL,
    key text NOT NULL,
    n int NOT NULL,
    PRIMARY KEY (kind, key)
  );
  CREATE TABLE decisions (
    claim_key text PRIMARY KEY,
    claim text NOT NULL,
    verdict text NOT NULL,
    reason text NOT NULL,
    who text,
    decided_at timestamptz NOT NULL DEFAULT now()
  );
  `,
  // 2: posting lists in a B-tree, so a list's last 1,000 records (or a person's first 3) are read
  // from the index alone, however long the list (a GIN index had to read and sort every match:
  // 1.4 s of a 10,000-word draft's check at 216,000 records). The arrays stay for the counts; of
  // their GIN indexes only the actors' is still used.
  `
  CREATE TABLE postings (
    kind "char" NOT NULL,
    key text NOT NULL,
    ord bigint NOT NULL,
    PRIMARY KEY (kind, key, ord)
  );
  INSERT INTO postings (kind, key, ord)
    SELECT DISTINCT t.kind, t.key, t.ord FROM (
      SELECT 'k'::"char" AS kind, unnest(keywords) AS key, ord FROM records
      UNION ALL SELECT 'w', unnest(words), ord FROM records
      UNION ALL SELECT 'm', unnest(measures), ord FROM records
      UNION ALL SELECT 'x', unnest(mkeys), ord FROM records
      UNION ALL SELECT 'p', unnest(persons), ord FROM records
    ) t;
  CREATE INDEX postings_ord ON postings (ord);
  DROP INDEX records_keywords, records_words, records_measures, records_mkeys, records_persons, records_places;
  `,
  // 3: a large measure's keyed lists per figure, as the index holds them (match/index.ts): a
  // figure lookup reads each list's last 1,000 figures (not records: a record may give several
  // figures of one measure) and the check fetches only the records whose figures it picks, not
  // every record of every list (18,000 of the 39,000 records a 10,000-word draft fetched at
  // 1,000,000 records). Filled from the records already stored: their figures' values from the
  // JSON (the number as written, as JavaScript prints it), their actors and places from mkeys.
  // The record-level lists (postings 'x') are no longer read.
  `
  CREATE TABLE figures (
    key text NOT NULL,
    ord bigint NOT NULL,
    n int NOT NULL,
    PRIMARY KEY (key, ord, n)
  );
  INSERT INTO figures (key, ord, n)
    SELECT DISTINCT k.key, r.ord, q.n - 1
    FROM records r
    CROSS JOIN LATERAL json_array_elements(r.data::json -> 'quantities') WITH ORDINALITY AS q(v, n)
    CROSS JOIN LATERAL (
      SELECT (q.v ->> 'counted') || chr(31) || 'v' ||
        CASE WHEN json_typeof(q.v -> 'value') = 'number' THEN q.v ->> 'value' ELSE q.v -> 'value' ->> '$number' END AS key
      UNION ALL
      SELECT m FROM unnest(r.mkeys) AS m
      WHERE left(m, length(q.v ->> 'counted') + 1) = (q.v ->> 'counted') || chr(31)
        AND substr(m, length(q.v ->> 'counted') + 2, 1) <> 'v'
    ) k
    WHERE cardinality(r.measures) > 0 AND coalesce(q.v ->> 'counted', '') <> '';
  CREATE INDEX figures_ord ON figures (ord);
  DELETE FROM postings WHERE kind = 'x';
  `,
  // 4: what a check asks of its actors and persons read from counts kept in step with the records
  // (each article's transaction), not worked out per check: records per actor key (term_counts
  // 'a': whether the library knows an actor; a GIN index's bitmap of ~10,000 records per key made
  // it ~70 ms of a check at 1,000,000 records) and each speaker fact with the number of articles
  // that state it (fact_counts: a persons' affiliations are a few rows each, not one per article).
  `
  INSERT INTO term_counts (kind, key, n)
    SELECT 'a', a, count(*) FROM records, unnest(actors) AS a GROUP BY a;
  CREATE TABLE fact_counts (
    kind char(1) NOT NULL,
    key text NOT NULL,
    value text NOT NULL,
    n int NOT NULL,
    PRIMARY KEY (kind, key, value)
  );
  INSERT INTO fact_counts (kind, key, value, n)
    SELECT f.kind, f.key, f.value, count(*) FROM record_facts f GROUP BY f.kind, f.key, f.value;
  DROP INDEX records_actors, record_facts_key;
  `,
];

export const SCHEMA_VERSION = MIGRATIONS.length;

/** Brings the database's schema up to this build's (an advisory lock keeps two importers apart). */
export async function migrate(client: PoolClient): Promise<void> {
  await client.query('SELECT pg_advisory_lock(715015)');
  try {
    await client.query(
      'CREATE TABLE IF NOT EXISTS schema_version (version int PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())',
    );
    const { rows } = await client.query<{ v: number | null }>('SELECT max(version) AS v FROM schema_version');
    const at = rows[0]?.v ?? 0;
    if (at > SCHEMA_VERSION)
      throw new Error(`the database's schema is version ${at}, newer than this factcheck's (${SCHEMA_VERSION}): upgrade factcheck`);
    for (let v = at + 1; v <= SCHEMA_VERSION; v++) {
      await client.query('BEGIN');
      try {
        await client.query(MIGRATIONS[v - 1]);
        await client.query('INSERT INTO schema_version (version) VALUES ($1)', [v]);
        await client.query('COMMIT');
      } catch (e) {
        await client.query('ROLLBACK');
        throw e;
      }
    }
  } finally {
    await client.query('SELECT pg_advisory_unlock(715015)');
  }
}

/** The schema version a database is at (0: none), without changing it. */
export async function schemaVersion(client: PoolClient): Promise<number> {
  const { rows } = await client.query<{ v: number | null }>("SELECT CASE WHEN to_regclass('schema_version') IS NULL THEN 0 END AS v");
  if (rows[0]?.v === 0) return 0;
  const r = await client.query<{ v: number | null }>('SELECT max(version) AS v FROM schema_version');
  return r.rows[0]?.v ?? 0;
}
