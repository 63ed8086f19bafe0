// Benchmark drafts built from realistic news sentences: the bundled sources' own sentences, copied
// or varied the way a reporter's draft varies them (another figure, a flipped qualifier, another
// attribution, a changed word in a quotation, another day), mixed with sentences that make no claim
// (scene-setting, opinion, editorial notes). Deterministic for a seed.
import type { Library } from '../../server/src/engine/api';

/** mulberry32: a small, fast, seeded generator (same seed, same draft). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Rand = () => number;
export const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];

/** Sentences that make no claim: scene, opinion, speculation, editorial notes. */
const NO_CLAIM = [
  'It is hard to see how this deployment ends well for anyone.',
  'The mood in the capital was tense but calm.',
  'Analysts say the coming weeks could prove decisive.',
  'What happens next remains unclear.',
  'Some observers believe the move may be largely symbolic.',
  'The question now is how the allies will respond.',
  'This story has been updated with additional reporting.',
  'Many residents said they were tired of the war.',
  'Neither side is likely to back down soon.',
  'It may take months before the full picture emerges.',
  'The streets were quiet on the morning after the announcement.',
  'Editors note: this article will be updated as the situation develops.',
  'Few expected the conflict to last this long.',
  'For now, diplomats are watching closely.',
  'The decision could reshape the balance of power in the region.',
];

const ATTRIBUTIONS = [
  'officials said',
  'a senior military source told Reuters',
  'the Pentagon said',
  'Ukrainian intelligence said',
  'John Kirby said',
  'Sabrina Singh told reporters',
  'according to Newsweek',
  'a spokesperson for the ministry said',
];
const QUALIFIERS = ['about', 'roughly', 'at least', 'up to', 'more than', 'nearly', 'around', 'some'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const WORDS = ['fight', 'move', 'enter', 'reason', 'war', 'contact', 'business', 'seriously', 'escalation', 'region'];

/** The records' sentences as written in their sources, whitespace collapsed, one per record. */
export function sourceSentences(library: Library): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const r of library.records) {
    const src = library.sources[r.source];
    const s = src.text.slice(r.span.start, r.span.end).replace(/\s+/g, ' ').trim();
    if (s.split(' ').length < 4 || seen.has(s)) continue;
    seen.add(s);
    out.push(s);
  }
  return out;
}

/** A number written another way: another figure of the same size. */
function otherFigure(r: Rand, digits: string): string {
  const n = Number(digits.replace(/,/g, ''));
  if (!Number.isFinite(n) || n === 0) return digits;
  const m = Math.max(1, Math.round(n * (0.5 + r() * 1.5)));
  const rounded = m >= 100 ? Math.round(m / 100) * 100 : m;
  return digits.includes(',') || rounded >= 10000 ? rounded.toLocaleString('en-US') : String(rounded);
}

/** One draft sentence from a source sentence: copied, or varied in one element. */
export function vary(r: Rand, s: string): string {
  const kind = r();
  if (kind < 0.3) return s;
  if (kind < 0.5 && /\d/.test(s)) {
    // Another figure for one number (years kept).
    let done = false;
    return s.replace(/\b\d{1,3}(?:,\d{3})+\b|\b\d+\b/g, (d) => {
      if (done || /^(19|20)\d\d$/.test(d)) return d;
      done = r() < 0.7;
      return done ? otherFigure(r, d) : d;
    });
  }
  if (kind < 0.6 && /\b(about|roughly|at least|up to|more than|nearly|around)\b/i.test(s)) {
    return s.replace(/\b(about|roughly|at least|up to|more than|nearly|around)\b/i, () => pick(r, QUALIFIERS));
  }
  if (kind < 0.7 && /[“"][^”"]{8,}[”"]/.test(s)) {
    // A changed word inside a quotation.
    return s.replace(/([“"])([^”"]{8,})([”"])/, (_, a: string, body: string, b: string) => {
      const words = body.split(' ');
      words[Math.floor(r() * words.length)] = pick(r, WORDS);
      return a + words.join(' ') + b;
    });
  }
  if (kind < 0.8 && /\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/.test(s)) {
    return s.replace(/\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/, () => pick(r, WEEKDAYS));
  }
  // Another attribution: "..., officials said."
  const body = s.replace(/[.!?]+[”"]?$/, '');
  return `${body}, ${pick(r, ATTRIBUTIONS)}.`;
}

export interface DraftOptions {
  words: number;
  seed?: number;
  /** Share of sentences that make no claim. */
  noClaim?: number;
}

/** A Markdown draft of about `words` words: front matter, headings, paragraphs of 2–6 sentences. */
export function makeDraft(library: Library, opts: DraftOptions): string {
  const r = rng(opts.seed ?? 1);
  const sentences = sourceSentences(library);
  const share = opts.noClaim ?? 0.3;
  const parts: string[] = ['---', 'title: Benchmark draft', 'date: 2024-11-25', '---', '', '# North Korean troops in Russia', ''];
  let words = 0;
  let para: string[] = [];
  let paraLen = 2 + Math.floor(r() * 5);
  let paragraphs = 0;
  while (words < opts.words) {
    const s = r() < share ? pick(r, NO_CLAIM) : vary(r, pick(r, sentences));
    para.push(s);
    words += s.split(/\s+/).length;
    if (para.length >= paraLen || words >= opts.words) {
      parts.push(para.join(' '), '');
      para = [];
      paraLen = 2 + Math.floor(r() * 5);
      if (++paragraphs % 12 === 0) parts.push(`## Part ${paragraphs / 12 + 1}`, '');
    }
  }
  return parts.join('\n');
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
