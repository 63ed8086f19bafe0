// The CLI's formatters and exit status, on hand-built engine data (no loadLibrary/checkText). Its
// arguments and draft reading: test/cli-args.test.ts.
import { strict as assert } from 'assert';
import * as path from 'path';
import type { LibraryData } from '../server/src/engine/api';
import type { Finding, Source, SourceRecord } from '../server/src/engine/types';
import { checkJson, formatCheckJson, formatRecordsJson } from '../server/src/cli/format-json';
import { formatCheckSarif, sarifLog } from '../server/src/cli/format-sarif';
import { formatCheckText, formatProblemsText, formatRecordsText } from '../server/src/cli/format-text';
import { exitStatus } from '../server/src/cli/main';
import type { FileReport } from '../server/src/cli/report';

const CWD = path.resolve('/proj');
const SENTENCE =
  "On Monday, Deputy Pentagon press secretary Sabrina Singh told reporters that it is likely that roughly 11,000 North Korean troops have entered Russia's Kursk region.";
const SOURCE_TEXT = `---\nid: newsweek-2024-11-23\noutlet: Newsweek\n---\n${SENTENCE}\n`;
const SENT_START = SOURCE_TEXT.indexOf('On Monday');
const FIGURE = 'roughly 11,000 North Korean troops';
const FIG_START = SOURCE_TEXT.indexOf(FIGURE);

const source: Source = {
  meta: { id: 'newsweek-2024-11-23', outlet: 'Newsweek', published: '2024-11-23', title: 'North Korean troops in Kursk' },
  path: path.join(CWD, 'sources', 'newsweek-2024-11-23.md'),
  text: SOURCE_TEXT,
  bodyStart: SOURCE_TEXT.indexOf('On Monday'),
  bundled: false,
};

const record: SourceRecord = {
  source: 0,
  id: 'newsweek-2024-11-23#1',
  span: { start: SENT_START, end: SENT_START + SENTENCE.length },
  text: SENTENCE,
  quantities: [
    {
      span: { start: FIG_START, end: FIG_START + 'roughly 11,000'.length },
      text: 'roughly 11,000',
      value: 11000,
      qualifier: 'roughly',
      direction: 'approx',
      interval: { lo: 10000, hi: 12000 },
      counted: 'soldiers',
      nationality: 'north-korea',
      normalized: 11000,
    },
  ],
  places: [
    { span: { start: SOURCE_TEXT.indexOf('Kursk'), end: SOURCE_TEXT.indexOf('Kursk') + 5 }, id: 'kursk', text: 'Kursk', role: 'at' },
  ],
  times: [
    {
      span: { start: SENT_START + 3, end: SENT_START + 9 },
      text: 'Monday',
      kind: 'weekday',
      start: '2024-11-18',
      end: '2024-11-18',
      weekday: 1,
      role: 'statement',
    },
  ],
  actors: [
    {
      span: { start: SOURCE_TEXT.indexOf('Sabrina'), end: SOURCE_TEXT.indexOf('Sabrina') + 13 },
      text: 'Sabrina Singh',
      person: 'sabrina-singh',
      orgs: ['pentagon'],
      titles: ['deputy press secretary'],
      cue: 'told',
      role: 'primary',
      countries: [],
    },
  ],
  quotes: [],
  keywords: ['troop', 'enter'],
  events: ['deploy'],
  tense: 'past',
  entities: ['pentagon', 'north-korea', 'kursk'],
  index: 1,
  statedAt: '2024-11-18',
  recency: 0,
  negated: false,
  context: [],
};

const library: LibraryData = {
  sources: [source],
  records: [record],
  problems: [{ severity: 'warning', file: path.join(CWD, 'sources', 'old.md'), field: 'published', message: 'not a date' }],
};

// CRLF line ends and an emoji (a flag: 4 UTF-16 units) before the claim on the third line.
const CLAIM = "Some 12,000 North Korean troops have entered Russia's Kursk region.";
const DRAFT = `# Draft\r\n\r\n🇰🇵 ${CLAIM}\r\nSingh said "they are likely there".\r\n`;
const CLAIM_START = DRAFT.indexOf('Some');
const QUOTE_START = DRAFT.indexOf('Singh said');

