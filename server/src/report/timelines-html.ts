// The report's timelines as HTML: per measure a heading, a figure the page script draws the chart
// into (Observable Plot, browser/chart.ts), the legend (one colour per actor, the marks explained)
// and the same figures as a table, which is what assistive technology and a reader without scripts
// get. Every text goes through `html`.
import type { ClaimsReport, Timeline, TimelinePoint } from '../engine';
import { describe, rangeText, seriesColor, yLabel } from './chart-data';
import { html } from './escape';

export function timelinesSection(report: ClaimsReport): string {
  if (!report.timelines.length) {
    return `<section id="timelines" aria-labelledby="timelines-title"><h2 id="timelines-title">Figures over time</h2>
<p class="empty">The draft gives no figure of a measure (a count, a share, a sum) to follow over time.</p></section>`;
  }
  return `<section id="timelines" aria-labelledby="timelines-title">
<h2 id="timelines-title">Figures over time</h2>
${report.timelines.map((t, i) => timelineSection(report, t, i)).join('\n')}
</section>`;
}

function timelineSection(report: ClaimsReport, t: Timeline, i: number): string {
  const dated = t.points.filter((p) => p.date).length;
  const chart = dated
    ? `<figure class="chart" id="timeline-${i}-chart" data-timeline="${i}" role="group" aria-labelledby="timeline-${i}-title" aria-describedby="timeline-${i}-desc">
<div class="plot" aria-hidden="false"></div>
<figcaption id="timeline-${i}-desc">${html(describe(t))}</figcaption>
</figure>
${legend(t)}`
    : `<p class="empty">No dated source figure for this measure${t.points.length ? ` (${t.points.length} undated, in the table)` : ''}.</p>`;
  const omitted = t.omitted ? `<p class="note">The ${t.omitted} oldest figures are left out.</p>` : '';
  return `<section class="timeline" id="timeline-${i}" aria-labelledby="timeline-${i}-title">
<h3 id="timeline-${i}-title">${html(t.measure.label)}</h3>
${chart}${omitted}
${table(report, t)}
</section>`;
}

function legend(t: Timeline): string {
  const swatch = (color: string) =>
    `<svg class="swatch" width="12" height="12" aria-hidden="true" focusable="false"><rect width="12" height="12" rx="2" fill="${color}"/></svg>`;
  const series = t.series.map((s, i) => `<li>${swatch(seriesColor(i))}${html(s.label)}</li>`).join('');
  return `<ul class="legend" aria-label="Actors">${series}</ul>
<p class="legend-marks">● a source’s figure, with its range (“at least”: an open bar with an arrow) · ○ superseded by a newer figure · ★ the draft’s figure, coloured by its verdict</p>`;
}

function table(report: ClaimsReport, t: Timeline): string {
  const row = (p: TimelinePoint) => {
    const status = p.superseded
      ? `superseded by ${html(p.supersededBy!.text)} (${html(p.supersededBy!.date)})`
      : p.afterDraft
        ? 'after the draft’s date'
        : p.date
          ? 'current'
          : 'undated';
    const sources = p.sources.map((s) => `${html(s.outlet ?? s.source)}${s.published ? ` ${html(s.published)}` : ''}`);
    return `<tr class="${p.superseded ? 'superseded' : ''}"><td>${html(p.date ?? '—')}${p.dateInferred ? ' <span class="inferred" title="the article’s publication date">(pub.)</span>' : ''}</td><td>${html(t.series[p.series]?.label)}</td><td>${html(p.text)}</td><td>${html(rangeText(p))}</td><td>${[...new Set(sources)].join('; ')}</td><td>${status}</td></tr>`;
  };
  const drafted = t.draft
    .map(
      (d) =>
        `<tr class="draft verdict-${d.verdict}"><td>${html(d.date ?? '—')}</td><td>the draft (<a href="#claim-${d.claim}">claim</a>)</td><td>${html(d.text)}</td><td>${html(rangeText(d))}</td><td>${html(report.draft)}</td><td><span class="badge verdict-${d.verdict}">${d.verdict}</span></td></tr>`,
    )
    .join('');
  return `<details class="figures"${t.points.some((p) => p.date) ? '' : ' open'}><summary>The figures as a table (${t.points.length + t.draft.length})</summary>
<table aria-label="${html(`The figures of ${yLabel(t)}`)}">
<thead><tr><th scope="col">Date</th><th scope="col">Who</th><th scope="col">Figure</th><th scope="col">Range</th><th scope="col">Sources</th><th scope="col">Status</th></tr></thead>
<tbody>${t.points.map(row).join('')}${drafted}</tbody>
</table></details>`;
}
