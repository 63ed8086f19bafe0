// The outlet a source's front matter names, learned as a body that speaks for its article: a draft
// writes "..., Iberia Press Wire reported" or "IPW reported" (the initials the dateline gives,
// "MADRID, Oct 7 (IPW) -"). Used by learn.ts; `factcheck records` lists it as the outlet.
import type { Lexicon } from '../data/lexicon';
import { tokenize } from '../text/tokens';
import type { Source } from '../types';

/** The outlet as a learned body (`outlet: true`), unless the data knows the name already; the
 *  acronym learned from its initials (in `orgs`, by id) is taken into it. */
export function outletOf(source: Source, lex: Lexicon, orgs: Map<string, Set<string>>): { id: string; names: string[]; outlet: true }[] {
  const name = source.meta.outlet?.trim();
  if (!name) return [];
  const words = tokenize(name);
  if (lex.entities.matchAt(words, 0)?.length === words.length) return [];
  const id = name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '');
  if (!id) return [];
  const names = [name];
  const initials = words
    .filter((t) => /^\p{Lu}/u.test(t.text))
    .map((t) => t.text[0])
    .join('');
  const acronym = initials.length > 1 ? orgs.get(initials.toLowerCase()) : undefined;
  if (acronym?.has(initials)) {
    names.push(initials);
    orgs.delete(initials.toLowerCase());
  }
  // ("ERZURUM, Turkey, Jan 24 (TCP) -" in Transcontinental Press's article: the wire's own tag in
  // its dateline, whatever its letters.)
  const tag = DATELINE_TAG.exec(source.text.slice(source.bodyStart, source.bodyStart + 2000))?.[1];
  if (tag && tag !== initials && orgs.get(tag.toLowerCase())?.has(tag)) {
    names.push(tag);
    orgs.delete(tag.toLowerCase());
  }
  return [{ id, names, outlet: true }];
}

/** A dateline's wire tag: "QUITO, March 3 (XYZ) -" (a line of its own start). */
const DATELINE_TAG = /^\s*\p{Lu}[\p{Lu} .'’-]{1,40},[^\n()]{0,60}?\((\p{Lu}[\p{Lu}\p{N}&-]{1,9})\)\s*[-–—]/mu;