const conflicting: Finding = {
  span: { start: CLAIM_START, end: CLAIM_START + CLAIM.length },
  claim: CLAIM,
  verdict: 'conflicting',
  aspects: ['count'],
  message: 'The sources give roughly 11,000, not some 12,000.',
  evidence: [
    {
      relation: 'conflicts',
      source: 'newsweek-2024-11-23',
      outlet: 'Newsweek',
      published: '2024-11-23',
      actor: 'Sabrina Singh, Pentagon',
      excerpt: FIGURE,
      span: { start: FIG_START, end: FIG_START + FIGURE.length },
      sourcePath: source.path,
      recordId: record.id,
    },
  ],
};
const misquote: Finding = {
  span: { start: QUOTE_START, end: QUOTE_START + 34 },
  claim: 'Singh said "they are likely there".',
  verdict: 'supported',
  aspects: ['quote'],
  message: 'Supported by Newsweek.',
  evidence: [],
  quoteDiff: { draft: 'they are likely there', source: 'it is likely' },
};

function report(findings: Finding[], extra: Partial<FileReport> = {}): FileReport {
  return { path: 'draft.md', text: DRAFT, result: { findings, problems: [], date: '2024-11-24' }, problems: [], ...extra };
}

describe('cli: JSON output', () => {
  it('has the documented shape with 0-based UTF-16 ranges', () => {
    const out = JSON.parse(formatCheckJson([report([misquote, conflicting])], library, { cwd: CWD }));
    assert.deepEqual(Object.keys(out), ['files', 'problems']);
    const file = out.files[0];
    assert.equal(file.path, 'draft.md');
    assert.equal(file.date, '2024-11-24');
    assert.deepEqual(file.problems, []);
    const f = file.findings[0]; // sorted by position: the conflicting claim first
    assert.deepEqual(f.range, { start: { line: 2, character: 5 }, end: { line: 2, character: 5 + CLAIM.length } });
    assert.deepEqual(Object.keys(f), ['range', 'claim', 'verdict', 'aspects', 'message', 'evidence']);
    assert.equal(f.verdict, 'conflicting');
    assert.deepEqual(f.aspects, ['count']);
    const ev = f.evidence[0];
    assert.deepEqual(ev, {
      relation: 'conflicts',
      source: 'newsweek-2024-11-23',
      outlet: 'Newsweek',
      published: '2024-11-23',
      actor: 'Sabrina Singh, Pentagon',
      excerpt: FIGURE,
      file: 'sources/newsweek-2024-11-23.md',
      range: {
        start: { line: 4, character: SENTENCE.indexOf(FIGURE) },
        end: { line: 4, character: SENTENCE.indexOf(FIGURE) + FIGURE.length },
      },
    });
    assert.equal('title' in ev, false, 'undefined keys are omitted');
    const q = file.findings[1];
    assert.deepEqual(q.range.start, { line: 3, character: 0 });
    assert.deepEqual(q.quoteDiff, { draft: 'they are likely there', source: 'it is likely' });
    assert.deepEqual(out.problems, [{ severity: 'warning', file: library.problems[0].file, field: 'published', message: 'not a date' }]);
  });

  it('lists an unreadable draft with its error and no findings', () => {
    const err = { severity: 'error' as const, file: 'gone.md', message: 'cannot read gone.md: no such file or directory' };
    const out = checkJson([{ path: 'gone.md', problems: [], error: err }], library, { cwd: CWD });
    assert.deepEqual(out.files[0], { path: 'gone.md', findings: [], problems: [err] });
  });

  it('prints records with ranges instead of spans', () => {
    const out = JSON.parse(formatRecordsJson(library, { cwd: CWD }));
    const s = out.sources[0];
    assert.equal(s.id, 'newsweek-2024-11-23');
    assert.equal(s.file, 'sources/newsweek-2024-11-23.md');
    const r = s.records[0];
    assert.deepEqual(Object.keys(r), ['id', 'range', 'text', 'statedAt', 'quantities', 'places', 'times', 'actors', 'quotes', 'events']);
    assert.deepEqual(r.range, { start: { line: 4, character: 0 }, end: { line: 4, character: SENTENCE.length } });
    assert.equal(r.quantities[0].span, undefined);
    assert.deepEqual(r.quantities[0].range.start, { line: 4, character: SENTENCE.indexOf('roughly') });
    assert.deepEqual(r.quantities[0].interval, { lo: 10000, hi: 12000 });
    assert.equal(r.times[0].start, '2024-11-18');
    assert.equal(out.problems.length, 1);
  });
});

