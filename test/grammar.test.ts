// The citation grammars (syntaxes/*.tmLanguage.json) against the assertion files in
// test/grammar/cases/, with vscode-tmgrammar-test (vscode-textmate + Oniguruma, as VS Code runs
// them). The grammars are read from package.json `contributes.grammars` (with their injectTo), the
// Markdown base grammar from the vendored copy in test/grammar/ (VS Code's own, MIT), plus two stubs:
// HTML comments (what the Markdown grammar includes for inline HTML) and a plain-text grammar.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

const ROOT = path.join(__dirname, '..');
const GRAMMAR_DIR = path.join(ROOT, 'test', 'grammar');
const CLI = path.join(ROOT, 'node_modules', 'vscode-tmgrammar-test', 'dist', 'unit.js');

interface Contributed {
  scopeName: string;
  path: string;
  injectTo?: string[];
}

describe('citation grammar (vscode-tmgrammar-test)', function () {
  this.timeout(60000);

  it('is contributed in package.json and shipped in the .vsix', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    const grammars: Contributed[] = pkg.contributes.grammars;
    assert.ok(grammars.length >= 2, 'the citation and checked-marker grammars');
    for (const g of grammars) {
      const file = path.join(ROOT, g.path);
      const json = JSON.parse(fs.readFileSync(file, 'utf8'));
      assert.equal(json.scopeName, g.scopeName, `${g.path}: scopeName`);
      assert.deepEqual(g.injectTo, ['text.html.markdown', 'text.plain'], `${g.path}: injectTo`);
      assert.match(json.injectionSelector, /^L:text\.html\.markdown /, `${g.path}: injected before the Markdown rules`);
      assert.match(json.injectionSelector, /-markup\.fenced_code -markup\.raw -markup\.inline\.raw/, `${g.path}: never in code`);
    }
    const ignore = fs.readFileSync(path.join(ROOT, '.vscodeignore'), 'utf8');
    assert.match(ignore, /^!syntaxes\/\*\.tmLanguage\.json$/m, '.vscodeignore keeps the grammars in the package');
  });

  it('scopes footnotes, Pandoc citations and checked markers, and leaves near misses alone', () => {
    const cases = fs.readdirSync(path.join(GRAMMAR_DIR, 'cases')).sort();
    assert.ok(cases.length >= 4, cases.join(', '));
    const r = spawnSync(
      process.execPath,
      [
        CLI,
        '--compact',
        '--config',
        path.join(ROOT, 'package.json'),
        '-g',
        path.join(GRAMMAR_DIR, 'markdown.tmLanguage.json'),
        '-g',
        path.join(GRAMMAR_DIR, 'html-comment-stub.tmLanguage.json'),
        '-g',
        path.join(GRAMMAR_DIR, 'plain-text-stub.tmLanguage.json'),
        'test/grammar/cases/*',
      ],
      { cwd: ROOT, encoding: 'utf8', timeout: 50000 },
    );
    // The Markdown grammar names every fenced-code language; only Markdown's own is loaded here.
    const output = `${r.stdout}${r.stderr}`
      .split('\n')
      .filter((l) => !/^grammar not found for /.test(l))
      .join('\n');
    assert.equal(r.status, 0, `vscode-tmgrammar-test failed:\n${output}`);
    for (const c of cases) assert.ok(output.includes(`✓ test/grammar/cases/${c} run successfuly`), `${c} did not run:\n${output}`);
  });
});
