// The word and character tables the number scanner (numbers.ts) reads: number words and their
// classes, multipliers, unit abbreviations, currency symbols, and character tests.
import { runtimeCurrencies } from '../data/currencies';

export type Word = [number, number, string | undefined];

export type WordClass = 'unit' | 'teen' | 'tens' | 'hundred' | 'scale' | 'ordinal' | 'fraction' | 'half' | 'dozen';
export const WORDS = new Map<string, [WordClass, number]>();
const put = (cls: WordClass, list: string, first: number, step = 1) =>
  list.split(' ').forEach((w, k) => WORDS.set(w, [cls, first + k * step]));
put('unit', 'zero one two three four five six seven eight nine', 0);
put('teen', 'ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen', 10);
put('tens', 'twenty thirty forty fifty sixty seventy eighty ninety', 20, 10);
put('ordinal', 'first second third fourth fifth sixth seventh eighth ninth tenth', 1);
put('fraction', 'halves thirds quarters fourths fifths sixths sevenths eighths ninths tenths', 2);
put('half', 'half quarter', 2, 2);
put('hundred', 'hundred', 2);
put('dozen', 'dozen', 12);
put('scale', 'thousand million billion trillion', 3, 3);
export const classOf = (w: string | undefined) => (w === undefined ? undefined : WORDS.get(w)?.[0]);

/** A small count written as a word or in digits ("two", "ten", "14"), or undefined. */
export function smallCount(w: string): number | undefined {
  if (/^\d{1,3}$/.test(w)) return Number(w);
  const e = WORDS.get(w.toLowerCase());
  return e && (e[0] === 'unit' || e[0] === 'teen' || e[0] === 'tens') ? e[1] : undefined;
}

/** Multipliers glued to digits ("12k", "3m", "2bn") and after a space ("12 thousand", "5 bn"). */
export const GLUED_MULT: Record<string, number> = { k: 3, m: 6, mn: 6, mln: 6, b: 9, bn: 9, bln: 9 };
// ("5 lakh", "35 crore": South Asia's hundred thousand and ten million.)
export const SPACED_MULT: Record<string, number> = {
  hundred: 2,
  thousand: 3,
  lakh: 5,
  lakhs: 5,
  crore: 7,
  crores: 7,
  million: 6,
  billion: 9,
  trillion: 12,
  mn: 6,
  mln: 6,
  bn: 9,
};
export const ORDINAL_SUFFIX = new Set(['st', 'nd', 'rd', 'th']);
/** Unit abbreviations glued to a number ("155mm", "100km", "10am"): the number stands alone. */
export const UNITS = new Set(
  (
    'km kms mm cm m2 mi mph kph kmh ft kg kgs lb lbs t kt mt h hr hrs min mins sec secs ms ' +
    'gw mw kw tw gwh mwh kwh twh bcm mcm bpd x g l ha nm yr yrs am pm gb mb tb p'
  ).split(' '),
);
/** Units that may carry a power digit ("km2", "m3"). */
export const POWER_UNITS = new Set(['km', 'm', 'mi', 'ft', 'cm', 'mm']);
/** Currency signs: these, and every one-character sign the runtime writes for a currency in English
 *  (Intl: "¥" yen, "₩" won, "₱" peso, "₪" shekel, ...), so no story needs a list of its own. */
export const SYMBOLS: Record<number, string> = {
  ...runtimeCurrencies().signs,
  0x24: 'usd',
  0x20ac: 'eur',
  0xa3: 'gbp',
  0x20b4: 'uah',
  0x20bd: 'rub',
  0x20b9: 'inr',
};

/** Signs of letters before an amount ("Rp 5,830,720", "Rs 500", "RM 1,500"), as the runtime
 *  writes them (data/currencies.ts). */
export const LETTER_SIGNS: Record<string, string> = runtimeCurrencies().letters ?? {};

/** Letters glued before "$": "US$5", "C$3", "A$2". */
export const DOLLARS: Record<string, string> = { us: 'usd', c: 'cad', ca: 'cad', a: 'aud', au: 'aud', hk: 'hkd', nz: 'nzd' };
export const CODES = new Set(['usd', 'eur', 'gbp']);
/** "mid-2023", "pre-2014": a year after one of these prefixes is still a number. */
export const YEAR_PREFIX = new Set(['mid', 'pre', 'post', 'early', 'late']);

const LETTER = /\p{L}/u;
export const isDigit = (c: number) => c >= 48 && c <= 57;
export const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 128 && LETTER.test(String.fromCharCode(c)));
export const isAlnum = (c: number) => isDigit(c) || isLetter(c);
/** Horizontal space, including no-break and thin spaces. */
export const isSpace = (c: number) => c === 32 || c === 9 || c === 0xa0 || c === 0x202f || c === 0x2009;
export const HYPHEN = 45;
export const EN_DASH = 0x2013;

/** Words a quantity may start with; any other word is skipped whole by the scanner. */
export const START_WORDS = new Set(['between', 'a', ...WORDS.keys(), ...CODES]);

/** Up to three ASCII letters from i, lower-cased, as a number (a zero place for each past the
 *  word's end); -1 when a non-ASCII letter comes first. `c` gives the character code at an offset
 *  (-1 past the end). */
function prefixKey(c: (i: number) => number, i: number): number {
  let key = 0;
  let k = 0;
  for (; k < 3; k++) {
    const x = c(i + k);
    const l = x | 0x20;
    if (x >= 65 && l >= 97 && l <= 122) key = key * 32 + (l - 96);
    else if (x >= 128 && isLetter(x)) return -1;
    else break;
  }
  for (; k < 3; k++) key *= 32;
  return key;
}

/** The prefixKey of each START_WORDS and DOLLARS word. */
const PREFIXES = new Set<number>();
for (const w of [...START_WORDS, ...Object.keys(DOLLARS)]) PREFIXES.add(prefixKey((i) => (i < w.length ? w.charCodeAt(i) : -1), 0));

/** Whether the word at i cannot start a quantity by its first three letters alone (most words of a
 *  draft: "the", "troops", "said", "Kursk" begin like no number word), so it need not be cut out
 *  and lower-cased. False when it might, or when a non-ASCII letter leaves it to the whole word. */
export function ruledOutByPrefix(c: (i: number) => number, i: number): boolean {
  const key = prefixKey(c, i);
  return key >= 0 && !PREFIXES.has(key);
}

/** "a quarter of a", "half a", "three quarters of a" right before "percentage point": the part of one
 *  unit from `i` (its end and value), or undefined. */
const PART_OF_ONE = /(a quarter of an?|a half of an?|half an?|three[ -]quarters of an?)(?=\s+percentage points?\b)/iy;
export function partOfOneUnit(text: string, i: number): { end: number; value: number } | undefined {
  PART_OF_ONE.lastIndex = i;
  const m = PART_OF_ONE.exec(text);
  if (!m) return undefined;
  const w = m[1].toLowerCase();
  return { end: i + m[1].length, value: w.startsWith('three') ? 0.75 : w.includes('quarter') ? 0.25 : 0.5 };
}
