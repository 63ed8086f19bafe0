// Synthetic libraries for the scale benchmark: SourceRecord arrays of any size made from the real
// records. Record k is real record k mod N in variant k div N; variant 0 is the real record itself
// (so real claims still find their sources), every other variant is another story told the same way:
// other figures, places, speakers and dates, and its own words (each content word of the text,
// quotations and keywords replaced by a pseudo-word from a vocabulary that grows with the library,
// as a real library's does). What is counted (soldiers, troops, square kilometres) and the function
// words stay as they are, so the common keys really get long posting lists.
import type { Lexicon } from '../../server/src/engine/data/lexicon';
import { intervalOf } from '../../server/src/engine/extract/quantities';
import { addDays } from '../../server/src/engine/extract/times';
import type { Library } from '../../server/src/engine/api';
import type { ActorRef, PlaceRef, Quantity, QuoteRef, Source, SourceRecord, TimeRef } from '../../server/src/engine/types';

/** A 32-bit hash of a string and numbers (FNV-1a, then mixed). */
function hash(s: string, a = 0, b = 0): number {
  let h = 0x811c9dc5 ^ a;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  h = Math.imul(h ^ b, 0x9e3779b1);
  h ^= h >>> 15;
  return h >>> 0;
}

const C = 'bcdfghjklmnprstvz';
const V = 'aeiou';
/** The n-th pseudo-word: consonant-vowel syllables ("bako", "zutime"). */
export function pseudoWord(n: number): string {
  let s = '';
  let x = n + 17 * 85;
  do {
    s += C[x % C.length] + V[Math.floor(x / C.length) % V.length];
    x = Math.floor(x / (C.length * V.length));
  } while (x > 0);
  return s;
}

const FUNCTION_WORDS = new Set(
  (
    'a an the of in on at to into from by for with and or but not no that this these those it its is are was were be been ' +
    'has have had he she they we you i his her their our said says told according as than more about some at least up most over under'
  ).split(' '),
);

export interface SynthOptions {
  lex: Lexicon;
  /** Sources count: records of variant v point at real source (index) — evidence shows the real excerpt. */
  real: SourceRecord[];
}

export class Synthesizer {
  private readonly n: number;
  private readonly vocab: number;
  private readonly places: string[];
  private readonly orgs: string[];
  private readonly placeRefs = new Map<string, PlaceRef>();
  private readonly actorPool: ActorRef[][] = [];
  /** Pseudo-words made so far, so each is one string however many records use it. */
  private readonly words: string[] = [];
  private readonly days = new Map<string, string>();

  constructor(
    private readonly opts: SynthOptions,
    readonly size: number,
  ) {
    this.n = opts.real.length;
    // Heaps' law: the vocabulary grows with the square root of the words in the library.
    const tokens = size * 12;
    this.vocab = Math.round(2000 + 30 * Math.sqrt(tokens));
    const lexPlaces = [...opts.lex.places.keys()];
    this.places = [...lexPlaces, ...Array.from({ length: 400 }, (_, i) => `place-${pseudoWord(i)}`)];
    this.orgs = [...opts.lex.orgs.keys()];
    const people = Math.max(50, Math.round(Math.sqrt(size) * 20));
    for (let p = 0; p < Math.min(people, 20000); p++) {
      const surname = pseudoWord(100000 + p);
      const org = this.orgs[p % this.orgs.length];
      this.actorPool.push([
        {
          span: { start: 0, end: 0 },
          text: `Alex ${surname}`,
          person: surname,
          orgs: p % 3 ? [org] : [],
          titles: p % 4 === 0 ? ['spokesperson'] : [],
          countries: [],
          role: 'primary',
          cue: 'said',
        },
      ]);
    }
  }

