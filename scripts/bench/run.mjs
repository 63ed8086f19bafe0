// `npm run bench`: builds the product's bundles (dist/server.js, dist/cli.js, dist/extension.js, so
// the typing and start figures measure the current code), bundles the benchmark itself with esbuild
// the same way (dist/bench.cjs: the engine measured is compiled as it ships in dist/cli.js and
// dist/server.js, not through tsx's per-module loader, which costs ~20% on the full check), then
// runs it with --expose-gc and passes the arguments on (--quick, --json FILE, --only, --from).
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';

const built = spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
if (built.status !== 0) process.exit(built.status ?? 1);
await build({
  entryPoints: { bench: 'scripts/bench/main.ts' },
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  // As the product's bundles (scripts/build.mjs): regular expression literals stay literals.
  supported: { 'regexp-unicode-property-escapes': true },
  outdir: 'dist',
  outExtension: { '.js': '.cjs' },
  // harper.js loads its WebAssembly from its own package folder.
  external: ['harper.js', 'harper.js/*'],
  logLevel: 'warning',
});
const run = spawnSync(process.execPath, ['--expose-gc', 'dist/bench.cjs', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(run.status ?? 1);
