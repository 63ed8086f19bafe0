// Writes dist/cli-bundle.cache and dist/server-bundle.cache (server/src/launch/code-cache.ts): runs
// each bundle once as a user would, the command line on the example draft and the language server
// over stdio until the example draft's diagnostics arrive, and keeps what V8 compiled on the way.
// Run by scripts/build.mjs after the bundles and the snapshot. A cache that is missing costs only
// speed: the bundles compile as usual.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { MAKE_ENV } from '../server/src/launch/code-cache';
import { BenchClient, ROOT } from './bench/lsp-client';

const draft = path.join(ROOT, 'examples', 'draft.md');
const made: string[] = [];

const cli = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'factcheck.js'), 'check', draft], {
  env: { ...process.env, [MAKE_ENV]: 'cli-bundle.js' },
  stdio: ['ignore', 'ignore', 'inherit'],
});
if (cli.status === 0 || cli.status === 1) made.push('cli-bundle.cache');

async function server(): Promise<void> {
  process.env[MAKE_ENV] = 'server-bundle.js';
  const client = new BenchClient({ settings: { debounce: 0 } });
  try {
    await client.initialize();
    const uri = pathToFileURL(draft).href;
    const wait = client.diagnostics(uri, 1, 30000);
    await client.open(uri, fs.readFileSync(draft, 'utf8'));
    await wait;
  } finally {
    await client.close();
  }
  made.push('server-bundle.cache');
}

server()
  .catch((e: unknown) => console.error(`code cache: the server's was not made: ${String(e)}`))
  .finally(() => {
    const sizes = made.map((f) => `${f} ${Math.round(fs.statSync(path.join(ROOT, 'dist', f)).size / 1024)} KB`);
    console.log(`code cache: ${sizes.join(', ') || 'none made'}`);
  });
