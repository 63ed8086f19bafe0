// The shared library as the engine's record source (engine/record-source.ts): the library's
// version, what its articles taught, the counts and facts for a draft's keys (one query), a large
// measure's keyed lists of figures (one query, numbers only), and the posting lists the draft's
// lookups reach and the records of the figures picked, with their context records and sources (one
// query for the lists, one for the records, one for neighbours not yet fetched, one for sources not
// yet held). Records and sources are immutable per library order number (a change makes a new
// version with a new number), so they are cached across checks, bounded.
import type { Pool } from 'pg';
import {
  CANDIDATES,
  PERSON_RECORDS,
  type FigureRef,
  recordFromJson,
  type LearnedEntities,
  type LookupKeys,
  type LookupList,
  type RecordSource,
  type Source,
  type SourceRecord,
  type Span,
  type StoreCounts,
  type StoredRecords,
} from '../engine';
import { describeUrl } from './connect';
import { HeldText, sourceWithHeldText } from './held-text';
import { sourceOfRow, type StoredSourceRow } from './import';
import { ORD_STRIDE } from './write';

/** The posting list kinds in the database (schema.ts, migration 2). */
const POSTING_KIND: Record<LookupList['kind'], string> = { keyword: 'k', word: 'w', measure: 'm', person: 'p' };

/** Records and sources kept in memory between checks (an LRU each). */
const RECORD_CACHE = 20_000;
const SOURCE_CACHE = 5_000;
/** Sources read a query (their texts are let go batch by batch). */
const SOURCE_BATCH = 2_000;

class Lru<K, V> {
  private map = new Map<K, V>();
  constructor(private readonly max: number) {}
  get(k: K): V | undefined {
    const v = this.map.get(k);
    if (v !== undefined) {
      this.map.delete(k);
      this.map.set(k, v);
    }
    return v;
  }
  set(k: K, v: V): void {
    this.map.delete(k);
    this.map.set(k, v);
    if (this.map.size > this.max) this.map.delete(this.map.keys().next().value as K);
  }
  clear(): void {
    this.map.clear();
  }
}

export class PgRecordSource implements RecordSource {
  readonly label: string;
  private learnedAt?: { version: string; learned: LearnedEntities[] };
  private readonly records = new Lru<number, SourceRecord>(RECORD_CACHE);
  private readonly sources = new Lru<number, { source: Omit<Source, 'text'>; held: HeldText }>(SOURCE_CACHE);
  /** Round trips to the database so far (the benchmark's and the tests' count). */
  queries = 0;

  constructor(
    private pool: Pool,
    url: string,
  ) {
    this.label = describeUrl(url);
  }

  /** Goes on with another pool (the same database connected to anew); what is cached stays. */
  usePool(pool: Pool): void {
    this.pool = pool;
  }

  async version(): Promise<string> {
    this.queries++;
    const { rows } = await this.pool.query<{ version: string }>('SELECT version FROM library_state WHERE id = 1');
    return rows[0]?.version ?? '0';
  }

  async learned(): Promise<LearnedEntities[]> {
    const version = await this.version();
    if (this.learnedAt?.version === version) return this.learnedAt.learned;
    this.queries++;
    const { rows } = await this.pool.query<{ learned: string }>('SELECT learned FROM sources WHERE current ORDER BY seq');
    const learned = rows.map((r) => JSON.parse(r.learned) as LearnedEntities);
    this.learnedAt = { version, learned };
    return learned;
  }

