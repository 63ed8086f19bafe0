// Bodies a source names beside people and offices: "the Department of Mines and Geology", and the
// employer in a person's apposition ("an analyst at Halden & Co."), with the word tests the learner
// shares (sources/learn.ts).
import type { Lexicon } from '../data/lexicon';
import type { Token } from '../text/tokens';

/** Words that may join the capitalised words of a long name ("Office of Electoral Processes"). */
export const CONNECTORS = new Set(['of', 'for', 'the', 'and', 'on', 'de', 'del', 'la', 'el', 'los', 'las', 'y', '&', 'du', 'des', 'le', 'der', 'für']);
export const isCap = (t: Token | undefined): t is Token => !!t && t.word && /^\p{Lu}/u.test(t.text);
/** A possessive inside a name, written against its word: "Mineworkers' Union", "Prosecutor's Office". */
export const innerPossessive = (tokens: Token[], k: number) =>
  (/^['’]s$/.test(tokens[k]?.text ?? '') || (/^['’]$/.test(tokens[k]?.text ?? '') && /s$/i.test(tokens[k - 1].text))) &&
  tokens[k].start === tokens[k - 1].end &&
  tokens[k + 1]?.start > tokens[k].end;

/** The end of a body's name "Department of Mines and Geology" opened at token i, or undefined. */
export function bodyOfName(tokens: Token[], i: number, lex: Lexicon): number | undefined {
  if (!lex.bodyWords.has(tokens[i].lower) || !/^(?:of|for)$/.test(tokens[i + 1]?.lower ?? '') || !isCap(tokens[i + 2])) return undefined;
  let k = i + 2;
  while (isCap(tokens[k]) || ((tokens[k]?.lower === 'and' || tokens[k]?.lower === '&') && isCap(tokens[k + 1]))) k++;
  return k - i <= 8 ? k : undefined;
}

/** The employer in a person's apposition: "[a|an|the] office words at|with [the] Name Words" (up to
 *  four capitalised words, "&" and "Co." among them), as the token range [start, end), or undefined. */
export function employerAfter(tokens: Token[], from: number, lex: Lexicon): [number, number] | undefined {
  let k = from;
  if (/^(?:a|an|the)$/.test(tokens[k]?.lower ?? '')) k++;
  const office = k;
  while (k < tokens.length && k - office < 4 && tokens[k].word && tokens[k].text === tokens[k].lower && !/^(?:at|with)$/.test(tokens[k].lower)) k++;
  if (k === office || !/^(?:at|with)$/.test(tokens[k]?.lower ?? '')) return undefined;
  k++;
  if (tokens[k]?.lower === 'the') k++;
  const start = k;
  // ("the Food and Agriculture Organization of the United Nations": joining words between capitals
  // are the name's, never its end.)
  const joining = (x: number) =>
    (CONNECTORS.has(tokens[x]?.lower ?? '') || innerPossessive(tokens, x)) &&
    (isCap(tokens[x + 1]) || (CONNECTORS.has(tokens[x + 1]?.lower ?? '') && isCap(tokens[x + 2])));
  while (
    k < tokens.length &&
    k - start < 10 &&
    (isCap(tokens[k]) || tokens[k].text === '&' || (tokens[k].text === '.' && tokens[k - 1]?.text === 'Co') || (k > start && joining(k)))
  )
    k++;
  if (k === start || !isCap(tokens[start]) || lex.entities.matchAt(tokens, start)) return undefined;
  return [start, k];
}
