// A timeline per measure a draft gives figures for: the library's figures for that measure over
// their statement dates, one series per actor, each figure's qualifier as a range ("at least 3,000"
// is open upwards), superseded figures marked, and the draft's own figures where they stand.
// Figures are comparable as the figure judge compares them (match/quantity.ts): the same counted
// category (or one compared with it), the same event, nationalities that do not differ, the same
// unit family; hedged records are left out, as the judge leaves them out.
import type { Library } from '../api';
import type { Lexicon } from '../data/lexicon';
import { actorLabel } from '../match/actors';
import type { ActorRef, Claim, Finding, Quantity, SourceRecord } from '../types';
import type { DraftFigure, FigureRange, SourceRef, Timeline, TimelinePoint, TimelineSeries } from './model';

/** The most figures one timeline shows (the newest); a chart of more is unreadable anyway. */
export const MAX_POINTS = 400;

export interface DraftClaim {
  /** Index of the claim in the report. */
  index: number;
  claim: Claim;
  finding: Finding;
}

export interface TimelineInput {
  library: Library;
  claims: readonly DraftClaim[];
  /** The draft's date, if any. */
  date?: string;
  /** The draft's range of a span (line/character). */
  rangeOf: (span: { start: number; end: number }) => DraftFigure['range'];
  /** Where a record is in its source. */
  sourceRef: (record: SourceRecord) => SourceRef & { excerpt: string };
}

interface MeasureOf {
  key: string;
  counted: string[];
  event?: string;
  kind?: string;
  nationality?: string;
  family?: string;
  unit?: string;
}

/** The timelines, in the order the draft first speaks to each measure, and per claim the indices
 *  of its timelines. */
export function buildTimelines(input: TimelineInput): { timelines: Timeline[]; byClaim: Map<number, number[]> } {
  const lex = input.library.lexicon;
  const order: MeasureOf[] = [];
  const figures = new Map<string, DraftFigure[]>();
  const labels = new Map<string, string>();
  const byClaim = new Map<number, number[]>();
  for (const { index, claim, finding } of input.claims) {
    if (claim.hedged) continue;
    for (const q of claim.quantities) {
      if (!q.counted) continue;
      const m = measureOf(q, lex);
      let list = figures.get(m.key);
      if (!list) {
        figures.set(m.key, (list = []));
        order.push(m);
        labels.set(m.key, q.countedText ?? q.counted);
      }
      list.push(draftFigure(q, index, claim, finding, input));
      const ids = byClaim.get(index) ?? [];
      const at = order.findIndex((x) => x.key === m.key);
      if (!ids.includes(at)) ids.push(at);
      byClaim.set(index, ids);
    }
  }
  const timelines = order.map((m) => timelineOf(m, labels.get(m.key)!, figures.get(m.key)!, input));
  return { timelines, byClaim };
}

function measureOf(q: Quantity, lex: Lexicon): MeasureOf {
  const family = q.unit ? (lex.unitInfo.get(q.unit)?.family ?? q.unit) : undefined;
  const counted = [q.counted!, ...(lex.comparedWith.get(q.counted!) ?? [])];
  // The unit values are shown in: the family's unit with factor 1 (values are normalised to it).
  let unit: string | undefined;
  if (family) for (const [id, info] of lex.unitInfo) if (info.family === family && info.factor === 1 && !unit) unit = id;
  return {
    key: [q.counted, q.event ?? '', q.kind ?? '', q.nationality ?? '', family ?? ''].join('|'),
    counted,
    event: q.event,
    kind: q.kind,
    nationality: q.nationality,
    family,
    unit: unit ?? q.unit,
  };
}

/** A quantity's figure in the unit its family is normalised to, with open ends as null. */
export function figureRange(q: Quantity): FigureRange {
  const f = q.value ? q.normalized / q.value : 1;
  const lo = q.interval.lo * f;
  const hi = q.interval.hi * f;
  // "up to 500" is [0, 500]: open downwards as written, though no count goes below 0.
  return {
    value: q.normalized,
    lo: q.direction === 'max' || !Number.isFinite(lo) ? null : lo,
    hi: Number.isFinite(hi) ? hi : null,
    direction: q.direction,
    ...(q.qualifier ? { qualifier: q.qualifier } : {}),
    text: q.text,
  };
}

function draftFigure(q: Quantity, index: number, claim: Claim, finding: Finding, input: TimelineInput): DraftFigure {
  const part = finding.parts?.find((p) => p.span.start === q.span.start && p.span.end === q.span.end);
  const statement = claim.times.find((t) => t.role === 'statement' && t.start && !t.inferred);
  const event = claim.times.find((t) => t.start && !t.inferred);
  const date = statement?.start ?? event?.start ?? input.date;
  return {
    ...figureRange(q),
    claim: index,
    verdict: part?.verdict ?? finding.verdict,
    range: input.rangeOf(q.span),
    ...(date ? { date, dateFrom: statement ? 'statement' : event ? 'event' : 'draft' } : {}),
  };
}

