// The language server in process, over a stream pair, driven by a JSON-RPC test client
// (test/lsp-harness.ts): capabilities, diagnostics, severities, hover (escaping), versions and
// debounce, closing, watched source folders, settings problems, trust and the custom requests.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DiagnosticSeverity, type Diagnostic, type Hover, type MarkupContent } from 'vscode-languageserver/node';
import { URI } from 'vscode-uri';
import { clipExcerpt, RELATED_EXCERPT } from '../server/src/lsp/convert';
import type { LibraryResult } from '../server/src/lsp/protocol';
import { ARTICLE, FM, HOSTILE, Harness, KHARKIV, KIRBY_WRONG, SINGH, TANKS, waitFor, serverSuite, fileUri, subDir } from './lsp-harness';
import { positionOf, textAt } from './lsp-harness';

const ROOT = path.resolve(__dirname, '..');

let tmp: string;
let h: Harness | undefined;

const tmpDir = (name: string) => subDir(tmp, name);

function byCode(diags: Diagnostic[], prefix: string): Diagnostic[] {
  return diags.filter((d) => String(d.code).split('/')[0] === prefix);
}

async function hoverAt(uri: string, text: string, needle: string): Promise<string> {
  const hover = await h!.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: positionOf(text, needle, 3) });
  assert.ok(hover, 'no hover');
  const contents = hover.contents as MarkupContent;
  assert.equal(contents.kind, 'markdown');
  return contents.value;
}

/** Targets of Markdown inline links `[text](target)` in a hover. */
function linkTargets(md: string): string[] {
  return [...md.matchAll(/(?<!\\)\]\(([^)\s]*)\)/g)].map((m) => m[1]);
}

