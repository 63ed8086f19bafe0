// Hover on a claim: its verdict and message, then each evidence record (outlet, title, date, actor,
// the excerpt with the words it shares with the claim in bold, and a file link that opens the
// source at the excerpt's line). Records that say otherwise sit side by side with (before) those
// that agree. On a citation marker, the cited source instead (citation-hover.ts). Every piece of
// draft or source text is escaped (markdown.ts): a source cannot put links, commands, images or
// HTML into the hover.
import { MarkupKind, type Hover } from 'vscode-languageserver/node';
import { URI } from 'vscode-uri';
import {
  excerptMarks,
  shorten,
  type Library,
  type LibraryData,
  type Evidence,
  type Finding,
  type Relation,
  type Verdict,
} from '../../engine';
import type { ServerContext } from '../context';
import { sourceLines, sourceOf, spanToRange } from '../convert';
import { escapeMarkdown, link, wellFormed } from '../markdown';
import { citationHover } from './citation-hover';

const VERDICT_TITLE: Record<Verdict, string> = {
  conflicting: 'Conflicting',
  outdated: 'Outdated',
  unsupported: 'Unsupported',
  supported: 'Supported',
};

const RELATION_TITLE: Record<Relation, string> = {
  conflicts: 'Says otherwise',
  supports: 'Agrees',
  context: 'Related',
};

const EXCERPT_MAX = 400;
const NO_STOPWORDS: ReadonlySet<string> = new Set();
/** The stop words of the library's lexicon (a library made by hand has none). */
const stopwordsOf = (library: LibraryData): ReadonlySet<string> => (library as Partial<Library>).lexicon?.stopwords ?? NO_STOPWORDS;

export function registerHover(ctx: ServerContext): void {
  ctx.connection.onHover(async (params): Promise<Hover | null> => {
    const uri = params.textDocument.uri;
    const doc = ctx.documents.get(uri);
    if (!doc) return null;
    let a = ctx.analysis(uri);
    if (!a || a.version !== doc.version) a = await ctx.analyzed(uri);
    if (!a || a.version !== ctx.documents.get(uri)?.version) return null;
    const offset = a.lines.offsetAt(params.position);
    // On a citation marker, the cited source (features/citation-hover.ts) rather than the claim.
    const cited = citationHover(a, offset);
    if (cited) return cited;
    const i = findingAt(a.findings, offset);
    if (i < 0) return null;
    const f = a.findings[i];
    // The editor shows the diagnostic's message with the hover: it is not repeated, unless the
    // finding has no diagnostic (checked by hand, silenced, or its severity off).
    const settings = await ctx.settings(uri);
    const shown = f.checked === undefined && settings.severity[f.verdict] !== 'off';
    return {
      contents: { kind: MarkupKind.Markdown, value: hoverMarkdown(f, a.library, !shown) },
      range: spanToRange(a.lines, f.span),
    };
  });
}

/** The index of the innermost finding whose span holds the offset (its end included), or -1. */
export function findingAt(findings: readonly Finding[], offset: number): number {
  let best = -1;
  findings.forEach((f, i) => {
    if (f.span.start > offset || offset > f.span.end) return;
    if (best < 0 || f.span.end - f.span.start < findings[best].span.end - findings[best].span.start) best = i;
  });
  return best;
}

