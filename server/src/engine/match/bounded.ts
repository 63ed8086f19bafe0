// Choosing a few entries from several long posting lists: those that most lists share. A figure of
// a measure with more entries than a lookup may meet (match/index.ts) is compared with the entries
// sharing the most of its value, its actors and its places, not with the union of every list: in a
// library of 1,000,000 records that union is thousands of entries, nearly all of them sharing one
// key only (another speaker's figure for the same place).

/** Ascending positions (a posting list). */
export type Positions = Int32Array | readonly number[];

/** Scores of the positions met in one call; kept between calls (zeroed after each), grown as needed. */
let score = new Uint8Array(1024);

/**
 * At most `budget` positions from the lists, those of the highest total weight (a position's weight is
 * the sum of the weights of the lists it is in; the last `window` entries of each list are read), the
 * later position first among equals; ascending. Time: the entries read, not the lists' lengths.
 */
export function mostShared(lists: readonly Positions[], weights: readonly number[], budget: number, window: number): number[] {
  const touched: number[] = [];
  let top = 0;
  lists.forEach((list, k) => {
    for (let i = Math.max(0, list.length - window); i < list.length; i++) {
      const p = list[i];
      if (p >= score.length) grow(p + 1);
      if (score[p] === 0) touched.push(p);
      score[p] = Math.min(255, score[p] + weights[k]);
      if (score[p] > top) top = score[p];
    }
  });
  let picked: number[];
  if (touched.length <= budget) picked = touched;
  else {
    // The lowest weight still taken whole, and how many of the weight below it fit.
    const count = new Array<number>(top + 1).fill(0);
    for (const p of touched) count[score[p]]++;
    let cut = top + 1;
    let taken = 0;
    while (cut > 1 && taken + count[cut - 1] <= budget) taken += count[--cut];
    picked = cut <= top ? touched.filter((p) => score[p] >= cut) : [];
    // Of the entries one weight below, the latest: the lists' windows read from their ends.
    let room = budget - picked.length;
    if (room > 0 && cut > 1) {
      const below = cut - 1;
      const at = lists.map((l) => l.length - 1);
      const floor = lists.map((l) => Math.max(0, l.length - window));
      while (room > 0) {
        let best = -1;
        let from = -1;
        lists.forEach((l, k) => {
          while (at[k] >= floor[k] && score[l[at[k]]] !== below) at[k]--;
          if (at[k] >= floor[k] && l[at[k]] > best) {
            best = l[at[k]];
            from = k;
          }
        });
        if (from < 0) break;
        picked.push(best);
        score[best] = 0; // taken: met again in another list, it is skipped
        at[from]--;
        room--;
      }
    }
  }
  for (const p of touched) score[p] = 0;
  return picked.sort((a, b) => a - b);
}

function grow(size: number): void {
  const next = new Uint8Array(Math.max(size, score.length * 2));
  next.set(score);
  score = next;
}
