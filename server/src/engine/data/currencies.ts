// Money in any currency: the runtime's own list of ISO 4217 currencies (Intl) and their English
// names, added to the lexicon's units so that no story needs a currency list of its own.
import { lemmaOf, senseCount } from './wordnet';
import type { PhraseMatcher } from '../text/tokens';

/** Every ISO 4217 currency the runtime knows (Intl), as money of its own kind ("aud" for "A$" and
 *  "Australian dollars"), besides those the data names: no story needs a currency list of its own. */
export function addCurrencies(units: PhraseMatcher<string>, unitInfo: Map<string, { family: string; factor: number }>): void {
  let codes: string[];
  let names: Intl.DisplayNames;
  try {
    codes = Intl.supportedValuesOf('currency');
    names = new Intl.DisplayNames(['en'], { type: 'currency' });
  } catch {
    return;
  }
  for (const code of codes) {
    const id = code.toLowerCase();
    if (unitInfo.has(id)) continue;
    unitInfo.set(id, { family: `money-${id}`, factor: 1 });
    const name = names.of(code);
    // "Australian Dollar" -> "Australian dollars" and "Australian dollar" (not "US Dollar (Next day)").
    if (!name || !/^[A-Za-z][A-Za-z .'-]*$/.test(name) || !name.includes(' ')) continue;
    const singular = name.replace(/ (\w+)$/, (_, w: string) => ' ' + w.toLowerCase());
    units.add(singular, id);
    units.add(singular.endsWith('s') ? singular : singular + 's', id);
  }
  // A currency's own word, when no other currency shares it and WordNet gives it few senses (a
  // currency's name, not a common word): "750 million koruna", "zlotys", "forint", "baht"; not
  // "dollar" (shared), "mark", "real" or "gold".
  const lastWords = new Map<string, string[]>();
  for (const code of codes) {
    const w = names.of(code)?.split(' ').pop()?.toLowerCase();
    if (w && /^\p{Ll}+$/u.test(w)) lastWords.set(w, [...(lastWords.get(w) ?? []), code.toLowerCase()]);
  }
  for (const [w, ids] of lastWords) {
    if (ids.length !== 1 || !(senseCount(w) > 0 ? senseCount(w) <= 3 : lemmaOf(w) === undefined)) continue;
    if (!unitInfo.has(ids[0])) unitInfo.set(ids[0], { family: `money-${ids[0]}`, factor: 1 });
    units.add(w, ids[0]);
    units.add(w.endsWith('s') ? w : w + 's', ids[0]);
  }
}
