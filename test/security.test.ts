// Security: nothing from a source or a draft reaches a hover, a diagnostic or a message as markup
// (hostile source files through the server, and fast-check properties of the escaping); in an
// untrusted workspace a bibliography outside it is not used; and the server neither touches the
// network nor executes anything (its source and its bundle are searched for the modules that could).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import type { CodeAction, Diagnostic, Hover, MarkupContent } from 'vscode-languageserver/node';
import { URI } from 'vscode-uri';
import type { LibraryData } from '../server/src/engine/api';
import type { Evidence, Finding } from '../server/src/engine/types';
import { LineIndex } from '../server/src/engine/text/positions';
import { hoverMarkdown } from '../server/src/lsp/features/hover';
import { escapeMarkdown, plainText } from '../server/src/lsp/markdown';
import { noiseArb, params } from './fuzz/gen';
import { FM, Harness, KHARKIV, SINGH, serverSuite } from './lsp-harness';

const ROOT = path.resolve(__dirname, '..');
let tmp: string;
let h: Harness | undefined;

const INJECTIONS = [
  '[x](command:workbench.action.quit)',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '[a](javascript:alert(1))',
  '![i](https://evil.example/x.png)',
  '<https://evil.example>',
  'javascript:alert(1)',
  '\u202eevil\u202c',
  '`code`',
  '<!-- c -->',
];
const BIDI = /[\u202a-\u202e\u2066-\u2069]/;

/** A hostile source whose article still says what the draft says. */
const HOSTILE_SOURCE = [
  '---',
  'id: hostile-2024-11-19',
  `title: "${INJECTIONS.slice(0, 4).join(' ').replace(/"/g, '\\"')}"`,
  'outlet: "<b>Wire</b> [x](command:workbench.action.quit) \u202eeriW"',
  'author: "javascript:alert(1)"',
  'published: 2024-11-19',
  'url: "javascript:alert(1)"',
  '---',
  '# Heading [x](command:workbench.action.quit)',
  '',
  '| a | <script>alert(1)</script> |',
  '| --- | --- |',
  '',
  '```',
  'fenced [x](command:evil)',
  '```',
  '',
  `The ministry said on Tuesday ${INJECTIONS.join(' ')} that 4,500 households had lost power in the city of Kharkiv.`,
  '',
].join('\n');

/** Asserts Markdown shown in a hover has no markup from outside: every link is a file: link. */
function assertSafeMarkdown(md: string): void {
  assert.ok(!md.includes('<'), `raw < in ${md}`);
  assert.ok(!/javascript:|command:/i.test(md), `an unescaped scheme in ${md}`);
  assert.ok(!BIDI.test(md), 'bidi override in a hover');
  for (const m of md.matchAll(/(?<!\\)\]\(/g))
    assert.ok(md.startsWith('file:', m.index + 2), `a link that is not a file link: ${md.slice(m.index, m.index + 60)}`);
}

/** Plain-text channels: no Markdown links a client could render, no bidi overrides. */
function assertSafeText(text: string): void {
  assert.ok(!text.includes(']('), `link syntax in "${text}"`);
  assert.ok(!BIDI.test(text), `bidi override in "${text}"`);
}