/** Whether a record's figure is one of the measure's (as the figure judge would compare them). */
function comparable(m: MeasureOf, rq: Quantity, record: SourceRecord, lex: Lexicon): boolean {
  if (record.hedged) return false;
  if ((rq.event ?? '') !== (m.event ?? '') || (rq.kind ?? '') !== (m.kind ?? '')) return false;
  if (m.nationality && rq.nationality && rq.nationality !== m.nationality) return false;
  const family = rq.unit ? (lex.unitInfo.get(rq.unit)?.family ?? rq.unit) : undefined;
  return family === m.family;
}

function timelineOf(m: MeasureOf, label: string, draft: DraftFigure[], input: TimelineInput): Timeline {
  const { library, date: draftDate } = input;
  const lex = library.lexicon;
  const series: TimelineSeries[] = [];
  const seriesAt = new Map<string, number>();
  const merged = new Map<string, TimelinePoint>();
  let points: TimelinePoint[] = [];
  const entries = m.counted
    .flatMap((c) => library.index.quantities(c))
    .filter((e) => comparable(m, e.quantity, library.records[e.record], lex))
    .sort((a, b) => a.record - b.record || a.quantity.span.start - b.quantity.span.start);
  for (const e of entries) {
    const record = library.records[e.record];
    const who = seriesOf(record, library);
    let s = seriesAt.get(who.key);
    if (s === undefined) {
      seriesAt.set(who.key, (s = series.length));
      series.push(who);
    }
    const fig = figureRange(e.quantity);
    const ref = input.sourceRef(record);
    // The same figure from the same actor on the same day is one point however many articles
    // retell it (and a figure given in two units, "1,376 square kilometres (531 square miles)").
    const id = [s, record.statedAt ?? '', fig.value.toPrecision(6), fig.lo ?? '', fig.hi ?? ''].join('|');
    const same = merged.get(id);
    if (same) {
      if (!same.sources.some((x) => x.recordId === ref.recordId)) same.sources.push(ref);
      continue;
    }
    const point: TimelinePoint = {
      ...fig,
      series: s,
      ...(record.statedAt ? { date: record.statedAt } : {}),
      ...(record.statedAtInferred ? { dateInferred: true } : {}),
      superseded: false,
      ...(draftDate && record.statedAt && record.statedAt > draftDate ? { afterDraft: true } : {}),
      sources: [ref],
    };
    merged.set(id, point);
    points.push(point);
  }
  points.sort((a, b) => (a.date ?? '\uffff').localeCompare(b.date ?? '\uffff'));
  const omitted = Math.max(0, points.length - MAX_POINTS);
  if (omitted) points = points.slice(-MAX_POINTS);
  markSuperseded(points);
  return {
    key: m.key,
    measure: {
      counted: m.counted,
      label,
      ...(m.event ? { event: m.event } : {}),
      ...(m.nationality ? { nationality: m.nationality } : {}),
      ...(m.unit ? { unit: m.unit } : {}),
    },
    series,
    points,
    draft,
    omitted,
  };
}

/** Who gives a record's figure: its speaker (a person, else a body, else an anonymous source),
 *  or, when it names none, the outlet. */
function seriesOf(record: SourceRecord, library: Library): TimelineSeries {
  const a: ActorRef | undefined = record.actors.find((x) => x.role === 'primary' && !x.backref);
  const source = library.sources[record.source];
  if (!a) {
    const outlet = source?.meta.outlet ?? source?.meta.id ?? 'unknown source';
    return { key: `none:${outlet}`, label: `${outlet} (no speaker named)` };
  }
  const key = a.person
    ? `p:${a.person}`
    : a.orgs.length
      ? `o:${a.orgs[0]}`
      : a.anonymous
        ? `a:${a.anonymous}`
        : `t:${a.text.toLowerCase()}`;
  return { key, label: actorLabel([a], library.lexicon) ?? a.text };
}

/**
 * A figure is superseded when a newer one (a later statement date, not after the draft's date)
 * gives another value, whoever gives it: the measure moved on (as `outdated` judges it). Points
 * are sorted by date; one pass from the newest keeps the newest figure and the newest with another
 * value than it, which is all a point needs to know.
 */
function markSuperseded(points: TimelinePoint[]): void {
  const due = points.filter((p) => p.date !== undefined && !p.afterDraft);
  let newest: TimelinePoint | undefined;
  let newestOther: TimelinePoint | undefined;
  const same = (a: TimelinePoint, b: TimelinePoint) => Math.abs(a.value - b.value) <= 0.01 * Math.max(Math.abs(a.value), Math.abs(b.value));
  for (let i = due.length - 1; i >= 0; i--) {
    const p = due[i];
    const by = newest && !same(newest, p) ? newest : newestOther && !same(newestOther, p) ? newestOther : undefined;
    if (by && by.date! > p.date!) {
      p.superseded = true;
      p.supersededBy = { text: by.text, date: by.date!, series: by.series };
    }
    if (!newest) newest = p;
    else if (!newestOther && !same(newest, p)) newestOther = p;
  }
}