  async counts(keys: LookupKeys): Promise<StoreCounts> {
    this.queries++;
    const { rows } = await this.pool.query<{ kind: string; key: string; value: string | null; n: string | null }>(
      `SELECT 'r' AS kind, '' AS key, NULL AS value, records::text AS n FROM library_state WHERE id = 1
       UNION ALL SELECT CASE kind WHEN 'a' THEN 'K' ELSE kind END, key, NULL, n::text FROM term_counts
         WHERE n > 0 AND ((kind = 'k' AND key = ANY($1)) OR (kind = 'w' AND key = ANY($2)) OR (kind = 'm' AND key = ANY($3))
           OR (kind = 'a' AND key = ANY($4)))
       UNION ALL SELECT kind, key, value, NULL FROM fact_counts
         WHERE n > 0 AND ((kind = 'o' AND key = ANY($4)) OR (kind IN ('a', 't') AND key = ANY($5)) OR (kind = 't' AND value = ANY($6)))`,
      [keys.keywords, keys.words, keys.measures, keys.actors, keys.persons, keys.titles ?? []],
    );
    const out: StoreCounts = {
      records: 0,
      keywords: new Map(),
      words: new Map(),
      measures: new Map(),
      known: new Set(),
      offices: new Map(),
      affiliations: new Map(),
      titles: new Map(),
    };
    const add = (m: Map<string, Set<string>>, k: string, v: string) => {
      const s = m.get(k);
      if (s) s.add(v);
      else m.set(k, new Set([v]));
    };
    for (const r of rows) {
      if (r.kind === 'r') out.records = Number(r.n);
      else if (r.kind === 'k') out.keywords.set(r.key, Number(r.n));
      else if (r.kind === 'w') out.words.set(r.key, Number(r.n));
      else if (r.kind === 'm') out.measures.set(r.key, Number(r.n));
      else if (r.kind === 'K') out.known.add(r.key);
      else if (r.kind === 'o') add(out.offices, r.key, r.value!);
      else if (r.kind === 'a') add(out.affiliations, r.key, r.value!);
      else if (r.kind === 't') add(out.titles, r.key, r.value!);
    }
    return out;
  }

  async figures(keys: string[]): Promise<Map<string, FigureRef[]>> {
    const out = new Map<string, FigureRef[]>();
    if (!keys.length) return out;
    this.queries++;
    // Each keyed list's last CANDIDATES figures, from the B-tree alone (schema.ts, migration 3).
    const { rows } = await this.pool.query<{ key: string; ord: string; n: number }>(
      `SELECT l.key, x.ord, x.n FROM unnest($1::text[]) AS l(key),
         LATERAL (SELECT ord, n FROM figures f WHERE f.key = l.key ORDER BY ord DESC, n DESC LIMIT ${CANDIDATES}) x`,
      [keys],
    );
    for (const r of rows) {
      const ref = { ord: Number(r.ord), n: r.n };
      const list = out.get(r.key);
      if (list) list.push(ref);
      else out.set(r.key, [ref]);
    }
    for (const list of out.values()) list.reverse();
    return out;
  }

