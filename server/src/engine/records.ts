// A source article -> its records. Records are the article's sentences read by the same claim
// extractor that reads drafts, then completed from their neighbours the way a reader does: "he
// wrote" is the person named before; a sentence that continues a quoted speaker's paragraph is still
// that speaker's; a statement's date is the date it was made, or else the article's.
import type { Lexicon } from './data/lexicon';
import { extractClaims } from './extract/claims';
import { resolveActors } from './extract/coreference';
import { claimActorKeys, intersects } from './match/actors';
import { furnitureSpans } from './sources/furniture';
import type { Claim, Source, SourceRecord } from './types';

/** How far apart (in sentences) two records can be and still report one event. */
const CONTEXT_DISTANCE = 2;

export function recordsOf(source: Source, sourceIndex: number, lex: Lexicon, firstIndex: number): SourceRecord[] {
  const published = source.meta.published;
  // Page furniture ("Read also:" lists, bylines, boxes) is no part of the story.
  const furniture = furnitureSpans(source.text, source.bodyStart);
  const inFurniture = (c: Claim) => furniture.some((f) => c.span.start >= f.start && c.span.end <= f.end);
  const claims = extractClaims(source.text, lex, { bodyStart: source.bodyStart, refDate: published, article: true }).filter(
    (c) => !inFurniture(c),
  );
  const from = resolveActors(claims, source.text);
  const records: SourceRecord[] = [];
  claims.forEach((c, i) => {
    const rec: SourceRecord = {
      ...c,
      source: sourceIndex,
      id: `${source.meta.id}#${c.index + 1}`,
      statedAt: statementDate(c, published),
      context: [],
    };
    const own = c.actors.filter((a) => a.role === 'primary' && !a.inherited && !a.backref);
    if (!rec.statedAt && from[i] >= 0) rec.statedAt = records[from[i]].statedAt;
    if (!rec.statedAt && own.length) {
      // "Singh added that ...": the same speaker's statement a sentence or two before dates it.
      const keys = claimActorKeys(own);
      const earlier = records
        .slice(-2)
        .reverse()
        .find((r) => intersects(keys, claimActorKeys(r.actors)));
      rec.statedAt = earlier?.statedAt;
    }
    if (!rec.statedAt) {
      rec.statedAt = published;
      rec.statedAtInferred = true;
    }
    records.push(rec);
  });
  // Neighbours by the same actor (or both unattributed) report the same event.
  for (let i = 0; i < records.length; i++) {
    const ki = claimActorKeys(records[i].actors);
    for (let j = Math.max(0, i - CONTEXT_DISTANCE); j <= Math.min(records.length - 1, i + CONTEXT_DISTANCE); j++) {
      if (j === i) continue;
      const kj = claimActorKeys(records[j].actors);
      if ((ki.size === 0 && kj.size === 0) || intersects(ki, kj)) records[i].context.push(firstIndex + j);
    }
  }
  // "North Korean soldiers fight alongside Russians in Kursk Oblast": the headline's places are
  // the story's scene, for records that name none.
  const scene = records.length ? [...new Set(records[0].places.filter((p) => p.role === 'at').map((p) => p.id))] : [];
  if (scene.length) for (const r of records.slice(1)) if (!r.places.length) r.scene = scene;
  return records;
}

/** The day the record was said: a statement time the sentence gives, never after the article was
 *  published ("said repairs would begin on March 31" in a March 17 article dates the repairs). */
function statementDate(c: Claim, published: string | undefined): string | undefined {
  const t = c.times.find((x) => x.role === 'statement' && x.start && (!published || x.start <= published));
  return t?.start;
}
