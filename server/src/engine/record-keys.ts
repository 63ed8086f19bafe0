// The keys a draft's claims look up in a record store (record-source.ts): their event words,
// quotation words and names, measures, speakers, persons and the offices they give them.
import type { Library } from './api';
import { claimActorKeys } from './match/actors';
import { quoteWords } from './match/index';
import { namesOf } from './match/unknown-names';
import type { LookupKeys } from './record-source-types';
import type { Claim } from './types';

/** Every key the claims look up. */
export function lookupKeys(claims: readonly Claim[], local: Library): LookupKeys {
  const lex = local.lexicon;
  const keywords = new Set<string>();
  const words = new Set<string>();
  const measures = new Set<string>();
  const actors = new Set<string>();
  const persons = new Set<string>();
  const titles = new Set<string>();
  for (const c of claims) {
    for (const k of c.keywords) keywords.add(k);
    for (const q of c.quotes) for (const w of quoteWords(q.text)) words.add(w);
    // (The names a draft gives: whether any record has them, match/unknown-names.ts.)
    for (const n of namesOf(c, lex)) for (const w of n.words) words.add(w);
    for (const q of c.quantities) if (q.counted) for (const m of [q.counted, ...(lex.comparedWith.get(q.counted) ?? [])]) measures.add(m);
    for (const k of claimActorKeys(c.actors, lex)) actors.add(k);
    for (const a of c.actors) if (a.person) persons.add(a.person);
    for (const a of c.actors) if (a.person) for (const t of a.titles) titles.add(t);
    // (The people the draft describes, whose descriptions in the records are read: match/descriptors.ts.)
    for (const d of c.descriptors ?? []) {
      for (const w of quoteWords(d.name)) words.add(w);
      persons.add(d.person);
      if (d.office) titles.add(d.office);
    }
  }
  for (const p of persons) actors.add('p:' + p);
  return {
    keywords: [...keywords],
    words: [...words],
    measures: [...measures],
    actors: [...actors],
    persons: [...persons],
    titles: [...titles],
  };
}
