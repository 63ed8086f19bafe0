// A draft read paragraph by paragraph, by the full check (check.ts) and the editor's incremental
// checker alike, so that the command line and the editor give the same findings. Each paragraph's
// claims depend on the text before it only through the actors its first claim takes from the last
// claim before ("He added ..."): the carry.
import type { CheckOptions, CheckResult, Library } from './api';
import { applyDirectives, draftSetup, judgeClaims } from './findings';
import { extractClaims } from './extract/claims';
import { conversionsOf, withoutConversions } from './extract/figure-kind';
import { readsBefore, resolveActors } from './extract/coreference';
import type { SentenceMemo } from './extract/sentence-memo';
import { maskMarkdown } from './text/markdown';
import type { Lexicon } from './data/lexicon';
import type { ActorRef, Claim, Finding, Problem, Span } from './types';

/** The resolved actors of a paragraph's last claim, with offsets relative to the paragraph at `from`. */
export interface Carry {
  actors: ActorRef[];
  from: number;
}

/** A draft cut into paragraphs (blank-line separated, on the masked prose). */
export interface DraftLayout {
  date?: string;
  bodyStart: number;
  problems: Problem[];
  prose: string;
  blockStarts: number[];
  paragraphs: Span[];
}

export function layoutOf(text: string, opts: CheckOptions = {}): DraftLayout {
  const { date, bodyStart, problems } = draftSetup(text, opts);
  const { prose, blockStarts } = maskMarkdown(text, bodyStart);
  return { date, bodyStart, problems, prose, blockStarts, paragraphs: paragraphsOf(prose) };
}

/** Where paragraph `i`'s text runs, its masked window and its block starts (relative). */
function paragraphAt(text: string, layout: DraftLayout, i: number, bi = firstBlockAt(layout, layout.paragraphs[i].start)) {
  const p = layout.paragraphs[i];
  const from = p.start;
  // Up to the next paragraph: masked text (an HTML comment such as a "checked" marker) counts.
  const until = layout.paragraphs[i + 1]?.start ?? text.length;
  // The window is read as masked already, with the whole text's block starts (a second mask of
  // masked text can differ from the first).
  const window = layout.prose.slice(from, p.end);
  const starts: number[] = [];
  let k = bi;
  for (; k < layout.blockStarts.length && layout.blockStarts[k] < p.end; k++) starts.push(layout.blockStarts[k] - from);
  return { from, until, window, raw: text.slice(from, until), starts, nextBlock: k };
}

