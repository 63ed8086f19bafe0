// The claims report of a draft as plain data (JSON-safe: no Infinity, no Map, no class): every claim
// with its verdict, evidence and citation state, and a timeline per measure the draft speaks to,
// built from the library's records. Fronts render it (the command line's HTML file, the editor's
// webview); nothing here knows about HTML, LSP or VS Code.
import type { Aspect, Direction, Problem, Range, Span, Verdict } from '../types';
import type { CitationKind } from '../citations';

export interface ClaimsReport {
  /** The draft's name as the caller gave it (a path or a URI). */
  draft: string;
  /** The date the draft was judged as of, if any. */
  date?: string;
  totals: ReportTotals;
  /** The draft's claims in text order. */
  claims: ReportClaim[];
  /** One per measure the draft gives a figure for, in the order the draft first speaks to them. */
  timelines: Timeline[];
  /** Problems met reading the draft (not the library's). */
  problems: Problem[];
}

export interface ReportTotals {
  /** Claims per verdict, leaving out those checked by hand (as every other count does). */
  verdicts: Record<Verdict, number>;
  /** Claims checked by hand or silenced (they keep their verdict but warn nowhere). */
  checked: number;
  claims: number;
  citations: Record<CitationState, number>;
}

/** cited: a citation marker is on the claim; contradicted: a source it cites says otherwise;
 *  uncited: no citation on it. */
export type CitationState = 'cited' | 'contradicted' | 'uncited';

export interface ReportClaim {
  /** Position in `claims` (a stable anchor within one report). */
  index: number;
  span: Span;
  /** Where the claim starts and ends in the draft (0-based line, UTF-16 character, as LSP counts). */
  range: Range;
  text: string;
  verdict: Verdict;
  aspects: Aspect[];
  message: string;
  /** Why it is checked by hand or silenced, when it is. */
  checked?: string;
  attributed?: boolean;
  /** Each figure or quotation judged on its own, when the sentence has several. */
  parts?: ReportPart[];
  quoteDiff?: { draft: string; source: string };
  citation: { state: CitationState; citations: ReportCitation[] };
  evidence: ReportEvidence[];
  /** Indices into `timelines` of the measures this claim gives a figure for. */
  timelines: number[];
}

export interface ReportPart {
  text: string;
  verdict: Verdict;
  message: string;
  range: Range;
}

export interface ReportCitation {
  id: string;
  kind: CitationKind;
  /** Whether the id names a library source. */
  known: boolean;
  /** The cited source itself says otherwise. */
  contradicts: boolean;
  /** A footnote's definition text (a note, or the reference written out). */
  note?: string;
}

/** Where a figure or an excerpt is in the library. */
export interface SourceRef {
  /** The source's id. */
  source: string;
  outlet?: string;
  title?: string;
  published?: string;
  /** The article's address, http(s) only and re-serialised (engine safeUrl); absent otherwise. */
  url?: string;
  /** The source file (absolute path). */
  path: string;
  bundled: boolean;
  recordId: string;
  /** The excerpt's position in the source file. */
  range: Range;
}

export interface ReportEvidence extends SourceRef {
  relation: 'supports' | 'conflicts' | 'context';
  actor?: string;
  excerpt: string;
}

export interface Timeline {
  /** counted|event|nationality|unit family: what makes figures comparable. */
  key: string;
  measure: TimelineMeasure;
  /** One per actor, in order of first appearance on the timeline. */
  series: TimelineSeries[];
  /** The library's figures for the measure, oldest first (undated ones last). */
  points: TimelinePoint[];
  /** The draft's own figures for the measure. */
  draft: DraftFigure[];
  /** Figures left out because the timeline had more than MAX_POINTS (the oldest go first). */
  omitted: number;
}

export interface TimelineMeasure {
  /** The counted category ("soldiers") and the measures compared with it. */
  counted: string[];
  /** What the draft calls it ("North Korean soldiers"). */
  label: string;
  event?: string;
  nationality?: string;
  /** The unit the values are given in (the first of its family: km2 for areas), if any. */
  unit?: string;
}

export interface TimelineSeries {
  key: string;
  /** Who gives the figures ("Sabrina Singh, Pentagon"; "CNN (no speaker named)"). */
  label: string;
}

/** A figure interval: `hi` null is open upwards ("at least 3,000"), `lo` null open downwards. */
export interface FigureRange {
  value: number;
  lo: number | null;
  hi: number | null;
  direction: Direction;
  qualifier?: string;
  /** The figure as written. */
  text: string;
}

export interface TimelinePoint extends FigureRange {
  /** Index into the timeline's `series`. */
  series: number;
  /** The statement's date (YYYY-MM-DD); absent when neither the text nor the source dates it. */
  date?: string;
  /** The date is only the article's publication date. */
  dateInferred?: boolean;
  /** A newer figure (dated on or before the draft's date) gives another value. */
  superseded: boolean;
  /** The newest figure with another value: what supersedes this one. */
  supersededBy?: { text: string; date: string; series: number };
  /** Stated after the draft's date. */
  afterDraft?: boolean;
  /** Every source giving this figure from this actor on this date (the same report, retold). */
  sources: (SourceRef & { excerpt: string })[];
}

export interface DraftFigure extends FigureRange {
  /** Index into the report's `claims`. */
  claim: number;
  /** The figure's own verdict (its part's, else the claim's). */
  verdict: Verdict;
  range: Range;
  /** Where it stands in time: the date the draft gives the statement, or the draft's own date. */
  date?: string;
  dateFrom?: 'statement' | 'event' | 'draft';
}
