// The custom requests: `factcheck/library` (what a document is checked against: its sources with
// record counts, and the library's problems) and `factcheck/recheck` (re-load the libraries and
// re-check every open document).
import type { ServerContext } from '../context';
import { LIBRARY_REQUEST, RECHECK_REQUEST, type LibraryParams, type LibraryResult, type RecheckResult } from '../protocol';

export function registerLibraryRequests(ctx: ServerContext, recheck: () => number): void {
  ctx.connection.onRequest(LIBRARY_REQUEST, async (params: LibraryParams | undefined): Promise<LibraryResult> => {
    const uri = typeof params?.uri === 'string' && params.uri ? params.uri : (ctx.workspaceFolders()[0] ?? '');
    const library = await ctx.library(uri);
    const counts = new Array<number>(library.sources.length).fill(0);
    for (const r of library.records) if (r.source >= 0 && r.source < counts.length) counts[r.source]++;
    return {
      sources: library.sources.map((s, i) => ({
        id: s.meta.id,
        title: s.meta.title,
        outlet: s.meta.outlet,
        published: s.meta.published,
        path: s.path,
        bundled: s.bundled,
        records: counts[i],
      })),
      problems: library.problems.map((p) => ({ severity: p.severity, file: p.file, field: p.field, message: p.message })),
    };
  });
  ctx.connection.onRequest(RECHECK_REQUEST, (): RecheckResult => ({ documents: recheck() }));
}
