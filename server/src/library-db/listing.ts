// What the shared library holds: its version, counts, and each current article (id, version,
// outlet, date, title, records, collection, when imported), for `factcheck library list`.
import type { Pool } from 'pg';

export interface LibraryListing {
  version: string;
  records: number;
  articles: {
    id: string;
    version: number;
    outlet?: string;
    published?: string;
    title?: string;
    records: number;
    collection: string;
    imported: string;
  }[];
  deleted: number;
  decisions: number;
}

export async function listLibrary(pool: Pool): Promise<LibraryListing> {
  const state = await pool.query<{ version: string; records: string }>('SELECT version, records FROM library_state WHERE id = 1');
  const { rows } = await pool.query<{
    id: string;
    version: number;
    outlet: string | null;
    published: string | null;
    title: string | null;
    record_count: number;
    collection: string;
    imported: string;
  }>(
    `SELECT id, version, outlet, published, title, record_count, collection,
       to_char(imported_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI') AS imported FROM sources WHERE current ORDER BY seq`,
  );
  const deleted = await pool.query<{ n: string }>('SELECT count(*) AS n FROM sources WHERE deleted');
  const decisions = await pool.query<{ n: string }>('SELECT count(*) AS n FROM decisions');
  return {
    version: state.rows[0]?.version ?? '0',
    records: Number(state.rows[0]?.records ?? 0),
    articles: rows.map((r) => ({
      id: r.id,
      version: r.version,
      ...(r.outlet ? { outlet: r.outlet } : {}),
      ...(r.published ? { published: r.published } : {}),
      ...(r.title ? { title: r.title } : {}),
      records: r.record_count,
      collection: r.collection,
      imported: r.imported,
    })),
    deleted: Number(deleted.rows[0]?.n ?? 0),
    decisions: Number(decisions.rows[0]?.n ?? 0),
  };
}
