// A word joined to a number by a hyphen: "a 63-year-old farmer", "a 13-seat council" count nothing
// (the number describes the noun); "a 22-kilometre detour", "a 0.8-hectare plot" are a thing's
// length or area; "the 400-million-lira fund", "a 70-million-dirham fund" are money (extract/quantities.ts).
import type { Lexicon } from '../data/lexicon';
import { tokenize } from '../text/tokens';
import type { NumberMatch } from './numbers';

/** Words joined to a number that make a compound adjective of it. */
const COMPOUND = /^-(?:years?|days?|weeks?|months?|hours?|minutes?|storey|story|points?|man|member|seat|strong)\b/i;
/** Scale words a number may be joined to ("$5-million loan"): the number goes on, not an adjective. */
const SCALE_WORDS = /^(?:thousand|million|billion|trillion|percent|per|plus)$/i;

export interface Joined {
  /** The number is part of a compound adjective: no figure. */
  skip: boolean;
  /** A unit joined to it (a length, an area, or a scaled sum's currency) and where it ends. */
  unit?: string;
  end: number;
  /** A currency's word several currencies share, joined to a scaled sum ("-dirham"). */
  money?: { counted: string; text: string };
}

/** What the word joined to the number `n` (already past a joined scale, `scaled`) makes of it. */
export function joinedWord(text: string, n: NumberMatch, scaled: boolean, lex: Lexicon): Joined {
  const joined = text.slice(n.end, n.end + 14);
  const hyphened = /^-(\p{L}{2,})/u.exec(joined);
  const unit = hyphened ? lex.units.matchAt(tokenize(hyphened[1].toLowerCase()), 0)?.values[0] : undefined;
  // ("a 70-million-dirham fund": a currency's word several currencies share, joined to the sum.)
  const word = hyphened?.[1].toLowerCase();
  const money =
    scaled && hyphened && !unit && lex.comparedWith.has(`other:${word}`) ? { counted: `other:${word}`, text: hyphened[1] } : undefined;
  const end = n.end + (hyphened?.[0].length ?? 0);
  // ("a four-lane bridge", "a three-judge panel": any word joined to the number by a hyphen but a
  // unit, a scale or a currency's word.)
  if (COMPOUND.test(joined) || (hyphened && !unit && !money && !n.currency && !n.percent && !SCALE_WORDS.test(hyphened[1])))
    return { skip: true, end };
  if (money) return { skip: false, money, end };
  const family = unit ? lex.unitInfo.get(unit)?.family : undefined;
  // ("a 22-kilometre detour", "a 0.8-hectare plot": a thing's length or area; "the 400-million-lira
  // emergency fund": a scaled sum joined to its currency is money, not a count of the noun after it.
  // "the 34-euro proposal", unscaled, names an offer told before, and is read as it always was.)
  // ("a 1.5-gigawatt wind farm", "a 600-tonne nacelle": any other measure's unit so joined is the
  // thing's measure too.)
  if (unit && family && (!family.startsWith('money') || scaled)) return { skip: false, unit, end };
  return { skip: false, end };
}