describe('security', function () {
  this.timeout(60000);
  serverSuite('factcheck-security-', (dir) => (tmp = dir));

  it('hostile source files: hover, diagnostics, related information and messages carry no markup', async () => {
    const dir = path.join(tmp, 'hostile');
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, 'hostile.md'), HOSTILE_SOURCE);
    fs.writeFileSync(
      path.join(dir, '[x](command:workbench.action.quit).md'),
      '---\nid: "[x](command:workbench.action.quit)"\n---\nText.\n',
    );
    h = await Harness.start({ settings: { debounce: 0, sources: [dir], useBundledLibrary: false } });
    const uri = URI.file(path.join(tmp, 'draft.md')).toString();
    const text = `${FM}${KHARKIV} ${INJECTIONS.join(' ')}\n`;
    await h.open(uri, text, 1);
    const diags: Diagnostic[] = await h.diagnosticsOf(uri, 1);
    assert.ok(
      diags.some((d) => String(d.code).startsWith('supported')),
      JSON.stringify(diags),
    );
    for (const d of diags) {
      assertSafeText(typeof d.message === 'string' ? d.message : d.message.value);
      for (const r of d.relatedInformation ?? []) assertSafeText(r.message);
    }
    const hover = await h.request<Hover | null>('textDocument/hover', {
      textDocument: { uri },
      position: new LineIndex(text).positionAt(text.indexOf('ministry')),
    });
    assert.ok(hover);
    assertSafeMarkdown((hover.contents as MarkupContent).value);
    assert.ok(h.messages.length > 0, 'the bad id is reported');
    for (const m of h.messages) assertSafeText(m.message);
  });

  it('escapeMarkdown and plainText on any text (fast-check)', () => {
    fc.assert(
      fc.property(fc.oneof(noiseArb(300), fc.constantFrom(...INJECTIONS), fc.string({ unit: 'binary' })), (s) => {
        const md = escapeMarkdown(s);
        assert.ok(!/[<>\n\r\t]/.test(md) && !BIDI.test(md));
        // Every Markdown punctuation character is escaped (preceded by an odd run of backslashes).
        for (let i = 0; i < md.length; i++) {
          if (!'`*_{}[]()#+-.!|~:='.includes(md[i])) continue;
          let k = i;
          while (k > 0 && md[k - 1] === '\\') k--;
          assert.ok((i - k) % 2 === 1, `unescaped ${md[i]} in ${md}`);
        }
        assertSafeText(plainText(s));
      }),
      params(500),
    );
  });

  it('a hover for any finding with hostile text anywhere has only file links (fast-check)', () => {
    const str = fc.oneof(fc.constantFrom(...INJECTIONS), noiseArb(80));
    const evidence = fc.record({
      relation: fc.constantFrom<Evidence['relation']>('supports', 'conflicts', 'context'),
      source: str,
      outlet: fc.option(str, { nil: undefined }),
      title: fc.option(str, { nil: undefined }),
      published: fc.option(str, { nil: undefined }),
      actor: fc.option(str, { nil: undefined }),
      excerpt: str,
      span: fc.constant({ start: 0, end: 0 }),
      sourcePath: str,
      recordId: str,
    });
    const finding = fc.record({
      span: fc.constant({ start: 0, end: 1 }),
      claim: str,
      verdict: fc.constantFrom<Finding['verdict']>('supported', 'conflicting', 'outdated', 'unsupported'),
      aspects: fc.constant([]),
      message: str,
      evidence: fc.array(evidence, { maxLength: 4 }),
      quoteDiff: fc.option(fc.record({ draft: str, source: str }), { nil: undefined }),
      checked: fc.option(str, { nil: undefined }),
    });
    const library: LibraryData = { sources: [], records: [], problems: [] };
    fc.assert(
      fc.property(finding, (f) => assertSafeMarkdown(hoverMarkdown(f as unknown as Finding, library))),
      params(300),
    );
  });

  it('untrusted workspace: a bibliography outside it is not used (the default inside is)', async () => {
    const ws = path.join(tmp, 'ws');
    fs.mkdirSync(ws);
    const outside = path.join(tmp, 'outside-refs.json');
    h = await Harness.start({
      folders: [URI.file(ws).toString()],
      trusted: false,
      settings: { debounce: 0, citationStyle: 'pandoc', bibliography: outside },
    });
    const uri = URI.file(path.join(ws, 'draft.md')).toString();
    const text = `${FM}\n${SINGH}\n`;
    await h.open(uri, text, 1);
    const diags = await h.diagnosticsOf(uri, 1);
    const actions = await h.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: diags[0].range,
      context: { diagnostics: diags },
    });
    const cite = actions.find((a) => a.title.startsWith('Insert source reference'));
    assert.ok(cite?.edit, actions.map((a) => a.title).join(' | '));
    const targets = (cite.edit.documentChanges ?? []).map((c) => ('textDocument' in c ? c.textDocument.uri : 'uri' in c ? c.uri : ''));
    assert.ok(!targets.some((t) => t.includes('outside-refs')), targets.join(', '));
    assert.ok(
      targets.some((t) => t === URI.file(path.join(ws, 'references.json')).toString()),
      targets.join(', '),
    );
    assert.ok(
      h.messages.some((m) => /not trusted/.test(m.message) && m.message.includes('factcheck.bibliography')),
      JSON.stringify(h.messages),
    );
  });

  it('untrusted workspace: a bibliography inside that links outside is not edited, nor a dangling link created', async () => {
    for (const dangling of [false, true]) {
      const ws = path.join(tmp, `ws-link-${dangling}`);
      fs.mkdirSync(ws);
      const outside = path.join(tmp, `outside-${dangling}.json`);
      if (!dangling) fs.writeFileSync(outside, '[]\n');
      fs.symlinkSync(outside, path.join(ws, 'references.json'));
      h = await Harness.start({ folders: [URI.file(ws).toString()], trusted: false, settings: { debounce: 0, citationStyle: 'pandoc' } });
      const uri = URI.file(path.join(ws, 'draft.md')).toString();
      await h.open(uri, `${FM}\n${SINGH}\n`, 1);
      const diags = await h.diagnosticsOf(uri, 1);
      const actions = await h.request<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri },
        range: diags[0].range,
        context: { diagnostics: diags },
      });
      const cite = actions.find((a) => a.title.startsWith('Insert source reference'));
      const targets = (cite?.edit?.documentChanges ?? []).map((c) => ('textDocument' in c ? c.textDocument.uri : 'uri' in c ? c.uri : ''));
      assert.ok(!targets.some((t) => t.endsWith('references.json')), `dangling=${dangling}: ${targets.join(', ')}`);
      if (!dangling) assert.equal(fs.readFileSync(outside, 'utf8'), '[]\n');
      await h.stop();
      h = undefined;
    }
  });

  it('an untitled draft never gets a bibliography (not in the server’s working directory either)', async () => {
    h = await Harness.start({ settings: { debounce: 0, citationStyle: 'pandoc' } });
    const uri = 'untitled:Untitled-1';
    await h.open(uri, `${FM}\n${SINGH}\n`, 1);
    const diags = await h.diagnosticsOf(uri, 1);
    const actions = await h.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: diags[0].range,
      context: { diagnostics: diags },
    });
    const targets = actions.flatMap((a) =>
      (a.edit?.documentChanges ?? []).map((c) => ('textDocument' in c ? c.textDocument.uri : 'uri' in c ? c.uri : '')),
    );
    assert.ok(!targets.some((t) => t.endsWith('references.json')), targets.join(', '));
  });

  it('the server source imports nothing that reaches the network or runs programs', () => {
    const forbidden =
      /\b(?:require\(|from )\s*['"](?:node:)?(?:child_process|http|https|http2|net|dgram|tls|dns|worker_threads|vm|cluster)['"]|\bfetch\(|\beval\(|new Function\(|\bimport\(/;
    const files: string[] = [];
    const walk = (d: string) => {
      for (const e of fs.readdirSync(d, { withFileTypes: true }))
        e.isDirectory() ? walk(path.join(d, e.name)) : e.name.endsWith('.ts') && files.push(path.join(d, e.name));
    };
    walk(path.join(ROOT, 'server', 'src'));
    assert.ok(files.length > 30);
    // One exception, with the reason: the launcher (server/src/launch/code-cache.ts) compiles the
    // bundle file beside it with node:vm, as `require` would, to hand V8 its code cache; it runs no
    // other text.
    const allowed = (f: string, text: string) =>
      f.endsWith(path.join('launch', 'code-cache.ts')) ? text.replace(/^import \* as vm from 'vm';$/m, '') : text;
    const hits = files.filter((f) => forbidden.test(allowed(f, fs.readFileSync(f, 'utf8'))));
    assert.deepEqual(hits, []);
  });

  it('the bundles require no network or process module except known library paths', () => {
    // Allowed, with the reason:
    // - child_process in vscode-languageserver/lib/node/files.js: `Files.resolve*` helpers that find
    //   global npm/yarn modules; the server never calls them (the source test above has no `Files`).
    // - net (and crypto, for pipe names) in vscode-jsonrpc/lib/node/main.js: the `--pipe` and
    //   `--socket` transports, which the editor chooses; they use a local pipe or 127.0.0.1.
    // - net, tls and dns in pg (the PostgreSQL client): the shared library's connection
    //   (server/src/library-db), made only to the database URL a user sets (--db, factcheck.database.url).
    const allowed: Record<string, RegExp> = {
      child_process: /vscode-languageserver\/lib\/node\/files\.js$/,
      net: /vscode-jsonrpc\/lib\/node\/main\.js$|node_modules\/pg\/lib\/(?:stream|connection)\.js$/,
      tls: /node_modules\/pg\/lib\/stream\.js$/,
      dns: /node_modules\/pg\/lib\/connection-parameters\.js$/,
      // The launcher: node:vm compiles the bundle beside it with its code cache (see above).
      vm: /^server\/src\/launch\/code-cache\.ts$/,
    };
    const banned = ['child_process', 'http', 'https', 'http2', 'net', 'dgram', 'tls', 'dns', 'worker_threads', 'vm', 'cluster'];
    for (const bundle of ['server.js', 'cli.js', 'server-bundle.js', 'cli-bundle.js']) {
      const file = path.join(ROOT, 'dist', bundle);
      assert.ok(fs.existsSync(file), `${file} is built (npm test builds it first)`);
      const lines = fs.readFileSync(file, 'utf8').split('\n');
      let module = '';
      lines.forEach((line, i) => {
        if (line.startsWith('// ')) module = line.slice(3);
        for (const m of line.matchAll(/require\("(?:node:)?([\w/]+)"\)/g)) {
          if (!banned.includes(m[1])) continue;
          assert.ok(allowed[m[1]]?.test(module), `${bundle}:${i + 1}: require("${m[1]}") in ${module}`);
        }
        assert.ok(
          !/\bfetch\(|XMLHttpRequest|new WebSocket/.test(line) || module.includes('node_modules/'),
          `${bundle}:${i + 1}: network call in ${module}`,
        );
      });
    }
    for (const f of fs.readdirSync(path.join(ROOT, 'server', 'src'), { recursive: true }) as string[]) {
      if (f.endsWith('.ts'))
        assert.ok(!/\bFiles\.|resolveModulePath|resolveGlobal/.test(fs.readFileSync(path.join(ROOT, 'server', 'src', f), 'utf8')), f);
    }
  });
});
