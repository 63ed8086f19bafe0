// The package installs as a newsroom would install it: `npm pack`, then `npm install -g` of the
// tarball into a throwaway prefix; `factcheck` and `factcheck-ls` are on that prefix's PATH and work
// (the bundles need nothing but Node).
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const ROOT = path.join(__dirname, '..');

describe('install from a tarball (npm pack, npm install -g)', function () {
  this.timeout(240_000);

  it('puts factcheck and factcheck-ls on PATH; both run from anywhere', async () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'factcheck-install-'));
    const npm = (args: string[], cwd = ROOT) => {
      const r = spawnSync('npm', args, {
        cwd,
        encoding: 'utf8',
        env: { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' },
      });
      assert.equal(r.status, 0, `npm ${args.join(' ')}: ${r.stderr.slice(-2000)}`);
      return r.stdout;
    };
    npm(['pack', '--pack-destination', tmp]);
    const tarball = fs.readdirSync(tmp).find((f) => f.endsWith('.tgz'));
    assert.ok(tarball, 'npm pack made a tarball');
    const prefix = path.join(tmp, 'prefix');
    npm(['install', '-g', '--prefix', prefix, path.join(tmp, tarball)], tmp);
    const bin = path.join(prefix, 'bin');
    const env = { ...process.env, PATH: `${bin}${path.delimiter}${process.env.PATH}` };
    const draft = path.join(tmp, 'draft.md');
    fs.copyFileSync(path.join(ROOT, 'examples', 'draft.md'), draft);
    const check = spawnSync('factcheck', ['check', draft], { cwd: tmp, encoding: 'utf8', env });
    assert.equal(check.status, 1, check.stderr);
    assert.match(check.stdout, /draft\.md: 2 conflicting, 1 outdated, 1 unsupported, 5 supported/);
    // The claims report: its page script (with the chart library) ships in the tarball.
    const report = spawnSync('factcheck', ['report', draft, '--out', path.join(tmp, 'report.html')], { cwd: tmp, encoding: 'utf8', env });
    assert.equal(report.status, 0, report.stderr);
    assert.match(fs.readFileSync(path.join(tmp, 'report.html'), 'utf8'), /fc-points/);
    // The server answers initialize over stdio.
    const init = JSON.stringify({
      jsonrpc: '2.0',
      id: 1,
      method: 'initialize',
      params: { processId: null, rootUri: null, capabilities: {} },
    });
    const exit = JSON.stringify({ jsonrpc: '2.0', method: 'exit' });
    const frame = (s: string) => `Content-Length: ${Buffer.byteLength(s)}\r\n\r\n${s}`;
    const ls = spawn('factcheck-ls', [], { cwd: tmp, env, stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    const answered = new Promise<void>((resolve, reject) => {
      ls.stdout.on('data', (d) => {
        out += d;
        if (/"id":1,"result":\{"capabilities"/.test(out)) resolve();
      });
      ls.on('exit', () => reject(new Error(`factcheck-ls exited: ${out}`)));
    });
    ls.stdin.write(frame(init));
    await answered;
    ls.stdin.write(frame(exit));
  });
});
