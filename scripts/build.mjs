// Bundles with esbuild: the command-line front (dist/cli.js), the language server (dist/server.js)
// and the VS Code extension (dist/extension.js). The bundles hold every runtime dependency, so the
// .vsix ships without node_modules (vsce package --no-dependencies).
// esbuild does not type-check: `npm run typecheck` (tsc --noEmit) does.
import { spawnSync } from 'node:child_process';
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  outdir: 'dist',
  sourcemap: true,
  logLevel: 'warning',
  // esbuild rewrites a regular expression literal with a Unicode property escape (/^\p{N}/u) as a
  // constructor call (new RegExp("^\\p{N}", "u")) for every Node target. Node 20 has them, and a
  // literal in a function is a cheap copy of its boilerplate where the constructor parses its
  // source and looks it up again on every call: 110,000 such calls in a 100,000-word check.
  supported: { 'regexp-unicode-property-escapes': true },
};

// Each front's bundle, and a small launcher beside it that starts the bundle from V8's code cache
// (server/src/launch/code-cache.ts): dist/cli.js and dist/server.js are the launchers.
const node = {
  'cli-bundle': 'server/src/cli/main.ts',
  'server-bundle': 'server/src/lsp/main.ts',
  cli: 'server/src/launch/cli.ts',
  server: 'server/src/launch/server.ts',
};

await Promise.all([
  // pg's optional native binding (pg-native) is loaded only when asked for (pg.native): left out.
  build({ ...common, entryPoints: node, external: ['pg-native'] }),
  // The extension runs in VS Code's extension host, which provides the `vscode` module.
  build({ ...common, entryPoints: { extension: 'client/src/extension.ts' }, external: ['vscode'] }),
  // The claims report's page script with its chart library (Observable Plot), for the browser: the
  // command line inlines it into the HTML file, the webview loads it from the extension.
  build({
    entryPoints: { 'report-chart': 'server/src/report/browser/main.ts' },
    bundle: true,
    platform: 'browser',
    target: 'es2020',
    format: 'iife',
    minify: true,
    legalComments: 'eof',
    outdir: 'dist',
    logLevel: 'warning',
  }),
]);

// The bundled library prebuilt beside the bundles (engine/snapshot.ts), read with the same engine code.
const made = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/make-snapshot.ts'], { stdio: ['ignore', 'ignore', 'inherit'] });
if (made.status !== 0) {
  console.error('build: the bundled library snapshot was not made; the bundles read the bundled sources at start');
}
// The bundles' code caches, made by running them (after the snapshot: they load it).
const cached = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/make-code-cache.ts'], { stdio: ['ignore', 'ignore', 'inherit'] });
if (cached.status !== 0) console.error('build: the code caches were not made; the bundles compile at start');
