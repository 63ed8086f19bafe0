// The launcher's code cache (server/src/launch/code-cache.ts): a bundle run once with the cache to
// be made starts from it afterwards; a cache made from another text, or a damaged one, is never
// used and the bundle still runs; the product's bundles come with their caches.
import { strict as assert } from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { MAKE_ENV } from '../server/src/launch/code-cache';

const ROOT = path.resolve(__dirname, '..');
const LOADER = path.join(ROOT, 'server', 'src', 'launch', 'code-cache.ts');

/** Loads `bundle` through the launcher in a fresh process: its exports' `value` and whether the cache was used. */
function load(bundle: string, make = false): { value: unknown; cached: boolean } {
  const script = `const { loadBundle } = require(${JSON.stringify(LOADER)}); const r = loadBundle(${JSON.stringify(bundle)}); process.stdout.write(JSON.stringify({ value: r.exports.value, cached: r.cached }));`;
  const r = spawnSync(process.execPath, ['--import', 'tsx', '-e', script], {
    env: { ...process.env, ...(make ? { [MAKE_ENV]: path.basename(bundle) } : {}), FACTCHECK_NO_CODE_CACHE: '' },
    encoding: 'utf8',
  });
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout) as { value: unknown; cached: boolean };
}

describe('code cache of the bundles', function () {
  this.timeout(60000);
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factcheck-cc-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const bundleOf = (value: string) =>
    `function twice(x) { return x + x; }\nmodule.exports = { value: twice(${JSON.stringify(value)}) + __filename.slice(-9) };\n`;

  it('a bundle run with the cache to be made starts from it afterwards, with the same exports', () => {
    const file = path.join(dir, 'bundle.js');
    fs.writeFileSync(file, bundleOf('ab'));
    const first = load(file, true);
    assert.deepEqual(first, { value: 'ababbundle.js', cached: false });
    assert.ok(fs.existsSync(path.join(dir, 'bundle.cache')), 'the cache was written on exit');
    assert.deepEqual(load(file), { value: 'ababbundle.js', cached: true });
  });

  it('a cache made from another text of the same length is not used: the new text runs', () => {
    const file = path.join(dir, 'bundle.js');
    fs.writeFileSync(file, bundleOf('ab'));
    load(file, true);
    fs.writeFileSync(file, bundleOf('cd'));
    assert.deepEqual(load(file), { value: 'cdcdbundle.js', cached: false });
  });

  it('a damaged cache is not used and does not stop the bundle', () => {
    const file = path.join(dir, 'bundle.js');
    fs.writeFileSync(file, bundleOf('ab'));
    load(file, true);
    const cache = path.join(dir, 'bundle.cache');
    const bytes = fs.readFileSync(cache);
    bytes.fill(7, 40, 400);
    fs.writeFileSync(cache, bytes);
    assert.equal(load(file).value, 'ababbundle.js');
    fs.writeFileSync(cache, 'short');
    assert.deepEqual(load(file), { value: 'ababbundle.js', cached: false });
  });

  it('the build gives the command line and the server bundles their caches, and V8 takes them', function () {
    for (const name of ['cli-bundle', 'server-bundle']) {
      const bundle = path.join(ROOT, 'dist', `${name}.js`);
      if (!fs.existsSync(bundle)) this.skip(); // not built: the build's own test says so
      assert.ok(fs.existsSync(path.join(ROOT, 'dist', `${name}.cache`)), `dist/${name}.cache was not made by the build`);
    }
    // Made by the same Node with the same flags: V8 accepts the command line's (the server's is
    // the same mechanism, run over stdio).
    const r = spawnSync(process.execPath, ['-p', `require(${JSON.stringify(path.join(ROOT, 'dist', 'cli.js'))}).codeCached`], {
      encoding: 'utf8',
      env: { ...process.env, FACTCHECK_NO_CODE_CACHE: '' },
    });
    assert.equal(r.stdout.trim(), 'true', `V8 did not take dist/cli-bundle.cache: ${r.stderr}`);
  });
});
