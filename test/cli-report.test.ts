// `factcheck report` as a process: the built command writes the claims report of a draft as one
// HTML file (or its data as JSON), and says clearly what is wrong with a bad command line.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '..');
const BIN = path.join(ROOT, 'bin', 'factcheck.js');

function run(args: string[], opts: { cwd?: string; input?: string } = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: opts.cwd ?? ROOT, input: opts.input, encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('factcheck report', function () {
  this.timeout(120_000);
  let tmp: string;
  before(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'factcheck-report-'));
  });
  after(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('writes one self-contained HTML file of examples/draft.md and says what is in it', () => {
    const out = path.join(tmp, 'report.html');
    const r = run(['report', 'examples/draft.md', '--out', out]);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, '');
    assert.match(
      r.stderr,
      /wrote .*report\.html: 9 claims: 2 conflicting, 1 outdated, 1 unsupported, 5 supported; 1 cited, 8 uncited; 2 timelines/,
    );
    const page = fs.readFileSync(out, 'utf8');
    assert.match(page, /^<!DOCTYPE html>/);
    assert.match(page, /<title>Claims report: examples\/draft\.md<\/title>/);
    // Self-contained: the chart library is inlined, nothing is fetched.
    const chart = fs.readFileSync(path.join(ROOT, 'dist', 'report-chart.js'), 'utf8');
    assert.ok(page.includes(chart.slice(0, 2000)), 'the page script (with Observable Plot) is inlined');
    assert.doesNotMatch(page, /<script[^>]+src=|<link\b|<iframe|<img/i);
    assert.match(page, /factcheck \d+\.\d+\.\d+/);
  });

  it('writes to standard output without --out, reads a draft from standard input, and gives JSON with --format json', () => {
    const html = run(['report', 'examples/draft.md']);
    assert.equal(html.status, 0, html.stderr);
    assert.match(html.stdout, /^<!DOCTYPE html>/);
    const draft = fs.readFileSync(path.join(ROOT, 'examples', 'draft.md'), 'utf8');
    const json = run(['report', '-', '--format', 'json'], { input: draft });
    assert.equal(json.status, 0, json.stderr);
    const report = JSON.parse(json.stdout);
    assert.equal(report.draft, 'standard input');
    assert.equal(report.claims.length, 9);
    assert.deepEqual(
      report.timelines.map((t: any) => t.measure.label),
      ['North Korean soldiers', 'tanks'],
    );
  });

  it('takes --date, --sources and --no-bundled as check does', () => {
    const dir = path.join(tmp, 'own');
    fs.mkdirSync(dir);
    fs.writeFileSync(
      path.join(dir, 'flood.md'),
      '---\nid: flood\noutlet: Wire\npublished: 2024-06-09\n---\n\nThe regional governor said on Sunday that 64 people had died in the floods.\n',
    );
    const draft = path.join(tmp, 'flood-draft.md');
    fs.writeFileSync(draft, 'The regional governor said that 64 people had died in the floods.\n');
    const r = run(['report', draft, '--no-bundled', '--sources', dir, '--date', '2024-06-10', '--format', 'json']);
    assert.equal(r.status, 0, r.stderr);
    const report = JSON.parse(r.stdout);
    assert.equal(report.date, '2024-06-10');
    assert.equal(report.claims[0].verdict, 'supported');
    assert.deepEqual(
      report.timelines[0].points.map((p: any) => [p.date, p.value, p.sources[0].source]),
      [['2024-06-09', 64, 'flood']],
    );
  });

  for (const [args, message] of [
    [['report'], /missing FILE \('report' needs one draft file/],
    [['report', 'a.md', 'b.md'], /unexpected argument 'b\.md' \('report' takes one draft\)/],
    [['report', 'examples/draft.md', '--format', 'sarif'], /invalid --format 'sarif' for 'report' \(expected html or json\)/],
    [['report', 'examples/draft.md', '--fail-on', 'none'], /option '--fail-on' is only for 'check'/],
    [['report', 'examples/draft.md', '--date', '2024-02-30'], /invalid --date '2024-02-30'/],
    [['check', 'examples/draft.md', '--out', 'x.html'], /option '--out' is only for 'report'/],
    [['report', 'examples/draft.md', '--out'], /option '--out' needs a value/],
  ] as const) {
    it(`usage error: ${args.join(' ')}`, () => {
      const r = run([...args]);
      assert.equal(r.status, 2, r.stderr);
      assert.match(r.stderr, message);
      assert.match(r.stderr, /Try 'factcheck --help'/);
    });
  }

  it('says which draft it cannot read and where it cannot write (exit 2), writing nothing', () => {
    const missing = run(['report', path.join(tmp, 'nope.md'), '--out', path.join(tmp, 'x.html')]);
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /nope\.md/);
    assert.ok(!fs.existsSync(path.join(tmp, 'x.html')));
    const unwritable = run(['report', 'examples/draft.md', '--out', path.join(tmp, 'no-such-dir', 'r.html')]);
    assert.equal(unwritable.status, 2);
    assert.match(unwritable.stderr, /cannot write the report to .*no-such-dir\/r\.html \(ENOENT\)/);
    const binary = path.join(tmp, 'binary.md');
    fs.writeFileSync(binary, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]));
    const b = run(['report', binary]);
    assert.equal(b.status, 2);
    assert.match(b.stderr, /binary/i);
  });

  it('lists report in --help', () => {
    const r = run(['--help']);
    assert.match(r.stdout, /factcheck report FILE\|- \[--out FILE\]/);
  });
});
