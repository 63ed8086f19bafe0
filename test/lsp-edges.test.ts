// The language server at its edges: an alias file edited or created after start, the project file
// (.factcheck.yaml) above a draft, and document versions that go backwards or a second open
// (through the in-process harness, test/lsp-harness.ts).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver/node';
import { ARTICLE, FM, Harness, KHARKIV, KIRBY_WRONG, SINGH, serverSuite, fileUri, subDir } from './lsp-harness';

let tmp: string;
let h: Harness | undefined;

const tmpDir = (name: string) => subDir(tmp, name);

describe('language server: edges', function () {
  this.timeout(60_000);
  serverSuite('factcheck-lsp-edges-', (d) => (tmp = d));

  it('re-reads an alias file edited or created after start (caches keyed by content)', async () => {
    const aliases = path.join(tmpDir('aliases'), 'newsroom.aliases.yaml');
    h = await Harness.start({ settings: { aliases: [aliases], severity: { supported: 'information' } } });
    const uri = fileUri(path.join(tmp, 'alias-draft.md'));
    await h.open(uri, `${FM}The Spy Directorate said approximately 12,000 North Korean soldiers were deployed in Russia.\n`);
    const before = await h.diagnosticsOf(uri, 1);
    assert.deepEqual(
      before.map((d) => String(d.code).split('/')[0]),
      ['unsupported'],
    );
    const verdictNow = (verdict: string) => (p: { diagnostics: Diagnostic[] }) =>
      p.diagnostics.length === 1 && String(p.diagnostics[0].code).startsWith(verdict);
    // Created: the name is now Ukraine's military intelligence.
    let seen = h.publishesFor(uri).length;
    fs.writeFileSync(aliases, 'orgs:\n  hur:\n    names: [Spy Directorate]\n');
    await h.nextPublish(uri, verdictNow('supported'), seen, 'supported once the alias file names the speaker');
    // Edited: the name now belongs to a body the library has no record of.
    seen = h.publishesFor(uri).length;
    fs.writeFileSync(aliases, 'orgs:\n  spy-directorate:\n    names: [Spy Directorate]\n');
    await h.nextPublish(uri, verdictNow('unsupported'), seen, 'unsupported once the alias file is edited');
  });

  it('reads the project file (.factcheck.yaml) nearest above the draft: its sources; a bad key is one message', async () => {
    const project = tmpDir('project');
    fs.mkdirSync(path.join(project, 'articles'));
    fs.mkdirSync(path.join(project, 'drafts'));
    fs.writeFileSync(path.join(project, 'articles', 'kharkiv-power.md'), ARTICLE);
    fs.writeFileSync(path.join(project, '.factcheck.yaml'), 'sources: articles\nspeling: wrong\n');
    h = await Harness.start({ folders: [fileUri(project)], settings: { severity: { supported: 'information' } } });
    const uri = fileUri(path.join(project, 'drafts', 'draft.md'));
    await h.open(uri, `${FM}${KHARKIV}\n`);
    const diags = await h.diagnosticsOf(uri, 1);
    assert.deepEqual(
      diags.map((d) => String(d.code).split('/')[0]),
      ['supported'],
    );
    assert.ok(
      h.messages.some((m) => /\.factcheck\.yaml: speling: unknown key/.test(m.message)),
      JSON.stringify(h.messages),
    );
  });

  it('a version that goes backwards, or a second open, starts over: the newest change received wins', async () => {
    h = await Harness.start({ settings: { debounce: 0 } });
    const codes = (p: { diagnostics: Diagnostic[] }) =>
      p.diagnostics
        .map((d) => String(d.code).split('/')[0])
        .sort()
        .join(',');
    // A change whose version is lower than the last one.
    const a = fileUri(path.join(tmp, 'backwards.md'));
    await h.open(a, `${FM}${KIRBY_WRONG}\n`, 5);
    assert.deepEqual(
      (await h.diagnosticsOf(a, 5)).map((d) => String(d.code).split('/')[0]),
      ['conflicting'],
    );
    let seen = h.publishesFor(a).length;
    await h.change(a, 3, `${FM}${SINGH}\n`);
    const back = await h.nextPublish(a, (p) => p.version === 3, seen, 'a publish for version 3');
    assert.equal(codes(back), 'supported', 'the stale conflicting diagnostic is replaced');
    // The same document opened again (no close), at a lower version and with another text.
    const b = fileUri(path.join(tmp, 'reopened.md'));
    await h.open(b, `${FM}${SINGH}\n`, 9);
    await h.diagnosticsOf(b, 9);
    seen = h.publishesFor(b).length;
    await h.open(b, `${FM}${KIRBY_WRONG}\n`, 1);
    const again = await h.nextPublish(b, (p) => p.version === 1, seen, 'a publish for the new open');
    assert.equal(codes(again), 'conflicting');
  });

  it('the project file’s severities apply in the editor (a newsroom’s policy over each editor’s settings)', async () => {
    const project = tmpDir('project-severity');
    fs.writeFileSync(path.join(project, '.factcheck.yaml'), 'severity:\n  unsupported: error\n');
    h = await Harness.start({ folders: [fileUri(project)] });
    const uri = fileUri(path.join(project, 'draft.md'));
    await h.open(uri, `${FM}North Korea has also sent 200 tanks to Russia.\n`);
    const diags = await h.diagnosticsOf(uri, 1);
    assert.deepEqual(
      diags.map((d) => [String(d.code).split('/')[0], d.severity]),
      [['unsupported', DiagnosticSeverity.Error]],
    );
  });

  it('the project file’s ignore list and date apply in the editor as on the command line', async () => {
    const project = tmpDir('project-ignore-date');
    fs.mkdirSync(path.join(project, 'archive'));
    fs.writeFileSync(path.join(project, '.factcheck.yaml'), 'ignore: ["archive/**"]\ndate: 2024-11-25\n');
    h = await Harness.start({ folders: [fileUri(project)] });
    const claim = 'Some 3,000 North Korean soldiers are in Russia.\n';
    const codes = (ds: Diagnostic[]) => ds.map((d) => String(d.code).split('/')[0]).join(',');
    // No front matter: the project's date makes the early figure outdated (undated: supported).
    const dated = fileUri(path.join(project, 'draft.md'));
    await h.open(dated, claim);
    assert.equal(codes(await h.diagnosticsOf(dated, 1)), 'outdated');
    const old = fileUri(path.join(project, 'archive', 'old.md'));
    await h.open(old, `${FM}${KIRBY_WRONG}\n`);
    await h.settled();
    assert.ok(
      h.publishesFor(old).every((p) => p.diagnostics.length === 0),
      JSON.stringify(h.publishesFor(old)),
    );
    assert.ok(
      h.logs.some((l) => l.includes('old.md is not checked') && l.includes('archive/**')),
      h.logs.join('\n'),
    );
    // Outside a project the same claim has no date to be outdated against.
    const loose = fileUri(path.join(tmp, 'loose.md'));
    await h.open(loose, claim);
    assert.equal(codes(await h.diagnosticsOf(loose, 1)), 'supported');
  });

  it('watches the project’s review and project files: a review saved elsewhere silences the claim at once', async () => {
    const project = tmpDir('project-review-watch');
    fs.writeFileSync(path.join(project, '.factcheck.yaml'), 'date: 2024-11-25\n');
    h = await Harness.start({ folders: [fileUri(project)] });
    const uri = fileUri(path.join(project, 'draft.md'));
    await h.open(uri, `${FM}${KIRBY_WRONG}\n`);
    const first = await h.diagnosticsOf(uri, 1);
    assert.ok(first.some((d) => String(d.code).startsWith('conflicting')));
    const watch = h.registrations.find((r) => r.method === 'workspace/didChangeWatchedFiles');
    assert.ok(JSON.stringify(watch?.registerOptions).includes('**/.factcheck-reviewed.json'), JSON.stringify(h.registrations));
    // A colleague's review arrives (a pull, another editor): the file watcher tells the server.
    const reviewed = path.join(project, '.factcheck-reviewed.json');
    fs.writeFileSync(reviewed, JSON.stringify([{ claim: KIRBY_WRONG, verdict: 'conflicting', reason: 'agreed with the desk' }]));
    const seen = h.publishesFor(uri).length;
    await h.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(reviewed), type: 1 }] });
    const after = await h.nextPublish(
      uri,
      (p) => !p.diagnostics.some((d) => String(d.code).startsWith('conflicting')),
      seen,
      'the claim silenced',
    );
    assert.equal(after.version, 1);
  });
});
