// Signs of letters written before an amount ("KSh 8.7 million", "Rp 5,830,720", "RM 1,500",
// "zł 40", "Rs 500"): the runtime's narrow signs (Intl) and the currency-symbol-map package's, so
// that a newsroom's Kenyan, Indonesian or Polish copy needs no currency list of its own. A sign of
// one currency is that currency; a sign several currencies share whose names end in one currency
// word ("Rs": the Pakistani, Sri Lankan, Nepalese rupees; "Sh", the bare sign of "KSh", "TSh" and
// "USh": the shillings) is money in any of them, as the word alone is ("other:rupee").
import { createRequire } from 'node:module';
import { lemmaOf, senseCount } from './wordnet';

/** The currency-symbol-map package's table: ISO code -> sign. (Read through require: the package
 *  ships no types for it.) */
function packageSigns(): Record<string, string> {
  try {
    return createRequire(__filename)('currency-symbol-map/map') as Record<string, string>;
  } catch {
    return {};
  }
}

/** A sign of two to four letters (a final "." allowed: "Nu."), not a unit's letters. */
const LETTER_SIGN = /^\p{L}{2,4}\.?$/u;
const UNIT_LETTERS = /^(?:km|ft|cm|mm|kg|mt|mi|lb|oz|kw|mw|gw|hp)$/i;

/** Written as a word is ("Le", "Ft", "lei", "Tsh") and one WordNet knows: read as the word. ("TSh",
 *  "RM" are written as no word is.) */
function wordLike(sign: string): boolean {
  if (!/^\p{L}\p{Ll}*\.?$/u.test(sign)) return false;
  const lower = sign.replace(/\.$/, '').toLowerCase();
  return senseCount(lower) > 0 || lemmaOf(lower) !== undefined;
}

/**
 * Letter signs -> lower-case currency code, or `other:<word>` for a sign several currencies share
 * when their names all end in that word. `codes`/`names`: the runtime's currencies and their
 * English names; `runtime`: the runtime's narrow letter signs with the codes writing each.
 */
export function letterSigns(codes: string[], names: (string | null)[], runtime: Record<string, string[]>): Record<string, string> {
  const known = new Set(codes);
  const nameOf = new Map(codes.map((c, i) => [c, names[i]]));
  const bySign = new Map<string, Set<string>>();
  const add = (sign: string, code: string) => {
    if (!known.has(code)) return;
    let set = bySign.get(sign);
    if (!set) bySign.set(sign, (set = new Set()));
    set.add(code);
  };
  for (const [sign, list] of Object.entries(runtime)) for (const code of list) add(sign, code);
  // (Two capitals from the package are too often something else before a number: "FC", "SM", "VT".)
  for (const [code, sign] of Object.entries(packageSigns())) if (sign !== code && !/^\p{Lu}{2}$/u.test(sign)) add(sign, code);
  // "KSh", "TSh", "USh": a country's letter before a sign several currencies share ("Sh").
  const bare = new Map<string, Set<string>>();
  for (const [sign, set] of bySign) {
    const rest = /^\p{Lu}(\p{Lu}\p{Ll}+)$/u.exec(sign)?.[1];
    if (rest && !bySign.has(rest)) for (const code of set) bare.set(rest, new Set([...(bare.get(rest) ?? []), code]));
  }
  for (const [rest, set] of bare) if (set.size > 1) bySign.set(rest, set);
  const out: Record<string, string> = {};
  for (const [sign, set] of bySign) {
    if (!LETTER_SIGN.test(sign) || UNIT_LETTERS.test(sign) || wordLike(sign)) continue;
    const ids = [...set];
    let id: string | undefined;
    if (ids.length === 1) id = ids[0].toLowerCase();
    else {
      const words = new Set(ids.map((c) => nameOf.get(c)?.split(' ').pop()?.toLowerCase()));
      const [word] = words;
      if (words.size === 1 && word && /^\p{Ll}+$/u.test(word)) id = `other:${word}`;
    }
    if (!id) continue;
    out[sign] = id;
    // "Ksh", "Kshs", "Shs": a sign of mixed case as newsrooms also write it.
    if (!/\p{Ll}$/u.test(sign) || sign.endsWith('s')) continue;
    const folded = sign[0] + sign.slice(1).toLowerCase();
    for (const v of [folded, sign + 's', folded + 's']) if (!bySign.has(v) && !wordLike(v)) out[v] ??= id;
  }
  return out;
}
