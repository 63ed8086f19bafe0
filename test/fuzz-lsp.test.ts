// The language server under random edits and faults, in process (test/lsp-harness.ts): random
// full and ranged changes (every published range inside the document of its version, what the
// engine finds, and hover still answering), a burst of 200 changes sent without waiting (only the
// newest version checked and published), cancelled hover and code-action requests, a restart
// mid-session, and a client that vanishes without shutting down.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import fc from 'fast-check';
import { CancellationTokenSource, type CodeAction, type Diagnostic, type Hover, type Range } from 'vscode-languageserver/node';
import { URI } from 'vscode-uri';
import type { Library } from '../server/src/engine/api';
import { checkText } from '../server/src/engine/check';
import { loadLibrary } from '../server/src/engine/library';
import { LineIndex } from '../server/src/engine/text/positions';
import { notCheckable } from '../server/src/lsp/analysis';
import { isClaimDiagnostic } from '../server/src/lsp/convert';
import { draftArb, noiseArb, onBoundary, params, sentenceArb } from './fuzz/gen';
import { FM, Harness, KIRBY_WRONG, SINGH, TANKS, serverSuite } from './lsp-harness';

let tmp: string;
let h: Harness | undefined;
let library: Library;
const uriOf = (name: string) => URI.file(path.join(tmp, name)).toString();

/** Every diagnostic range lies inside the text, on UTF-16 boundaries, start before end. */
function assertRanges(text: string, diags: Diagnostic[]): void {
  const lines = new LineIndex(text);
  for (const d of diags) {
    for (const p of [d.range.start, d.range.end]) {
      assert.ok(p.line >= 0 && p.line < lines.lineCount, `line ${p.line} of ${lines.lineCount}`);
      const o = lines.offsetAt(p);
      assert.deepEqual(lines.positionAt(o), p, `position ${JSON.stringify(p)} is inside its line`);
      assert.ok(onBoundary(text, o), `position ${JSON.stringify(p)} splits a surrogate pair`);
    }
    assert.ok(lines.offsetAt(d.range.start) <= lines.offsetAt(d.range.end));
  }
}

/** The ranges the engine finds for a text (what the server should publish with default settings). */
function engineRanges(text: string): Range[] {
  const lines = new LineIndex(text);
  return checkText(text, library)
    .findings.filter((f) => f.checked === undefined)
    .map((f) => lines.rangeOf(f.span));
}

