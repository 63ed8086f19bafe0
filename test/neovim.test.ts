// A real editor as the language client, on two Neovims: the system's `nvim` (Debian bookworm's
// 0.7.2 here; .ci/run installs it with apt when it can) with test/nvim/init.lua, and a current one
// (Debian trixie's 0.10, unpacked under ~/.cache by scripts/install-neovim-current.sh, or the
// executable FACTCHECK_NVIM_CURRENT names) with init.lua and with the README's "Neovim 0.8+"
// snippet itself (test/nvim/init-current.lua, which must be the README's text, run unchanged by
// test/nvim/harness.lua). Each run opens a throwaway draft headless, lets the editor start the
// language server, and reads back the diagnostics it received (test/nvim/check.lua writes them as
// JSON). A Neovim that is missing is skipped, saying why: the system's when `nvim` (0.7+) is not
// installed; the current one when FACTCHECK_NVIM_CURRENT=none, or when it is unset and the script
// cannot install it (no network). Set FACTCHECK_NVIM_CURRENT to a path to require that one.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '..');
const NVIM_DIR = path.join(ROOT, 'test', 'nvim');
const INIT = path.join(NVIM_DIR, 'init.lua');
const HARNESS = path.join(NVIM_DIR, 'harness.lua');
const INIT_CURRENT = path.join(NVIM_DIR, 'init-current.lua');
const INSTALL_CURRENT = path.join(ROOT, 'scripts', 'install-neovim-current.sh');
const SERVER_BIN = path.join(ROOT, 'bin', 'factcheck-ls.js');
const SERVER_JS = path.join(ROOT, 'dist', 'server.js');

const HUR = 'HUR said on Thursday that about 15,000 North Korean soldiers had been deployed to Russia.';
const SINGH =
  'On Monday, Deputy Pentagon press secretary Sabrina Singh told reporters that roughly 11,000 North Korean troops had entered the Kursk region.';
// The same conflicting claim after characters that take 3 and 4 bytes in UTF-8 and 1 and 2 UTF-16
// code units, so byte, code-point and UTF-16 columns all differ.
const HUR_WIDE = `A “quick” recap 🙂: ${HUR}`;
const DRAFT = `${HUR}\n\n${SINGH}\n\n${HUR_WIDE}\n`;
const LINES = DRAFT.split('\n');
// Settings the editor answers workspace/configuration with: supported claims as Information rather
// than the default Hint, so the test sees that the server read them. (The README's snippet sets the
// same in its own text.)
const SETTINGS = { severity: { supported: 'information' } };

// LSP DiagnosticSeverity; vim.diagnostic.severity uses the same numbers.
const WARNING = 2;
const INFORMATION = 3;

interface Pos {
  line: number;
  character: number;
}
interface Rng {
  start: Pos;
  end: Pos;
}
interface VimDiag {
  lnum: number;
  col: number;
  end_lnum: number | null;
  end_col: number | null;
  severity: number;
  source: string | null;
  code: string | number | null;
  message: string;
}
interface LspDiag {
  range: Rng;
  severity: number | null;
  source: string | null;
  code: string | number | null;
  message: string;
}
interface Report {
  ok: boolean;
  reason: string | null;
  nvim?: string;
  uri?: string;
  filetype?: string;
  publications?: number;
  pushes?: number;
  pulls?: number;
  errmsg?: string;
  configuration_requests?: unknown;
  log?: string | null;
  diagnostics?: VimDiag[] | Record<string, never>;
  lsp?: LspDiag[] | Record<string, never>;
}
interface CliFinding {
  range: Rng;
  verdict: string;
  message: string;
}

/** A Neovim's version (at least `min`), or why it cannot be used. */
function nvimVersion(bin: string, min: [number, number]): { version?: string; problem?: string } {
  const r = spawnSync(bin, ['--version'], { encoding: 'utf8', timeout: 10_000 });
  if (r.error || r.status !== 0) return { problem: `${bin} does not run (${r.error ? r.error.message : `exit ${r.status}: ${r.stderr}`})` };
  const m = /NVIM v(\d+)\.(\d+)\.(\d+)/.exec(r.stdout);
  if (!m) return { problem: `cannot read the version from \`${bin} --version\`: ${r.stdout.split('\n')[0]}` };
  const [major, minor] = [Number(m[1]), Number(m[2])];
  if (major < min[0] || (major === min[0] && minor < min[1])) return { problem: `${bin} is ${m[0]}, older than ${min.join('.')}` };
  return { version: `${m[1]}.${m[2]}.${m[3]}` };
}

