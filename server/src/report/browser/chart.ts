// One timeline drawn with Observable Plot (in the page, from chart-data.ts's ChartTimeline): each
// source figure a dot at its statement date coloured by its actor, its range a bar (open ends an
// arrow to the chart's edge), an actor's figures joined by a line, superseded figures hollow and
// faded, the draft's figures as stars coloured by their verdict (CSS classes: the theme's colours).
// Every element has its label as aria-label and tooltip. Plot puts a <style> element in the SVG;
// it is removed before the SVG joins the page (the content security policy would refuse it, and
// the stylesheet has the same rules).
import { dot, line, plot, ruleX, ruleY, text } from '@observablehq/plot';
import type { ChartDraft, ChartPoint, ChartTimeline } from '../chart-types';

const DAY = 24 * 60 * 60 * 1000;
const VERDICTS = ['conflicting', 'outdated', 'unsupported', 'supported'] as const;

const dateOf = (d: string) => new Date(`${d}T00:00:00Z`);

interface Drawn<T> {
  d: T;
  x: Date;
}

export function drawTimeline(t: ChartTimeline, width: number): SVGSVGElement | HTMLElement {
  const points: Drawn<ChartPoint>[] = t.points.filter((p) => p.date).map((p) => ({ d: p, x: dateOf(p.date!) }));
  const dated: Drawn<ChartDraft>[] = t.draft.filter((p) => p.date).map((p) => ({ d: p, x: dateOf(p.date!) }));
  const undated = t.draft.filter((p) => !p.date);

  // The value axis from 0 (counts, shares and sums start there) to above the largest closed end.
  const values = [...t.points, ...t.draft].flatMap((p) => [p.value, p.lo ?? p.value, p.hi ?? p.value]);
  const low = Math.min(0, ...values);
  const top = Math.max(...values) * 1.15 || 1;
  const times = [...points, ...dated].map((p) => p.x.getTime());
  const first = Math.min(...times);
  const last = Math.max(...times);
  const pad = Math.max(2 * DAY, (last - first) * 0.06);
  const color = (i: number) => t.series[i]?.color ?? 'currentColor';

  const ranges = (list: Drawn<ChartPoint>[], className: string) => [
    ruleX(
      list.filter((p) => p.d.lo !== null && p.d.hi !== null && p.d.lo !== p.d.hi),
      {
        x: 'x',
        y1: (p: Drawn<ChartPoint>) => p.d.lo,
        y2: (p: Drawn<ChartPoint>) => p.d.hi,
        stroke: (p: Drawn<ChartPoint>) => color(p.d.series),
        strokeWidth: 3,
        strokeOpacity: 0.55,
        className,
      },
    ),
    ruleX(
      list.filter((p) => p.d.hi === null),
      {
        x: 'x',
        y1: (p: Drawn<ChartPoint>) => p.d.lo ?? p.d.value,
        y2: () => top,
        stroke: (p: Drawn<ChartPoint>) => color(p.d.series),
        strokeWidth: 3,
        strokeOpacity: 0.55,
        markerEnd: 'arrow',
        className,
      },
    ),
    ruleX(
      list.filter((p) => p.d.lo === null && p.d.hi !== null),
      {
        x: 'x',
        y1: (p: Drawn<ChartPoint>) => p.d.hi,
        y2: () => low,
        stroke: (p: Drawn<ChartPoint>) => color(p.d.series),
        strokeWidth: 3,
        strokeOpacity: 0.55,
        markerEnd: 'arrow',
        className,
      },
    ),
  ];
  const current = points.filter((p) => !p.d.superseded);
  const superseded = points.filter((p) => p.d.superseded);
  const label = (p: { d: { label: string } }) => p.d.label;

  const draftMarks = VERDICTS.flatMap((v) => {
    const mine = dated.filter((p) => p.d.verdict === v);
    if (!mine.length) return [];
    const open = (p: Drawn<ChartDraft>) => p.d.hi === null || p.d.lo === null;
    return [
      ruleX(
        mine.filter((p) => p.d.lo !== p.d.hi),
        {
          x: 'x',
          y1: (p: Drawn<ChartDraft>) => p.d.lo ?? low,
          y2: (p: Drawn<ChartDraft>) => p.d.hi ?? top,
          strokeDasharray: '4,3',
          stroke: 'currentColor',
          markerEnd: mine.some(open) ? 'arrow' : undefined,
          className: `fc-draftrange-${v}`,
        },
      ),
      dot(mine, {
        x: 'x',
        y: (p: Drawn<ChartDraft>) => p.d.value,
        symbol: 'star',
        r: 9,
        fill: 'none',
        stroke: 'currentColor',
        strokeWidth: 2,
        ariaLabel: label,
        title: label,
        className: `fc-draft-${v}`,
      }),
      text(mine, {
        x: 'x',
        y: (p: Drawn<ChartDraft>) => p.d.value,
        text: (p: Drawn<ChartDraft>) => p.d.short,
        dx: 10,
        dy: -9,
        textAnchor: 'start',
        fontWeight: 600,
        className: `fc-draftlabel-${v}`,
      }),
    ];
  });
  const undatedMarks = VERDICTS.flatMap((v) => {
    const mine = undated.filter((p) => p.verdict === v);
    return mine.length
      ? [
          ruleY(mine, {
            y: 'value',
            strokeDasharray: '4,3',
            stroke: 'currentColor',
            ariaLabel: (p: ChartDraft) => p.label,
            title: (p: ChartDraft) => p.label,
            className: `fc-draftrange-${v}`,
          }),
          text(mine, { y: 'value', text: 'short', frameAnchor: 'right', textAnchor: 'end', dy: -7, className: `fc-draftlabel-${v}` }),
        ]
      : [];
  });

  const svg = plot({
    width,
    height: 320,
    marginLeft: 64,
    marginRight: 120,
    marginTop: 24,
    ariaLabel: `${t.title}: figures over time`,
    ariaDescription: t.description,
    className: 'fc-plot',
    color: { type: 'identity' },
    x: { type: 'utc', domain: [new Date(first - pad), new Date(last + pad)], label: 'Date stated', grid: true },
    y: { domain: [low, top], label: t.yLabel, grid: true, tickFormat: (n: number) => n.toLocaleString('en-US') },
    marks: [
      ...ranges(superseded, 'fc-ranges-superseded'),
      ...ranges(current, 'fc-ranges'),
      line(points, {
        x: 'x',
        y: (p: Drawn<ChartPoint>) => p.d.value,
        z: (p: Drawn<ChartPoint>) => p.d.series,
        stroke: (p: Drawn<ChartPoint>) => color(p.d.series),
        strokeOpacity: 0.4,
        strokeWidth: 1.5,
        className: 'fc-series',
      }),
      dot(superseded, {
        x: 'x',
        y: (p: Drawn<ChartPoint>) => p.d.value,
        r: 5,
        fill: 'none',
        stroke: (p: Drawn<ChartPoint>) => color(p.d.series),
        strokeWidth: 2,
        ariaLabel: label,
        title: label,
        className: 'fc-points-superseded',
      }),
      dot(current, {
        x: 'x',
        y: (p: Drawn<ChartPoint>) => p.d.value,
        r: 5,
        fill: (p: Drawn<ChartPoint>) => color(p.d.series),
        stroke: 'currentColor',
        strokeWidth: 0.75,
        ariaLabel: label,
        title: label,
        className: 'fc-points',
      }),
      ...draftMarks,
      ...undatedMarks,
    ],
  });
  for (const s of Array.from(svg.querySelectorAll('style'))) s.remove();
  return svg;
}
