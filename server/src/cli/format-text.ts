// Plain-text output: compiler-style finding lines (1-based line and column, UTF-16 units), evidence
// lines under each, a count line per draft; problems as `file: severity: message` for stderr; and
// the `records` listing.
import {
  type LearnedEntities,
  type LibraryData,
  LineIndex,
  type ActorRef,
  type Evidence,
  type Finding,
  type PlaceRef,
  type Problem,
  type Quantity,
  type Source,
  type SourceRecord,
  type TimeRef,
  type Verdict,
} from '../engine';
import { countVerdicts, displayPath, type FileReport, recordsBySource, shorten, SourceLookup, sortedFindings, VERDICTS } from './report';

export interface TextOptions {
  /** Directory paths are shown relative to (default: process.cwd()). */
  cwd?: string;
}

const LEVEL: Record<Verdict, string> = {
  conflicting: 'warning',
  outdated: 'warning',
  unsupported: 'info',
  supported: 'note',
};

const EXCERPT_MAX = 160;
const RECORD_EXCERPT_MAX = 100;

/** The stdout part of `check`: findings of every checked draft, count lines and a total. */
export function formatCheckText(reports: readonly FileReport[], library: LibraryData, opts: TextOptions = {}): string {
  const lookup = new SourceLookup(library);
  const out: string[] = [];
  const total: Record<Verdict, number> = { conflicting: 0, outdated: 0, unsupported: 0, supported: 0 };
  let checked = 0;
  for (const report of reports) {
    if (!report.result) continue;
    checked++;
    const index = new LineIndex(report.text ?? '');
    for (const f of sortedFindings(report.result.findings)) out.push(...findingLines(report.path, index, f, lookup, opts));
    const counts = countVerdicts(report.result.findings);
    for (const v of VERDICTS) total[v] += counts[v];
    out.push(`${report.path}: ${countsText(counts)}`);
  }
  if (reports.length > 1) {
    const files = checked === reports.length ? `${checked} files` : `${checked} of ${reports.length} files checked`;
    out.push(`total: ${files}, ${countsText(total)}`);
  }
  return out.length ? out.join('\n') + '\n' : '';
}

export function findingLines(file: string, index: LineIndex, f: Finding, lookup: SourceLookup, opts: TextOptions = {}): string[] {
  const pos = index.positionAt(f.span.start);
  const level = f.checked === undefined ? LEVEL[f.verdict] : 'note';
  const checked =
    f.checked === undefined
      ? ''
      : f.checked.startsWith('<!-- factcheck-')
        ? ` (silenced by ${oneLine(f.checked)})`
        : ` (checked by hand${f.checked ? ': ' + oneLine(f.checked) : ''})`;
  const lines = [`${file}:${pos.line + 1}:${pos.character + 1}: ${level} ${f.verdict}${checked}: ${oneLine(f.message)}`];
  for (const p of f.parts ?? []) {
    const at = index.positionAt(p.span.start);
    lines.push(`    ${p.verdict} at ${at.line + 1}:${at.character + 1} “${oneLine(p.text)}”: ${oneLine(p.message)}`);
  }
  for (const ev of f.evidence) lines.push('    ' + evidenceText(ev, lookup, opts));
  if (f.quoteDiff) lines.push(`    draft: "${oneLine(f.quoteDiff.draft)}" / source: "${oneLine(f.quoteDiff.source)}"`);
  return lines;
}

/** `conflicts: Newsweek, 2024-11-23 (newsweek-2024-11-23), Sabrina Singh, Pentagon: "…" [file:4:1]` */
export function evidenceText(ev: Evidence, lookup: SourceLookup, opts: TextOptions = {}): string {
  // Metadata a source does not give is shown as unknown, not left out.
  const named = [ev.outlet ?? 'outlet unknown', ev.published ?? 'date unknown'].join(', ');
  const head = `${named} (${ev.source})`;
  const who = [head, ev.actor].filter(Boolean).join(', ');
  const source = lookup.find(ev.source, ev.sourcePath);
  let where = lookup.displayPath(source?.path ?? ev.sourcePath, opts.cwd);
  if (source) {
    const p = lookup.lineIndex(source).positionAt(ev.span.start);
    where += `:${p.line + 1}:${p.character + 1}`;
  }
  return `${ev.relation}: ${who}: "${shorten(ev.excerpt, EXCERPT_MAX)}" [${where}]`;
}

