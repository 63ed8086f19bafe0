// Pull diagnostics (textDocument/diagnostic with result ids) for a client that advertises them, as
// VS Code's does; pushed diagnostics (publishDiagnostics) for one that does not, as Neovim 0.7's.
// Through the in-process harness (test/lsp-harness.ts); nothing here sleeps.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  CancellationTokenSource,
  type Diagnostic,
  type DocumentDiagnosticReport,
  type FullDocumentDiagnosticReport,
} from 'vscode-languageserver/node';
import { ARTICLE, FM, Harness, KHARKIV, KIRBY_WRONG, SINGH, TANKS, fileUri, serverSuite, subDir, waitFor } from './lsp-harness';

let tmp: string;
let h: Harness | undefined;

const full = (r: DocumentDiagnosticReport): FullDocumentDiagnosticReport => {
  assert.equal(r.kind, 'full', JSON.stringify(r));
  return r;
};
const verdicts = (items: Diagnostic[]) => items.map((d) => String(d.code).split('/')[0]);

describe('language server: pull diagnostics', function () {
  this.timeout(60_000);
  serverSuite('factcheck-lsp-pull-', (d) => (tmp = d));

  it('answers a pull in full, then "unchanged" while the diagnostics stay; pushes nothing', async () => {
    h = await Harness.start({ pull: true, settings: { debounce: 0 } });
    assert.deepEqual(h.initializeResult.capabilities.diagnosticProvider, {
      identifier: 'factcheck',
      interFileDependencies: false,
      workspaceDiagnostics: false,
    });
    const uri = fileUri(path.join(tmp, 'pull.md'));
    const text = `${FM}${KIRBY_WRONG}\n\n${TANKS}\n`;
    await h.open(uri, text);
    const first = full(await h.pull(uri));
    assert.deepEqual(verdicts(first.items), ['conflicting', 'unsupported']);
    assert.ok(first.resultId);
    // Asked again with that id: unchanged, the same id, no items.
    const again = await h.pull(uri, first.resultId);
    assert.deepEqual(again, { kind: 'unchanged', resultId: first.resultId });
    // An edit that leaves every diagnostic where it was (a word typed after the last claim): unchanged.
    await h.change(uri, 2, `${text}More`);
    assert.deepEqual(await h.pull(uri, first.resultId), { kind: 'unchanged', resultId: first.resultId });
    // A client that lost its copy (no id, or an id it made up) gets them in full.
    assert.deepEqual(full(await h.pull(uri)).items, first.items);
    assert.equal(full(await h.pull(uri, 'not-an-id')).resultId, first.resultId);
    await h.settled();
    assert.equal(h.publishes.length, 0, 'a pull client gets no publishDiagnostics');
    assert.ok(
      h.counts.some((c) => c.uri === uri && c.version === 2 && c.conflicting === 1),
      'the counts still come',
    );
  });

  it('answers in full again, with a new id, after an edit that changes the diagnostics', async () => {
    h = await Harness.start({ pull: true, settings: { debounce: 0, severity: { supported: 'information' } } });
    const uri = fileUri(path.join(tmp, 'edit.md'));
    await h.open(uri, `${FM}${KIRBY_WRONG}\n`);
    const first = full(await h.pull(uri));
    assert.deepEqual(verdicts(first.items), ['conflicting']);
    // The claim moves down a line: the same finding at another range.
    await h.change(uri, 2, `${FM}\n${KIRBY_WRONG}\n`);
    const moved = full(await h.pull(uri, first.resultId));
    assert.notEqual(moved.resultId, first.resultId);
    assert.equal(moved.items[0].range.start.line, first.items[0].range.start.line + 1);
    // Another verdict.
    await h.change(uri, 3, `${FM}\n${SINGH}\n`);
    const other = full(await h.pull(uri, moved.resultId));
    assert.deepEqual(verdicts(other.items), ['supported']);
    assert.notEqual(other.resultId, moved.resultId);
    // Back to what the first answer had: still a new id (the client holds the second one).
    await h.change(uri, 4, `${FM}${KIRBY_WRONG}\n`);
    const back = full(await h.pull(uri, other.resultId));
    assert.deepEqual(back.items, first.items);
    assert.deepEqual(await h.pull(uri, back.resultId), { kind: 'unchanged', resultId: back.resultId });
  });

  it('waits for the debounce of the change, and answers for the newest version', async () => {
    h = await Harness.start({ pull: true, settings: { debounce: 50 } });
    const uri = fileUri(path.join(tmp, 'debounce.md'));
    await h.open(uri, `${FM}${TANKS}\n`);
    const first = full(await h.pull(uri));
    assert.deepEqual(verdicts(first.items), ['unsupported']);
    await h.change(uri, 2, `${FM}${TANKS}\n\n${KIRBY_WRONG}\n`);
    const pulled = h.pull(uri, first.resultId);
    await h.change(uri, 3, `${FM}${KIRBY_WRONG}\n`);
    // Asked before version 3 arrived, answered when the check of the current version is due.
    assert.deepEqual(verdicts(full(await pulled).items), ['conflicting']);
  });

  it('a cancelled pull is answered at once, as cancelled', async () => {
    h = await Harness.start({ pull: true, settings: { debounce: 10_000 } });
    const uri = fileUri(path.join(tmp, 'cancel.md'));
    await h.open(uri, `${FM}${TANKS}\n`);
    const source = new CancellationTokenSource();
    const pulled = h.pull(uri, undefined, source.token);
    source.cancel();
    await assert.rejects(pulled, (e: { code?: number }) => e.code === -32800);
  });

  it('asks a pull client to pull again when a library reload changes a draft’s diagnostics', async () => {
    const dir = subDir(tmp, 'watched');
    h = await Harness.start({ pull: true, settings: { sources: [dir], debounce: 0 } });
    const uri = fileUri(path.join(tmp, 'reload.md'));
    await h.open(uri, `${FM}${KHARKIV}\n`);
    const before = full(await h.pull(uri));
    assert.deepEqual(verdicts(before.items), ['unsupported']);
    fs.writeFileSync(path.join(dir, 'kharkiv-power.md'), ARTICLE.replace('4,500', '7,000'));
    await waitFor(() => h!.refreshes > 0, 'workspace/diagnostic/refresh after the source was added');
    const after = full(await h.pull(uri, before.resultId));
    assert.deepEqual(verdicts(after.items), ['conflicting']);
    // A re-check that changes nothing asks for nothing.
    const refreshes = h.refreshes;
    await h.request('factcheck/recheck');
    await h.settled();
    assert.deepEqual(await h.pull(uri, after.resultId), { kind: 'unchanged', resultId: after.resultId });
    assert.equal(h.refreshes, refreshes);
  });

  it('pushes to a client that does not pull: every version, no diagnosticProvider', async () => {
    h = await Harness.start({ settings: { debounce: 0 } });
    assert.equal(h.initializeResult.capabilities.diagnosticProvider, undefined);
    const uri = fileUri(path.join(tmp, 'push.md'));
    await h.open(uri, `${FM}${KIRBY_WRONG}\n`);
    const first = await h.diagnosticsOf(uri, 1);
    assert.deepEqual(verdicts(first), ['conflicting']);
    await h.change(uri, 2, `${FM}${KIRBY_WRONG}\nMore`);
    assert.deepEqual(await h.diagnosticsOf(uri, 2), first, 'the same diagnostics, published again');
    await h.close(uri);
    await h.nextPublish(uri, (p) => p.diagnostics.length === 0 && p.version === undefined, 0, 'the clearing publish');
    assert.equal(h.refreshes, 0);
  });
});
