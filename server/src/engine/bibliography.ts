// A CSL-JSON bibliography's ids (Pandoc's `references.json`): which sources a draft's `[@id]` keys
// can name. Read from disk, re-read only when the file changes.
import * as fs from 'fs';

const bibCache = new Map<string, { stamp: string; ids: ReadonlySet<string> | undefined }>();

/** The ids in a CSL-JSON bibliography file (an array of items with `id`), or undefined when the
 *  file is missing or unreadable. Re-read only when its size or modification time changes. */
export function bibliographyIds(file: string): ReadonlySet<string> | undefined {
  let stamp: string;
  try {
    const st = fs.statSync(file);
    if (!st.isFile() || st.size > 16 * 1024 * 1024) return undefined;
    stamp = `${st.size}:${st.mtimeMs}`;
  } catch {
    bibCache.delete(file);
    return undefined;
  }
  const hit = bibCache.get(file);
  if (hit && hit.stamp === stamp) return hit.ids;
  let ids: Set<string> | undefined;
  try {
    const parsed: unknown = JSON.parse(fs.readFileSync(file, 'utf8'));
    const items = Array.isArray(parsed)
      ? parsed
      : parsed && typeof parsed === 'object' && Array.isArray((parsed as { items?: unknown }).items)
        ? (parsed as { items: unknown[] }).items
        : undefined;
    if (items) {
      ids = new Set();
      for (const item of items) {
        const id = item && typeof item === 'object' ? (item as { id?: unknown }).id : undefined;
        if (typeof id === 'string' || typeof id === 'number') ids.add(String(id));
      }
    }
  } catch {
    ids = undefined;
  }
  bibCache.set(file, { stamp, ids });
  if (bibCache.size > 32) bibCache.delete(bibCache.keys().next().value as string);
  return ids;
}
