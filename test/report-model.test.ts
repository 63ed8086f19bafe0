// The claims report's model (engine/report): claims with verdicts, evidence and citation states,
// and the timelines of the measures the example draft gives figures for, against the bundled library.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildReport, checkText, IncrementalChecker, LineIndex, loadLibrary, type Library, type Timeline } from '../server/src/engine';

const ROOT = path.join(__dirname, '..');
const DRAFT = fs.readFileSync(path.join(ROOT, 'examples', 'draft.md'), 'utf8');

describe('claims report model', function () {
  this.timeout(60_000);
  let library: Library;
  before(() => {
    library = loadLibrary({ folders: [], bundled: true });
  });
  const soldiers = (t: Timeline[]) => {
    const found = t.find((x) => x.measure.counted.includes('soldiers'));
    assert.ok(found, `no soldiers timeline among ${t.map((x) => x.key).join(', ')}`);
    return found;
  };

  it('lists every finding as a claim in text order, with the counts check gives', () => {
    const report = buildReport(DRAFT, library, { file: 'examples/draft.md' });
    const { findings } = checkText(DRAFT, library);
    assert.equal(report.claims.length, findings.length);
    assert.deepEqual(
      report.claims.map((c) => [c.text, c.verdict]),
      findings.map((f) => [f.claim, f.verdict]),
    );
    assert.deepEqual(report.totals.verdicts, { conflicting: 2, outdated: 1, unsupported: 1, supported: 5 });
    assert.equal(report.date, '2024-11-25');
    assert.equal(report.draft, 'examples/draft.md');
    const kirby = report.claims.find((c) => c.text.includes('John Kirby'))!;
    assert.equal(
      kirby.range.start.line,
      DRAFT.split('\n').findIndex((l) => l.includes('John Kirby')),
    );
  });

  it('points each evidence at its excerpt in the source file', () => {
    const report = buildReport(DRAFT, library);
    let n = 0;
    for (const c of report.claims) {
      for (const e of c.evidence) {
        const text = fs.readFileSync(e.path, 'utf8');
        const lines = new LineIndex(text);
        const got = text.slice(lines.offsetAt(e.range.start), lines.offsetAt(e.range.end)).replace(/\s+/g, ' ').trim();
        assert.equal(got, e.excerpt, `${e.recordId}`);
        n++;
      }
    }
    assert.ok(n >= 10, `evidence items: ${n}`);
  });

  it('gives each claim its citation state: cited, cited by a source that says otherwise, uncited', () => {
    const report = buildReport(DRAFT, library);
    const kirby = report.claims.find((c) => c.text.includes('John Kirby'))!;
    assert.equal(kirby.citation.state, 'cited');
    assert.deepEqual(
      kirby.citation.citations.map((c) => [c.id, c.kind, c.known, c.note]),
      [['kirby', 'footnote', false, 'Kirby gave the figure at a White House briefing.']],
    );
    assert.equal(report.totals.citations.uncited, report.claims.length - 1);

    // Citing CNN on the claim CNN contradicts, and Newsweek on the claim Newsweek backs.
    const cited = DRAFT.replace('eastern Russia.[^kirby]', 'eastern Russia.[^cnn-2024-10-24]').replace(
      "entered Russia's Kursk region.",
      "entered Russia's Kursk region [@newsweek-2024-11-23].",
    );
    const again = buildReport(cited, library);
    const k = again.claims.find((c) => c.text.includes('John Kirby'))!;
    assert.equal(k.citation.state, 'contradicted');
    assert.deepEqual(
      k.citation.citations.map((c) => [c.id, c.known, c.contradicts]),
      [['cnn-2024-10-24', true, true]],
    );
    const singh = again.claims.find((c) => c.text.includes('roughly 11,000'))!;
    assert.equal(singh.citation.state, 'cited');
    assert.deepEqual(again.totals.citations, { cited: 1, contradicted: 1, uncited: again.claims.length - 2 });
  });

  it('draws the troop counts over time: one series per actor, ranges, superseded figures, the draft’s figures', () => {
    const report = buildReport(DRAFT, library);
    const t = soldiers(report.timelines);
    assert.equal(t.measure.label, 'North Korean soldiers');
    assert.equal(t.measure.nationality, 'north-korea');
    const who = (i: number) => t.series[i].label;
    const points = t.points.map((p) => `${p.date} ${who(p.series)}: ${p.text}${p.superseded ? ' (superseded)' : ''}`);
    assert.deepEqual(points, [
      '2024-10-23 John Kirby, National Security Council: at least 3,000 North Korean soldiers (superseded)',
      '2024-10-24 Defense Intelligence of Ukraine: approximately 12,000 North Korean soldiers (superseded)',
      '2024-10-25 Kyodo News: approximately 2,000 North Korean soldiers (superseded)',
      '2024-11-12 US State Department Spokesperson Vedant Patel, State Department: over 10,000 North Korean troops (superseded)',
      '2024-11-13 State Department: Over 10,000 North Korean soldiers (superseded)',
      '2024-11-13 Defense Intelligence of Ukraine: approximately 11,000 North Korean soldiers',
      '2024-11-18 Sabrina Singh, Pentagon: roughly 11,000 North Korean troops',
    ]);
    // Zelensky's "two brigades of 6,000 people each" is a figure per brigade: not on this timeline.
    // Kirby's figure, retold by two articles, is one point with both sources; open upwards.
    const kirby = t.points[0];
    assert.deepEqual(kirby.sources.map((s) => s.source).sort(), ['border-zone-2024-10-24', 'cnn-2024-10-24']);
    assert.deepEqual([kirby.value, kirby.lo, kirby.hi, kirby.direction], [3000, 3000, null, 'min']);
    assert.deepEqual([t.points[1].lo, t.points[1].hi], [10800, 13200]);
    assert.deepEqual(t.points[1].supersededBy, { text: 'roughly 11,000 North Korean troops', date: '2024-11-18', series: 4 });
    // The Russian and Ukrainian troop counts in the same articles are other measures.
    assert.ok(!t.points.some((p) => /50,000|Ukrainian/.test(p.text)));

    const draft = t.draft.map((d) => `${d.date} ${d.dateFrom} ${d.text}: ${d.verdict}`);
    assert.deepEqual(draft, [
      '2024-10-24 statement roughly 12,000 North Korean soldiers: supported',
      '2024-10-23 statement at least 5,000 North Korean soldiers: conflicting',
      '2024-11-18 statement roughly 11,000 North Korean troops: supported',
      '2024-11-25 draft Around 2,000 North Korean soldiers: outdated',
    ]);
    const claim = report.claims[t.draft[1].claim];
    assert.match(claim.text, /John Kirby/);
    assert.ok(claim.timelines.includes(report.timelines.indexOf(t)));
  });

  it('keeps a measure no source gives a figure for, with the draft’s figure alone', () => {
    const report = buildReport(DRAFT, library);
    const tanks = report.timelines.find((x) => x.measure.label === 'tanks');
    assert.ok(tanks, report.timelines.map((x) => x.measure.label).join(', '));
    assert.deepEqual(tanks.points, []);
    assert.deepEqual(
      tanks.draft.map((d) => [d.text, d.verdict]),
      [['200 tanks', 'unsupported']],
    );
  });

  it('says what the editor says: the findings of the incremental checker give the same report', () => {
    const checker = new IncrementalChecker(library);
    checker.check(DRAFT.replace('5,000', '4,000'));
    const result = checker.check(DRAFT);
    const fromEditor = buildReport(DRAFT, library, { findings: result.findings, file: 'x' });
    assert.deepEqual(fromEditor, buildReport(DRAFT, library, { file: 'x' }));
  });

  it('is plain data: JSON gives it back unchanged', () => {
    const report = buildReport(DRAFT, library);
    assert.deepEqual(JSON.parse(JSON.stringify(report)), report);
  });

  it('reports an empty or claimless draft without failing', () => {
    for (const text of ['', '---\ntitle: x\n', 'It is hard to see how this ends well.\n']) {
      const report = buildReport(text, library);
      assert.equal(report.claims.length, 0);
      assert.deepEqual(report.timelines, []);
    }
    assert.match(buildReport('---\ntitle: x\n', library).problems[0]?.message ?? '', /never closed/);
  });
});
