// Where the package's own files (bundled sources, alias data) are, both from the esbuild bundle in
// dist/ and from the TypeScript sources under server/src/ (tests run those directly).
import * as fs from 'fs';
import * as path from 'path';

let root: string | undefined;

export function packageRoot(): string {
  if (root) return root;
  let dir = __dirname;
  for (;;) {
    const pkg = path.join(dir, 'package.json');
    if (fs.existsSync(pkg) && fs.existsSync(path.join(dir, 'server', 'data'))) return (root = dir);
    const up = path.dirname(dir);
    if (up === dir) throw new Error(`cannot find the factcheck package root above ${__dirname}`);
    dir = up;
  }
}

export function bundledSourcesDir(): string {
  return path.join(packageRoot(), 'sources');
}

export function dataDir(): string {
  return path.join(packageRoot(), 'server', 'data');
}