export function countsText(c: Record<Verdict, number>): string {
  return VERDICTS.map((v) => `${c[v]} ${v}`).join(', ');
}

/** Problems as `file: severity: [field: ]message` lines (for stderr). */
export function formatProblemsText(problems: readonly Problem[], opts: TextOptions = {}): string {
  return problems
    .map((p) => {
      const file = p.file ? displayPath(p.file, opts.cwd) : 'factcheck';
      return `${file}: ${p.severity}: ${p.field ? p.field + ': ' : ''}${oneLine(p.message)}\n`;
    })
    .join('');
}

/** The `records` listing: a header per source, a line per record and a line of its elements. */
export function formatRecordsText(library: LibraryData, _opts: TextOptions = {}): string {
  const bySource = recordsBySource(library);
  const lookup = new SourceLookup(library);
  const blocks: string[] = [];
  library.sources.forEach((source, i) => {
    const records = bySource[i] ?? [];
    const lines = [sourceHeader(source, records.length)];
    for (const l of learnedLines(
      library.learned?.find((x) => x.source === source.meta.id),
      records,
    ))
      lines.push(`  ${l}`);
    const index = lookup.lineIndex(source);
    for (const r of records) {
      const p = index.positionAt(r.span.start);
      const pos = `${p.line + 1}:${p.character + 1}`.padEnd(7);
      lines.push(`  ${pos} [${recordTags(r).join(',')}]  ${shorten(r.text, RECORD_EXCERPT_MAX)}`);
      const elements = recordElements(r);
      if (elements) lines.push(`           ${elements}`);
    }
    blocks.push(lines.join('\n'));
  });
  const orphans = bySource[-1];
  if (orphans?.length) blocks.push(`(${orphans.length} records with no known source)`);
  return blocks.length ? blocks.join('\n\n') + '\n' : '';
}

/** `newsweek-2024-11-23  Newsweek  2024-11-23  "title"  (N records)` */
function sourceHeader(source: Source, n: number): string {
  const m = source.meta;
  const parts = [m.id, m.outlet, m.published, m.title ? `"${oneLine(m.title)}"` : undefined, `(${n} record${n === 1 ? '' : 's'})`];
  return parts.filter(Boolean).join('  ');
}

export function recordTags(r: SourceRecord): string[] {
  const tags: string[] = [];
  if (r.quantities.length) tags.push('count');
  if (r.places.length) tags.push('place');
  if (r.actors.length) tags.push('actor');
  if (r.times.length) tags.push('time');
  if (r.quotes.length) tags.push('quote');
  return tags;
}

export function recordElements(r: SourceRecord): string {
  const parts: string[] = [];
  if (r.quantities.length) parts.push('quantities: ' + r.quantities.map(quantityText).join(', '));
  if (r.places.length) parts.push('places: ' + r.places.map(placeText).join(', '));
  if (r.times.length) parts.push('times: ' + r.times.map(timeText).join(', '));
  if (r.actors.length) parts.push('actors: ' + r.actors.map(actorText).join(', '));
  if (r.events.length) parts.push('events: ' + r.events.join(', '));
  if (r.statedAt) parts.push('stated ' + r.statedAt);
  if (r.hedged) parts.push('hedged: ' + r.hedged);
  return parts.join('; ');
}

