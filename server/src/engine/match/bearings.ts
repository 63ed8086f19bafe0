// Which side of a place something lies, as a text says it without a distance: "the Kemalpaşa
// substation east of Izmir", "Tembisa, east of Johannesburg". A draft that puts the same thing on
// the other side of the same place ("the Kemalpaşa substation, west of Izmir") states something
// incompatible about it (POLICY: places). (A distance with it, "10 km north of Estcourt", is a
// figure's bearing: match/quantity.ts.)
import { placeKey } from '../data/gazetteer';
import type { ElementResult, JudgeContext } from './context';
import type { RecordIndex } from './index';

interface Bearing {
  /** The word the side is said of ("substation", "tembisa"), lower case. */
  thing: string;
  /** North, south, east, west as letters ("ne" for north-east). */
  side: string;
  /** The place it is said against, keyed as written (placeKey). */
  from: string;
  text: string;
  span: { start: number; end: number };
}

const SIDE = /(?:north|south)?-?(?:east|west)(?:ern)?|north(?:ern)?|south(?:ern)?/.source;
/** "substation east of Izmir", "Tembisa, just east of Johannesburg". */
const BEARING = new RegExp(
  `([\\p{L}'’-]+),?\\s+(?:just\\s+|about\\s+|some\\s+|roughly\\s+)?(${SIDE})\\s+of\\s+(?:the\\s+)?(\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*){0,2})`,
  'gu',
);

const letters = (side: string): string => {
  const s = side.toLowerCase().replace(/ern$/, '');
  return (
    (s.includes('north') ? 'n' : '') + (s.includes('south') ? 's' : '') + (s.includes('east') ? 'e' : '') + (s.includes('west') ? 'w' : '')
  );
};

/** The sides of places a text states, with no distance before them. */
export function bearingsIn(text: string, offset: number): Bearing[] {
  const out: Bearing[] = [];
  if (!/(?:east|west|north|south)\w* of /i.test(text)) return out;
  for (const m of text.matchAll(BEARING)) {
    const thing = m[1].toLowerCase();
    // ("10 km north of", "5 nautical miles east of": a distance's, read with its figure.)
    if (/^(?:km|kilometres?|kilometers?|miles?|metres?|meters?|m|ft|feet)$/.test(thing) || /^\p{N}/u.test(thing)) continue;
    const from = placeKey(m[3]);
    if (!from) continue;
    out.push({ thing, side: letters(m[2]), from, text: m[0], span: { start: offset + m.index, end: offset + m.index + m[0].length } });
  }
  return out;
}

const stated = new WeakMap<RecordIndex, Map<string, { side: string; record: number; text: string }[]>>();

/** "thing@place" -> the sides the sources give (once per index). */
function statedBearings(index: RecordIndex): Map<string, { side: string; record: number; text: string }[]> {
  const kept = stated.get(index);
  if (kept) return kept;
  const map = new Map<string, { side: string; record: number; text: string }[]>();
  index.records.forEach((r, i) => {
    for (const b of bearingsIn(r.text, 0)) {
      const key = `${b.thing}@${b.from}`;
      (map.get(key) ?? map.set(key, []).get(key)!).push({ side: b.side, record: i, text: b.text });
    }
  });
  stated.set(index, map);
  return map;
}

/** The draft's thing put on another side of the same place than every source that says so puts it. */
export function judgeBearing(ctx: JudgeContext): ElementResult | undefined {
  const mine = bearingsIn(ctx.claim.text, ctx.claim.span.start);
  if (!mine.length) return undefined;
  const map = statedBearings(ctx.index);
  for (const b of mine) {
    const theirs = map.get(`${b.thing}@${b.from}`);
    if (!theirs?.length) continue;
    // (North and north-east agree; only sides with no letter in common are apart.)
    if (theirs.some((t) => [...t.side].some((c) => b.side.includes(c)))) continue;
    return {
      span: b.span,
      verdict: 'conflicting',
      aspects: ['place'],
      supports: [],
      conflicts: [theirs[0].record],
      context: [],
      reason: `${ctx.label(theirs[0].record)} has “${theirs[0].text}”, not “${b.text}”.`,
    };
  }
  return undefined;
}
