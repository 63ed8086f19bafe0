// Starting a bundle from V8's code cache. A process that loads dist/cli-bundle.js or
// dist/server-bundle.js compiles ~1 MB of JavaScript, and then each function again on its first
// call: ~60 ms of a one-page check on this project's 2-core machine (docs/PERFORMANCE.md). The build
// runs each bundle once on the example draft (scripts/make-code-cache.ts) and keeps what V8 compiled
// beside it (`.cache`); a later process hands that to V8 instead of compiling. Node 22 has this built
// in (module.enableCompileCache); Node 20, which this project supports, has not.
//
// Safety: V8 itself checks its version and flags and rejects a cache made under others (another
// Node, VS Code's Electron): the bundle is then compiled as usual. V8 does not check the source's
// content, nor (in a release build) that the cache is whole: a damaged one can crash the process.
// So the cache file starts with a hash of the bundle it was made from and one of the cache itself;
// a cache made from another text, or not as it was written, is never handed to V8.
import { createHash } from 'crypto';
import * as fs from 'fs';
import Module from 'module';
import * as path from 'path';
import * as vm from 'vm';
import '../process-flags';

/** Set to a bundle's file name (or "1": any) to write its cache when the process exits. */
export const MAKE_ENV = 'FACTCHECK_MAKE_CODE_CACHE';
/** Set to 1 to compile as usual (to compare, in the benchmarks). */
export const OFF_ENV = 'FACTCHECK_NO_CODE_CACHE';
const HASH_BYTES = 20;

const digest = (bytes: string | Buffer): Buffer => createHash('sha1').update(bytes).digest();

export interface Loaded {
  exports: unknown;
  /** Whether the cache was there, made from this bundle, and accepted by V8. */
  cached: boolean;
}

/** Runs the bundle `file` as a CommonJS module (as `require` would) and returns its exports. */
export function loadBundle(file: string): Loaded {
  const source = fs.readFileSync(file, 'utf8');
  const cacheFile = file.replace(/\.js$/, '.cache');
  const hash = digest(source);
  let cachedData: Buffer | undefined;
  try {
    if (process.env[OFF_ENV] === '1') throw new Error('off');
    const bytes = fs.readFileSync(cacheFile);
    const data = bytes.subarray(2 * HASH_BYTES);
    if (bytes.subarray(0, HASH_BYTES).equals(hash) && data.length && bytes.subarray(HASH_BYTES, 2 * HASH_BYTES).equals(digest(data)))
      cachedData = data;
  } catch {
    // no cache: compiled as usual
  }
  const script = new vm.Script(Module.wrap(source), { filename: file, cachedData });
  const wanted = process.env[MAKE_ENV];
  if (wanted === '1' || wanted === path.basename(file))
    process.once('exit', () => {
      const data = script.createCachedData();
      fs.writeFileSync(cacheFile, Buffer.concat([hash, digest(data), data]));
    });
  const mod = new Module(file, module);
  mod.filename = file;
  mod.paths = (Module as unknown as { _nodeModulePaths(dir: string): string[] })._nodeModulePaths(path.dirname(file));
  const run = script.runInThisContext() as (...args: unknown[]) => void;
  const load = (id: string): unknown => mod.require(id);
  run.call(mod.exports, mod.exports, load, mod, file, path.dirname(file));
  mod.loaded = true;
  return { exports: mod.exports, cached: !!cachedData && !script.cachedDataRejected };
}
