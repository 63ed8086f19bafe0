// The report's stylesheet, in one <style> element with the page's nonce. Colours are CSS variables
// that take VS Code's theme colours in the webview (--vscode-*) and fall back to light or dark
// defaults in the HTML file (prefers-color-scheme). Nothing is styled inline (the content security
// policy allows no inline style).
/** The draft's marks in the chart take their verdict's colour (Plot's classes: chart.ts). */
const DRAFT_MARKS = ['conflicting', 'outdated', 'unsupported', 'supported']
  .map(
    (v) =>
      `.fc-draft-${v} path { stroke: var(--fc-${v}); fill: none; stroke-width: 2.25; }\n` +
      `.fc-draftrange-${v} line { stroke: var(--fc-${v}); }\n` +
      `.fc-draftlabel-${v} text { fill: var(--fc-${v}); }`,
  )
  .join('\n');

export const REPORT_CSS = `
:root {
  color-scheme: light dark;
  --fc-fg: var(--vscode-editor-foreground, #1f2328);
  --fc-bg: var(--vscode-editor-background, #ffffff);
  --fc-muted: var(--vscode-descriptionForeground, #59636e);
  --fc-border: var(--vscode-panel-border, #d1d9e0);
  --fc-link: var(--vscode-textLink-foreground, #0969da);
  --fc-focus: var(--vscode-focusBorder, #0969da);
  --fc-quote-bg: var(--vscode-textBlockQuote-background, #f6f8fa);
  --fc-button-bg: var(--vscode-button-secondaryBackground, #f6f8fa);
  --fc-button-fg: var(--vscode-button-secondaryForeground, #1f2328);
  --fc-button-hover: var(--vscode-button-secondaryHoverBackground, #eaeef2);
  --fc-conflicting: var(--vscode-editorError-foreground, #cf222e);
  --fc-outdated: var(--vscode-editorWarning-foreground, #9a6700);
  --fc-unsupported: var(--vscode-editorInfo-foreground, #0969da);
  --fc-supported: var(--vscode-testing-iconPassed, #1a7f37);
  --fc-font: var(--vscode-font-family, system-ui, -apple-system, "Segoe UI", sans-serif);
  --fc-mono: var(--vscode-editor-font-family, ui-monospace, monospace);
}
@media (prefers-color-scheme: dark) {
  :root {
    --fc-fg: var(--vscode-editor-foreground, #e6edf3);
    --fc-bg: var(--vscode-editor-background, #0d1117);
    --fc-muted: var(--vscode-descriptionForeground, #9198a1);
    --fc-border: var(--vscode-panel-border, #3d444d);
    --fc-link: var(--vscode-textLink-foreground, #4493f8);
    --fc-focus: var(--vscode-focusBorder, #4493f8);
    --fc-quote-bg: var(--vscode-textBlockQuote-background, #151b23);
    --fc-button-bg: var(--vscode-button-secondaryBackground, #212830);
    --fc-button-fg: var(--vscode-button-secondaryForeground, #e6edf3);
    --fc-button-hover: var(--vscode-button-secondaryHoverBackground, #2a313c);
    --fc-conflicting: var(--vscode-editorError-foreground, #f85149);
    --fc-outdated: var(--vscode-editorWarning-foreground, #d29922);
    --fc-unsupported: var(--vscode-editorInfo-foreground, #4493f8);
    --fc-supported: var(--vscode-testing-iconPassed, #3fb950);
  }
}
body { margin: 0; padding: 1rem 1.5rem 3rem; color: var(--fc-fg); background: var(--fc-bg); font-family: var(--fc-font); font-size: var(--vscode-font-size, 14px); line-height: 1.45; }
main { max-width: 72rem; }
h1 { font-size: 1.5em; margin: 0 0 .25rem; }
h2 { font-size: 1.25em; border-bottom: 1px solid var(--fc-border); padding-bottom: .25rem; margin-top: 2rem; }
h3 { font-size: 1.05em; }
a { color: var(--fc-link); }
:focus-visible { outline: 2px solid var(--fc-focus); outline-offset: 2px; }
.meta, .pos, .note, .legend-marks, figcaption, .empty { color: var(--fc-muted); }
.pos, code { font-family: var(--fc-mono); font-size: .9em; }
.skip { position: absolute; left: -10000px; }
.skip:focus { position: static; }
.totals { display: flex; flex-wrap: wrap; gap: .5rem 1.5rem; margin: 1rem 0; padding: 0; list-style: none; }
.totals li { display: flex; align-items: baseline; gap: .35rem; }
.totals .n { font-size: 1.4em; font-weight: 600; }
.filters { border: 1px solid var(--fc-border); border-radius: 6px; padding: .5rem .75rem; display: flex; flex-wrap: wrap; gap: .5rem 1.25rem; align-items: center; }
.filters legend { padding: 0 .25rem; }
.filters label { display: inline-flex; gap: .3rem; align-items: center; cursor: pointer; }
.badge { display: inline-block; padding: 0 .45em; border-radius: 999px; border: 1px solid currentColor; font-size: .85em; white-space: nowrap; }
.verdict-conflicting { --fc-v: var(--fc-conflicting); }
.verdict-outdated { --fc-v: var(--fc-outdated); }
.verdict-unsupported { --fc-v: var(--fc-unsupported); }
.verdict-supported { --fc-v: var(--fc-supported); }
.badge[class*="verdict-"] { color: var(--fc-v); }
.cite-contradicted { color: var(--fc-conflicting); }
.cite-uncited { color: var(--fc-muted); }
.claims { list-style: none; padding: 0; margin: 0; }
.claim { border-left: 3px solid var(--fc-v, var(--fc-border)); padding: .5rem .75rem; margin: .75rem 0; background: color-mix(in srgb, var(--fc-quote-bg) 60%, transparent); }
.claim-head { display: flex; flex-wrap: wrap; gap: .4rem; align-items: baseline; }
.claim-text { display: block; width: 100%; margin: .4rem 0; padding: .35rem .5rem; border: 0; border-radius: 4px; background: var(--fc-quote-bg); color: var(--fc-fg); font: inherit; text-align: left; }
button.claim-text, button.open-source { cursor: pointer; }
button.claim-text:hover, button.open-source:hover { background: var(--fc-button-hover); }
button.open-source { border: 1px solid var(--fc-border); border-radius: 4px; background: var(--fc-button-bg); color: var(--fc-button-fg); font-family: var(--fc-mono); font-size: .85em; padding: 0 .35rem; }
.message { margin: .25rem 0; }
.checked { font-style: italic; }
.citation.contradicts { color: var(--fc-conflicting); text-decoration: line-through; }
.evidence ul, .parts { margin: .25rem 0; padding-left: 1.25rem; }
.ev { margin: .3rem 0; }
.ev .rel { font-weight: 600; }
.rel-conflicts .rel { color: var(--fc-conflicting); }
.rel-supports .rel { color: var(--fc-supported); }
.ev q { font-style: italic; }
.timeline { margin-bottom: 2rem; }
.chart { margin: .5rem 0; }
.chart .plot { min-height: 12rem; }
.chart svg { display: block; max-width: 100%; height: auto; overflow: visible; }
.chart svg text, .chart svg tspan { white-space: pre; }
.fc-ranges-superseded, .fc-points-superseded { opacity: .6; }
${DRAFT_MARKS}
.legend { display: flex; flex-wrap: wrap; gap: .25rem 1rem; list-style: none; padding: 0; margin: .25rem 0; }
.legend li { display: inline-flex; align-items: center; gap: .3rem; }
table { border-collapse: collapse; margin: .5rem 0; font-size: .95em; }
th, td { border-bottom: 1px solid var(--fc-border); padding: .25rem .6rem; text-align: left; vertical-align: top; }
tr.superseded td { color: var(--fc-muted); }
tr.draft td { font-weight: 600; }
.problems { color: var(--fc-outdated); }
[hidden] { display: none !important; }
`;