/**
 * The current Neovim: FACTCHECK_NVIM_CURRENT's path when set (then it must work), else the one
 * scripts/install-neovim-current.sh installs (or finds in its cache), else why there is none.
 */
let current: Editor | undefined;
function currentNeovim(): Editor {
  if (current) return current;
  const named = process.env.FACTCHECK_NVIM_CURRENT;
  if (named === 'none') return (current = { required: false, problem: 'FACTCHECK_NVIM_CURRENT=none' });
  if (named) return (current = { bin: named, required: true });
  const pathFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'factcheck-nvim-path-')), 'nvim.path');
  const r = spawnSync('bash', [INSTALL_CURRENT], {
    cwd: ROOT,
    env: { ...process.env, FACTCHECK_NVIM_CURRENT_PATH_FILE: pathFile },
    encoding: 'utf8',
    timeout: 10 * 60_000,
  });
  const bin = fs.existsSync(pathFile) ? fs.readFileSync(pathFile, 'utf8').trim() : '';
  fs.rmSync(path.dirname(pathFile), { recursive: true, force: true });
  if (r.status === 0 && bin) return (current = { bin, required: false });
  const why = r.error ? r.error.message : `exit ${r.status}`;
  return (current = {
    required: false,
    problem: `scripts/install-neovim-current.sh could not install it (${why}): ${(r.stderr ?? '').trim().split('\n').slice(-3).join(' / ')}`,
  });
}

// lua-cjson writes an empty table as {}.
const list = <T>(v: T[] | Record<string, never> | undefined): T[] => (Array.isArray(v) ? v : []);

/** A Neovim to run, or why there is none (then the suite is skipped, or fails when `required`). */
interface Editor {
  bin?: string;
  required: boolean;
  problem?: string;
}
interface Suite {
  title: string;
  editor: () => Editor;
  /** The oldest Neovim the configuration runs on. */
  min: [number, number];
  /** What to do when there is no such Neovim. */
  hint: string;
  /** The file given to `nvim -u`. */
  init: string;
  /** Extra environment for nvim, given the temp dir. */
  env?: (tmp: string) => NodeJS.ProcessEnv;
}

let built = false;
function build(): void {
  if (built) return;
  execFileSync('node', ['scripts/build.mjs'], { cwd: ROOT, stdio: 'inherit', timeout: 60_000 });
  assert.ok(fs.existsSync(SERVER_BIN), `${SERVER_BIN} (the language server's launcher) is missing`);
  assert.ok(fs.existsSync(SERVER_JS), `${SERVER_JS} is missing after \`node scripts/build.mjs\``);
  built = true;
}

