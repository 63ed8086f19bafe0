// A name's letters without accents, for ids and comparisons: "Koudelková" is "koudelkova",
// "Yalçın" "yalcin", "Łódź" "lodz" (NFKD takes the marks off; the letters it leaves whole are
// mapped here).
const PLAIN: Record<string, string> = { ı: 'i', ł: 'l', ø: 'o', đ: 'd', ð: 'd', þ: 'th', ß: 'ss', æ: 'ae', œ: 'oe', ħ: 'h' };

/** Lower case, without accents or the letters NFKD leaves whole. */
export function plainLower(s: string): string {
  return s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[ıłøđðþßæœħ]/g, (c) => PLAIN[c]);
}
