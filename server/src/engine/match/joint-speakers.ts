// Several speakers for one figure: "Kyiv and Seoul both say 12,000", "By Ukrainian and Western
// estimates, some 11,000", "South Korean intelligence and the White House have both verified". The
// figure is backed only when each of them gives it: a record of one is half of what the draft says
// (POLICY: elements only partly backed are unsupported).
import type { Lexicon } from '../data/lexicon';
import { tokenize } from '../text/tokens';
import type { Claim } from '../types';
import type { RecordIndex } from './index';

/** Words that make a pair of countries or bodies the ones who say it. */
const SAYING = new Set([
  'say',
  'says',
  'said',
  'both',
  'estimate',
  'estimates',
  'intelligence',
  'officials',
  'authorities',
  'governments',
  'believe',
  'reckon',
  'verified',
  'confirmed',
  'assess',
  'assessments',
  'sources',
]);

/** The countries and bodies a claim names together as its speakers ("X and Y say"), as the keys
 *  a record's speaker would have ("c:ukraine", "o:nis"); empty when it names no such pair. */
export function jointSpeakers(claim: Claim, lex: Lexicon): string[][] {
  const tokens = tokenize(claim.text);
  const who: { i: number; j: number; keys: string[] }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const m = lex.entities.matchAt(tokens, i);
    if (!m) continue;
    const keys = m.values.flatMap((v) =>
      v.kind === 'country' || v.kind === 'demonym' ? ['c:' + v.id] : v.kind === 'org' ? ['o:' + v.id, ...orgCountry(v.id, lex)] : [],
    );
    if (keys.length) who.push({ i, j: i + m.length, keys });
    i += m.length - 1;
  }
  for (let k = 0; k + 1 < who.length; k++) {
    const [a, b] = [who[k], who[k + 1]];
    const between = tokens.slice(a.j, b.i).map((t) => t.lower);
    if (!(between.length === 1 && between[0] === 'and') && !(between.length === 2 && between[0] === 'and' && between[1] === 'the'))
      continue;
    // What follows the pair (or opens it): a word of saying, within two words.
    const after = tokens.slice(b.j, b.j + 3).map((t) => t.lower);
    const before = tokens.slice(Math.max(0, a.i - 2), a.i).map((t) => t.lower);
    if (after.some((w) => SAYING.has(w)) || before.includes('by') || before.join(' ').endsWith('according to')) return [a.keys, b.keys];
  }
  return [];
}

function orgCountry(id: string, lex: Lexicon): string[] {
  const c = lex.orgs.get(id)?.country;
  return c ? ['c:' + c] : [];
}

/** The first of the joint speakers no backing record's speaker is (its keys), if any. */
export function unbackedSpeaker(joint: string[][], supports: number[], index: RecordIndex): string[] | undefined {
  const keys = new Set(supports.flatMap((i) => [...index.actorKeys[i]]));
  // ("Western": no one country's; any record may be the West's.)
  return joint.find((ks) => !ks.includes('c:west') && !ks.some((k) => keys.has(k)));
}

/** A speaker key's name as the data writes it ("c:south-korea" -> "South Korea"). */
export function speakerName(key: string, index: RecordIndex): string {
  const id = key.replace(/^[co]:/, '');
  return index.lexicon.names.get(id) ?? id.replace(/-/g, ' ').replace(/\b\p{Ll}/gu, (c) => c.toUpperCase());
}