/** The same draft and the same checks, on one Neovim with one configuration. */
function neovimSuite(suite: Suite): void {
  describe(suite.title, function () {
    this.timeout(90_000);
    let tmp = '';
    let draft = '';
    let report: Report;
    let stderr = '';
    let vim: VimDiag[] = [];
    let lsp: LspDiag[] = [];
    let cli: CliFinding[] = [];
    let pulls = false; // Neovim 0.10+ pulls diagnostics (textDocument/diagnostic)

    /** What to print when an assertion fails: the report's summary, nvim's stderr and the LSP log's tail. */
    function context(): string {
      const { diagnostics: _d, lsp: _l, ...summary } = report ?? {};
      let log = '';
      if (report?.log && fs.existsSync(report.log)) log = fs.readFileSync(report.log, 'utf8').split('\n').slice(-40).join('\n');
      return `\nreport: ${JSON.stringify(summary)}\nnvim stderr: ${stderr.slice(-2000)}\nlsp.log (tail): ${log}\ndiagnostics: ${JSON.stringify(vim, null, 1)}`;
    }

    before(function () {
      const editor = suite.editor();
      const { version, problem } = editor.bin ? nvimVersion(editor.bin, suite.min) : { version: undefined, problem: editor.problem };
      if (!version || !editor.bin) {
        if (editor.required) assert.fail(`${problem}`);
        console.warn(`      skipped: ${problem}; ${suite.hint}`);
        this.skip();
      }
      const bin = editor.bin;
      const [major, minor] = version.split('.').map(Number);
      pulls = major > 0 || minor >= 10;
      console.log(`      nvim ${version}: ${bin}`);
      build();

      tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'factcheck-nvim-'));
      draft = path.join(tmp, 'draft.md');
      fs.writeFileSync(draft, DRAFT);
      const out = path.join(tmp, 'diagnostics.json');

      // Neovim's own state (LSP log, shada) goes to the temp dir, not the user's home.
      const env: NodeJS.ProcessEnv = {
        ...process.env,
        XDG_CONFIG_HOME: path.join(tmp, 'config'),
        XDG_DATA_HOME: path.join(tmp, 'data'),
        XDG_CACHE_HOME: path.join(tmp, 'cache'),
        XDG_STATE_HOME: path.join(tmp, 'state'),
        FACTCHECK_DIAGNOSTICS_OUT: out,
        FACTCHECK_SETTINGS: JSON.stringify(SETTINGS),
        FACTCHECK_WAIT_MS: '20000',
        ...suite.env?.(tmp),
      };
      delete env.FACTCHECK_LS_CMD;
      delete env.FACTCHECK_ROOT;
      const r = spawnSync(bin, ['--headless', '-n', '-i', 'NONE', '-u', suite.init, draft], {
        cwd: tmp,
        env,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
        timeout: 45_000,
        killSignal: 'SIGKILL',
      });
      stderr = `${r.stderr ?? ''}${r.stdout ?? ''}`;
      assert.ok(!r.error, `nvim did not finish: ${r.error?.message}\n${stderr}`);
      assert.ok(fs.existsSync(out), `nvim exited (status ${r.status}) without writing ${out}\n${stderr}`);
      report = JSON.parse(fs.readFileSync(out, 'utf8')) as Report;
      vim = list(report.diagnostics);
      lsp = list(report.lsp);
      assert.ok(report.ok, `no diagnostics reached Neovim: ${report.reason}${context()}`);
      assert.equal(r.status, 0, `nvim exited with status ${r.status}${context()}`);

      // The command-line front reads the same library: its findings give the expected ranges.
      const c = spawnSync('node', [path.join(ROOT, 'bin', 'factcheck.js'), 'check', draft, '--format', 'json'], {
        cwd: ROOT,
        encoding: 'utf8',
      });
      cli = (JSON.parse(c.stdout) as { files: { findings: CliFinding[] }[] }).files[0].findings;
    });

    after(function () {
      if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
    });

    it('attaches to the Markdown buffer and answers workspace/configuration', function () {
      assert.equal(report.filetype, 'markdown');
      assert.equal(report.uri, `file://${draft}`);
      assert.ok(vim.length > 0);
      assert.ok(
        vim.every((d) => d.source === 'factcheck'),
        `every diagnostic has source factcheck${context()}`,
      );
      assert.match(
        JSON.stringify(report.configuration_requests),
        /"section":"factcheck/,
        `the server asked for the factcheck section${context()}`,
      );
    });

    it('gets them the way this Neovim asks: pulled (textDocument/diagnostic) from 0.10, pushed before', function () {
      if (pulls) assert.ok(report.pulls! > 0 && report.pushes === 0, `pulled, not pushed${context()}`);
      else assert.ok(report.pushes! > 0 && report.pulls === 0, `pushed, not pulled${context()}`);
    });

    it('warns on line 0 that the sources give 12,000, not 15,000', function () {
      const d = vim.find((x) => x.lnum === 0 && x.severity === WARNING);
      assert.ok(d, `a Warning on line 0${context()}`);
      assert.equal(d.source, 'factcheck');
      assert.match(d.message, /12,000/);
      assert.match(String(d.code), /^conflicting/);
      const fig = HUR.indexOf('15,000');
      assert.equal(d.end_lnum, 0);
      assert.ok(
        d.col <= fig && d.end_col !== null && d.end_col >= fig + 6 && d.end_col <= HUR.length,
        `covers “15,000” within line 0: ${d.col}–${d.end_col}`,
      );
    });

    it('reports the supported claim on line 2 with the configured severity', function () {
      const d = vim.find((x) => x.lnum === 2);
      assert.ok(d, `a diagnostic on line 2${context()}`);
      assert.equal(d.severity, INFORMATION, `severity.supported = information was applied${context()}`);
      assert.match(String(d.code), /^supported/);
      assert.match(d.message, /11,000/);
      assert.ok(!vim.some((x) => x.lnum === 1 || x.lnum === 3), 'nothing on the blank lines');
    });

    it('gives 0-based UTF-16 ranges that Neovim maps to the right bytes', function () {
      const wide = lsp.find((x) => x.range.start.line === 4);
      assert.ok(wide, `a diagnostic on line 4${context()}`);
      assert.equal(wide.severity, WARNING);
      // The published range in UTF-16 code units covers the figure …
      const text = LINES[4];
      const fig = text.indexOf('15,000');
      assert.ok(wide.range.start.character <= fig && wide.range.end.character >= fig + 6, `covers “15,000”: ${JSON.stringify(wide.range)}`);
      assert.ok(
        wide.range.end.character <= text.length,
        `ends within the line (UTF-16 length ${text.length}): ${JSON.stringify(wide.range)}`,
      );
      // … and is the range the command gives for the same finding.
      const expected = cli.find((f) => f.range.start.line === 4 && f.verdict === 'conflicting');
      assert.ok(expected, 'the command finds the conflict on line 4');
      assert.deepEqual(wide.range, expected.range);
      // Neovim converted it to byte columns of the same text.
      const d = vim.find((x) => x.lnum === 4);
      assert.ok(d);
      const bytes = (chars: number): number => Buffer.byteLength(text.slice(0, chars), 'utf8');
      assert.equal(d.col, bytes(wide.range.start.character));
      assert.equal(d.end_col, bytes(wide.range.end.character));
      // Every published range agrees with the command's finding on that line.
      for (const x of lsp) {
        const verdict = String(x.code).split('/')[0];
        const f = cli.find((y) => y.range.start.line === x.range.start.line && y.verdict === verdict);
        assert.ok(f, `the command has a finding on line ${x.range.start.line}: ${x.message}`);
        assert.deepEqual(x.range, f.range, `line ${x.range.start.line}: ${x.message}`);
      }
    });
  });
}

