// The report page's script (bundled with Observable Plot into dist/report-chart.js): draws each
// timeline into its figure, filters the claims by verdict and citation, and in VS Code's webview
// asks the extension to reveal a claim or open a source (by index into the report the extension
// holds: the page never names a path) and takes a new report body when the draft changes.
import type { ChartData } from '../chart-types';
import { drawTimeline } from './chart';

interface VsCodeApi {
  postMessage(message: unknown): void;
}
declare const acquireVsCodeApi: (() => VsCodeApi) | undefined;

const vscode = typeof acquireVsCodeApi === 'function' ? acquireVsCodeApi() : undefined;
const hidden = new Set<string>();
let citation = '';
let data: ChartData = { timelines: [] };

function readData(): ChartData {
  const el = document.getElementById('fc-data');
  try {
    const parsed = JSON.parse(el?.textContent ?? '') as ChartData;
    return Array.isArray(parsed?.timelines) ? parsed : { timelines: [] };
  } catch {
    return { timelines: [] };
  }
}

function drawAll(): void {
  for (const t of data.timelines) {
    const figure = document.getElementById(`timeline-${t.index}-chart`);
    const target = figure?.querySelector<HTMLElement>('.plot');
    if (!figure || !target) continue;
    const width = Math.max(360, Math.min(1100, Math.floor(figure.getBoundingClientRect().width || 720)));
    try {
      target.replaceChildren(drawTimeline(t, width));
      figure.classList.remove('failed');
    } catch (err) {
      // The table beside the chart still holds every figure.
      figure.classList.add('failed');
      target.textContent = `The chart could not be drawn (${err instanceof Error ? err.message : String(err)}); the table below has the figures.`;
    }
  }
  document.body.dataset.charts = String(data.timelines.length);
}

function applyFilters(): void {
  for (const box of Array.from(document.querySelectorAll<HTMLInputElement>('input.fc-filter'))) box.checked = !hidden.has(box.value);
  const select = document.querySelector<HTMLSelectElement>('select.fc-citation-filter');
  if (select) select.value = citation;
  let shown = 0;
  for (const group of Array.from(document.querySelectorAll<HTMLElement>('.verdict-group'))) {
    const off = hidden.has(group.dataset.verdict ?? '');
    let visible = 0;
    for (const claim of Array.from(group.querySelectorAll<HTMLElement>('li.claim'))) {
      const show = !off && (!citation || claim.dataset.citation === citation);
      claim.hidden = !show;
      if (show) visible++;
    }
    group.hidden = visible === 0;
    shown += visible;
  }
  const none = document.querySelector<HTMLElement>('.filtered-out');
  if (none) none.hidden = shown > 0 || !document.querySelector('li.claim');
}

document.addEventListener('change', (e) => {
  const target = e.target as HTMLElement;
  if (target instanceof HTMLInputElement && target.classList.contains('fc-filter')) {
    if (target.checked) hidden.delete(target.value);
    else hidden.add(target.value);
    applyFilters();
  } else if (target instanceof HTMLSelectElement && target.classList.contains('fc-citation-filter')) {
    citation = target.value;
    applyFilters();
  }
});

document.addEventListener('click', (e) => {
  const button = (e.target as HTMLElement).closest?.<HTMLElement>('button.reveal, button.open-source');
  if (!button || !vscode) return;
  const claim = Number(button.dataset.claim);
  if (!Number.isInteger(claim)) return;
  if (button.classList.contains('reveal')) vscode.postMessage({ type: 'reveal', claim });
  else vscode.postMessage({ type: 'openSource', claim, evidence: Number(button.dataset.evidence) });
});

// The extension sends a new body and chart data when the draft changes.
window.addEventListener('message', (e: MessageEvent<unknown>) => {
  const m = e.data as { type?: unknown; body?: unknown; data?: unknown };
  if (!m || m.type !== 'update' || typeof m.body !== 'string') return;
  const main = document.getElementById('fc-report');
  const json = document.getElementById('fc-data');
  if (!main || !json) return;
  main.innerHTML = m.body;
  json.textContent = JSON.stringify(m.data ?? { timelines: [] });
  data = readData();
  applyFilters();
  drawAll();
  document.body.dataset.updates = String(Number(document.body.dataset.updates ?? '0') + 1);
});

let resizing: ReturnType<typeof setTimeout> | undefined;
let lastWidth = 0;
window.addEventListener('resize', () => {
  clearTimeout(resizing);
  resizing = setTimeout(() => {
    if (Math.abs(window.innerWidth - lastWidth) < 24) return;
    lastWidth = window.innerWidth;
    drawAll();
  }, 150);
});

data = readData();
lastWidth = window.innerWidth;
applyFilters();
drawAll();
vscode?.postMessage({ type: 'ready' });
