// package.json agrees with the one typed settings definition (server/src/lsp/settings.ts) and with
// the extension's source: contributed settings, restricted settings, commands.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { DEFINITIONS, contributedProperties } from '../server/src/lsp/settings';

const root = path.join(__dirname, '..');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));

function clientSources(): { file: string; text: string }[] {
  const dir = path.join(root, 'client', 'src');
  const out: { file: string; text: string }[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.ts')) out.push({ file: path.relative(root, p), text: fs.readFileSync(p, 'utf8') });
    }
  };
  walk(dir);
  return out;
}

describe('package.json settings and commands', () => {
  const fix = 'run `npm run sync-settings` to regenerate package.json from server/src/lsp/settings.ts';

  it('contributes exactly the settings DEFINITIONS defines', () => {
    assert.strictEqual(pkg.contributes?.configuration?.title, 'Fact Check');
    assert.deepStrictEqual(pkg.contributes.configuration.properties, contributedProperties(), fix);
    assert.deepStrictEqual(
      Object.keys(pkg.contributes.configuration.properties).sort(),
      Object.keys(DEFINITIONS)
        .map((k) => `factcheck.${k}`)
        .sort(),
    );
  });

  it('lists exactly the restricted settings as restricted in untrusted workspaces', () => {
    const expected = Object.entries(DEFINITIONS)
      .filter(([, def]) => def.restricted === true)
      .map(([key]) => `factcheck.${key}`)
      .sort();
    assert.ok(expected.length > 0, 'some settings are restricted');
    const untrusted = pkg.capabilities?.untrustedWorkspaces;
    assert.strictEqual(untrusted?.supported, 'limited');
    assert.ok(typeof untrusted.description === 'string' && untrusted.description.length > 0);
    assert.deepStrictEqual([...untrusted.restrictedConfigurations].sort(), expected, fix);
  });

  it('registers every contributed command in client/src', () => {
    const sources = clientSources();
    const commands: { command: string; title: string; category: string }[] = pkg.contributes?.commands ?? [];
    assert.ok(commands.length >= 5, 'commands are contributed');
    for (const c of commands) {
      assert.strictEqual(c.category, 'Fact Check', `${c.command} is in the "Fact Check" category`);
      assert.ok(c.title, `${c.command} has a title`);
      const escaped = c.command.replace(/\./g, '\\.');
      const registered = new RegExp(`registerCommand\\(\\s*['"\`]${escaped}['"\`]`);
      assert.ok(
        sources.some((s) => registered.test(s.text)),
        `${c.command} is contributed in package.json but no client/src file calls registerCommand('${c.command}', …)`,
      );
    }
    // And the other way round: every command the client registers is contributed.
    const ids = new Set(commands.map((c) => c.command));
    for (const s of sources) {
      for (const m of s.text.matchAll(/registerCommand\(\s*['"`](factcheck\.[\w.]+)['"`]/g)) {
        assert.ok(ids.has(m[1]), `${s.file} registers ${m[1]}, which package.json does not contribute`);
      }
    }
  });

  it('menus only name contributed commands', () => {
    const ids = new Set((pkg.contributes?.commands ?? []).map((c: { command: string }) => c.command));
    for (const [menu, items] of Object.entries(pkg.contributes?.menus ?? {})) {
      for (const item of items as { command: string }[]) assert.ok(ids.has(item.command), `menu ${menu} names ${item.command}`);
    }
  });

  it('activates on Markdown and plain text and points at the bundled extension', () => {
    assert.deepStrictEqual([...pkg.activationEvents].sort(), ['onLanguage:markdown', 'onLanguage:plaintext']);
    assert.strictEqual(pkg.main, './dist/extension.js');
    assert.strictEqual(pkg.engines?.vscode, '^1.91.0');
  });
});
