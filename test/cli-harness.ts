// What the command-line tests share (test/cli.test.ts, test/cli-sources.test.ts): the built
// `factcheck` run as a child process, the shape of its JSON output, a file sliced by a range, and the
// build itself, made once however many of these files run.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

export const ROOT = path.resolve(__dirname, '..');
export const BIN = path.join(ROOT, 'bin', 'factcheck.js');

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}
export interface Pos {
  line: number;
  character: number;
}
export interface Rng {
  start: Pos;
  end: Pos;
}
export interface Ev {
  relation: string;
  source: string;
  excerpt: string;
  file: string;
  range?: Rng;
}
export interface Fnd {
  range: Rng;
  claim: string;
  verdict: string;
  aspects: string[];
  message: string;
  evidence: Ev[];
}
export interface Prob {
  severity: string;
  file?: string;
  field?: string;
  message: string;
}
export interface CheckOut {
  files: { path: string; findings: Fnd[]; problems: Prob[] }[];
  problems: Prob[];
}

export function run(args: string[], cwd = ROOT): Run {
  const r = spawnSync('node', [BIN, ...args], { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function json(args: string[], cwd = ROOT): { r: Run; out: CheckOut } {
  const r = run([...args, '--format', 'json'], cwd);
  return { r, out: JSON.parse(r.stdout) as CheckOut };
}

let built = false;
/** Builds the bundles the command runs (once per test run). */
export function buildOnce(): void {
  if (built) return;
  execFileSync('node', ['scripts/build.mjs'], { cwd: ROOT, stdio: 'pipe' });
  built = true;
}

/** A function that writes a file under the folder `dir()` names and returns its absolute path. */
export function writerIn(dir: () => string): (rel: string, content: string | Buffer) => string {
  return (rel, content) => {
    const p = path.join(dir(), rel);
    fs.mkdirSync(path.dirname(p), { recursive: true });
    fs.writeFileSync(p, content);
    return p;
  };
}

/** UTF-16 offset of an LSP position (lines end at \r\n, \r or \n). */
export function offsetAt(text: string, pos: Pos): number {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\r' && text[i + 1] === '\n') i++;
    if (text[i] === '\r' || text[i] === '\n') starts.push(i + 1);
  }
  assert.ok(pos.line < starts.length, `line ${pos.line} is past the end`);
  return starts[pos.line] + pos.character;
}
export const slice = (text: string, r: Rng) => text.slice(offsetAt(text, r.start), offsetAt(text, r.end));

/** Whitespace collapsed and no space before punctuation (claims are prose with markup masked out). */
const norm = (s: string) => s.replace(/\s+/g, ' ').replace(/ ([,.;:!?])/g, '$1');
/** The prose of a Markdown slice: footnote markers, link targets and emphasis removed. */
const plain = (s: string) =>
  norm(
    s
      .replace(/\[\^[^\]]*\]/g, '')
      .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/\*\*|__|\*|`/g, ''),
  );

export function assertSlicesClaims(text: string, findings: Fnd[]): void {
  for (const f of findings) {
    const s = slice(text, f.range);
    assert.equal(plain(s), norm(f.claim), `range ${JSON.stringify(f.range)} slices ${JSON.stringify(s)}`);
  }
}
export const byClaim = (out: CheckOut, claim: string) => out.files[0].findings.find((f) => f.claim === claim);
