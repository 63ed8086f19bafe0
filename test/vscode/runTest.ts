// Runs test/vscode/suite in a real VS Code (Electron, downloaded by @vscode/test-electron) with the
// extension under development: `npm run test:vscode`. Not part of `npm test`.
//
// Where VS Code cannot be downloaded (no route to update.code.visualstudio.com, as in a sandbox),
// it prints "skipped: ..." with the reason and exits 0; any other failure fails. The end-to-end
// test that does run offline is test/e2e/vscode-e2e.test.ts (code-server).
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { build } from 'esbuild';
import { downloadAndUnzipVSCode, runTests } from '@vscode/test-electron';

const root = path.join(__dirname, '..', '..');
const version = process.env.FACTCHECK_VSCODE_VERSION ?? 'stable';
const NETWORK_CODES = new Set([
  'ENOTFOUND',
  'EAI_AGAIN',
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'CERT_HAS_EXPIRED',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'SELF_SIGNED_CERT_IN_CHAIN',
]);

function isNetworkError(err: unknown): boolean {
  const e = err as { code?: string; message?: string } | undefined;
  if (e?.code && NETWORK_CODES.has(e.code)) return true;
  return /getaddrinfo|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|socket hang up|network|Failed to get JSON|status code 40[37]|proxy/i.test(
    e?.message ?? String(err),
  );
}

async function main(): Promise<number> {
  // VS Code (Electron) needs a display; on a headless Linux re-run under xvfb-run when there is one.
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY && !process.env.FACTCHECK_UNDER_XVFB) {
    if (spawnSync('sh', ['-c', 'command -v xvfb-run']).status === 0) {
      const r = spawnSync('xvfb-run', ['-a', process.execPath, ...process.execArgv, __filename], {
        stdio: 'inherit',
        env: { ...process.env, FACTCHECK_UNDER_XVFB: '1' },
      });
      return r.status ?? 1;
    }
  }

  let vscodeExecutablePath: string;
  try {
    vscodeExecutablePath = await downloadAndUnzipVSCode({ version, cachePath: path.join(root, '.vscode-test') });
  } catch (err) {
    if (isNetworkError(err)) {
      const e = err as { code?: string; message?: string };
      console.log(
        `skipped: VS Code ${version} cannot be downloaded from update.code.visualstudio.com on this network (${e.code ?? ''} ${e.message ?? err}).`,
      );
      console.log('The offline end-to-end test in a real VS Code (code-server) is `npm run test:e2e`.');
      return 0;
    }
    throw err;
  }
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    console.error(
      'test:vscode: VS Code needs a display. Install xvfb (apt-get install xvfb) so this can run under xvfb-run, or set DISPLAY.',
    );
    return 1;
  }

  // The extension host loads plain JavaScript: bundle the suite (mocha and vscode stay external).
  const out = path.join(root, 'out', 'test', 'vscode', 'suite');
  await build({
    entryPoints: [path.join(__dirname, 'suite', 'index.ts'), path.join(__dirname, 'suite', 'extension.test.ts')],
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    outdir: out,
    external: ['vscode', 'mocha'],
    logLevel: 'warning',
  });
  if (spawnSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'inherit' }).status !== 0) return 1;

  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'factcheck-vscode-'));
  fs.copyFileSync(path.join(root, 'examples', 'draft.md'), path.join(workspace, 'draft.md'));
  try {
    await runTests({
      vscodeExecutablePath,
      extensionDevelopmentPath: root,
      extensionTestsPath: path.join(out, 'index.js'),
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
      extensionTestsEnv: { FACTCHECK_TEST_WORKSPACE: workspace },
    });
    return 0;
  } finally {
    fs.rmSync(workspace, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error('test:vscode failed:', err instanceof Error ? (err.stack ?? err.message) : err);
    process.exit(1);
  },
);
