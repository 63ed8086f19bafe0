// Which of a sentence's places a figure is not given for, when the sentence gives figures of one
// measure for places of their own: "Of the 143 dead, 97 were in Khyber Pakhtunkhwa, 31 in Punjab"
// gives 97 for no Punjab, 31 for no Khyber Pakhtunkhwa, and their total 143 for neither. Other
// figures are left as they are: a sentence's places are every figure's (match/context.ts).
import type { Token } from '../text/tokens';
import type { PlaceRef, Quantity } from '../types';

/** Words between a figure and the place it is given for: "97 (were) in Punjab", "31 (people) in". */
const BETWEEN = new Set([
  'were',
  'was',
  'are',
  'is',
  'remain',
  'remained',
  'died',
  'killed',
  'in',
  'at',
  'from',
  'people',
  'of',
  'them',
  'those',
]);
const LOCATIVE = new Set(['in', 'at', 'from']);

/** The measure figures share to be read as one list: what is counted and what happened. */
const measureOf = (q: Quantity) => `${q.counted ?? ''}|${(q.event ?? '').replace(/^part:.*/, 'part')}|${q.unit ?? ''}`;

export function placeFigures(quantities: Quantity[], places: PlaceRef[], tokens: Token[]): void {
  if (quantities.length < 2) return;
  const located = places.filter((p) => p.role === 'at');
  if (!located.length) return;
  const own = new Map<Quantity, string>();
  for (const q of quantities) {
    let k = tokens.findIndex((t) => t.start >= q.span.end);
    if (k < 0) continue;
    let sawLocative = false;
    for (let n = 0; k < tokens.length && n < 4 && BETWEEN.has(tokens[k].lower); k++, n++) sawLocative ||= LOCATIVE.has(tokens[k].lower);
    if (!sawLocative || k >= tokens.length) continue;
    const place = located.find((p) => p.span.start === tokens[k].start);
    if (place) own.set(q, place.id);
  }
  if (!own.size) return;
  // Figures of one measure, some given for a place of their own ("with 97 of them in Khyber
  // Pakhtunkhwa"): each is given for its place, and the others for none of those.
  const byMeasure = new Map<string, Quantity[]>();
  for (const q of quantities) byMeasure.set(measureOf(q), [...(byMeasure.get(measureOf(q)) ?? []), q]);
  for (const group of byMeasure.values()) {
    const placed = group.filter((q) => own.has(q));
    if (group.length < 2 || !placed.length) continue;
    for (const q of group) {
      const others = [...new Set(placed.filter((o) => o !== q && own.get(o) !== own.get(q)).map((o) => own.get(o)!))];
      if (others.length) q.notAt = others;
    }
  }
}
