// Helpers for the end-to-end test: processes, ports, waiting, and a code-server instance with the
// packaged extension installed, in throwaway directories.
import { spawn, spawnSync, type ChildProcess } from 'child_process';
import * as fs from 'fs';
import * as http from 'http';
import * as net from 'net';
import * as os from 'os';
import * as path from 'path';

export const ROOT = path.join(__dirname, '..', '..');

/** Runs a command to completion; throws with its output when it fails. */
export function run(cmd: string, args: string[], opts: { cwd?: string; timeoutMs?: number; env?: NodeJS.ProcessEnv } = {}): string {
  const r = spawnSync(cmd, args, {
    cwd: opts.cwd ?? ROOT,
    env: { ...process.env, ...opts.env },
    encoding: 'utf8',
    timeout: opts.timeoutMs ?? 10 * 60 * 1000,
    maxBuffer: 64 * 1024 * 1024,
  });
  const output = `${r.stdout ?? ''}${r.stderr ?? ''}`;
  if (r.error || r.status !== 0) {
    const why = r.error ? r.error.message : `exit status ${r.status}${r.signal ? ` (signal ${r.signal})` : ''}`;
    throw new Error(`\`${cmd} ${args.join(' ')}\` failed: ${why}\n${output.slice(-4000)}`);
  }
  return output;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
  });
}

export async function poll<T>(
  what: string,
  probe: () => Promise<T | undefined> | T | undefined,
  timeoutMs: number,
  everyMs = 500,
): Promise<T> {
  const until = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const v = await probe();
      if (v !== undefined) return v;
    } catch (e) {
      last = e;
    }
    if (Date.now() > until) {
      throw new Error(
        `timed out after ${Math.round(timeoutMs / 1000)} s waiting for ${what}${last ? ` (last error: ${(last as Error).message ?? last})` : ''}`,
      );
    }
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

function httpStatus(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.setTimeout(3000, () => req.destroy(new Error('timeout')));
  });
}

export interface CodeServer {
  url: string;
  workspace: string;
  /** Where the .vsix was installed. */
  extensions: string;
  /** Everything code-server printed (for failure messages). */
  log(): string;
  stop(): Promise<void>;
}

/** Settings for a quiet, trusted workbench. */
const USER_SETTINGS = {
  'security.workspace.trust.enabled': false,
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.enableExperiments': false,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'chat.commandCenter.enabled': false,
  'editor.hover.delay': 200,
  'editor.minimap.enabled': false,
  'editor.wordWrap': 'on',
  'files.autoSave': 'off',
  'window.restoreWindows': 'none',
};

/**
 * Installs the .vsix into a fresh extensions dir and serves a temp workspace (a copy of the given
 * files) on a free loopback port, without auth or telemetry.
 */
export async function startCodeServer(bin: string, vsix: string, files: string[]): Promise<CodeServer> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'factcheck-e2e-'));
  const userData = path.join(tmp, 'user-data');
  const extensions = path.join(tmp, 'extensions');
  const workspace = path.join(tmp, 'workspace');
  for (const d of [path.join(userData, 'User'), extensions, workspace]) fs.mkdirSync(d, { recursive: true });
  fs.writeFileSync(path.join(userData, 'User', 'settings.json'), JSON.stringify(USER_SETTINGS, null, 2));
  for (const f of files) fs.copyFileSync(f, path.join(workspace, path.basename(f)));
  // A config file of its own, so code-server does not write one under $HOME.
  const config = path.join(tmp, 'config.yaml');
  fs.writeFileSync(config, 'auth: none\ncert: false\n');
  const common = ['--config', config, '--user-data-dir', userData, '--extensions-dir', extensions];

  run(bin, [...common, '--install-extension', vsix], { timeoutMs: 120_000 });
  const port = await freePort();
  let output = '';
  const child: ChildProcess = spawn(
    bin,
    [
      ...common,
      '--bind-addr',
      `127.0.0.1:${port}`,
      '--auth',
      'none',
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      '--ignore-last-opened',
      workspace,
    ],
    { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, VSCODE_PROXY_URI: '' } },
  );
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  let exited = false;
  child.on('exit', () => (exited = true));

  const stop = async () => {
    fs.writeFileSync(path.join(tmp, 'code-server.log'), output);
    if (!exited && child.pid) {
      try {
        process.kill(-child.pid, 'SIGTERM'); // its process group: the server, extension host, language server
      } catch {
        /* already gone */
      }
      const until = Date.now() + 5000;
      while (!exited && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
      if (!exited) {
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          /* already gone */
        }
      }
    }
    if (!process.env.FACTCHECK_E2E_KEEP) fs.rmSync(tmp, { recursive: true, force: true });
  };

  const url = `http://127.0.0.1:${port}`;
  try {
    await poll(
      'code-server to answer on ' + url,
      async () => {
        if (exited) throw new Error(`code-server exited:\n${output}`);
        return (await httpStatus(`${url}/healthz`)) === 200 ? true : undefined;
      },
      60_000,
      250,
    );
  } catch (e) {
    await stop();
    throw e;
  }
  return { url: `${url}/?folder=${encodeURIComponent(workspace)}`, workspace, extensions, log: () => output, stop };
}

/** Pids of processes (started under this test's code-server) whose command line contains `needle`. */
export function pidsWith(needle: string): number[] {
  const out: number[] = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes(needle)) out.push(Number(entry));
    } catch {
      /* gone */
    }
  }
  return out;
}
