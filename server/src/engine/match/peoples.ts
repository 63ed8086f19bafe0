// People of two peoples or two kinds: "five French nationals" are not "five Moroccans", "2,000
// passengers" not "2,000 North Korean soldiers" (match/counted-otherwise.ts, match/quantity.ts).
import type { Lexicon } from '../data/lexicon';
import { akin, nameOfAdjective, nounOf } from '../data/wordnet';
import { tokenize } from '../text/tokens';
import type { Quantity } from '../types';

/** "five French nationals" and "five Moroccans": figures of two peoples, each named by its word
 *  (the same people however named: "three Spanish nationals", "three Spaniards"). */
export function otherPeoples(q: Quantity, x: Quantity, lex: Lexicon): boolean {
  const peoples = (t: string | undefined) => t?.match(/\p{Lu}[\p{L}'.-]*/gu) ?? [];
  const mine = peoples(q.countedText);
  const theirs = peoples(x.countedText);
  if (!mine.length || !theirs.length) return false;
  // A people's names: the data's country ("US", "Americans": united-states) and WordNet's.
  const of = (w: string) => {
    const lower = w.toLowerCase();
    const hit = lex.entities.matchAt(tokenize(w), 0)?.values.find((e) => e.kind === 'country' || e.kind === 'demonym');
    return [hit?.id, nameOfAdjective(nounOf(lower) ?? lower), nameOfAdjective(lower)].filter((k): k is string => !!k);
  };
  const alike = (a: string, b: string) => {
    const [ka, kb] = [of(a), of(b)];
    return ka.length && kb.length ? ka.some((k) => kb.includes(k)) : a.slice(0, 4).toLowerCase() === b.slice(0, 4).toLowerCase();
  };
  return !mine.some((a) => theirs.some((b) => alike(a, b)));
}

/** How much of the claim a record of people of another kind must tell to back its figure. */
export const OTHER_PEOPLE_TELLS = 0.1;

/** Words for people of no kind in particular. */
const ANY_PEOPLE = new Set(['people', 'person', 'persons', 'individual', 'individuals', 'man', 'men', 'personnel']);

/** "Some 2,000 passengers" and "approximately 2,000 North Korean soldiers": people of two kinds,
 *  named by two nouns WordNet does not relate; the same number of one kind backs nothing of the
 *  other unless the record tells some of what the claim says. */
export function otherPeopleKind(q: Quantity, rq: Quantity, lex: Lexicon): boolean {
  if (!q.counted || !rq.counted || !lex.personCategories.has(q.counted) || !lex.personCategories.has(rq.counted)) return false;
  const head = (x: Quantity) => {
    const w = x.countedText?.split(/\s+/).pop()?.toLowerCase();
    return w ? (nounOf(w) ?? w) : undefined;
  };
  const [a, b] = [head(q), head(rq)];
  if (!a || !b || ANY_PEOPLE.has(a) || ANY_PEOPLE.has(b) || a === b) return false;
  return !akin(a, b);
}