function quantityText(q: Quantity): string {
  const value = q.valueHi !== undefined ? `${q.value}–${q.valueHi}` : `${q.value}`;
  const details = [`${value} in ${num(q.interval.lo)}–${num(q.interval.hi)}`];
  if (q.unit) details.push(q.unit);
  if (q.counted) details.push(q.counted);
  if (q.nationality) details.push(q.nationality);
  if (q.kind) details.push(q.kind);
  if (q.former) details.push('earlier figure');
  return `"${oneLine(q.text)}" (${details.join(', ')})`;
}

function placeText(p: PlaceRef): string {
  return p.role === 'from' ? `${p.id} (from)` : p.id;
}

function timeText(t: TimeRef): string {
  let when = '';
  if (t.start && t.end && t.start !== t.end) when = `${t.start}..${t.end}`;
  else if (t.start || t.end) when = (t.start ?? t.end) as string;
  const details = [when || t.kind, t.role];
  return `"${oneLine(t.text)}" (${details.join(', ')})`;
}

function actorText(a: ActorRef): string {
  const details = [a.person, ...a.orgs].filter(Boolean);
  if (a.inherited) details.push('inherited');
  return details.length ? `${oneLine(a.text)} (${details.join(', ')})` : oneLine(a.text);
}

function num(n: number): string {
  if (n === Infinity) return '∞';
  if (n === -Infinity) return '-∞';
  return String(n);
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** What a source taught: the people, organisations, places and offices it introduced, and the measures its
 *  figures count ("learned people: Lucía Benavides (benavides); ..."). */
export function learnedLines(l: LearnedEntities | undefined, records: SourceRecord[]): string[] {
  const out: string[] = [];
  const names = (xs: { id: string; names: string[]; outlet?: boolean }[]) =>
    xs.map((x) => `${x.names.join(' = ')} (${x.id}${x.outlet ? ', the outlet' : ''})`).join('; ');
  if (l?.people.length) out.push(`learned people: ${names(l.people)}`);
  if (l?.orgs.length) out.push(`learned organisations: ${names(l.orgs)}`);
  if (l?.places.length) out.push(`learned places: ${names(l.places)}`);
  if (l?.titles?.length) out.push(`learned offices: ${l.titles.join('; ')}`);
  const held = officesHeld(records);
  if (held.length)
    out.push(
      `offices held: ${held.map((h) => `${h.person}: ${h.titles.join(', ')}${h.seats.length ? ` (of ${h.seats.join(', ')})` : ''}`).join('; ')}`,
    );
  const measures = measuresOf(records);
  if (measures.length) out.push(`measures: ${measures.join(', ')}`);
  return out;
}

/** The measures a source's figures count: "soldiers", "people (death)", "percent of vote". */
export function measuresOf(records: SourceRecord[]): string[] {
  const set = new Set<string>();
  for (const r of records) {
    for (const q of r.quantities) {
      if (!q.counted) continue;
      const what = q.counted.replace(/^other:/, '');
      const base = q.of ? `${what} of ${q.of}` : q.event && q.event !== 'presence' ? `${what} (${q.event})` : what;
      set.add(q.kind ? `${base} [${q.kind}]` : base);
    }
  }
  return [...set];
}

/** Who holds which office, and where (the seat: "Oriental Mindoro Governor Lourdes Paglinawan"), as
 *  the source's speakers are named: what a draft's offices and seats are judged against. */
export function officesHeld(records: SourceRecord[]): { person: string; titles: string[]; seats: string[] }[] {
  const by = new Map<string, { titles: Set<string>; seats: Set<string> }>();
  for (const r of records)
    for (const a of r.actors) {
      if (a.role !== 'primary' || !a.person || a.inherited || (!a.titles.length && !a.seat)) continue;
      const h = by.get(a.person) ?? by.set(a.person, { titles: new Set(), seats: new Set() }).get(a.person)!;
      for (const t of a.titles) h.titles.add(t);
      if (a.seat) h.seats.add(a.seat);
    }
  return [...by].map(([person, h]) => ({ person, titles: [...h.titles], seats: [...h.seats] }));
}
