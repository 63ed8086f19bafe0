// Bad input gets a clear message and the rest goes on, through the language server in process:
// empty, binary, invalid-UTF-8 (decoded with U+FFFD), lone-surrogate and 20 MB drafts; drafts with
// broken or hostile front matter; a source folder full of bad files (oversized, binary, invalid
// UTF-8, empty, YAML alias bombs, huge values, wrong types, duplicate ids, a FIFO, a link to
// /dev/zero, a name that is a Markdown command link); invalid settings of every kind. Each time the
// server logs, shows at most one message, and keeps serving every other document.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import type { CodeAction, Diagnostic, Hover } from 'vscode-languageserver/node';
import { URI } from 'vscode-uri';
import { MAX_DRAFT_CHARS } from '../server/src/lsp/analysis';
import { fromRaw, DEFAULTS } from '../server/src/lsp/settings';
import { params } from './fuzz/gen';
import { isClaimDiagnostic } from '../server/src/lsp/convert';
import { ARTICLE, FM, Harness, KHARKIV, KIRBY_WRONG, SINGH, serverSuite } from './lsp-harness';

let tmp: string;
let h: Harness | undefined;
const uriOf = (name: string) => URI.file(path.join(tmp, name)).toString();
const codes = (ds: { code?: unknown }[]) => ds.map((d) => String(d.code).split('/')[0]);

/** A normal draft is still checked (and hovered) correctly. */
async function stillServing(name: string, expect = ['conflicting']): Promise<void> {
  const uri = uriOf(name);
  await h!.open(uri, `${FM}${KIRBY_WRONG}\n`, 1);
  assert.deepEqual(codes((await h!.diagnosticsOf(uri, 1)).filter(isClaimDiagnostic)), expect);
  const hover = await h!.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 3, character: 40 } });
  assert.ok(hover, 'hover answers');
}

