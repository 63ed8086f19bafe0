// The claims report as one HTML document, for a file (`factcheck report`) or VS Code's webview.
// Both carry a strict content security policy: nothing loads from the network, the one stylesheet
// and the scripts run only with the page's nonce. The file inlines the page script (the chart
// library bundled with browser/main.ts, dist/report-chart.js); the webview loads it from the
// extension (a local resource). The report body (`reportBody`) is what the webview swaps in when
// the draft changes.
import type { ClaimsReport, Verdict } from '../engine';
import { chartData } from './chart-data';
import { claimsSection, VERDICT_ORDER, type RenderOptions } from './claims-html';
import { html, scriptJson } from './escape';
import { REPORT_CSS } from './styles';
import { timelinesSection } from './timelines-html';

export type { ReportMode, RenderOptions } from './claims-html';

export interface PageOptions extends RenderOptions {
  /** A fresh random value per page (base64), for the content security policy. */
  nonce: string;
  /** File mode: the page script's code, inlined. */
  script?: string;
  /** Webview mode: where the page script is (a webview URI) and the webview's CSP source. */
  scriptUri?: string;
  cspSource?: string;
  /** "factcheck 0.1.0", shown in the header. */
  generator?: string;
}

/** The id of the element holding the chart data (JSON) the page script reads. */
export const DATA_ELEMENT = 'fc-data';

export function reportPage(report: ClaimsReport, opts: PageOptions): string {
  const csp = [
    "default-src 'none'",
    `img-src ${opts.cspSource ? `${opts.cspSource} ` : ''}data:`,
    `style-src 'nonce-${opts.nonce}'`,
    `script-src 'nonce-${opts.nonce}'${opts.cspSource ? ` ${opts.cspSource}` : ''}`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  const script =
    opts.mode === 'webview'
      ? `<script nonce="${html(opts.nonce)}" src="${html(opts.scriptUri ?? '')}"></script>`
      : `<script nonce="${html(opts.nonce)}">${inlineScript(opts.script ?? '')}</script>`;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${html(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>Claims report: ${html(report.draft)}</title>
<style nonce="${html(opts.nonce)}">${REPORT_CSS}</style>
</head>
<body class="fc-${opts.mode}">
<a class="skip" href="#claims">Skip to the claims</a>
<main id="fc-report">
${reportBody(report, opts)}
</main>
<script type="application/json" id="${DATA_ELEMENT}">${scriptJson(chartData(report))}</script>
${script}
</body>
</html>
`;
}

/** Everything inside <main>: header with totals, filters, timelines, claims. */
export function reportBody(report: ClaimsReport, opts: RenderOptions & { generator?: string }): string {
  const t = report.totals;
  const by = opts.generator ? ` · ${html(opts.generator)}` : '';
  const date = report.date ? `judged as of ${html(report.date)}` : 'undated (no claim can be outdated)';
  const total = (n: number, label: string, cls = '') => `<li class="${cls}"><span class="n">${n}</span> ${label}</li>`;
  const problems = report.problems.length
    ? `<ul class="problems">${report.problems.map((p) => `<li>${html(p.severity)}: ${html(p.field ? `${p.field}: ` : '')}${html(p.message)}</li>`).join('')}</ul>`
    : '';
  return `<header>
<h1>Claims report: ${html(report.draft)}</h1>
<p class="meta">${t.claims} claim${t.claims === 1 ? '' : 's'}, ${date}${by}</p>
<ul class="totals" aria-label="Totals">
${VERDICT_ORDER.map((v) => total(t.verdicts[v], `<span class="badge verdict-${v}">${v}</span>`, `verdict-${v}`)).join('\n')}
${total(t.checked, 'checked by hand')}
${total(t.citations.cited + t.citations.contradicted, 'cited')}
${total(t.citations.contradicted, 'cited source says otherwise', 'cite-contradicted')}
${total(t.citations.uncited, 'uncited')}
${total(report.timelines.length, `measure${report.timelines.length === 1 ? '' : 's'} over time`)}
</ul>
${problems}
<nav aria-label="Sections"><a href="#timelines">Figures over time</a> · <a href="#claims">Claims</a></nav>
</header>
${filters(report)}
${timelinesSection(report)}
${claimsSection(report, opts)}`;
}

function filters(report: ClaimsReport): string {
  const box = (v: Verdict) =>
    `<label><input type="checkbox" class="fc-filter" value="${v}" checked> <span class="badge verdict-${v}">${v}</span> ${report.claims.filter((c) => c.verdict === v).length}</label>`;
  return `<fieldset class="filters" aria-controls="claims">
<legend>Show claims</legend>
${VERDICT_ORDER.map(box).join('\n')}
<label>citations <select class="fc-citation-filter">
<option value="">all</option><option value="uncited">uncited</option><option value="cited">cited</option><option value="contradicted">cited source says otherwise</option>
</select></label>
</fieldset>`;
}

/** A script's code made safe inside <script>: esbuild already escapes "</script" in the bundle's
 *  strings (test/report-html.test.ts checks the bundle); this catches any left in a comment. */
function inlineScript(code: string): string {
  return code.replace(/<\/(script)/gi, '<\\/$1');
}