  async candidates(
    lists: LookupList[],
    base: { records: number; sources: number } = { records: 0, sources: 0 },
    wanted: number[] = [],
  ): Promise<StoredRecords> {
    const ords = new Set<number>(wanted);
    if (lists.length) {
      this.queries++;
      // Each list's newest CANDIDATES records (a person's first PERSON_RECORDS), from the B-tree.
      const newest = lists.filter((l) => l.kind !== 'person');
      const { rows } = await this.pool.query<{ ord: string }>(
        `SELECT x.ord FROM unnest($1::"char"[], $2::text[]) AS l(kind, key),
           LATERAL (SELECT ord FROM postings p WHERE p.kind = l.kind AND p.key = l.key ORDER BY ord DESC LIMIT ${CANDIDATES}) x
         UNION SELECT x.ord FROM unnest($3::text[]) AS k,
           LATERAL (SELECT ord FROM postings p WHERE p.kind = 'p' AND p.key = k ORDER BY ord LIMIT ${PERSON_RECORDS}) x`,
        [newest.map((l) => POSTING_KIND[l.kind]), newest.map((l) => l.key), lists.filter((l) => l.kind === 'person').map((l) => l.key)],
      );
      for (const r of rows) ords.add(Number(r.ord));
    }
    const got = new Map<number, SourceRecord>();
    await this.load([...ords], got);
    // What each source must hold: the spans of its records that lookups reach (a context record's
    // text is never an evidence's). A record's context is within its article: the sources are
    // known now, and read beside the context records.
    const spans = new Map<number, Span[]>();
    for (const o of ords) {
      const r = got.get(o);
      if (!r) continue;
      const seq = Math.floor(o / ORD_STRIDE);
      const list = spans.get(seq);
      if (list) list.push(r.span);
      else spans.set(seq, [r.span]);
    }
    const seqs = [...new Set([...ords].map((o) => Math.floor(o / ORD_STRIDE)))].sort((a, b) => a - b);
    const sources = this.heldSources(seqs, spans);
    sources.catch(() => undefined);
    // Their neighbours on the same event, within the article.
    const context = new Set<number>();
    for (const o of ords) {
      const at = o - (o % ORD_STRIDE);
      for (const j of got.get(o)?.context ?? []) if (!ords.has(at + j)) context.add(at + j);
    }
    await this.load([...context], got);
    const held = await sources;
    const all = [...got.keys()].sort((a, b) => a - b);
    const position = new Map(all.map((o, i) => [o, base.records + i]));
    const sourceIndex = new Map(seqs.map((s, i) => [s, base.sources + i]));
    const records = all.map((o): SourceRecord => {
      const r = got.get(o)!;
      const at = o - (o % ORD_STRIDE);
      const source = sourceIndex.get(Math.floor(o / ORD_STRIDE))!;
      if (!ords.has(o)) {
        // Only a neighbour of a fetched record: what a judge reads of a record's context (its
        // places, times, entities, keywords, actors). No lookup reaches it (record-source.ts), so
        // its text, figures and quotations are left out of the index.
        return { ...r, source, context: [], text: '', quantities: [], quotes: [] };
      }
      const context = r.context.map((j) => position.get(at + j)).filter((x): x is number => x !== undefined);
      return { ...r, source, context };
    });
    return { sources: held, records, base, ords: all };
  }

  /** The records into `got`: from the cache, the rest read. */
  private async load(ords: number[], got: Map<number, SourceRecord>): Promise<void> {
    const missing: number[] = [];
    for (const o of ords) {
      const hit = this.records.get(o);
      if (hit) got.set(o, hit);
      else missing.push(o);
    }
    if (!missing.length) return;
    this.queries++;
    const { rows } = await this.pool.query<{ ord: string; data: string }>('SELECT ord, data FROM records WHERE ord = ANY($1::bigint[])', [
      missing,
    ]);
    for (const r of rows) {
      const rec = recordFromJson(r.data);
      this.records.set(Number(r.ord), rec);
      got.set(Number(r.ord), rec);
    }
  }

  /** The check's sources: each holding its line breaks and the spans of `spans` (the records
   *  fetched from it, by source seq), not its text (held-text.ts). A source not held, or held
   *  without one of those spans (a record of it not fetched before), is read (in batches, each
   *  text let go once what is held of it is taken). */
  private async heldSources(seqs: number[], spans: Map<number, Span[]>): Promise<Source[]> {
    type Entry = { source: Omit<Source, 'text'>; held: HeldText };
    const got = new Map<number, Entry>();
    const read: number[] = [];
    for (const s of seqs) {
      const entry = this.sources.get(s);
      if (entry) got.set(s, entry);
      if (!entry?.held.covers(spans.get(s) ?? [])) read.push(s);
    }
    for (let at = 0; at < read.length; at += SOURCE_BATCH) {
      this.queries++;
      const { rows } = await this.pool.query<StoredSourceRow>(
        'SELECT seq, id, path, title, outlet, published, url, author, body_start, text FROM sources WHERE seq = ANY($1::bigint[])',
        [read.slice(at, at + SOURCE_BATCH)],
      );
      for (const r of rows) {
        const seq = Number(r.seq);
        const entry = got.get(seq);
        if (entry) entry.held.hold(r.text, spans.get(seq) ?? []);
        else {
          const { text, ...rest } = sourceOfRow(r);
          const fresh = { source: rest, held: new HeldText(text, spans.get(seq) ?? []) };
          this.sources.set(seq, fresh);
          got.set(seq, fresh);
        }
      }
    }
    return seqs.map((s) => {
      const entry = got.get(s)!;
      return sourceWithHeldText(entry.source, entry.held);
    });
  }
}