/** The hover text for a finding. */
export function hoverMarkdown(f: Finding, library: LibraryData, withMessage = true): string {
  const blocks: string[] = [];
  const aspects = f.aspects.length ? ` (${f.aspects.map(escapeMarkdown).join(', ')})` : '';
  // The engine's message starts with the verdict ("Conflicting: ..."); the heading says it already.
  const title = VERDICT_TITLE[f.verdict];
  const message = f.message.startsWith(title + ':') ? f.message.slice(title.length + 1).trim() : f.message;
  blocks.push(withMessage ? `**${title}**${aspects}: ${escapeMarkdown(message)}` : `**${title}**${aspects}`);
  if (f.checked !== undefined) blocks.push(`*Checked by hand${f.checked ? ': ' + escapeMarkdown(f.checked) : ''}*`);
  if (f.parts?.length) {
    blocks.push(f.parts.map((p) => `- ${VERDICT_TITLE[p.verdict]} “${escapeMarkdown(p.text)}”: ${escapeMarkdown(p.message)}`).join('\n'));
  }
  if (f.quoteDiff) {
    blocks.push(`Draft: “${escapeMarkdown(f.quoteDiff.draft)}” · source: “${escapeMarkdown(f.quoteDiff.source)}”`);
  }
  const conflicts = f.evidence.filter((e) => e.relation === 'conflicts');
  const supports = f.evidence.filter((e) => e.relation === 'supports');
  const context = f.evidence.filter((e) => e.relation === 'context');
  if (conflicts.length && supports.length) {
    blocks.push(sideBySide(conflicts, supports, f.claim, library));
    for (const ev of context) blocks.push(recordBlock(ev, f.claim, library));
  } else {
    for (const ev of [...conflicts, ...supports, ...context]) blocks.push(recordBlock(ev, f.claim, library));
  }
  if (!f.evidence.length) blocks.push('*No source record speaks to this claim.*');
  return blocks.join('\n\n');
}

/** One record as a block: heading line, quoted excerpt, link. */
function recordBlock(ev: Evidence, claim: string, library: LibraryData): string {
  return [
    '---',
    `**${RELATION_TITLE[ev.relation]}** · ${recordLine(ev)}`,
    `> ${markExcerpt(ev.excerpt, claim, stopwordsOf(library), ev.relation === 'conflicts')}`,
    sourceLink(ev, library),
  ].join('\n\n');
}

/** Records that say otherwise and records that agree, in two columns of one table. */
function sideBySide(conflicts: Evidence[], supports: Evidence[], claim: string, library: LibraryData): string {
  const cell = (ev: Evidence | undefined) =>
    ev
      ? `${recordLine(ev)} · “${markExcerpt(ev.excerpt, claim, stopwordsOf(library), ev.relation === 'conflicts')}” · ${sourceLink(ev, library)}`
      : ' ';
  const rows = [`| ${RELATION_TITLE.conflicts} | ${RELATION_TITLE.supports} |`, '| --- | --- |'];
  for (let i = 0; i < Math.max(conflicts.length, supports.length); i++) rows.push(`| ${cell(conflicts[i])} | ${cell(supports[i])} |`);
  return ['---', rows.join('\n')].join('\n\n');
}

/** Outlet, title, date, actor: `**CNN** · *Title* · 2024-10-24 · John Kirby`. */
function recordLine(ev: Evidence): string {
  const parts = [`**${escapeMarkdown(ev.outlet ?? 'outlet unknown')}**`];
  if (ev.title) parts.push(`*${escapeMarkdown(ev.title)}*`);
  parts.push(escapeMarkdown(ev.published ?? 'date unknown'));
  if (ev.actor) parts.push(escapeMarkdown(ev.actor));
  return parts.join(' · ');
}

/** A file link opening the source at the excerpt's line (`file:///...#L14`). */
function sourceLink(ev: Evidence, library: LibraryData): string {
  const source = sourceOf(library, ev);
  const filePath = source?.path ?? ev.sourcePath;
  const line = source ? spanToRange(sourceLines(source), ev.span).start.line + 1 : 1;
  const target = URI.file(wellFormed(filePath))
    .with({ fragment: `L${line}` })
    .toString();
  return link(`Open ${ev.source}, line ${line}`, target);
}

/** The excerpt escaped, with runs of the words it shares with the claim in bold and, for a record
 *  that says otherwise, the figures and names that differ in italics (engine/text/excerpt-marks.ts). */
export function markExcerpt(excerpt: string, claim: string, stopwords: ReadonlySet<string> = NO_STOPWORDS, differing = false): string {
  const text = shorten(excerpt, EXCERPT_MAX);
  let out = '';
  let at = 0;
  for (const m of excerptMarks(text, claim, stopwords, differing)) {
    const fence = m.kind === 'shared' ? '**' : '_';
    out += escapeMarkdown(text.slice(at, m.start)) + fence + escapeMarkdown(text.slice(m.start, m.end)) + fence;
    at = m.end;
  }
  return out + escapeMarkdown(text.slice(at));
}
