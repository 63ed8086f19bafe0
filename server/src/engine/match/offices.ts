// Offices: whether the office a draft gives a person is one the sources give them. "defence
// minister" for a recorded foreign minister, "president" for a recorded vice-president, "chief
// executive" for the board's chief investigator are other offices; "spokesman" for "spokesperson",
// or a word that describes any office ("head", "official"), is the same one.
import { akin } from '../data/wordnet';
import type { RecordIndex } from './index';

/** "defence minister" for a person recorded as "foreign minister": same kind of office, another one.
 *  (An office the sources give someone else was tried as a conflict too; the shared library's
 *  index holds only the fetched people's offices, so it was left out to keep both libraries alike.) */
export function wrongTitle(
  claimed: string[],
  recorded: Set<string> | undefined,
  heldByOthers: (title: string) => boolean,
  sameBody = false,
  spokesNear = false,
): { claimed: string; recorded: string } | undefined {
  if (!recorded?.size) return undefined;
  // "Deputy Energy Minister": a rank read as a title of its own goes with the office after it.
  const offices = claimed.flatMap((t, k) =>
    RANKS.has(t) && claimed[k + 1] ? [] : k > 0 && RANKS.has(claimed[k - 1]) ? [`${claimed[k - 1]} ${t}`] : [t],
  );
  const known = new Set([...recorded].flatMap(words));
  const knows = (x: string) => known.has(x) || [...known].some((k) => one(k) === one(x) || akin(k, x));
  // The offices the sources give that say which office it is (not "head", "official").
  const specific = [...recorded].filter((r) => !GENERIC_OFFICE.has(r) && !GENERIC_OFFICE.has(last(words(r))) && !RANK_ONLY.has(r));
  for (const t of offices) {
    const w = words(t);
    // "president" for a recorded vice-president, "deputy governor" for a governor: the same
    // office but for its rank, which makes it another.
    const ranked = spokes(w) || spokesNear ? undefined : [...recorded].find((r) => rankApart(w, words(r)));
    if (ranked && !recorded.has(t)) return { claimed: t, recorded: ranked };
    if (w.every(knows)) continue;
    const head = last(w);
    if (w.length > 1) {
      // ("vice health minister" for the sources' "vice minister" of health: the same office, told more closely.)
      const rival = [...recorded].find((r) => words(r).length > 1 && last(words(r)) === head && !words(r).every((x) => w.includes(x)));
      if (rival) return { claimed: t, recorded: rival };
    }
    // ("chief district officer" for the police spokesman, when the sources give that office to
    // another: a whole office of several words is no generic word, whatever its last one.)
    if (w.length > 1 && !w.some(knows) && heldByOthers(t)) return { claimed: t, recorded: [...recorded][0] };
    if (GENERIC_OFFICE.has(t) || SPOKES.has(t) || GENERIC_OFFICE.has(head)) continue;
    // An office of another kind in the same body ("general secretary of the union" for its
    // president, "the NRAIB's chief executive" for its chief investigator): its head word is none of
    // the recorded offices' words. (In another body, or none named, a second office may be held too:
    // a congressman who chairs a committee.) The spokesperson's several names are one office.
    if (
      (sameBody || w.length > 1) &&
      specific.length &&
      !knows(head) &&
      !((spokes(w) || spokesNear) && specific.some((r) => spokes(words(r))))
    )
      return { claimed: t, recorded: specific[0] };
    // Another person's office ("director general" for the NDMA's chairman, when the sources give
    // the PDMA's chief that title; "chief economist" for a deputy governor): the sources name its
    // holder, and give this person an office of their own. Words that describe any office ("head",
    // "official") and the spokesperson's several names are never a conflict.
    if (w.some(knows)) continue;
    if (heldByOthers(t)) return { claimed: t, recorded: [...recorded][0] };
  }
  return undefined;
}

/** An office's words, a hyphenated one's parts too ("vice-president" -> vice, president). */
const words = (t: string) => t.split(/[\s-]+/);
const last = (w: string[]) => w[w.length - 1];
/** "spokesman" and "spokesperson", "chairwoman" and "chair" are one office. */
const one = (x: string) => x.replace(/(?:wo)?man$|person$/, 'person');
/** The spokesperson's office by any of its names ("press secretary", "coordinator for strategic
 *  communications"). */
const spokes = (w: string[]) => w.some((x) => SPOKES.has(x) || SPOKES_WORDS.has(x));
const SPOKES_WORDS = new Set([
  'communications',
  'communication',
  'press',
  'media',
  'information',
  'spokesperson',
  'spokesman',
  'spokeswoman',
]);
/** Whether a sentence speaks of a spokesperson's office ("National Security Communications
 *  Advisor John Kirby"): its title words then name that office. */
export const SPOKES_PHRASE = /\b(?:communications?|press|spokes(?:person|man|woman))\b/i;
/** Military and police ranks: held with an office, not one. */
const RANK_ONLY = new Set([
  'colonel',
  'general',
  'lieutenant',
  'major',
  'captain',
  'sergeant',
  'brigadier',
  'colonel general',
  'lieutenant general',
  'major general',
]);
/** Words that rank an office below the office itself. */
const RANKS = new Set(['vice', 'deputy', 'assistant', 'associate', 'under']);
/** Whether one office is the other with a rank word before it ("vice president", "president"). */
function rankApart(a: string[], b: string[]): boolean {
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (short.length === long.length) return false;
  const extra = long.slice(0, long.length - short.length);
  return short.every((x, k) => x === long[long.length - short.length + k]) && extra.some((x) => RANKS.has(x));
}

const holders = new WeakMap<RecordIndex, Map<string, Set<string>>>();
/** Title -> the persons the records give it (the index's titles turned round, once per index). */
export function holdersOf(index: RecordIndex): Map<string, Set<string>> {
  let map = holders.get(index);
  if (map) return map;
  map = new Map();
  for (const [person, titles] of index.titles)
    for (const t of titles) {
      let set = map.get(t);
      if (!set) map.set(t, (set = new Set()));
      set.add(person);
    }
  holders.set(index, map);
  return map;
}

/** Words of office that describe any office. */
const GENERIC_OFFICE = new Set([
  'head',
  'chief',
  'leader',
  'official',
  'officer',
  'deputy',
  'aide',
  'representative',
  'member',
  'boss',
  'senior',
  'top',
  'spokesperson',
]);
/** The spokesperson's names: one office. */
const SPOKES = new Set(['spokesperson', 'spokesman', 'spokeswoman', 'press', 'secretary', 'spokesperson for']);
