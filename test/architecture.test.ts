// The boundaries of the code base, checked on the files themselves (the lint rules in
// eslint.config.mjs say the same; this holds without ESLint): the fronts reach the engine only
// through its front door, the engine imports nothing from the editor protocol or the fronts, no
// module imports in a circle, and every test file is in one tier (test/tiers.cjs).
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';

const ROOT = path.join(__dirname, '..');
const SRC = path.join(ROOT, 'server', 'src');

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? filesUnder(p) : e.name.endsWith('.ts') ? [p] : [];
  });
}

/** The module specifiers a file imports or re-exports (static forms). */
export function importsOf(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/^\s*(?:import|export)\b[^'"]*?from\s+'([^']+)'|^\s*import\s+'([^']+)'/gm)) out.push(m[1] ?? m[2]);
  return out;
}

const rel = (f: string) => path.relative(ROOT, f).split(path.sep).join('/');
const resolved = (from: string, spec: string) => path.resolve(path.dirname(from), spec);
const ENGINE = path.join(SRC, 'engine');
const FRONT_DOOR = path.join(ENGINE, 'index');

describe('architecture', () => {
  it('the fronts import the engine only through its front door (engine/index.ts)', () => {
    const bad: string[] = [];
    const fronts = ['lsp', 'cli', 'report', 'library-db'].flatMap((d) => filesUnder(path.join(SRC, d)));
    for (const f of fronts) {
      for (const spec of importsOf(fs.readFileSync(f, 'utf8'))) {
        if (!spec.startsWith('.')) continue;
        const target = resolved(f, spec);
        if (target.startsWith(ENGINE + path.sep) && target !== FRONT_DOOR) bad.push(`${rel(f)} imports ${spec}`);
      }
    }
    assert.deepEqual(bad, []);
  });

  it('the engine imports nothing from vscode*, the language server, the command line, the client or a database driver', () => {
    const bad: string[] = [];
    for (const f of filesUnder(ENGINE)) {
      for (const spec of importsOf(fs.readFileSync(f, 'utf8'))) {
        const target = spec.startsWith('.') ? resolved(f, spec) : '';
        if (/^(vscode|pg$|pg-|postgres)/.test(spec) || (target && !target.startsWith(ENGINE + path.sep) && target !== ENGINE))
          bad.push(`${rel(f)} imports ${spec}`);
      }
    }
    assert.deepEqual(bad, []);
  });

  it('the import graph of server/src has no circle', () => {
    const files = filesUnder(SRC);
    const graph = new Map<string, string[]>();
    for (const f of files) {
      const deps = importsOf(fs.readFileSync(f, 'utf8'))
        .filter((s) => s.startsWith('.'))
        .map((s) => resolved(f, s))
        .map((t) => (fs.existsSync(t + '.ts') ? t + '.ts' : path.join(t, 'index.ts')))
        .filter((t) => fs.existsSync(t));
      graph.set(f, deps);
    }
    const state = new Map<string, 'open' | 'done'>();
    const circles: string[] = [];
    const visit = (f: string, trail: string[]) => {
      if (state.get(f) === 'done') return;
      if (state.get(f) === 'open') {
        circles.push([...trail.slice(trail.indexOf(f)), f].map(rel).join(' -> '));
        return;
      }
      state.set(f, 'open');
      for (const d of graph.get(f) ?? []) visit(d, [...trail, f]);
      state.set(f, 'done');
    };
    for (const f of files) visit(f, []);
    assert.deepEqual(circles, []);
  });

  it('the checks themselves fail on a violation', () => {
    assert.deepEqual(importsOf("import { x } from '../engine/check';\nexport { y } from './z';\nimport 'side';"), [
      '../engine/check',
      './z',
      'side',
    ]);
  });

  it('every test file is in exactly one tier, and every listed file exists', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { integration, slow } = require('./tiers.cjs') as { integration: string[]; slow: string[] };
    for (const f of [...integration, ...slow]) assert.ok(fs.existsSync(path.join(ROOT, f)), `${f} is listed but missing`);
    const twice = integration.filter((f) => slow.includes(f));
    assert.deepEqual(twice, []);
  });
});
