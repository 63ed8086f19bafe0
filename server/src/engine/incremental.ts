// Re-checking a draft as it is edited: the draft is cut into paragraphs (blank-line separated, on the
// masked prose, so a code block never splits), and a paragraph whose text, date and library are
// unchanged reuses its findings, unless its first claim takes its actor from the paragraph before
// ("He added ...") and that actor is no longer the same (the last claim's actors are carried from
// paragraph to paragraph). Lookups cost a hash of each paragraph's text: nothing is rebuilt for
// the paragraphs an edit did not touch but their offsets.
import type { CheckOptions, CheckResult, Library } from './api';
import { applyDirectives, draftSetup } from './findings';
import { SentenceMemo } from './extract/sentence-memo';
import { carriedInto, paragraphsOf, readParagraph, shiftFinding as shift, type Carry } from './paragraphs';
import { opensFrontMatter, splitFrontMatter } from './sources/frontmatter';
import { maskMarkdown } from './text/markdown';
import type { ActorRef, Finding } from './types';

interface Entry {
  /** What besides the paragraph's raw text its findings depend on (compared on a hit). */
  date: string;
  starts: string;
  window: string;
  /** The carried actors (relative offsets, as JSON) when the first claim reads them (readsBefore);
   *  undefined when it cannot: then the findings hold whatever comes before. */
  before?: string;
  findings: Finding[];
  /** Generation in which the entry was last used; older ones are dropped. */
  used: number;
  /** The findings moved to the paragraph's last offset (reused while it stays there). */
  shifted?: { from: number; findings: Finding[] };
  /** The resolved actors of the paragraph's last claim (relative offsets), for the next one. */
  last?: ActorRef[];
}

export interface IncrementalResult extends CheckResult {
  /** Paragraphs checked anew and reused, and sentences read anew, for tests and benchmarks. */
  rechecked: number;
  sentencesRead: number;
  /** The draft's masked prose and body start, for readers of the same version (citations). */
  prose: string;
  bodyStart: number;
  reused: number;
}

export class IncrementalChecker {
  /** Entries by the paragraph's raw text (up to the next paragraph). */
  private cache = new Map<string, Entry[]>();
  /** Per paragraph text, where this generation's search for an unused entry resumes: identical
   *  paragraphs take their entries in order, so each costs O(1), not a scan of the ones before. */
  private cursors = new Map<string, { gen: number; at: number }>();
  /** The sentences of re-checked paragraphs: typing changes one, the others are not read again. */
  private readonly sentences = new SentenceMemo();
  private generation = 0;

  private setupMemo?: { key: string; value: ReturnType<typeof draftSetup> };

  constructor(private readonly library: Library) {}

  /** draftSetup, remembered while the front matter (all it reads besides the options) is unchanged. */
  private setup(text: string, opts: CheckOptions): ReturnType<typeof draftSetup> {
    const fm = splitFrontMatter(text);
    const head = fm ? 'f' + text.slice(0, fm.bodyStart) : opensFrontMatter(text) ? 'o' : 'n';
    const key = `${head}\u0000${opts.date ?? ''}\u0000${opts.file ?? ''}`;
    if (this.setupMemo?.key !== key) this.setupMemo = { key, value: draftSetup(text, opts) };
    const v = this.setupMemo.value;
    return { ...v, problems: [...v.problems] };
  }

  check(text: string, opts: CheckOptions = {}): IncrementalResult {
    const { date, bodyStart, problems } = this.setup(text, opts);
    const { prose, blockStarts } = maskMarkdown(text, bodyStart);
    const paragraphs = paragraphsOf(prose);
    let bi = 0; // the first block start at or after the window (windows only move forward)
    const gen = ++this.generation;
    const findings: Finding[] = [];
    let rechecked = 0;
    let reused = 0;
    // The resolved actors of the last claim so far, with offsets relative to the paragraph at
    // `from`: the next paragraph's "he said" refers to them, however many paragraphs back they were.
    let carry: Carry | undefined;
    paragraphs.forEach((p, i) => {
      const from = p.start;
      // Up to the next paragraph: masked text (an HTML comment such as a "checked" marker) counts.
      const until = paragraphs[i + 1]?.start ?? text.length;
      // The window is read as masked already, with the whole text's block starts (a second mask
      // of masked text can differ from the first).
      const window = prose.slice(from, p.end);
      while (bi < blockStarts.length && blockStarts[bi] < from) bi++;
      const starts: number[] = [];
      for (let k = bi; k < blockStarts.length && blockStarts[k] < p.end; k++) starts.push(blockStarts[k] - from);
      // The actors carried in, relative to this paragraph, as the coreference sees them (worked out
      // only when a paragraph is read anew or its first claim reads them).
      let before: ActorRef[] | undefined;
      const beforeOf = () => (before ??= carriedInto(carry, from));
      let beforeKey: string | undefined;
      const keyOfBefore = () => (beforeKey ??= JSON.stringify(beforeOf() ?? null));
      // The paragraph as written and as masked (a link definition or a comment elsewhere can change
      // the mask), its block starts and the date; the carried actors only when the first claim reads them.
      const raw = text.slice(from, until);
      const startsKey = starts.join(',');
      const list = this.cache.get(raw);
      let hit: Entry | undefined;
      if (list) {
        let cur = this.cursors.get(raw);
        if (!cur || cur.gen !== gen) this.cursors.set(raw, (cur = { gen, at: 0 }));
        const fits = (e: Entry) =>
          e.used !== gen &&
          e.date === (date ?? '') &&
          e.starts === startsKey &&
          e.window === window &&
          (e.before === undefined || e.before === keyOfBefore());
        // From the cursor on first (the usual case), then the entries before it.
        for (let k = cur.at; k < list.length && !hit; k++)
          if (fits(list[k])) {
            hit = list[k];
            cur.at = k + 1;
          }
        for (let k = 0; k < Math.min(cur.at, list.length) && !hit; k++) if (fits(list[k])) hit = list[k];
      }
      if (hit) {
        hit.used = gen;
        reused++;
        if (hit.shifted?.from !== from) hit.shifted = { from, findings: hit.findings.map((f) => shift(f, from)) };
        for (const f of hit.shifted.findings) findings.push(f);
        if (hit.last) carry = { actors: hit.last, from };
        return;
      }
      rechecked++;
      const { findings: local, reads, last } = readParagraph(window, raw, starts, this.library, date, beforeOf(), this.sentences);
      const shifted = { from, findings: local.map((f) => shift(f, from)) };
      const entry: Entry = {
        date: date ?? '',
        starts: startsKey,
        window,
        before: reads ? keyOfBefore() : undefined,
        findings: local,
        used: gen,
        shifted,
        last,
      };
      if (list) list.push(entry);
      else this.cache.set(raw, [entry]);
      for (const f of shifted.findings) findings.push(f);
      if (last) carry = { actors: last, from };
    });
    const sentencesRead = this.sentences.read;
    this.sentences.rotate();
    // Forget paragraphs not seen in this version.
    this.cursors.clear();
    for (const [k, list] of this.cache) {
      const kept = list.filter((e) => e.used === gen);
      if (!kept.length) this.cache.delete(k);
      else if (kept.length < list.length) this.cache.set(k, kept);
    }
    return { findings: applyDirectives(text, findings, opts.reviewed), problems, date, rechecked, reused, sentencesRead, prose, bodyStart };
  }
}
