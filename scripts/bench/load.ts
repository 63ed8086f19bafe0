// A parallel build as background load for the typing benchmark (`--load`): a child process that
// bundles the product with esbuild (the command line, the server and the extension, with source
// maps, as `npm run build` does) into a temporary folder, over and over, until stopped. esbuild
// uses every core, as a build in a terminal beside the editor does. The bundles go to a folder of
// their own, never to dist/ (which the benchmark and the tests run).
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ROOT } from './lsp-client';

const LOOP = `
const { build } = require('esbuild');
const out = process.argv[1];
(async () => {
  const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', outdir: out, sourcemap: true, logLevel: 'silent' };
  for (;;) {
    await Promise.all([
      build({ ...common, entryPoints: { cli: 'server/src/cli/main.ts', server: 'server/src/lsp/main.ts' } }),
      build({ ...common, entryPoints: { extension: 'client/src/extension.ts' }, external: ['vscode'] }),
    ]);
    process.stdout.write('.');
  }
})();
`;

export interface Load {
  /** Builds finished so far. */
  builds(): number;
  /** Resolves when the first build has finished (the load is up to speed). */
  ready: Promise<void>;
  stop(): Promise<void>;
}

export function startLoad(): Load {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'factcheck-bench-load-'));
  const child = spawn(process.execPath, ['-e', LOOP, out], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  let builds = 0;
  let up: () => void = () => undefined;
  const ready = new Promise<void>((r) => (up = r));
  child.stdout.on('data', (d: Buffer) => {
    builds += d.length;
    up();
  });
  child.once('exit', up);
  return {
    builds: () => builds,
    ready,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
      // (The build's esbuild service may still be writing its last files as the loop exits: removal
      // is retried, and a folder left in the temporary directory never fails the run.)
      try {
        fs.rmSync(out, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
      } catch (e) {
        console.error(`bench: could not remove ${out}: ${(e as Error).message}`);
      }
    },
  };
}
