// Money in any currency: the runtime's own list of ISO 4217 currencies (Intl), their English
// names and one-character signs, added to the lexicon's units and the number scanner's signs so that
// no story needs a currency list of its own. Reading them from Intl costs a process ~40 ms, so a
// bundle takes them from its snapshot when the snapshot was made with the same ICU data.
import { bundledSnapshot, type RuntimeCurrencies } from '../snapshot';

export type { RuntimeCurrencies };
import { letterSigns } from './currency-signs';
import { lemmaOf, senseCount } from './wordnet';
import type { PhraseMatcher } from '../text/tokens';

const icuVersion = (): string => `${process.versions.icu ?? '-'}/${process.versions.cldr ?? '-'}`;
let cached: RuntimeCurrencies | undefined;

/** The runtime's currencies: from the bundled snapshot when it was made with this ICU, else from Intl. */
export function runtimeCurrencies(): RuntimeCurrencies {
  if (cached) return cached;
  const pre = bundledSnapshot()?.currencies;
  cached = pre && pre.icu === icuVersion() ? pre : readRuntimeCurrencies();
  return cached;
}

/** The runtime's currencies read from Intl (none on a runtime without full Intl). */
export function readRuntimeCurrencies(): RuntimeCurrencies {
  const out: RuntimeCurrencies = { icu: icuVersion(), codes: [], names: [], signs: {} };
  const shared: Record<string, string[]> = {};
  try {
    const names = new Intl.DisplayNames(['en'], { type: 'currency' });
    for (const code of Intl.supportedValuesOf('currency')) {
      out.codes.push(code);
      out.names.push(names.of(code) ?? null);
      const parts = new Intl.NumberFormat('en', { style: 'currency', currency: code, currencyDisplay: 'symbol' }).formatToParts(1);
      const sign = parts.find((p) => p.type === 'currency')?.value ?? '';
      if (sign.length === 1 && sign.charCodeAt(0) > 0x7f) out.signs[sign.charCodeAt(0)] = code.toLowerCase();
      const narrow = new Intl.NumberFormat('en', { style: 'currency', currency: code, currencyDisplay: 'narrowSymbol' })
        .formatToParts(1)
        .find((p) => p.type === 'currency')?.value;
      // (Not a unit's letters: "KM".)
      if (narrow && /^\p{Lu}\p{L}{1,2}$/u.test(narrow) && narrow !== code && !/^(?:km|ft|cm|mm|kg)$/i.test(narrow))
        (shared[narrow] ??= []).push(code);
    }
    out.letters = letterSigns(out.codes, out.names, shared);
  } catch {
    // A runtime without full Intl: the currencies the data names.
    return { icu: out.icu, codes: [], names: [], signs: {} };
  }
  return out;
}

/** Every ISO 4217 currency the runtime knows (Intl), as money of its own kind ("aud" for "A$" and
 *  "Australian dollars"), besides those the data names: no story needs a currency list of its own. */
export function addCurrencies(units: PhraseMatcher<string>, unitInfo: Map<string, { family: string; factor: number }>): void {
  const { codes, names } = runtimeCurrencies();
  codes.forEach((code, i) => {
    const id = code.toLowerCase();
    if (unitInfo.has(id)) return;
    unitInfo.set(id, { family: `money-${id}`, factor: 1 });
    const name = names[i];
    // "Australian Dollar" -> "Australian dollars" and "Australian dollar" (not "US Dollar (Next day)").
    if (!name || !/^[A-Za-z][A-Za-z .'-]*$/.test(name) || !name.includes(' ')) return;
    const singular = name.replace(/ (\w+)$/, (_, w: string) => ' ' + w.toLowerCase());
    units.add(singular, id);
    units.add(singular.endsWith('s') ? singular : singular + 's', id);
  });
  // A currency's own word, when no other currency shares it and WordNet gives it few senses (a
  // currency's name, not a common word): "750 million koruna", "zlotys", "forint", "baht"; not
  // "dollar" (shared), "mark", "real" or "gold".
  const lastWords = new Map<string, string[]>();
  codes.forEach((code, i) => {
    const w = names[i]?.split(' ').pop()?.toLowerCase();
    if (w && /^\p{Ll}+$/u.test(w)) lastWords.set(w, [...(lastWords.get(w) ?? []), code.toLowerCase()]);
  });
  for (const [w, ids] of lastWords) {
    if (ids.length !== 1 || !(senseCount(w) > 0 ? senseCount(w) <= 3 : lemmaOf(w) === undefined)) continue;
    if (!unitInfo.has(ids[0])) unitInfo.set(ids[0], { family: `money-${ids[0]}`, factor: 1 });
    units.add(w, ids[0]);
    units.add(w.endsWith('s') ? w : w + 's', ids[0]);
  }
}

/** A currency's own word that several currencies share ("rupee": the Indian, Nepalese, Pakistani
 *  ... rupees; "peso", "shilling", "dollar"), with their ids: a figure in "rupees" alone is money in
 *  any of them (lexicon comparedWith, elements.ts sameValue). */
export function sharedCurrencyWords(): Map<string, string[]> {
  const { codes, names } = runtimeCurrencies();
  const byWord = new Map<string, string[]>();
  codes.forEach((code, i) => {
    const name = names[i];
    if (!name || !/^[A-Za-z][A-Za-z .'-]*$/.test(name) || !name.includes(' ')) return;
    const w = name.split(' ').pop()!.toLowerCase();
    if (/^\p{Ll}+$/u.test(w)) byWord.set(w, [...(byWord.get(w) ?? []), code.toLowerCase()]);
  });
  for (const [w, ids] of byWord) if (ids.length < 2) byWord.delete(w);
  return byWord;
}

/** "50 million rupees" (the word alone, shared by several currencies) is compared with each of them:
 *  each family's measure and the word's ("other:rupee") compared both ways. The families' words. */
export function addSharedCurrencyWords(
  unitInfo: Map<string, { family: string; factor: number }>,
  comparedWith: Map<string, string[]>,
): Map<string, string> {
  const currencyWords = new Map<string, string>();
  for (const [word, ids] of sharedCurrencyWords()) {
    const generic = `other:${word}`;
    const families = ids.map((id) => unitInfo.get(id)?.family ?? `money-${id}`);
    for (const f of families) {
      currencyWords.set(f, generic);
      comparedWith.set(f, [...(comparedWith.get(f) ?? []), generic]);
    }
    comparedWith.set(generic, [...(comparedWith.get(generic) ?? []), ...families]);
  }
  return currencyWords;
}
