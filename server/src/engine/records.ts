// A source article -> its records. Records are the article's sentences read by the same claim
// extractor that reads drafts, then completed from their neighbours the way a reader does: "he
// wrote" is the person named before; a sentence that continues a quoted speaker's paragraph is still
// that speaker's; a statement's date is the date it was made, or else the article's.
import type { Lexicon } from './data/lexicon';
import { extractClaims } from './extract/claims';
import { qualifiedConversions } from './extract/figure-kind';
import { resolveActors } from './extract/coreference';
import { claimActorKeys, intersects } from './match/actors';
import { furnitureSpans } from './sources/furniture';
import type { Claim, PlaceRef, Source, SourceRecord } from './types';
import { gazetteerEntries, gazetteerId, placeKey } from './data/gazetteer';
import { tokenize } from './text/tokens';

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
  for (const c of claims) if (c.quantities.length > 1) c.quantities = qualifiedConversions(source.text, c.quantities);
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
  placeDefinite(records);
  // "North Korean soldiers fight alongside Russians in Kursk Oblast": the headline's places are
  // the story's scene, for records that name none.
  // (A headline that names no place: the dateline's, "PORTO, Portugal, Nov 15 (AWS) -".)
  let scene = records.length ? [...new Set(records[0].places.filter((p) => p.role === 'at').map((p) => p.id))] : [];
  if (!scene.length) scene = datelinePlace(records, lex);
  // ... and nearer: the places of the sentence before in the same paragraph ("Rescuers recovered
  // four bodies in Blackwell on Thursday ... Five people were still listed as missing").
  records.forEach((r, i) => {
    if (i === 0 || r.places.length) return;
    const before = records[i - 1];
    const at = [...new Set(before.places.filter((p) => p.role === 'at').map((p) => p.id))];
    if (at.length && !source.text.slice(before.span.end, r.span.start).includes('\n\n')) r.scene = at;
    else if (scene.length) r.scene = scene;
  });
  return records;
}

/** The day the record was said: a statement time the sentence gives, never after the article was
 *  published ("said repairs would begin on March 31" in a March 17 article dates the repairs). */
function statementDate(c: Claim, published: string | undefined): string | undefined {
  const t = c.times.find((x) => x.role === 'statement' && x.start && (!published || x.start <= published));
  return t?.start;
}

/** "in the state", "across the province", "the country's": a place named by its kind alone. */
const DEFINITE_PLACE = /\b(?:in|across|throughout|around|of) the (state|province|region|country)\b(?!\s*(?:of\b|'s\s+\p{Lu}|[-\p{Lu}]))/u;

/**
 * "Electricity demand in the state hit a record 30.6 gigawatts": the state is the one the article
 * named last (a region the gazetteer knows as one: "in India's most populous state, Uttar Pradesh"),
 * and so for a province or a region; "the country", the country named last. Given to a record that
 * names no place of that kind itself.
 */
function placeDefinite(records: SourceRecord[]): void {
  let region: PlaceRef | undefined;
  let country: PlaceRef | undefined;
  for (const r of records) {
    const m = DEFINITE_PLACE.exec(r.text);
    const named = r.places.filter((p) => p.role === 'at');
    if (m) {
      const wanted = m[1] === 'country' ? country : region;
      if (wanted && !named.some((p) => kindOf(p) === kindOf(wanted))) r.places = [...r.places, { ...wanted, role: 'at' }];
    }
    for (const p of named) {
      const k = kindOf(p);
      if (k === 'region') region = p;
      else if (k === 'country') country = p;
    }
  }
}

/** Whether a place is a region or a country, as its id or the gazetteer says. */
function kindOf(p: PlaceRef): 'region' | 'country' | undefined {
  if (/^gz:[A-Z]{2}:r:/.test(p.id)) return 'region';
  if (/^gz:[A-Z]{2}$/.test(p.id)) return 'country';
  if (p.id.startsWith('gz:')) return undefined;
  const entries = gazetteerEntries(placeKey(p.text));
  if (entries.length && entries.every((e) => e.kind === 'region')) return 'region';
  if (entries.some((e) => e.kind === 'country')) return 'country';
  return undefined;
}

/** The place of the first dateline among an article's first records ("PORTO, Portugal, Nov 15"),
 *  as the data or the gazetteer knows it. */
function datelinePlace(records: SourceRecord[], lex: Lexicon): string[] {
  for (const r of records.slice(0, 3)) {
    const m = /^([\p{Lu}][\p{Lu} .'’-]{2,40}),\s/u.exec(r.text);
    if (!m) continue;
    const name = m[1]
      .trim()
      .toLowerCase()
      .replace(/(^|[\s'’-])\p{L}/gu, (x) => x.toUpperCase());
    const tokens = tokenize(name);
    const hit = lex.entities.matchAt(tokens, 0);
    const place = hit && hit.length === tokens.length ? hit.values.find((v) => v.kind === 'place' || v.kind === 'country') : undefined;
    if (place) return [place.id];
    const town = gazetteerEntries(placeKey(name)).find((e) => e.kind === 'town');
    return town ? [gazetteerId(placeKey(name), town)] : [];
  }
  return [];
}
