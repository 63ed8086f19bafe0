// A sentence that says what ought to be done ("Turkey must stop treating zoning amnesties as a way
// to raise money", "Paying a water bill should not require an act of faith"): the writer's
// prescription, a view and no claim, when nobody is quoted or cited for it (hedges.ts hedgedOf).
import { lemmaOf } from '../data/wordnet';
import type { Token } from '../text/tokens';

/** Modals of obligation; "need"/"needs" only before "to". */
const OUGHT = new Set(['should', 'must', 'ought', 'need', 'needs']);
/** Words that make the modal's clause a question or a part of another ("how prices should be set",
 *  "whether the villages should be rebuilt", "what patients should do"). */
const INSIDE = new Set(['how', 'whether', 'what', 'that', 'if', 'which', 'who', 'when', 'where', 'why']);
const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'his',
  'her',
  'its',
  'their',
  'this',
  'these',
  'those',
  'any',
  'some',
  'we',
  'they',
  'he',
  'she',
  'it',
  'i',
  'you',
]);
/** Words between the modal and its verb. */
const BETWEEN = new Set(['not', 'never', 'no', 'longer', 'really', 'now', 'also', 'still', 'surely', 'to']);

/** Whether the sentence's own clause prescribes: an obligation modal (not opening a conditional,
 *  "Should Russia gain momentum"), then a verb other than "have" ("must have known" guesses). */
export function prescribes(tokens: Token[], inQuote: (i: number) => boolean): boolean {
  if (tokens.some((t) => /\p{N}/u.test(t.text))) return false;
  const first = tokens.findIndex((t) => t.word);
  for (let i = first + 1; i < tokens.length; i++) {
    const w = tokens[i].lower;
    if (!OUGHT.has(w) || inQuote(i)) continue;
    if ((w === 'need' || w === 'needs' || w === 'ought') && tokens[i + 1]?.lower !== 'to') continue;
    if (tokens.slice(Math.max(first, i - 4), i).some((t) => INSIDE.has(t.lower))) continue;
    let k = i + 1;
    while (k < tokens.length && BETWEEN.has(tokens[k].lower)) k++;
    const verb = tokens[k];
    // (A subject after the modal makes it a condition: "should North Korean forces join", "should
    // the other come under attack".)
    if (
      !verb?.word ||
      verb.text !== verb.lower ||
      DETERMINERS.has(verb.lower) ||
      verb.lower === 'have' ||
      lemmaOf(verb.lower) === undefined
    )
      continue;
    return true;
  }
  return false;
}
