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

/** Whether a path lies inside a folder once symbolic links are resolved (for a file not there yet,
 *  its nearest existing parent). */
export function insideAfterLinks(file: string, folder: string): boolean {
  const real = (p: string): string => {
    try {
      return fs.realpathSync(p);
    } catch {
      const up = path.dirname(p);
      return up === p ? p : path.join(real(up), path.basename(p));
    }
  };
  // A dangling link: the file "does not exist", but creating it would follow the link.
  try {
    if (fs.lstatSync(file).isSymbolicLink()) {
      const to = path.resolve(path.dirname(file), fs.readlinkSync(file));
      if (!insideAfterLinks(to, folder)) return false;
    }
  } catch {
    /* not there: judged by its parent */
  }
  const root = real(folder);
  const f = real(file);
  return f.startsWith(root + path.sep);
}
