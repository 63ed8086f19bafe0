// Where a place lies, as a text says it: "Matahuasi, in Concepción province", "Helmond, in the
// southern province of North Brabant", "Orai, in Jalaun district". A draft that puts a place in
// another province, region or district than the sources do ("Matahuasi, in Jauja province") states
// something incompatible about the same place (POLICY: places), whatever event the sentence tells.
import type { Lexicon } from '../data/lexicon';
import type { PlaceRef, Span } from '../types';
import type { ElementResult, JudgeContext } from './context';
import { gazetteerPlace, placeKey } from '../data/gazetteer';
import { lemmaOf, properOnly } from '../data/wordnet';
import { lexiconCountries, relateGazetteer } from './gazetteer-relation';
import type { RecordIndex } from './index';

/** One place said to lie in another, with the kind of the outer one when the text names it. */
export interface Placement {
  /** The names' keys (placeKey), and the outer place's id. */
  inner: string;
  outer: string;
  outerId: string;
  innerText: string;
  outerSpan: Span;
  /** "province", "region", "district", "state" ... (undefined when the text does not say). */
  level?: string;
  span: Span;
}

const LEVELS = [
  'province',
  'region',
  'district',
  'state',
  'county',
  'department',
  'prefecture',
  'municipality',
  'governorate',
  'oblast',
  'canton',
  'territory',
];
/** A kind of place, in lower case or capitalised ("Olomouc Region"). */
const LEVEL = LEVELS.flatMap((l) => [l, l[0].toUpperCase() + l.slice(1)]).join('|');
const NAME = "\\p{Lu}[\\p{L}\\p{M}'’-]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}'’-]*){0,3}";
/** The outer name: no possessive in it ("Peru's Junín region" is Junín). */
const OUTER = "\\p{Lu}[\\p{L}\\p{M}-]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}-]*){0,3}(?![\\p{L}\\p{M}'’])";
const SIDE = '(?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)(?:ern)?|neighbou?ring|nearby|adjacent';
/** "Matahuasi, in Concepción province", "Pilcomayo in Huancayo province", "Halle, in the eastern
 *  German state of Saxony-Anhalt", "Helmond, in North Brabant". */
const PLACED = new RegExp(
  `(${NAME})(?:\\s+(${LEVEL}))?(,?)\\s+in\\s+(?:the\\s+)?(?:(?:${SIDE}|\\p{Lu}\\p{L}+(?:['’]s)?)\\s+){0,2}?(?:(${LEVEL})\\s+of\\s+)?(${OUTER})(?!\\s+(?:${LEVEL})\\s+of\\b)(?:\\s+(${LEVEL}))?`,
  'gu',
);

/**
 * The placements a sentence states: a name, "in", and the place it lies in. Names are keyed as
 * written (placeKey): the inner one may be no place the data knows. Stated with a comma or a kind of
 * place ("province"), and the inner name a proper one (not "Hospitals in Prayagraj").
 */
export function placementsIn(text: string, offset: number, places: readonly PlaceRef[]): Placement[] {
  const out: Placement[] = [];
  const re = new RegExp(PLACED);
  // (Overlapping: "Matahuasi, in Concepción province in the Junín region" states two.)
  for (let m = re.exec(text); m; m = re.exec(text)) {
    re.lastIndex = m.index + m[0].length - m[5].length - (m[6] ? m[6].length + 1 : 0);
    const [, innerText, , comma, levelOf, outerText, levelAfter] = m;
    const level = (levelOf ?? levelAfter)?.toLowerCase();
    const start = offset + m.index;
    const outerStart = start + m[0].length - outerText.length - (levelAfter ? levelAfter.length + 1 : 0);
    const place = places.find((x) => x.span.start === outerStart);
    if (!level && !(comma && place)) continue;
    if (innerText.split(/\s+/).every((w) => lemmaOf(w.toLowerCase()) !== undefined && !properOnly(w.toLowerCase()))) continue;
    const inner = placeKey(innerText);
    const outer = placeKey(outerText);
    if (!inner || inner === outer) continue;
    const outerSpan = { start: outerStart, end: start + m[0].length };
    out.push({ inner, outer, outerId: place?.id ?? outer, innerText, outerSpan, level, span: { start, end: outerSpan.end } });
  }
  return out;
}

interface Stated {
  outer: string;
  outerId: string;
  level?: string;
  record: number;
}
const stated = new WeakMap<RecordIndex, Map<string, Stated[]>>();

/** Place -> where the sources say it lies (once per index). */
function statedPlacements(index: RecordIndex): Map<string, Stated[]> {
  const kept = stated.get(index);
  if (kept) return kept;
  const map = new Map<string, Stated[]>();
  index.records.forEach((r, i) => {
    for (const p of placementsIn(r.text, r.span.start, r.places)) {
      const list = map.get(p.inner) ?? map.set(p.inner, []).get(p.inner)!;
      if (!list.some((x) => x.outer === p.outer)) list.push({ outer: p.outer, outerId: p.outerId, level: p.level, record: i });
    }
  });
  stated.set(index, map);
  return map;
}

/** A country contains every place named in it: never a rival province. */
function isCountry(id: string, lex: Lexicon): boolean {
  return gazetteerPlace(id)?.kind === 'country' || lexiconCountries(lex).has(id);
}

/** Whether the sources put `inner` inside `outer` (keys), through any chain of places. */
function liesIn(inner: string, outer: string, map: Map<string, Stated[]>, seen = new Set<string>()): boolean {
  if (inner === outer) return true;
  if (seen.has(inner)) return false;
  seen.add(inner);
  return (map.get(inner) ?? []).some((u) => liesIn(u.outer, outer, map, seen));
}

/**
 * A place the draft puts in another province (region, district ...) than the sources do: two
 * containers of one kind (both called provinces), or two regions the gazetteer tells apart, neither
 * inside the other. A country, or a container the sources chain to, is never a conflict.
 */
export function judgePlacement(ctx: JudgeContext): ElementResult | undefined {
  const { claim, index, lex } = ctx;
  const mine = placementsIn(claim.text, claim.span.start, claim.places);
  if (!mine.length) return undefined;
  const map = statedPlacements(index);
  for (const p of mine) {
    const theirs = map.get(p.inner);
    if (!theirs?.length || isCountry(p.outerId, lex)) continue;
    if (theirs.some((t) => isCountry(t.outerId, lex) || liesIn(t.outer, p.outer, map) || liesIn(p.outer, t.outer, map))) continue;
    const rival = theirs.find(
      (t) =>
        (p.level !== undefined && t.level === p.level) ||
        (gazetteerPlace(t.outerId)?.kind === 'region' &&
          gazetteerPlace(p.outerId)?.kind === 'region' &&
          relateGazetteer(t.outerId, p.outerId, lex, () => new Set()) === 'disjoint'),
    );
    if (!rival) continue;
    const where = index.records[rival.record].places.find((x) => x.id === rival.outerId)?.text ?? rival.outer;
    const written = (x: Span) => claim.text.slice(x.start - claim.span.start, x.end - claim.span.start);
    return {
      span: p.span,
      verdict: 'conflicting',
      aspects: ['place'],
      supports: [],
      conflicts: [rival.record],
      context: [],
      reason: `${ctx.label(rival.record)} puts ${p.innerText} in ${where}, not in ${written(p.outerSpan)}.`,
    };
  }
  return undefined;
}
