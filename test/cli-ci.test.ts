// The command line at the edges a newsroom's CI meets: folders that are not there, output piped
// into a reader that stops early, drafts over the size limit, and the CI options (formats github
// and junit, --fail-on, --quiet, folders, globs, --ignore, standard input). Runs the built
// `factcheck` as a child process.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { TANKS } from './sample-texts';

const ROOT = path.resolve(__dirname, '..');
const BIN = path.join(ROOT, 'bin', 'factcheck.js');
const DRAFT = 'examples/draft.md';

function run(args: string[], cwd = ROOT): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync('node', [BIN, ...args], { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('cli: file-system edges', () => {
  it('a source folder that is not there is an error (exit 2), not an empty library', () => {
    const r = run(['check', DRAFT, '--no-bundled', '--sources', path.join(os.tmpdir(), 'factcheck-no-such-folder')]);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /source folder not found: .*factcheck-no-such-folder/);
  });

  it('output piped into a reader that stops early ends quietly with the status of the check', () => {
    // `| head -1`: the reader closes the pipe after the first line; no EPIPE trace, exit 1 (conflicts).
    // The draft 60 times: far more output than a pipe buffers, so the writer meets the closed pipe.
    const many = Array(60).fill(DRAFT).join(' ');
    const r = spawnSync('bash', ['-o', 'pipefail', '-c', `node ${JSON.stringify(BIN)} check ${many} | head -c 10 > /dev/null`], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    assert.doesNotMatch(r.stderr, /EPIPE|Unhandled/);
    assert.equal(r.status, 1);
  });
});

describe('cli: size cap', function () {
  this.timeout(60_000);
  it('a draft over the editor’s limit is not checked by default (exit 2, a message); --max-chars raises it', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factcheck-big-'));
    const file = path.join(dir, 'big.md');
    fs.writeFileSync(file, 'North Korea sent troops to Russia. '.repeat(30_000)); // 1,050,000 characters
    const r = run(['check', file]);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /too large to check \(more than 1,000,000 characters; raise the limit with --max-chars\)/);
    const raised = run(['check', file, '--max-chars', '2000000', '--format', 'json']);
    assert.notEqual(raised.status, 2);
    assert.equal(run(['check', file, '--max-chars', 'lots']).status, 2);
  });
});

describe('cli: CI that fails on what matters', function () {
  this.timeout(60_000);
  const runIn = (args: string[], input?: string) => {
    const r = spawnSync('node', [BIN, ...args], { cwd: ROOT, encoding: 'utf8', input });
    return { status: r.status, stdout: r.stdout, stderr: r.stderr };
  };

  it('--format github: workflow commands as GitHub documents them (level, file, line, col, title; escaped)', () => {
    const r = runIn(['check', DRAFT, '--format', 'github']);
    assert.equal(r.status, 1);
    const lines = r.stdout.trimEnd().split('\n');
    assert.ok(lines.length >= 4);
    for (const l of lines)
      assert.match(l, /^::(error|warning|notice) file=[^,:\n]+,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=[^,:\n]+::[^\r\n]+$/, l);
    assert.ok(lines.some((l) => l.startsWith('::error ') && l.includes('title=conflicting/count')));
    assert.ok(lines.some((l) => l.startsWith('::warning ') && l.includes('title=outdated')));
  });

  it('--format junit: a suite per draft, a failure per finding the gate fails on', () => {
    const r = runIn(['check', DRAFT, '--format', 'junit', '--fail-on', 'conflicting']);
    assert.equal(r.status, 1);
    assert.match(r.stdout, /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<testsuites name="factcheck" tests="\d+" failures="2" errors="0">/);
    assert.equal((r.stdout.match(/<failure type="conflicting"/g) ?? []).length, 2);
    assert.ok(!/<failure type="outdated"/.test(r.stdout));
  });

  it('--fail-on picks the verdicts that fail; --quiet leaves supported claims out', () => {
    assert.equal(runIn(['check', DRAFT, '--fail-on', 'none']).status, 0);
    assert.equal(runIn(['check', DRAFT, '--fail-on', 'unsupported']).status, 1);
    assert.equal(runIn(['check', DRAFT, '--fail-on', 'maybe']).status, 2);
    const quiet = runIn(['check', DRAFT, '--quiet']);
    assert.ok(!/ supported: /.test(quiet.stdout) && / conflicting: /.test(quiet.stdout), quiet.stdout);
  });

  it('folders, globs with --ignore, and - for standard input', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factcheck-drafts-'));
    fs.mkdirSync(path.join(dir, 'a', 'b'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'one.md'), `${TANKS}\n`);
    fs.writeFileSync(path.join(dir, 'a', 'b', 'two.md'), `${TANKS}\n`);
    fs.writeFileSync(path.join(dir, 'a', 'skip.md'), `${TANKS}\n`);
    fs.writeFileSync(path.join(dir, 'a', 'notes.json'), '{}');
    const folder = runIn(['check', dir, '--format', 'json']);
    assert.equal(JSON.parse(folder.stdout).files.length, 3);
    const glob = runIn(['check', `${dir}/**/*.md`, '--ignore', '**/skip.md', '--format', 'json']);
    assert.deepEqual(
      JSON.parse(glob.stdout)
        .files.map((f: { path: string }) => path.basename(f.path))
        .sort(),
      ['one.md', 'two.md'],
    );
    const stdin = runIn(['check', '-', '--format', 'json'], `${TANKS}\n`);
    assert.equal(JSON.parse(stdin.stdout).files[0].findings[0].verdict, 'unsupported');
    assert.equal(runIn(['check', `${dir}/nothing/*.md`]).status, 2);
  });
});