neovimSuite({
  title: 'Neovim (the system nvim, 0.7+) with test/nvim/init.lua',
  editor: () => ({ bin: 'nvim', required: false }),
  min: [0, 7],
  hint: 'install Neovim 0.7+ to run it: `apt-get install neovim` (Debian/Ubuntu), `brew install neovim`, or see https://neovim.io',
  init: INIT,
});

const CURRENT_HINT =
  "run scripts/install-neovim-current.sh (Debian trixie's neovim into ~/.cache) or set FACTCHECK_NVIM_CURRENT to a Neovim 0.8+";

neovimSuite({
  title: 'Neovim (current: scripts/install-neovim-current.sh) with test/nvim/init.lua',
  editor: currentNeovim,
  min: [0, 8],
  hint: CURRENT_HINT,
  init: INIT,
});

neovimSuite({
  title: "Neovim (current) with the README's Neovim 0.8+ snippet (test/nvim/init-current.lua)",
  editor: currentNeovim,
  min: [0, 8],
  hint: CURRENT_HINT,
  init: HARNESS,
  // The snippet runs `factcheck-ls` from PATH, as after `npm install -g`: here a shim for the
  // repository's launcher.
  env: (tmp) => {
    const dir = path.join(tmp, 'bin');
    fs.mkdirSync(dir, { recursive: true });
    const shim = path.join(dir, 'factcheck-ls');
    fs.writeFileSync(shim, `#!/bin/sh\nexec node ${JSON.stringify(SERVER_BIN)} "$@"\n`, { mode: 0o755 });
    return { PATH: `${dir}${path.delimiter}${process.env.PATH ?? ''}`, FACTCHECK_NVIM_INIT: INIT_CURRENT };
  },
});

describe("The README's Neovim 0.8+ snippet", function () {
  it('is test/nvim/init-current.lua, the configuration the current Neovim runs', function () {
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const at = readme.indexOf('**Neovim 0.8+**');
    assert.ok(at >= 0, 'README.md has a "**Neovim 0.8+**" section');
    const block = /```lua\n([\s\S]*?)```/.exec(readme.slice(at));
    assert.ok(block, 'a ```lua block follows "**Neovim 0.8+**" in README.md');
    assert.equal(block[1], fs.readFileSync(INIT_CURRENT, 'utf8'), "README.md's snippet and test/nvim/init-current.lua differ");
  });
});
