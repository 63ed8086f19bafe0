// Bundles the command-line front (and, later, the language server and the extension) with esbuild.
// esbuild does not type-check: `npm run typecheck` (tsc --noEmit) does.
import { build } from 'esbuild';

await build({
  entryPoints: { cli: 'server/src/cli/main.ts' },
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  outdir: 'dist',
  sourcemap: true,
  logLevel: 'warning',
});
