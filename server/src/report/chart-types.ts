// What the page script draws each timeline from (chart-data.ts makes it from the report): plain
// numbers, dates and the labels already written, so the script only draws.
import type { Verdict } from '../engine';

export interface ChartData {
  timelines: ChartTimeline[];
}

export interface ChartTimeline {
  /** The figure element the chart goes in: `#timeline-${index}-chart`. */
  index: number;
  title: string;
  /** The y axis' label ("North Korean soldiers", "km2"). */
  yLabel: string;
  series: { label: string; color: string }[];
  points: ChartPoint[];
  draft: ChartDraft[];
  /** A sentence describing the chart, for assistive technology. */
  description: string;
}

export interface ChartRange {
  /** YYYY-MM-DD; undefined when undated (not drawn on the time axis). */
  date?: string;
  value: number;
  /** Open ends are null: "at least" has no hi, "up to" no lo. */
  lo: number | null;
  hi: number | null;
  /** The label read out and shown as the tooltip. */
  label: string;
}

export interface ChartPoint extends ChartRange {
  series: number;
  superseded: boolean;
  afterDraft: boolean;
}

export interface ChartDraft extends ChartRange {
  verdict: Verdict;
  /** The claim's index in the report. */
  claim: number;
  /** The short label drawn next to the mark ("draft: at least 5,000"). */
  short: string;
}
