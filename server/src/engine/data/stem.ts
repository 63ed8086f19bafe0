// A word's key when the engine compares sentences (keywords, quotes, partitives): its WordNet
// lemma, or for a word WordNet does not know, the word with a light suffix stripper's endings
// removed.
import { lemmaOf } from './wordnet';

/** Stems of words seen so far (stem is a pure function of the word; bounded). */
const stems = new Map<string, string>();

/** Fold "soldiers"/"soldier", "arrived"/"arrive", "training"/"train" to one key. */
export function stem(word: string): string {
  let hit = stems.get(word);
  if (hit === undefined) {
    if (stems.size >= 50000) stems.clear();
    stems.set(word, (hit = stemOf(word)));
  }
  return hit;
}

/** A word's key when comparing sentences: its WordNet lemma ("held" -> "hold"), or, for a word
 *  WordNet does not know, the word with a light suffix stripper's endings removed. */
function stemOf(word: string): string {
  let w = word.toLowerCase();
  const lemma = w.length > 2 ? lemmaOf(w) : undefined;
  if (lemma) return lemma;
  if (w.length <= 3) return w;
  if (w.endsWith('ies') && w.length > 4) return w.slice(0, -3) + 'y';
  if (w.endsWith('ing') && w.length > 5) w = w.slice(0, -3);
  else if (w.endsWith('ed') && w.length > 4) w = w.slice(0, -2);
  else if (w.endsWith('es') && /(ss|sh|ch|x|z)es$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us')) w = w.slice(0, -1);
  if (w.endsWith('e') && w.length > 3) w = w.slice(0, -1);
  // "stopped" -> "stopp" -> "stop"
  if (/([bdgmnprt])\1$/.test(w)) w = w.slice(0, -1);
  return w;
}
