// Bundles with esbuild: the command-line front (dist/cli.js), the language server (dist/server.js)
// and the VS Code extension (dist/extension.js). The bundles hold every runtime dependency, so the
// .vsix ships without node_modules (vsce package --no-dependencies).
// esbuild does not type-check: `npm run typecheck` (tsc --noEmit) does.
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  outdir: 'dist',
  sourcemap: true,
  logLevel: 'warning',
};

const node = { cli: 'server/src/cli/main.ts', server: 'server/src/lsp/main.ts' };

await Promise.all([
  build({ ...common, entryPoints: node }),
  // The extension runs in VS Code's extension host, which provides the `vscode` module.
  build({ ...common, entryPoints: { extension: 'client/src/extension.ts' }, external: ['vscode'] }),
]);