describe('cli: text output', () => {
  it('prints compiler-style lines with 1-based line:column, evidence and counts', () => {
    const text = formatCheckText([report([conflicting, misquote])], library, { cwd: CWD });
    const lines = text.trimEnd().split('\n');
    assert.equal(lines[0], `draft.md:3:6: warning conflicting: ${conflicting.message}`);
    assert.equal(
      lines[1],
      `    conflicts: Newsweek, 2024-11-23 (newsweek-2024-11-23), Sabrina Singh, Pentagon: "${FIGURE}" [sources/newsweek-2024-11-23.md:5:${SENTENCE.indexOf(FIGURE) + 1}]`,
    );
    assert.equal(lines[2], `draft.md:4:1: note supported: ${misquote.message}`);
    assert.equal(lines[3], '    draft: "they are likely there" / source: "it is likely"');
    assert.equal(lines[4], 'draft.md: 1 conflicting, 0 outdated, 0 unsupported, 1 supported');
    assert.equal(lines.length, 5);
  });

  it('adds a total for several files and skips unreadable ones', () => {
    const outdated: Finding = { ...conflicting, verdict: 'outdated' };
    const unsupported: Finding = { ...conflicting, verdict: 'unsupported', evidence: [] };
    const text = formatCheckText(
      [
        report([outdated]),
        { path: 'b.md', text: DRAFT, result: { findings: [unsupported], problems: [] }, problems: [] },
        { path: 'gone.md', problems: [], error: { severity: 'error', file: 'gone.md', message: 'x' } },
      ],
      library,
      { cwd: CWD },
    );
    const lines = text.trimEnd().split('\n');
    assert.ok(lines.includes('draft.md:3:6: warning outdated: ' + conflicting.message));
    assert.ok(lines.includes('b.md:3:6: info unsupported: ' + conflicting.message));
    assert.equal(lines.at(-1), 'total: 2 of 3 files checked, 0 conflicting, 1 outdated, 1 unsupported, 0 supported');
  });

  it('prints problems as file: severity: message', () => {
    assert.equal(
      formatProblemsText([...library.problems, { severity: 'error', file: 'draft.md', message: 'bad' }], { cwd: CWD }),
      'sources/old.md: warning: published: not a date\ndraft.md: error: bad\n',
    );
  });

  it('lists records per source with their elements', () => {
    const lines = formatRecordsText(library, { cwd: CWD }).trimEnd().split('\n');
    assert.equal(lines[0], 'newsweek-2024-11-23  Newsweek  2024-11-23  "North Korean troops in Kursk"  (1 record)');
    // What the source taught: who holds which office, the measures its figures count (and people,
    // organisations, places when it introduces any).
    assert.equal(lines[1], '  offices held: sabrina-singh: deputy press secretary');
    assert.equal(lines[2], '  measures: soldiers');
    assert.match(lines[3], /^ {2}5:1 +\[count,place,actor,time\] {2}On Monday, Deputy Pentagon .{60,}…$/);
    assert.ok(lines[3].length < 140);
    assert.match(lines[4], /quantities: "roughly 11,000" \(11000 in 10000–12000, soldiers, north-korea\)/);
    assert.match(lines[4], /places: kursk; times: "Monday" \(2024-11-18, statement\); actors: Sabrina Singh \(sabrina-singh, pentagon\)/);
  });
});

