// The report's timelines as the page script draws them (chart-types.ts): series colours, each
// point's label (who, what, when, which sources, what superseded it) and the chart's description,
// written here once for the chart, its tooltips and the table beside it.
import type { ClaimsReport, DraftFigure, FigureRange, Timeline, TimelinePoint } from '../engine';
import type { ChartData, ChartTimeline } from './chart-types';
import { plain } from './escape';

/** Tableau 10: distinct on light and dark backgrounds, and for the common colour-vision deficiencies
 *  in its first six; series past ten reuse them (the table and the tooltips name every actor). */
export const SERIES_COLORS = ['#4e79a7', '#f28e2c', '#e15759', '#76b7b2', '#59a14f', '#edc949', '#af7aa1', '#ff9da7', '#9c755f', '#bab0ab'];

export const seriesColor = (i: number) => SERIES_COLORS[i % SERIES_COLORS.length];

const number = (n: number) => (Number.isInteger(n) ? n.toLocaleString('en-US') : n.toLocaleString('en-US', { maximumFractionDigits: 2 }));

/** "9,900–12,100", "3,000 or more", "up to 500", "500". */
export function rangeText(f: FigureRange): string {
  if (f.hi === null && f.lo !== null) return `${number(f.lo)} or more`;
  if (f.lo === null && f.hi !== null) return `up to ${number(f.hi)}`;
  if (f.lo !== null && f.hi !== null && f.lo !== f.hi) return `${number(f.lo)}–${number(f.hi)}`;
  return number(f.value);
}

export function pointLabel(t: Timeline, p: TimelinePoint): string {
  const who = t.series[p.series]?.label ?? 'unknown';
  const when = p.date ? `${p.date}${p.dateInferred ? ' (publication date)' : ''}` : 'undated';
  const where = [...new Set(p.sources.map((s) => [s.outlet ?? s.source, s.published].filter(Boolean).join(' ')))].join('; ');
  const status = p.superseded
    ? `; superseded by ${p.supersededBy!.text} (${t.series[p.supersededBy!.series]?.label ?? 'unknown'}, ${p.supersededBy!.date})`
    : p.afterDraft
      ? '; after the draft’s date'
      : '';
  return plain(`${who}: ${p.text} (${rangeText(p)}), ${when}; ${where}${status}`);
}

export function draftLabel(f: DraftFigure): string {
  const when = f.date ? `${f.date}${f.dateFrom === 'draft' ? ', the draft’s date' : ''}` : 'undated';
  return plain(`The draft: ${f.text} (${rangeText(f)}), ${when}; ${f.verdict}`);
}

export function yLabel(t: Timeline): string {
  const unit = t.measure.unit ? ` (${t.measure.unit === 'percent' ? '%' : t.measure.unit})` : '';
  return plain(`${t.measure.label}${unit}`);
}

export function describe(t: Timeline): string {
  const dated = t.points.filter((p) => p.date);
  const dates = dated.map((p) => p.date!).sort();
  const span = dates.length ? `, ${dates[0]} to ${dates[dates.length - 1]}` : '';
  const superseded = t.points.filter((p) => p.superseded).length;
  return plain(
    `${t.measure.label} over time: ${t.points.length} figure${t.points.length === 1 ? '' : 's'} from ${t.series.length} actor${
      t.series.length === 1 ? '' : 's'
    }${span}${superseded ? `, ${superseded} superseded` : ''}; the draft gives ${t.draft.map((d) => d.text).join(', ')}.`,
  );
}

export function chartData(report: ClaimsReport): ChartData {
  return {
    timelines: report.timelines.map((t, index): ChartTimeline => ({
      index,
      title: plain(t.measure.label),
      yLabel: yLabel(t),
      series: t.series.map((s, i) => ({ label: plain(s.label), color: seriesColor(i) })),
      points: t.points.map((p) => ({
        ...(p.date ? { date: p.date } : {}),
        value: p.value,
        lo: p.lo,
        hi: p.hi,
        label: pointLabel(t, p),
        series: p.series,
        superseded: p.superseded,
        afterDraft: p.afterDraft ?? false,
      })),
      draft: t.draft.map((f) => ({
        ...(f.date ? { date: f.date } : {}),
        value: f.value,
        lo: f.lo,
        hi: f.hi,
        label: draftLabel(f),
        short: plain(`draft: ${f.qualifier ? `${f.qualifier} ` : ''}${number(f.value)}`),
        verdict: f.verdict,
        claim: f.claim,
      })),
      description: describe(t),
    })),
  };
}