describe('language server', function () {
  this.timeout(30000);

  serverSuite('factcheck-lsp-', (dir) => (tmp = dir));

  it('initializes with its capabilities', async () => {
    h = await Harness.start();
    const caps = h.initializeResult.capabilities;
    assert.deepEqual(caps.textDocumentSync, { openClose: true, change: 2 });
    assert.equal(caps.hoverProvider, true);
    assert.deepEqual(caps.codeActionProvider, {
      codeActionKinds: ['quickfix', 'source.factcheck.insertAllCitations', 'source.fixAll.factcheck'],
    });
    assert.ok(Array.isArray(caps.executeCommandProvider?.commands));
    assert.equal(caps.workspace?.workspaceFolders?.supported, true);
  });

  it('publishes a diagnostic per finding: code, documentation link, related information, data', async () => {
    h = await Harness.start();
    const uri = fileUri(path.join(tmp, 'draft.md'));
    const text = `${FM}${KIRBY_WRONG}\n\n${SINGH}\n\n${TANKS}\n`;
    await h.open(uri, text, 7);
    const diags = await h.diagnosticsOf(uri, 7);
    const [conflict] = byCode(diags, 'conflicting');
    assert.ok(conflict, `no conflicting diagnostic in ${JSON.stringify(diags.map((d) => d.code))}`);
    assert.equal(conflict.severity, DiagnosticSeverity.Warning);
    assert.equal(conflict.source, 'factcheck');
    assert.equal(conflict.code, 'conflicting/count');
    assert.equal(conflict.codeDescription?.href, 'https://github.com/factcheck-editor/factcheck/blob/main/docs/VERDICTS.md#conflicting');
    assert.equal(textAt(text, conflict.range), KIRBY_WRONG);
    assert.match(conflict.message as string, /3,000/);
    // Related information: each evidence at its exact excerpt in its source file.
    const related = conflict.relatedInformation ?? [];
    assert.ok(related.length >= 1);
    const files = related.map((r) => URI.parse(r.location.uri).fsPath);
    assert.ok(files.includes(path.join(ROOT, 'sources', 'cnn-2024-10-24.md')), files.join(', '));
    for (const r of related) {
      const src = fs.readFileSync(URI.parse(r.location.uri).fsPath, 'utf8');
      const excerpt = textAt(src, r.location.range).replace(/\s+/g, ' ').trim();
      assert.ok(excerpt.length > 20);
      // The excerpt, cut at a word with "…" past RELATED_EXCERPT characters (the location has it whole).
      assert.ok(r.message.endsWith(`: ${clipExcerpt(excerpt)}`), `${r.message} / ${excerpt}`);
      assert.ok(clipExcerpt(excerpt).length <= RELATED_EXCERPT);
      if (excerpt.length > RELATED_EXCERPT)
        assert.ok(excerpt.startsWith(clipExcerpt(excerpt).slice(0, -1)) && clipExcerpt(excerpt).endsWith('…'));
      assert.match(r.message, /^conflicts: [^,]+, (\d{4}-\d\d-\d\d|date unknown): /);
    }
    const cnn = related.find((r) => r.location.uri.endsWith('cnn-2024-10-24.md'))!;
    assert.match(cnn.message, /^conflicts: CNN, 2024-10-24: .*at least 3,000 North Korean soldiers/);
    // No data: nothing in a claim diagnostic changes with the version (code actions find its finding
    // by range and code), so an unchanged finding publishes the same object every keystroke.
    assert.equal(conflict.data, undefined);
    // The other verdicts at their default severities.
    assert.equal(byCode(diags, 'supported')[0]?.severity, DiagnosticSeverity.Hint);
    assert.equal(byCode(diags, 'unsupported')[0]?.severity, DiagnosticSeverity.Information);
    // Counts for the status bar follow the publish.
    await waitFor(() => h!.counts.some((c) => c.uri === uri && c.version === 7), 'counts');
    const counts = h.counts.find((c) => c.uri === uri && c.version === 7)!;
    assert.deepEqual(
      [counts.conflicting, counts.outdated, counts.unsupported, counts.supported],
      [1, 0, 1, byCode(diags, 'supported').length],
    );
  });

  it('gives ranges in UTF-16 units with CRLF line ends', async () => {
    h = await Harness.start();
    const uri = fileUri(path.join(tmp, 'crlf.md'));
    const tanksLine = TANKS.replace('tanks', 'tanks 🪖🪖');
    const text = `---\r\ndate: 2024-11-25\r\n---\r\n# 🇰🇵 Troops\r\n\r\n${KIRBY_WRONG}\r\n\r\n${tanksLine}\r\n`;
    await h.open(uri, text);
    const diags = await h.diagnosticsOf(uri, 1);
    assert.equal(textAt(text, byCode(diags, 'conflicting')[0].range), KIRBY_WRONG);
    const tanks = byCode(diags, 'unsupported')[0];
    assert.equal(textAt(text, tanks.range), tanksLine);
    assert.deepEqual(tanks.range, { start: { line: 7, character: 0 }, end: { line: 7, character: tanksLine.length } });
  });

  it('applies severity settings and re-publishes when they change', async () => {
    const settings: Record<string, unknown> = {};
    h = await Harness.start({ settings });
    const uri = fileUri(path.join(tmp, 'severity.md'));
    const text = `${FM}${SINGH}\n\n${TANKS}\n`;
    await h.open(uri, text);
    const before = await h.diagnosticsOf(uri, 1);
    assert.equal(byCode(before, 'supported')[0]?.severity, DiagnosticSeverity.Hint);
    // A hint carries no related information (no list shows hints; the hover has the evidence).
    assert.equal(byCode(before, 'supported')[0]?.relatedInformation, undefined);
    let seen = h.publishesFor(uri).length;
    settings.severity = { supported: 'information' };
    await h.configChanged();
    const shown = (await h.nextPublish(uri, () => true, seen, 're-published diagnostics')).diagnostics;
    assert.equal(byCode(shown, 'supported')[0]?.severity, DiagnosticSeverity.Information);
    assert.ok(
      byCode(shown, 'supported')[0]?.relatedInformation?.some((r) => r.message.startsWith('supports: ')),
      'listed: with its evidence',
    );
    seen = h.publishesFor(uri).length;
    settings.severity = { supported: 'off', unsupported: 'error' };
    await h.configChanged();
    const after = (await h.nextPublish(uri, () => true, seen, 're-published diagnostics')).diagnostics;
    assert.equal(byCode(after, 'supported').length, 0);
    assert.equal(byCode(after, 'unsupported')[0]?.severity, DiagnosticSeverity.Error);
    assert.equal(h.messages.length, 0, JSON.stringify(h.messages));
  });

  it('hovers a claim: verdict, outlet, marked excerpt, a file link; conflicting before supporting', async () => {
    h = await Harness.start();
    const uri = fileUri(path.join(tmp, 'hover.md'));
    const draft = fs.readFileSync(path.join(ROOT, 'examples', 'draft.md'), 'utf8');
    await h.open(uri, draft);
    await h.diagnosticsOf(uri, 1);
    const kirby = await hoverAt(uri, draft, 'On 23 October');
    assert.match(kirby, /^\*\*Conflicting\*\*/);
    // The editor shows the diagnostic's message with the hover: not repeated in it.
    assert.ok(!kirby.split('\n')[0].includes('gives'), kirby.split('\n')[0]);
    assert.ok(kirby.includes('**CNN**'), kirby);
    assert.ok(kirby.includes('2024\\-10\\-24'), kirby);
    assert.ok(kirby.includes('John Kirby'), kirby);
    // The excerpt, escaped, with the words it shares with the claim in bold and, for a record that
    // says otherwise, the figure that differs in italics.
    assert.ok(kirby.includes('_3,000_ **North Korean soldiers'), kirby);
    assert.ok(kirby.includes('this month\\.'), kirby);
    assert.ok(!kirby.includes('**3,000'), kirby); // not a word the claim has
    const targets = linkTargets(kirby);
    assert.ok(targets.length >= 1);
    for (const t of targets) assert.match(t, /^file:\/\/\/.*\.md#L\d+$/);
    const cnnLink = targets.find((t) => t.includes('cnn-2024-10-24.md'))!;
    const line = Number(/#L(\d+)$/.exec(cnnLink)![1]);
    const cnnText = fs.readFileSync(path.join(ROOT, 'sources', 'cnn-2024-10-24.md'), 'utf8').split(/\r?\n/);
    assert.match(cnnText[line - 1], /at least 3,000 North Korean soldiers/);
    // A finding with records on both sides: the two columns, "says otherwise" first.
    const outdated = await hoverAt(uri, draft, 'Around **2,000**');
    assert.match(outdated, /^\*\*Outdated\*\*/);
    const table = outdated.indexOf('| Says otherwise | Agrees |');
    assert.ok(table > 0, outdated);
    // Off any claim: no hover.
    const none = await h.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 1, character: 3 } });
    assert.equal(none, null);
  });

  it('escapes source text in hovers: no links, commands, HTML or emphasis from a source', async () => {
    const dir = tmpDir('hostile');
    fs.writeFileSync(path.join(dir, 'hostile.md'), HOSTILE);
    h = await Harness.start({ settings: { sources: [dir], useBundledLibrary: false } });
    const uri = fileUri(path.join(tmp, 'hostile-draft.md'));
    const text = `${FM}${KHARKIV}\n`;
    await h.open(uri, text);
    const diags = await h.diagnosticsOf(uri, 1);
    assert.equal(byCode(diags, 'supported').length, 1, JSON.stringify(diags));
    const md = await hoverAt(uri, text, 'The ministry');
    assert.ok(!md.includes('<img'), md);
    assert.ok(!md.includes('<'), md);
    assert.ok(!md.includes('](command:'), md);
    assert.ok(!/\]\(\s*command/i.test(md), md);
    assert.ok(!md.includes(' **bold** '), md);
    assert.ok(md.includes('&lt;img src\\=x onerror\\=alert\\(1\\)&gt;'), md);
    assert.ok(md.includes('\\[x\\]\\(command\\:workbench\\.action\\.quit\\)'), md);
    assert.ok(md.includes('\\*\\*bold\\*\\*'), md);
    for (const t of linkTargets(md)) assert.match(t, /^file:\/\/\/[^\s()<>]*#L\d+$/);
    assert.equal(linkTargets(md).length, 1, md);
  });

  it('publishes only the newest version when changes come quickly (debounce 0 and 50)', async () => {
    const settings: Record<string, unknown> = { debounce: 0 };
    h = await Harness.start({ settings });
    const texts = [
      `${FM}${TANKS}\n`,
      `${FM}${KIRBY_WRONG}\n`,
      `${FM}${SINGH}\n`,
      `${FM}${KIRBY_WRONG}\n\n${TANKS}\n`,
      `${FM}${SINGH}\n\n${KIRBY_WRONG}\n`,
    ];
    const check = async (uri: string, only: boolean) => {
      await h!.open(uri, texts[0], 1);
      await Promise.all(texts.slice(1).map((t, i) => h!.change(uri, i + 2, t)));
      const last = texts.length;
      const final = await h!.diagnosticsOf(uri, last);
      await h!.settled(); // anything late would show by now
      const pubs = h!.publishesFor(uri);
      const versions = pubs.map((p) => p.version!);
      assert.deepEqual(
        versions,
        [...versions].sort((a, b) => a - b),
        `versions out of order: ${versions}`,
      );
      assert.equal(versions[versions.length - 1], last);
      if (only) assert.deepEqual(versions, [last]);
      // Every publish matches the text of its own version.
      for (const p of pubs) {
        const t = texts[p.version! - 1];
        for (const d of p.diagnostics)
          assert.ok([KIRBY_WRONG, SINGH, TANKS].includes(textAt(t, d.range)), `v${p.version}: ${textAt(t, d.range)}`);
      }
      assert.deepEqual(final.map((d) => String(d.code).split('/')[0]).sort(), ['conflicting', 'supported']);
    };
    await check(fileUri(path.join(tmp, 'rapid0.md')), false);
    settings.debounce = 50;
    await h.configChanged();
    await h.settled();
    await check(fileUri(path.join(tmp, 'rapid50.md')), true);
  });

  it('clears diagnostics when a draft is closed', async () => {
    h = await Harness.start();
    const uri = fileUri(path.join(tmp, 'close.md'));
    await h.open(uri, `${FM}${KIRBY_WRONG}\n`);
    assert.ok((await h.diagnosticsOf(uri, 1)).length > 0);
    const seen = h.publishesFor(uri).length;
    await h.close(uri);
    const cleared = await h.nextPublish(uri, () => true, seen, 'cleared diagnostics');
    assert.deepEqual(cleared.diagnostics, []);
    await waitFor(() => h!.counts.some((c) => c.uri === uri && c.version === undefined && c.conflicting === 0), 'zero counts');
    const hover = await h.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 3, character: 5 } });
    assert.equal(hover, null);
  });

  it('checks only the configured document languages', async () => {
    h = await Harness.start({ settings: { languages: ['markdown'] } });
    const py = fileUri(path.join(tmp, 'notes.py'));
    const md = fileUri(path.join(tmp, 'lang.md'));
    await h.open(py, `# ${KIRBY_WRONG}\n`, 1, 'python');
    await h.open(md, `${FM}${KIRBY_WRONG}\n`);
    await h.diagnosticsOf(md, 1);
    await h.settled();
    assert.equal(h.publishesFor(py).length, 0);
  });

  it('re-checks open drafts when a source is added to, edited in or deleted from a watched folder', async () => {
    const dir = tmpDir('watched');
    const later = path.join(tmp, 'not-yet', 'sources');
    // Supported claims listed (not hints), so they carry their evidence as related information.
    h = await Harness.start({ settings: { sources: [dir, later], severity: { supported: 'information' } } });
    const uri = fileUri(path.join(tmp, 'watched-draft.md'));
    await h.open(uri, `${FM}${KHARKIV}\n`);
    const before = await h.diagnosticsOf(uri, 1);
    assert.deepEqual(
      before.map((d) => String(d.code).split('/')[0]),
      ['unsupported'],
    );
    const verdictNow = (verdict: string) => (p: { diagnostics: Diagnostic[] }) =>
      p.diagnostics.length === 1 && String(p.diagnostics[0].code).startsWith(verdict);
    // Added.
    let seen = h.publishesFor(uri).length;
    fs.writeFileSync(path.join(dir, 'kharkiv-power.md'), ARTICLE);
    const added = await h.nextPublish(uri, verdictNow('supported'), seen, 'supported after adding the source');
    assert.ok(added.diagnostics[0].relatedInformation?.some((r) => r.location.uri === fileUri(path.join(dir, 'kharkiv-power.md'))));
    // Edited: the source now gives another figure.
    seen = h.publishesFor(uri).length;
    fs.writeFileSync(path.join(dir, 'kharkiv-power.md'), ARTICLE.replace('4,500', '7,000'));
    await h.nextPublish(uri, verdictNow('conflicting'), seen, 'conflicting after editing the source');
    // Deleted.
    seen = h.publishesFor(uri).length;
    fs.rmSync(path.join(dir, 'kharkiv-power.md'));
    await h.nextPublish(uri, verdictNow('unsupported'), seen, 'unsupported after deleting the source');
    // A folder that did not exist at start appears with a source in it.
    seen = h.publishesFor(uri).length;
    fs.mkdirSync(later, { recursive: true });
    fs.writeFileSync(path.join(later, 'kharkiv-power.md'), ARTICLE);
    await h.nextPublish(uri, verdictNow('supported'), seen, 'supported after creating the missing folder');
    // The folder disappears, and comes back.
    seen = h.publishesFor(uri).length;
    fs.rmSync(path.join(tmp, 'not-yet'), { recursive: true });
    await h.nextPublish(uri, verdictNow('unsupported'), seen, 'unsupported after removing the folder');
    seen = h.publishesFor(uri).length;
    fs.mkdirSync(later, { recursive: true });
    fs.writeFileSync(path.join(later, 'kharkiv-power.md'), ARTICLE);
    await h.nextPublish(uri, verdictNow('supported'), seen, 'supported after the folder came back');
  });

  it('shows one message for an invalid setting value and goes on serving', async () => {
    h = await Harness.start({ settings: { debounce: 'soon', severity: { conflicting: 'loud' } } });
    const a = fileUri(path.join(tmp, 'invalid-a.md'));
    const b = fileUri(path.join(tmp, 'invalid-b.md'));
    await h.open(a, `${FM}${KIRBY_WRONG}\n`);
    const diags = await h.diagnosticsOf(a, 1);
    assert.equal(byCode(diags, 'conflicting')[0]?.severity, DiagnosticSeverity.Warning); // the default
    await h.open(b, `${FM}${TANKS}\n`);
    await h.diagnosticsOf(b, 1);
    await h.configChanged();
    await h.request('factcheck/recheck');
    await waitFor(() => h!.publishesFor(a).length >= 2 && h!.publishesFor(b).length >= 2, 're-published diagnostics');
    const about = (key: string) => h!.messages.filter((m) => m.message.includes(`factcheck.${key}`));
    assert.equal(about('debounce').length, 1, JSON.stringify(h.messages));
    assert.equal(about('severity.conflicting').length, 1, JSON.stringify(h.messages));
    assert.equal(about('debounce')[0].type, 2 /* Warning */);
    assert.equal(h.messages.length, 2, JSON.stringify(h.messages));
    const lib = await h.request<LibraryResult>('factcheck/library', { uri: a });
    assert.equal(lib.sources.length, 5);
  });

  it('reports a broken source once and keeps checking with the rest', async () => {
    const dir = tmpDir('broken');
    fs.writeFileSync(path.join(dir, 'dup-a.md'), ARTICLE);
    fs.writeFileSync(path.join(dir, 'dup-b.md'), ARTICLE);
    h = await Harness.start({ settings: { sources: [dir] } });
    const a = fileUri(path.join(tmp, 'broken-a.md'));
    const b = fileUri(path.join(tmp, 'broken-b.md'));
    await h.open(a, `${FM}${KHARKIV}\n`);
    await h.open(b, `${FM}${KIRBY_WRONG}\n`);
    assert.equal(String((await h.diagnosticsOf(a, 1))[0].code).split('/')[0], 'supported');
    await h.diagnosticsOf(b, 1);
    const problems = h.messages.filter((m) => /source library/.test(m.message));
    assert.equal(problems.length, 1, JSON.stringify(h.messages));
    assert.match(problems[0].message, /duplicate source id/);
    assert.ok(h.logs.some((l) => /duplicate source id "kharkiv-power-2024-11-19"/.test(l)));
  });

  it('ignores restricted paths outside the workspace when it is not trusted, with one message', async () => {
    const ws = tmpDir('ws');
    const outside = tmpDir('outside');
    fs.writeFileSync(path.join(outside, 'kharkiv-power.md'), ARTICLE);
    h = await Harness.start({ folders: [fileUri(ws)], trusted: false, settings: { sources: [outside] } });
    const uri = fileUri(path.join(ws, 'draft.md'));
    await h.open(uri, `${FM}${KHARKIV}\n`);
    assert.equal(String((await h.diagnosticsOf(uri, 1))[0].code).split('/')[0], 'unsupported');
    const trustMessages = h.messages.filter((m) => /not trusted/.test(m.message));
    assert.equal(trustMessages.length, 1, JSON.stringify(h.messages));
    assert.ok(trustMessages[0].message.includes('factcheck.sources'));
    // Trusting the workspace brings the folder in.
    const seen = h.publishesFor(uri).length;
    await h.notify('factcheck/trust', { trusted: true });
    const after = await h.nextPublish(
      uri,
      (p) => p.diagnostics.some((d) => String(d.code).startsWith('supported')),
      seen,
      'supported once trusted',
    );
    assert.ok(after);
  });

  it('answers factcheck/library with the five bundled sources and their record counts', async () => {
    h = await Harness.start();
    const lib = await h.request<LibraryResult>('factcheck/library', {});
    const ids = lib.sources.map((s) => s.id).sort();
    assert.deepEqual(ids, [
      'border-zone-2024-10-24',
      'cnn-2024-10-24',
      'kursk-combat-2024-11-13',
      'newsweek-2024-11-23',
      'viewus-2024-10-25',
    ]);
    for (const s of lib.sources) {
      assert.equal(s.bundled, true);
      assert.ok(s.records > 0, `${s.id} has no records`);
      assert.ok(fs.existsSync(s.path), s.path);
      assert.match(s.published ?? '', /^2024-1[01]-\d\d$/);
    }
    assert.equal(lib.sources.find((s) => s.id === 'cnn-2024-10-24')?.outlet, 'CNN');
    assert.deepEqual(lib.problems, []);
    const recheck = await h.request<{ documents: number }>('factcheck/recheck');
    assert.deepEqual(recheck, { documents: 0 });
  });
});