/** The first block start at or after `at` (binary search). */
function firstBlockAt(layout: DraftLayout, at: number): number {
  let lo = 0;
  for (let hi = layout.blockStarts.length; lo < hi;) {
    const mid = (lo + hi) >> 1;
    if (layout.blockStarts[mid] < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The carry's actors moved to be relative to the paragraph at `from`. */
export function carriedInto(carry: Carry | undefined, from: number): ActorRef[] | undefined {
  return carry?.actors.map((a) => ({ ...a, span: { start: a.span.start + carry.from - from, end: a.span.end + carry.from - from } }));
}

/** One paragraph's claims, their actors resolved (with the carried ones), offsets relative to it. */
function paragraphClaims(
  window: string,
  starts: number[],
  lex: Lexicon,
  date: string | undefined,
  carried: ActorRef[] | undefined,
  memo?: SentenceMemo,
): { claims: Claim[]; reads: boolean; last?: ActorRef[] } {
  // A draft's bracketed conversion restates its figure (records keep theirs: a draft may cite either).
  // (... checked against what the records backing the figure give in its unit: verdict.ts.)
  const claims = extractClaims(window, lex, { refDate: date, masked: { blockStarts: starts }, memo }).map((c) => {
    const conversions = c.quantities.length > 1 ? conversionsOf(window, c.quantities) : [];
    return conversions.length ? { ...c, quantities: withoutConversions(window, c.quantities), conversions } : c;
  });
  const reads = readsBefore(claims[0]);
  resolveActors(claims, window, carried && { actors: carried });
  return { claims, reads, last: claims.length ? claims[claims.length - 1].actors : undefined };
}

/** Reads one paragraph's window: claims, actors (with the carried ones), findings relative to it. */
export function readParagraph(
  window: string,
  raw: string,
  starts: number[],
  library: Library,
  date: string | undefined,
  carried: ActorRef[] | undefined,
  memo?: SentenceMemo,
): { findings: Finding[]; reads: boolean; last?: ActorRef[] } {
  const { claims, reads, last } = paragraphClaims(window, starts, library.lexicon, date, carried, memo);
  return { findings: judgeClaims(claims, raw, library, date), reads, last };
}

/** A paragraph's claims, with where it starts and its raw text (what judging it reads). */
export interface ParagraphClaims {
  from: number;
  raw: string;
  claims: Claim[];
}

/** Every paragraph's claims, in order, each paragraph's first claim with the actors the one before
 *  left (what the full check reads, for a checker that looks the claims up before judging them). */
export function claimsByParagraph(text: string, layout: DraftLayout, lex: Lexicon): ParagraphClaims[] {
  const out: ParagraphClaims[] = [];
  let bi = 0;
  let c: Carry | undefined;
  for (let i = 0; i < layout.paragraphs.length; i++) {
    const p = paragraphAt(text, layout, i, bi);
    bi = p.nextBlock;
    const r = paragraphClaims(p.window, p.starts, lex, layout.date, carriedInto(c, p.from));
    out.push({ from: p.from, raw: p.raw, claims: r.claims });
    if (r.last) c = { actors: r.last, from: p.from };
  }
  return out;
}

/** The findings of claims read by paragraph (claimsByParagraph), judged against `library`. */
export function judgeByParagraph(
  text: string,
  paragraphs: ParagraphClaims[],
  library: Library,
  layout: DraftLayout,
  opts: CheckOptions = {},
): CheckResult {
  const findings: Finding[] = [];
  for (const p of paragraphs) for (const f of judgeClaims(p.claims, p.raw, library, layout.date)) findings.push(shiftFinding(f, p.from));
  return { findings: applyDirectives(text, findings, opts.reviewed), problems: layout.problems, date: layout.date };
}

/** The whole draft's findings, its paragraphs read in order. */
export function checkParagraphs(text: string, library: Library, opts: CheckOptions = {}): CheckResult {
  const layout = layoutOf(text, opts);
  return judgeByParagraph(text, claimsByParagraph(text, layout, library.lexicon), library, layout, opts);
}

/** Paragraph spans of masked prose: runs of text between blank lines. */
export function paragraphsOf(prose: string): Span[] {
  const out: Span[] = [];
  const re = /\n[ \t\r]*\n/g;
  let start = 0;
  const push = (s: number, e: number) => {
    let a = s;
    let b = e;
    while (a < b && /\s/.test(prose[a])) a++;
    while (b > a && /\s/.test(prose[b - 1])) b--;
    if (b > a) out.push({ start: a, end: b });
  };
  for (let m: RegExpExecArray | null; (m = re.exec(prose));) {
    push(start, m.index);
    start = m.index + m[0].length;
  }
  push(start, prose.length);
  return out;
}

/** A paragraph's claim with its offsets (and its elements') moved by `by`: offsets in the draft. */
export function shiftClaim(c: Claim, by: number): Claim {
  const s = <T extends { span: Span }>(x: T): T => ({ ...x, span: { start: x.span.start + by, end: x.span.end + by } });
  return {
    ...s(c),
    quantities: c.quantities.map(s),
    places: c.places.map(s),
    times: c.times.map(s),
    actors: c.actors.map(s),
    quotes: c.quotes.map(s),
  };
}

export function shiftFinding(f: Finding, by: number): Finding {
  const s = (x: Span): Span => ({ start: x.start + by, end: x.end + by });
  return {
    ...f,
    span: s(f.span),
    ...(f.replacement ? { replacement: { ...f.replacement, span: s(f.replacement.span) } } : {}),
    ...(f.parts ? { parts: f.parts.map((p) => ({ ...p, span: s(p.span) })) } : {}),
  };
}