describe('bad input: the server says so once and goes on', function () {
  this.timeout(120000);
  serverSuite('factcheck-bad-', (dir) => (tmp = dir));

  it('empty, binary, U+FFFD, lone-surrogate and 20 MB drafts', async () => {
    h = await Harness.start({ settings: { debounce: 0 } });
    const drafts: [string, string, number][] = [
      ['empty.md', '', 0],
      ['front-matter-only.md', FM, 0],
      ['binary.md', 'PK\u0003\u0004\u0000\u0000\u0008\u0000' + 'x'.repeat(100) + KIRBY_WRONG, 1],
      ['replacement.md', `${FM}\ufffd\ufffd ${KIRBY_WRONG} \ufffd\n`, 0],
      ['surrogates.md', `${FM}\ud800${KIRBY_WRONG}\udc00 😀\ud83d\n`, 0],
      ['huge.md', `${FM}${KIRBY_WRONG}\n`.repeat(Math.ceil((20 * 1024 * 1024) / KIRBY_WRONG.length)), 1],
    ];
    for (const [name, text, messages] of drafts) {
      const before: number = h.messages.length;
      const t = Date.now();
      await h.open(uriOf(name), text, 1);
      // A refused draft is cleared (an empty publish without a version), a checked one published.
      const diags: Diagnostic[] = (await h.nextPublish(uriOf(name), (p) => p.version === 1 || (messages > 0 && p.version === undefined)))
        .diagnostics;
      assert.ok(Date.now() - t < 10000, `${name}: ${Date.now() - t} ms`);
      const shown = h.messages.slice(before);
      assert.equal(shown.length, messages, `${name}: ${JSON.stringify(shown)}`);
      if (messages) {
        assert.match(
          shown[0].message,
          new RegExp(`${name.replace('.', '\\.')} is not checked: it (is too large|looks like a binary file)`),
        );
        assert.deepEqual(diags, []);
        const hover: Hover | null = await h.request<Hover | null>('textDocument/hover', {
          textDocument: { uri: uriOf(name) },
          position: { line: 3, character: 40 },
        });
        assert.equal(hover, null);
      }
      if (name === 'replacement.md' || name === 'surrogates.md') assert.deepEqual(codes(diags), ['conflicting'], name);
      // Editing the refused draft does not repeat the message.
      const seen = h.publishesFor(uriOf(name)).length;
      await h.change(uriOf(name), 2, text + ' ');
      await h.nextPublish(uriOf(name), (p) => p.version === 2 || (messages > 0 && p.version === undefined), seen);
      assert.equal(h.messages.length - before, messages, `${name}: message repeated`);
    }
    assert.ok(`${FM}${KIRBY_WRONG}\n`.repeat(Math.ceil((20 * 1024 * 1024) / KIRBY_WRONG.length)).length > MAX_DRAFT_CHARS);
    await stillServing('after-bad-drafts.md');
  });

  it('broken and hostile front matter in drafts: warnings in the log, the claims still checked', async () => {
    h = await Harness.start({ settings: { debounce: 0 } });
    const bomb = [
      '---',
      'a: &a [x, x, x, x, x, x, x, x, x]',
      'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]',
      'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]',
      'd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]',
      'date: 2024-11-25',
      '---',
      '',
    ].join('\n');
    const drafts = [
      bomb,
      `---\ndate: 2024-11-25\nnote: "${'x'.repeat(300_000)}"\n---\n`,
      '---\ndate: [2024, 11, 25]\n---\n',
      '---\ndate: {year: 2024}\n---\n',
      '---\ndate: 2024-13-45\n---\n',
      '---\n: : :\n  - ]\n---\n',
      '---\ndate: 2024-11-25\n',
      '---\n!!js/function "function(){}"\n---\n',
    ];
    for (const [i, fm] of drafts.entries()) {
      const uri = uriOf(`fm-${i}.md`);
      await h.open(uri, `${fm}${KIRBY_WRONG}\n`, 1);
      const diags = await h.diagnosticsOf(uri, 1);
      assert.ok(diags.length > 0, `fm-${i}: the claim is still checked`);
    }
    assert.ok(
      h.logs.some((l) => /alias|ignored|malformed|should be a date|never closed/.test(l)),
      h.logs.join('\n'),
    );
    assert.equal(h.messages.length, 0, JSON.stringify(h.messages));
    await stillServing('after-front-matter.md');
  });

  it('a source folder of bad files: one message without links, the good source used', async () => {
    const dir = path.join(tmp, 'bad-sources');
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, 'good.md'), ARTICLE);
    fs.writeFileSync(path.join(dir, 'huge.md'), '---\nid: huge\n---\n' + 'Words. '.repeat(3_000_000)); // 21 MB
    fs.writeFileSync(path.join(dir, 'binary.md'), Buffer.from([0x50, 0x4b, 3, 4, 0, 0, 0xff, 0xfe, 0]));
    fs.writeFileSync(
      path.join(dir, 'latin1.md'),
      Buffer.concat([
        Buffer.from('---\nid: latin1\npublished: 2024-11-19\n---\nCaf'),
        Buffer.from([0xe9, 0xff]),
        Buffer.from(' said 12 soldiers.\n'),
      ]),
    );
    fs.writeFileSync(path.join(dir, 'empty.md'), '');
    fs.writeFileSync(
      path.join(dir, 'bomb.md'),
      '---\na: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n---\nText.\n',
    );
    fs.writeFileSync(
      path.join(dir, 'types.md'),
      '---\nid: [1, 2]\ntitle: {a: 1}\npublished: yesterday\nurl: "javascript:alert(1)"\n---\nText.\n',
    );
    fs.writeFileSync(path.join(dir, 'dup.md'), ARTICLE);
    fs.writeFileSync(
      path.join(dir, '[x](command:workbench.action.quit).md'),
      '---\nid: "[x](command:workbench.action.quit)"\n---\nText.\n',
    );
    fs.symlinkSync('/dev/zero', path.join(dir, 'zero.md'));
    fs.symlinkSync('/dev/zero', path.join(dir, 'zero.aliases.yaml'));
    try {
      execFileSync('mkfifo', [path.join(dir, 'fifo.md')]);
    } catch {
      // no mkfifo here: the link to /dev/zero covers files that are not regular
    }
    h = await Harness.start({ settings: { debounce: 0, sources: [dir] } });
    const uri = uriOf('uses-bad-folder.md');
    await h.open(uri, `${FM}${KHARKIV}\n`, 1);
    assert.deepEqual(codes(await h.diagnosticsOf(uri, 1)), ['supported']);
    const shown = h.messages.filter((m) => /source library/.test(m.message));
    assert.equal(shown.length, 1, JSON.stringify(h.messages));
    assert.ok(!/\]\(/.test(shown[0].message), shown[0].message);
    const log = h.logs.join('\n');
    for (const what of [
      'too large',
      'binary file',
      'not valid UTF-8',
      'empty source',
      'duplicate source id',
      'not a regular file',
      'alias file skipped',
    ]) {
      assert.ok(log.includes(what), `the log names "${what}"`);
    }
    await stillServing('after-bad-folder.md', ['conflicting']);
  });

  it('invalid settings of every kind: defaults, one clipped message each, still serving', async () => {
    h = await Harness.start({
      settings: {
        debounce: -5,
        sources: 'not-a-list',
        aliases: [1, 2],
        useBundledLibrary: 'yes',
        citationStyle: 'x'.repeat(100_000),
        severity: 42,
        languages: null,
        bibliography: {},
      },
    });
    await stillServing('after-settings.md');
    assert.ok(h.messages.length >= 5, JSON.stringify(h.messages.map((m) => m.message.slice(0, 80))));
    assert.ok(
      h.messages.every((m) => m.message.length < 500),
      'messages are clipped',
    );
    assert.equal(new Set(h.messages.map((m) => m.message)).size, h.messages.length, 'each once');
  });

  it('settings validation never throws and always gives valid settings (fast-check)', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.anything(), fc.dictionary(fc.constantFrom(...Object.keys(DEFAULTS), 'severity.supported', 'severity'), fc.anything())),
        (raw) => {
          const { settings } = fromRaw(raw);
          assert.ok(Array.isArray(settings.sources) && settings.sources.every((s) => typeof s === 'string'));
          assert.ok(typeof settings.debounce === 'number' && settings.debounce >= 0 && settings.debounce <= 10000);
          assert.ok(['footnote', 'pandoc', 'link'].includes(settings.citationStyle));
          for (const v of Object.values(settings.severity)) assert.ok(['error', 'warning', 'information', 'hint', 'off'].includes(v));
        },
      ),
      params(500),
    );
  });

  it('a source folder deleted while drafts are open: one message naming it, drafts re-checked, others served', async () => {
    const dir = path.join(tmp, 'vanishing');
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, 'kharkiv.md'), ARTICLE);
    h = await Harness.start({ settings: { debounce: 0, sources: [dir] } });
    const uri = uriOf('vanishing-draft.md');
    await h.open(uri, `${FM}${KHARKIV}\n`, 1);
    assert.deepEqual(codes(await h.diagnosticsOf(uri, 1)), ['supported']);
    const seen = h.publishesFor(uri).length;
    fs.rmSync(dir, { recursive: true });
    await h.nextPublish(uri, (p) => codes(p.diagnostics).join() === 'unsupported', seen, 'unsupported once the folder is gone');
    // The message comes with the re-load that published "unsupported"; the drafts checked after it
    // (stillServing) come later still, so a second message would show by then.
    await stillServing('after-vanishing.md');
    await h.settled();
    const about = h.messages.filter((m) => m.message.includes(dir));
    assert.equal(about.length, 1, JSON.stringify(h.messages));
  });

  it('a bibliography that is a link to /dev/zero: the Pandoc citation action is disabled, not stuck', async () => {
    const ws = path.join(tmp, 'zero-ws');
    fs.mkdirSync(ws);
    fs.symlinkSync('/dev/zero', path.join(ws, 'references.json'));
    h = await Harness.start({ folders: [URI.file(ws).toString()], trusted: false, settings: { debounce: 0, citationStyle: 'pandoc' } });
    const uri = URI.file(path.join(ws, 'draft.md')).toString();
    await h.open(uri, `${FM}\n${SINGH}\n`, 1);
    const diags = await h.diagnosticsOf(uri, 1);
    const t = Date.now();
    const actions = await h.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: diags[0].range,
      context: { diagnostics: diags },
    });
    assert.ok(Date.now() - t < 5000);
    const cite = actions.find((a) => a.title.startsWith('Insert source reference'));
    assert.ok(cite?.disabled, JSON.stringify(cite));
    await stillServing('after-zero.md');
  });
});
