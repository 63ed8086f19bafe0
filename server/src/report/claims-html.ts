// The report's claims as HTML: grouped by verdict (weightiest first), each with its position,
// citation state, message, per-figure parts and evidence (outlet, date, actor, excerpt, a link to
// the source position). Every text goes through `html` (escape.ts). In the editor's webview a claim
// is a button that reveals it in the draft and a source position one that opens the source; in
// the file they are plain text and file links.
import type { ClaimsReport, ReportClaim, ReportEvidence, Verdict } from '../engine';
import { fileUrl, html, linkable } from './escape';

export type ReportMode = 'file' | 'webview';

export interface RenderOptions {
  mode: ReportMode;
  /** How a source file's path is shown (default: as it is). */
  pathLabel?: (path: string, bundled: boolean) => string;
}

/** The verdicts in the order the report groups them (weightiest first). */
export const VERDICT_ORDER: readonly Verdict[] = ['conflicting', 'outdated', 'unsupported', 'supported'];

const VERDICT_TITLES: Record<Verdict, string> = {
  conflicting: 'Conflicting',
  outdated: 'Outdated',
  unsupported: 'Unsupported',
  supported: 'Supported',
};

const CITATION_TEXT = { cited: 'cited', contradicted: 'cited source says otherwise', uncited: 'uncited' } as const;
const RELATION_TEXT = { supports: 'supports', conflicts: 'says otherwise', context: 'related' } as const;

/** 1-based line:column, as editors and compilers show positions. */
const position = (r: { start: { line: number; character: number } }) => `${r.start.line + 1}:${r.start.character + 1}`;

export function claimsSection(report: ClaimsReport, opts: RenderOptions): string {
  const groups = VERDICT_ORDER.map((v) => {
    const claims = report.claims.filter((c) => c.verdict === v);
    if (!claims.length) return '';
    return `<section class="verdict-group" data-verdict="${v}" aria-labelledby="group-${v}">
<h3 id="group-${v}"><span class="badge verdict-${v}">${VERDICT_TITLES[v]}</span> <span class="count">${claims.length}</span></h3>
<ol class="claims">${claims.map((c) => claimItem(report, c, opts)).join('\n')}</ol>
</section>`;
  }).join('\n');
  const none = report.claims.length ? '' : '<p class="empty">The draft makes no claim the library could speak to.</p>';
  return `<section id="claims" aria-labelledby="claims-title">
<h2 id="claims-title">Claims</h2>
${none}${groups}
<p class="empty filtered-out" hidden>No claim matches the filter.</p>
</section>`;
}

function claimItem(report: ClaimsReport, c: ReportClaim, opts: RenderOptions): string {
  const where = `${html(report.draft)}:${position(c.range)}`;
  const text =
    opts.mode === 'webview'
      ? `<button type="button" class="claim-text reveal" data-claim="${c.index}" title="Show in the draft (${where})">${html(c.text)}</button>`
      : `<blockquote class="claim-text">${html(c.text)}</blockquote>`;
  const citations = c.citation.citations
    .map((x) => {
      const label = x.kind === 'footnote' ? `[^${x.id}]` : `@${x.id}`;
      const note = x.note ? ` title="${html(x.note)}"` : '';
      return `<code class="citation${x.contradicts ? ' contradicts' : ''}"${note}>${html(label)}</code>`;
    })
    .join(' ');
  const checked = c.checked !== undefined ? `<p class="checked">Checked by hand: ${html(c.checked || '(no reason given)')}</p>` : '';
  const parts = c.parts?.length
    ? `<ul class="parts">${c.parts
        .map(
          (p) =>
            `<li><span class="badge verdict-${p.verdict}">${p.verdict}</span> <span class="pos">${position(p.range)}</span> “${html(p.text)}”: ${html(p.message)}</li>`,
        )
        .join('')}</ul>`
    : '';
  const diff = c.quoteDiff
    ? `<p class="quote-diff">The draft has <mark>${html(c.quoteDiff.draft)}</mark> where the source has <mark>${html(c.quoteDiff.source)}</mark>.</p>`
    : '';
  const timelines = c.timelines.length
    ? `<p class="see-timeline">Figures over time: ${c.timelines
        .map((t) => `<a href="#timeline-${t}">${html(report.timelines[t]?.measure.label ?? '')}</a>`)
        .join(', ')}</p>`
    : '';
  return `<li class="claim verdict-${c.verdict}" id="claim-${c.index}" data-verdict="${c.verdict}" data-citation="${c.citation.state}">
<div class="claim-head"><span class="badge verdict-${c.verdict}">${c.verdict}</span> <span class="pos">${where}</span> <span class="badge cite-${c.citation.state}">${CITATION_TEXT[c.citation.state]}</span> ${citations}</div>
${text}
<p class="message">${html(c.message)}</p>
${checked}${diff}${parts}${evidenceList(c, opts)}${timelines}
</li>`;
}

function evidenceList(c: ReportClaim, opts: RenderOptions): string {
  if (!c.evidence.length) return '<p class="no-evidence">No source record speaks to it.</p>';
  const items = c.evidence.map((e, i) => evidenceItem(c, e, i, opts)).join('\n');
  return `<details class="evidence"${c.verdict === 'supported' ? '' : ' open'}><summary>Evidence (${c.evidence.length})</summary>
<ul>${items}</ul></details>`;
}

function evidenceItem(c: ReportClaim, e: ReportEvidence, i: number, opts: RenderOptions): string {
  const label = opts.pathLabel ? opts.pathLabel(e.path, e.bundled) : e.path;
  const at = `${html(label)}:${position(e.range)}`;
  const open =
    opts.mode === 'webview'
      ? `<button type="button" class="open-source" data-claim="${c.index}" data-evidence="${i}" title="Open the source here">${at}</button>`
      : `<a class="source-file" href="${html(fileUrl(e.path))}">${at}</a>`;
  const article = linkable(e.url) ? ` <a class="article" href="${html(e.url)}" rel="noopener noreferrer">article</a>` : '';
  const meta = [e.outlet ?? 'outlet unknown', e.published ?? 'date unknown', e.actor].filter(Boolean).map(html).join(', ');
  return `<li class="ev rel-${e.relation}"><span class="rel">${RELATION_TEXT[e.relation]}</span> <cite>${meta}</cite> (${html(e.source)}) <q>${html(e.excerpt)}</q> ${open}${article}</li>`;
}
