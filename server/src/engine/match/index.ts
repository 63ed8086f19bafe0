// Lookup structures over the records, built once per library, so a claim is compared only with the
// records that share its measure, its words or its quoted words (never with every record).
import type { Lexicon } from '../data/lexicon';
import type { Quantity, SourceRecord } from '../types';
import { orgAncestors, recordActorKeys } from './actors';

export interface QuantityEntry {
  record: number;
  quantity: Quantity;
}

/** Words of a text as compared in quotations: lower case, straight apostrophes, no punctuation. */
export function quoteWords(text: string): string[] {
  return (text.toLowerCase().replace(/[’‘]/g, "'").match(/[\p{L}\p{N}]+(?:['.,-][\p{L}\p{N}]+)*/gu) ?? []);
}

export class RecordIndex {
  readonly byMeasure = new Map<string, QuantityEntry[]>();
  private readonly byKeyword = new Map<string, number[]>();
  private readonly byWord = new Map<string, number[]>();
  readonly actorKeys: Set<string>[];
  /** Every actor key any record has: an actor the library knows. */
  readonly knownActors = new Set<string>();
  /** Organisations each person is recorded with. */
  readonly affiliations = new Map<string, Set<string>>();
  /** Titles each person is recorded with, and the records that say so. */
  readonly titles = new Map<string, Set<string>>();
  readonly personRecords = new Map<string, number[]>();
  /** Who holds an office: "t:president@russia" -> Putin, as the records name them. */
  readonly officeHolders = new Map<string, Set<string>>();
  private readonly words: (string[] | undefined)[] = [];
  private readonly eventWords: (Set<string> | undefined)[] = [];

  constructor(readonly records: SourceRecord[], private readonly lex: Lexicon) {
    this.actorKeys = records.map((r) => recordActorKeys(r.actors, lex));
    records.forEach((r, i) => {
      for (const q of r.quantities) {
        if (!q.counted) continue;
        push(this.byMeasure, q.counted, { record: i, quantity: q });
      }
      for (const k of new Set(r.keywords)) push(this.byKeyword, k, i);
      for (const w of new Set(quoteWords(r.text))) push(this.byWord, w, i);
      for (const k of this.actorKeys[i]) this.knownActors.add(k);
      for (const a of r.actors) {
        if (a.role !== 'primary' || !a.person || a.inherited) continue;
        push(this.personRecords, a.person, i);
        if (a.titles.length) {
          let t = this.titles.get(a.person);
          if (!t) this.titles.set(a.person, (t = new Set()));
          for (const x of a.titles) t.add(x);
          for (const x of a.titles) {
            for (const c of a.countries) {
              const key = `t:${x}@${c}`;
              let h = this.officeHolders.get(key);
              if (!h) this.officeHolders.set(key, (h = new Set()));
              h.add(a.person);
            }
          }
        }
        if (!a.orgs.length) continue;
        let set = this.affiliations.get(a.person);
        if (!set) this.affiliations.set(a.person, (set = new Set()));
        for (const o of a.orgs) for (const x of orgAncestors(o, lex)) set.add(x);
      }
    });
  }

  quantities(counted: string): QuantityEntry[] {
    return this.byMeasure.get(counted) ?? [];
  }

  /** How many records use a keyword (for weighting rare words above common ones). */
  keywordWeight(k: string): number {
    const df = this.byKeyword.get(k)?.length ?? 0;
    return Math.log(1 + (this.records.length + 1) / (df + 1));
  }

  recordsWithKeywords(keywords: string[]): number[] {
    const seen = new Set<number>();
    for (const k of keywords) for (const i of this.byKeyword.get(k) ?? []) seen.add(i);
    return [...seen];
  }

  /** Records holding the rarest words of a quotation, the candidates to align it with. */
  recordsForQuote(words: string[]): number[] {
    const ranked = [...new Set(words)]
      .map((w) => ({ w, n: this.byWord.get(w)?.length ?? 0 }))
      .filter((x) => x.n > 0)
      .sort((a, b) => a.n - b.n)
      .slice(0, 4);
    const seen = new Set<number>();
    for (const { w } of ranked) for (const i of this.byWord.get(w) ?? []) seen.add(i);
    return [...seen];
  }

  recordWords(i: number): string[] {
    return (this.words[i] ??= quoteWords(this.records[i].text));
  }

  /** Keywords of a record together with its context's (the event it reports). */
  eventKeywords(i: number): Set<string> {
    let set = this.eventWords[i];
    if (!set) {
      const r = this.records[i];
      set = new Set([...r.keywords, ...r.context.flatMap((j) => this.records[j].keywords)]);
      this.eventWords[i] = set;
    }
    return set;
  }

  get lexicon(): Lexicon {
    return this.lex;
  }
}

function push<K, V>(map: Map<K, V[]>, k: K, v: V): void {
  const list = map.get(k);
  if (list) list.push(v);
  else map.set(k, [v]);
}
