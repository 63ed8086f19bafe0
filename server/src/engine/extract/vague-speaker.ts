// Who says it when the data can name no one: "..., the director said.", "The interior minister
// said ...", "Pell's lawyer said ...", "..., according to the museum's director.". POLICY makes an attribution a claim, though the speaker is no
// one the data can name (Claim.saying); the speaker's words say who, not what happened, and are
// left out of a figureless claim's event words (claims.ts).
import type { Token } from '../text/tokens';
import type { Span } from '../types';

/** Verbs that attribute what the sentence says to someone. */
const SAYING = /^(?:said|says|told|tells|stated)$/i;

/** The words of a speaker the data cannot name, if a verb of saying has one. */
export function vagueSayer(
  tokens: Token[],
  cues: readonly { i: number; j: number; kind: string; text: string }[],
): { span: Span; text: string } | undefined {
  // "..., according to the museum's director.": the words after the cue, to the clause's end.
  const after = cues.find((x) => /^according to$/i.test(x.text));
  if (after) {
    let to = after.j;
    while (to < tokens.length && !/^[,;:.!?]$/.test(tokens[to].text) && to - after.j < 8) to++;
    if (to > after.j) return { span: { start: tokens[after.i].start, end: tokens[to - 1].end }, text: after.text };
  }
  const c = cues.find((x) => x.kind === 'verb' && SAYING.test(x.text));
  if (!c) return undefined;
  let from = c.i;
  while (from > 0 && tokens[from - 1].word && c.i - from < 6) from--;
  // ("..., the director said." after a comma; "The interior minister said ..." opening the sentence.)
  const opens = from === 0 || (from > 0 && tokens[from - 1].text === ',');
  if (!opens || from === c.i) return { span: { start: tokens[c.i].start, end: tokens[c.j - 1].end }, text: c.text };
  return { span: { start: tokens[from].start, end: tokens[c.j - 1].end }, text: c.text };
}