describe('fuzz: language server under random edits and faults', function () {
  this.timeout(180000);
  serverSuite('factcheck-fuzz-lsp-', (dir) => (tmp = dir), { quietStop: true });
  before(() => {
    library = loadLibrary({ folders: [], bundled: true });
  });

  it('random full and ranged edits: ranges inside each version, what the engine finds, hover answers', async () => {
    h = await Harness.start({ settings: { debounce: 0 } });
    let n = 0;
    const ranged = fc.tuple(fc.nat(), fc.nat(30), fc.oneof(sentenceArb(), noiseArb(20), fc.constant('')));
    await fc.assert(
      fc.asyncProperty(draftArb({ longLine: 3000 }), fc.array(ranged, { maxLength: 4 }), fc.nat(), async (first, edits, hoverAt) => {
        const uri = uriOf(`random-${++n}.md`);
        await h!.open(uri, first, 1);
        let text = first;
        let version = 1;
        for (const [at, len, insert] of edits) {
          const lines = new LineIndex(text);
          const a = at % (text.length + 1);
          const b = Math.min(text.length, a + len);
          const range = { start: lines.positionAt(a), end: lines.positionAt(b) };
          text = text.slice(0, lines.offsetAt(range.start)) + insert + text.slice(lines.offsetAt(range.end));
          await h!.notify('textDocument/didChange', {
            textDocument: { uri, version: ++version },
            contentChanges: [{ range, text: insert }],
          });
        }
        // A refused draft (binary: a NUL near the start) is cleared, without a version.
        const refused = notCheckable(text) !== undefined;
        const diags: Diagnostic[] = (await h!.nextPublish(uri, (p) => (refused ? p.version === undefined : p.version === version)))
          .diagnostics;
        assertRanges(text, diags);
        // Claim diagnostics (citation diagnostics, e.g. a footnote never defined, come besides).
        const published = diags.filter(isClaimDiagnostic).map((d) => d.range);
        const expected = refused ? [] : engineRanges(text);
        assert.deepEqual(published, expected, `the server publishes what the engine finds:\n${JSON.stringify(text)}`);
        const position = new LineIndex(text).positionAt(hoverAt % (text.length + 1));
        const hover = await h!.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position });
        assert.ok(hover === null || typeof hover.contents === 'object');
        await h!.close(uri);
      }),
      params(25),
    );
  });

  it('a burst of 200 changes sent without waiting: only the newest version is checked and published', async () => {
    h = await Harness.start({ settings: { debounce: 50 } });
    const uri = uriOf('burst.md');
    const texts = [`${FM}${TANKS}\n`, `${FM}${KIRBY_WRONG}\n`, `${FM}${SINGH}\n`];
    await h.open(uri, texts[0], 1);
    const sends: Promise<void>[] = [];
    for (let v = 2; v <= 201; v++) sends.push(h.change(uri, v, v === 201 ? `${FM}${KIRBY_WRONG}\n\n${SINGH}\n` : texts[v % 3]));
    await Promise.all(sends);
    const final = await h.diagnosticsOf(uri, 201);
    await h.settled(); // anything late would show by now
    assert.deepEqual(
      h.publishesFor(uri).map((p) => p.version),
      [201],
    );
    const claims = final.filter(isClaimDiagnostic);
    assert.deepEqual(
      claims.map((d) => d.range),
      engineRanges(`${FM}${KIRBY_WRONG}\n\n${SINGH}\n`),
    );
    assert.deepEqual(
      claims.map((d) => String(d.code).split('/')[0]),
      ['conflicting', 'supported'],
    );
  });

  it('with no debounce, a burst ends with the newest version; versions never go back', async () => {
    h = await Harness.start({ settings: { debounce: 0 } });
    const uri = uriOf('burst0.md');
    await h.open(uri, `${FM}${TANKS}\n`, 1);
    const sends: Promise<void>[] = [];
    for (let v = 2; v <= 201; v++) sends.push(h.change(uri, v, `${FM}${v % 2 ? KIRBY_WRONG : SINGH}\n`));
    await Promise.all(sends);
    await h.diagnosticsOf(uri, 201);
    await h.settled();
    const versions = h.publishesFor(uri).map((p) => p.version!);
    assert.deepEqual(
      versions,
      [...versions].sort((a, b) => a - b),
    );
    assert.equal(versions[versions.length - 1], 201);
    assert.ok(versions.length < 50, `${versions.length} checks for 200 changes`);
  });

  it('survives cancelled hover and code-action requests, also while a check is pending', async () => {
    h = await Harness.start({ settings: { debounce: 5000 } });
    const uri = uriOf('cancel.md');
    const text = `${FM}${KIRBY_WRONG}\n`;
    await h.open(uri, text, 1);
    const position = new LineIndex(text).positionAt(text.indexOf('at least') + 2);
    const range = { start: position, end: position };
    const outcomes: string[] = [];
    const settle = (p: Promise<unknown>) =>
      p.then(
        () => outcomes.push('answered'),
        (e: { code?: number }) => outcomes.push(`error ${e.code}`),
      );
    for (let i = 0; i < 10; i++) {
      const src = new CancellationTokenSource();
      const hover = settle(h.request('textDocument/hover', { textDocument: { uri }, position }, src.token));
      const actions = settle(
        h.request('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics: [] } }, src.token),
      );
      src.cancel();
      await Promise.all([hover, actions]);
      if (i === 4) await h.change(uri, 2, text + '\n'); // a check pending (5 s debounce) when the next come
    }
    assert.equal(outcomes.length, 20);
    assert.ok(
      outcomes.every((o) => o === 'answered' || o === 'error -32800'),
      outcomes.join(', '),
    );
    // Still serving: a hover and the code actions for the current version.
    const hover = await h.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position });
    assert.ok(hover, 'hover after cancellations');
    const diags = await h.diagnosticsOf(uri, 2);
    const actions = await h.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range,
      context: { diagnostics: diags },
    });
    assert.ok(
      actions.some((a) => a.title.startsWith('Change to')),
      actions.map((a) => a.title).join(' | '),
    );
  });

  it('a restart mid-session: a new server checks the re-opened drafts the same way', async () => {
    const uri = uriOf('restart.md');
    const text = `${FM}${KIRBY_WRONG}\n\n${SINGH}\n`;
    h = await Harness.start({ settings: { debounce: 0 } });
    await h.open(uri, text, 1);
    const before = await h.diagnosticsOf(uri, 1);
    await h.change(uri, 2, text + '\nMore text.\n'); // unfinished business when it stops
    await h.stop();
    h = await Harness.start({ settings: { debounce: 0 } });
    await h.open(uri, text, 1);
    const after = await h.diagnosticsOf(uri, 1);
    assert.deepEqual(after, before);
  });

  it('a client that goes away without shutdown: the server drops the connection without throwing', async () => {
    const errors: unknown[] = [];
    const onError = (e: unknown) => errors.push(e);
    process.on('uncaughtException', onError);
    process.on('unhandledRejection', onError);
    try {
      const gone = await Harness.start({ settings: { debounce: 0 } });
      const uri = uriOf('gone.md');
      await gone.open(uri, `${FM}${KIRBY_WRONG}\n`, 1);
      await gone.change(uri, 2, `${FM}${SINGH}\n`);
      gone.disconnect();
      // Another server in the same process goes on; its answer, scheduled after the first server's
      // pending check, also proves that check has run (and failed to write) by now.
      h = await Harness.start({ settings: { debounce: 0 } });
      await h.open(uri, `${FM}${KIRBY_WRONG}\n`, 1);
      assert.ok((await h.diagnosticsOf(uri, 1)).length > 0);
      await h.settled();
      // Only vscode-jsonrpc's "Connection is closed" from its own logging of the failed write, a
      // rejection nobody can await; lsp/main.ts reports such rejections instead of exiting.
      const ours = errors.filter(
        (e) => !(e instanceof Error && e.message === 'Connection is closed.' && /node_modules\/vscode-jsonrpc/.test(e.stack ?? '')),
      );
      assert.deepEqual(ours, []);
    } finally {
      process.off('uncaughtException', onError);
      process.off('unhandledRejection', onError);
    }
  });
});