  /** Record k of the library. */
  record(k: number): SourceRecord {
    const base = this.opts.real[k % this.n];
    const v = Math.floor(k / this.n);
    if (v === 0) return base;
    const word = (w: string) => this.word(w, v);
    const h = hash(base.id, v);
    const shift = (h % 3650) - 1825;
    const date = (d: string | undefined) => (d ? this.day(d, shift) : d);
    const rec: SourceRecord = {
      ...base,
      id: `${base.id}~${v}`,
      text: base.text.replace(/[\p{L}][\p{L}'’-]*/gu, word),
      // Empty lists stay the real record's (shared), as a compact store would keep them.
      quantities: base.quantities.length ? base.quantities.map((q) => this.quantity(q, hash(base.id, v, q.span.start))) : base.quantities,
      places: base.places.length ? base.places.map((p, i) => this.place(p, hash(base.id, v, 7 + i))) : base.places,
      times: base.times.length ? base.times.map((t): TimeRef => ({ ...t, start: date(t.start), end: date(t.end) })) : base.times,
      actors: base.actors.length ? this.actorPool[h % this.actorPool.length] : base.actors,
      quotes: base.quotes.length
        ? base.quotes.map((q): QuoteRef => ({ span: q.span, text: q.text.replace(/[\p{L}][\p{L}'’-]*/gu, word) }))
        : base.quotes,
      keywords: base.keywords.map((w) => (this.opts.lex.places.has(w) || this.opts.lex.orgs.has(w) ? w : word(w))),
      statedAt: date(base.statedAt),
      context: base.context.length ? base.context.map((j) => v * this.n + j).filter((j) => j < this.size) : base.context,
    };
    return rec;
  }

  /** A date moved by some days (each distinct date one string). */
  private day(d: string, shift: number): string {
    const key = `${d}${shift}`;
    let out = this.days.get(key);
    if (!out) this.days.set(key, (out = addDays(d, shift)));
    return out;
  }

  /** A content word in variant v: a pseudo-word; function words stay. */
  private word(w: string, v: number): string {
    if (w.length < 3 || FUNCTION_WORDS.has(w.toLowerCase())) return w;
    const n = hash(w.toLowerCase(), v) % this.vocab;
    return (this.words[n] ??= pseudoWord(n));
  }

  private quantity(q: Quantity, h: number): Quantity {
    const factor = 0.5 + (h % 1000) / 666;
    const value = Math.max(1, Math.round(q.value * factor));
    const valueHi = q.valueHi !== undefined ? Math.round(q.valueHi * factor) : undefined;
    const f = q.value ? q.normalized / q.value : 1;
    return {
      ...q,
      text: q.text.replace(/\d[\d,.]*/, value.toLocaleString('en-US')),
      value,
      valueHi,
      interval: intervalOf(value, q.direction, valueHi),
      normalized: value * f,
    };
  }

  private place(p: PlaceRef, h: number): PlaceRef {
    const id = this.places[h % this.places.length];
    let ref = this.placeRefs.get(id + p.role);
    if (!ref) this.placeRefs.set(id + p.role, (ref = { span: p.span, id, text: id, role: p.role }));
    return ref;
  }
}

/** `size` records (real ones first). */
export function synthesize(opts: SynthOptions, size: number): SourceRecord[] {
  const s = new Synthesizer(opts, size);
  const out: SourceRecord[] = new Array(size);
  for (let k = 0; k < size; k++) out[k] = s.record(k);
  return out;
}

/** The synthetic records of `records` count, as articles (records of one bundled article's variant). */
export function articlesOf(
  library: Library,
  records: SourceRecord[],
): { sources: Source[]; articles: { source: Source; records: SourceRecord[] }[] } {
  const articles: { source: Source; records: SourceRecord[] }[] = [];
  const sources: Source[] = [];
  const n = library.records.length;
  let start = 0;
  for (let k = 1; k <= records.length; k++) {
    const end = k === records.length || records[k].source !== records[start].source || Math.floor(k / n) !== Math.floor(start / n);
    if (!end) continue;
    const real = library.sources[records[start].source];
    const v = Math.floor(start / n);
    const source: Source = {
      ...real,
      meta: { ...real.meta, id: `${real.meta.id}~${v}` },
      path: `(synthetic)/${real.meta.id}~${v}.md`,
      bundled: false,
    };
    const own = records
      .slice(start, k)
      .map((r) => ({ ...r, source: 0, context: r.context.map((c) => c - start).filter((c) => c >= 0 && c < k - start) }));
    articles.push({ source, records: own });
    sources.push(source);
    start = k;
  }
  return { sources, articles };
}