describe('cli: SARIF output', () => {
  const log = JSON.parse(
    formatCheckSarif(
      [report([conflicting, misquote], { problems: [{ severity: 'warning', file: 'draft.md', message: 'not UTF-8' }] })],
      library,
      { cwd: CWD, version: '9.9.9' },
    ),
  );
  const run = log.runs[0];

  it('is a SARIF 2.1.0 log with one rule per verdict', () => {
    assert.equal(log.version, '2.1.0');
    assert.equal(log.$schema, 'https://json.schemastore.org/sarif-2.1.0.json');
    assert.equal(log.runs.length, 1);
    assert.equal(run.columnKind, 'utf16CodeUnits');
    assert.equal(run.tool.driver.name, 'factcheck');
    assert.equal(run.tool.driver.version, '9.9.9');
    assert.equal(run.tool.driver.informationUri, undefined);
    assert.deepEqual(
      run.tool.driver.rules.map((r: { id: string; defaultConfiguration: { level: string } }) => [r.id, r.defaultConfiguration.level]),
      [
        ['factcheck/conflicting', 'warning'],
        ['factcheck/outdated', 'warning'],
        ['factcheck/unsupported', 'note'],
        ['factcheck/supported', 'none'],
      ],
    );
    assert.equal(run.invocations[0].executionSuccessful, true);
  });

  it('gives 1-based UTF-16 regions and evidence as related locations', () => {
    const r = run.results[0];
    assert.equal(r.ruleId, 'factcheck/conflicting');
    assert.equal(r.level, 'warning');
    assert.equal(r.message.text, conflicting.message);
    const loc = r.locations[0].physicalLocation;
    assert.equal(loc.artifactLocation.uri, 'draft.md');
    assert.deepEqual(loc.region, { startLine: 3, startColumn: 6, endLine: 3, endColumn: 6 + CLAIM.length });
    const rel = r.relatedLocations[0];
    assert.equal(rel.physicalLocation.artifactLocation.uri, 'sources/newsweek-2024-11-23.md');
    const col = SENTENCE.indexOf(FIGURE) + 1;
    assert.deepEqual(rel.physicalLocation.region, { startLine: 5, startColumn: col, endLine: 5, endColumn: col + FIGURE.length });
    assert.match(rel.message.text, /^conflicts: Newsweek.*roughly 11,000/);
    assert.match(r.partialFingerprints['claimHash/v1'], /^[0-9a-f]{64}$/);
    assert.deepEqual(r.properties, { aspects: ['count'], sources: ['newsweek-2024-11-23'] });
    assert.equal(run.results[1].level, 'none');
    assert.equal(run.results[1].relatedLocations, undefined);
  });

  it('reports problems as tool execution notifications', () => {
    const notes = run.invocations[0].toolExecutionNotifications;
    assert.deepEqual(
      notes.map((n: { level: string; message: { text: string } }) => [n.level, n.message.text]),
      [
        ['warning', 'not a date'],
        ['warning', 'not UTF-8'],
      ],
    );
    assert.equal(notes[0].locations[0].physicalLocation.artifactLocation.uri, 'sources/old.md');
  });

  it('keeps fingerprints stable across runs', () => {
    const again = sarifLog([report([conflicting])], library, { cwd: CWD, version: '1' });
    assert.equal(again.runs[0].results[0].partialFingerprints['claimHash/v1'], run.results[0].partialFingerprints['claimHash/v1']);
  });
});

describe('cli: exit status', () => {
  const err = { severity: 'error' as const, file: 'x', message: 'x' };
  it('is 0 without conflicting or outdated findings', () => {
    assert.equal(exitStatus([], false), 0);
    assert.equal(exitStatus([report([misquote, { ...conflicting, verdict: 'unsupported' }])], false), 0);
  });
  it('is 1 with a conflicting or outdated finding', () => {
    assert.equal(exitStatus([report([misquote]), report([conflicting])], false), 1);
    assert.equal(exitStatus([report([{ ...conflicting, verdict: 'outdated' }])], false), 1);
  });
  it('is 2 for a usage error or a draft not checked', () => {
    assert.equal(exitStatus([], true), 2);
    assert.equal(exitStatus([report([conflicting]), { path: 'x', problems: [], error: err }], false), 2);
  });
});
