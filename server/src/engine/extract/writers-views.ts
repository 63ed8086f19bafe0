// The writer's own views, no claims when nobody is quoted or cited for them (hedges.ts hedgedOf):
// what ought to be done ("Turkey must stop treating zoning amnesties as a way to raise money",
// "Paying a water bill should not require an act of faith"), and how something feels to the people
// it befalls ("For the families of Wapienna Street, no sum of money can make up for what they have
// lost").
import { adjectiveOnly, adverbOrUnknown, lemmaOf } from '../data/wordnet';
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
function prescribes(tokens: Token[], inQuote: (i: number) => boolean): boolean {
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

/** Words in an opening "For ...," that make it a time or an occasion, not people ("For the first
 *  time", "For the coming assault"). */
const OCCASION = /^(?:first|second|third|last|next|coming|time|times|year|years|moment|now|decades?|months?|weeks?|days?)$/;

/** Whether the sentence opens by saying whom it is told for ("For the people of Beira, ...", "For
 *  many families in Imereti, ..."), a frame of feature writing: what follows is how it feels to
 *  them. Only with no figure in the sentence. */
function framedForSomeone(tokens: Token[]): boolean {
  const first = tokens.findIndex((t) => t.word);
  if (first < 0 || tokens[first].lower !== 'for' || tokens.some((t) => /\p{N}/u.test(t.text))) return false;
  const comma = tokens.findIndex((t, k) => k > first && t.text === ',');
  if (comma < first + 2 || comma - first > 9) return false;
  return !tokens.slice(first + 1, comma).some((t) => OCCASION.test(t.lower));
}

const COPULA = new Set(['is', 'are', 'was', 'were', 'seems', 'seem', 'looks', 'look', 'remains', 'remain']);
const DEGREE = new Set([
  'now',
  'all',
  'but',
  'increasingly',
  'very',
  'more',
  'most',
  'so',
  'too',
  'rather',
  'quite',
  'deeply',
  'far',
  'still',
  'already',
  'hardly',
  'less',
]);

/** The writer's own judgement: a copula before a word that can only be an adjective, ending its
 *  clause ("are historic, and ...", "is obvious;", "looks all but certain."), said by no one. */
function evaluative(tokens: Token[], inQuote: (i: number) => boolean): boolean {
  const c = tokens.findIndex((t, i) => !inQuote(i) && COPULA.has(t.lower));
  if (c < 0) return false;
  let k = c + 1;
  // ("painfully familiar", "deeply troubling": an adverb of degree in "-ly" too.)
  while (
    k < tokens.length &&
    k - c <= 2 &&
    (DEGREE.has(tokens[k].lower) || (/ly$/.test(tokens[k].lower) && adverbOrUnknown(tokens[k].lower)))
  )
    k++;
  const t = tokens[k];
  // ... with no complement after it ("is responsible for the attack" says who did something).
  const next = tokens[k + 1];
  const alone = !next || (!next.word && next.text !== '-') || next.lower === 'and' || next.lower === 'but';
  return !!t?.word && alone && /^\p{Ll}/u.test(t.text) && adjectiveOnly(t.lower);
}

/** Whether the sentence opens as a writer's summing-up: "Few disasters expose ...", "Few in
 *  Czarnów will forget ...", "It was a bruising morning for ...", "It is a damning verdict on ...",
 *  "Expect more rallies ...".
 *  Only with no figure in the sentence. */
function summingUp(tokens: Token[]): boolean {
  const w = tokens.filter((t) => t.word).map((t) => t.lower);
  if (!w.length || tokens.some((t) => /\p{N}/u.test(t.text))) return false;
  // ("Expect more rallies before the spring is out": the writer's forecast, told to the reader.)
  if ((w[0] === 'few' && w[1] !== 'of') || w[0] === 'expect') return true;
  return w[0] === 'it' && (w[1] === 'is' || w[1] === 'was') && (w[2] === 'a' || w[2] === 'an' || (w[2] === 'the' && w[3] === 'kind'));
}

/** Whether the sentence is the writer's own view: a judgement, a prescription, a frame or a
 *  summing-up. */
export function writersView(tokens: Token[], inQuote: (i: number) => boolean): boolean {
  return evaluative(tokens, inQuote) || prescribes(tokens, inQuote) || framedForSomeone(tokens) || summingUp(tokens);
}
