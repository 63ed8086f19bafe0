// debug only (not committed): covers of a claim's best records
import { loadLibrary } from '../server/src/engine/library';
import { extractClaims } from '../server/src/engine/extract/claims';
import { resolveActors } from '../server/src/engine/extract/coreference';
import { makeContext } from '../server/src/engine/match/context';
import { claimWords, coverOf, ownCover } from '../server/src/engine/match/cover';
const [text, date] = [process.argv[2], process.argv[3]];
const library = loadLibrary({ folders: process.env.SRC ? [process.env.SRC] : [], bundled: !process.env.SRC });
const claims = extractClaims(text, library.lexicon, { refDate: date });
resolveActors(claims, text);
for (const c of claims) {
  const ctx = makeContext(c, library.index, (r) => library.index.records[r].id, date);
  const cw = claimWords(ctx);
  console.log('claim:', c.text.slice(0, 80), '| actors', c.actors.map((a) => a.text + '/' + a.role), '| times', c.times.map((t) => `${t.text}:${t.start}..${t.end}:${t.role}`), '| places', c.places.map((p) => p.id + '/' + p.role), '| q', c.quantities.map((q) => `${q.text}[${q.counted}/${q.event ?? ''}]`), 'neg', c.negated, 'hedged', (c as any).hedged);
  console.log(' words:', cw.words.map((w, k) => `${w}:${(cw.weights[k] / cw.total).toFixed(2)}`).join(' '));
  const recs = library.index.records.map((_, i) => i).map((i) => ({ i, cov: coverOf(ctx, i), own: ownCover(ctx, i) })).sort((a, b) => b.cov - a.cov).slice(0, 4);
  for (const r of recs) {
    const rec = library.index.records[r.i];
    const have = library.index.eventKeywords(r.i);
    console.log(`  ${r.cov.toFixed(2)} own ${r.own.toFixed(2)} ${rec.id}: ${rec.text.slice(0, 110)} | missing: ${cw.words.filter((w) => !have.has(w)).join(',')}`);
  }
}
