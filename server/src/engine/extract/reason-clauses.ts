// A reason given with a fear or a risk in it: "evacuated 300 homes amid fears that the dam could
// burst", "ordered him held, citing the risk that he might influence witnesses". A modal inside it
// qualifies the reason, not what was done (hedges.ts); so does a modal in a clause joined after a
// stated one ("are training in the Far East and could end up in combat").
import type { Token } from '../text/tokens';

const REASON_NOUNS = new Set([
  'risk',
  'risks',
  'fear',
  'fears',
  'concern',
  'concerns',
  'danger',
  'possibility',
  'worry',
  'worries',
  'threat',
]);
const REASON_OPENERS = new Set(['over', 'amid', 'citing', 'of', 'to', 'given']);
/** Whether the word at `at` is inside "(amid|over|citing|because of|due to) (the) fears that ...". */
export function reasonClause(tokens: Token[], at: number): boolean {
  for (let k = at - 1; k >= Math.max(2, at - 5); k--) {
    if (tokens[k].lower !== 'that') continue;
    const noun = tokens[k - 1];
    if (!REASON_NOUNS.has(noun.lower)) return false;
    let o = k - 2;
    if (tokens[o]?.lower === 'the' || tokens[o]?.lower === 'a') o--;
    const opener = tokens[o]?.lower ?? '';
    // ("of" and "to" only as "because of", "due to", "owing to").
    if (!REASON_OPENERS.has(opener)) return false;
    return opener === 'of'
      ? tokens[o - 1]?.lower === 'because'
      : opener === 'to'
        ? ['due', 'owing'].includes(tokens[o - 1]?.lower ?? '')
        : true;
  }
  return false;
}

/** Finite verbs of a stated clause. */
const STATED = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had']);

/** Whether the hedge at `at` opens a clause joined by "and" or "but" after one that states
 *  something (a finite verb of its own, no hedge of its own). */
export function statedBefore(tokens: Token[], at: number): boolean {
  if (!/^(?:and|but)$/.test(tokens[at - 1]?.lower ?? '')) return false;
  return tokens.slice(0, at - 1).some((t) => STATED.has(t.lower));
}
