// The project's root directory, found from wherever the benchmark code runs (scripts/bench/ under
// tsx, or dist/ as the bundle `npm run bench` builds): the nearest folder above with package.json.
import * as fs from 'fs';
import * as path from 'path';

function findRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(path.join(dir, 'scripts', 'bench'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`cannot find the project root above ${from}`);
  }
}

export const ROOT = findRoot(__dirname);
