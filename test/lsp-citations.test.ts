// Citations through the language server in process: completion after `[^` and `[@` (sources that
// back the paragraph's claims first, a footnote's definition added once), hover and go to
// definition on a marker, document links in footnote definitions and front matter, the citation
// diagnostics published with the claim diagnostics, and the quick fix adding a missing definition.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type {
  CodeAction,
  CompletionItem,
  Diagnostic,
  DocumentLink,
  Hover,
  Location,
  MarkupContent,
  TextDocumentEdit,
  TextEdit,
} from 'vscode-languageserver/node';
import { DiagnosticSeverity, DiagnosticTag } from 'vscode-languageserver/node';
import { URI } from 'vscode-uri';
import { FM, Harness, KIRBY_WRONG, SINGH, applyEdits, positionOf, serverSuite } from './lsp-harness';

const CNN_DEF = '[^cnn-2024-10-24]: CNN, "North Korean troops spotted", 2024-10-24, https://edition.cnn.com/a.';

let tmp: string;
let h: Harness | undefined;

/** The position just after the first `needle` (or `plus` characters into it). */
const positionAfter = (text: string, needle: string, plus = needle.length) => positionOf(text, needle, plus);

async function open(
  text: string,
  settings: Record<string, unknown> = {},
  files: Record<string, string> = {},
): Promise<{ uri: string; dir: string; diags: Diagnostic[] }> {
  const dir = fs.mkdtempSync(path.join(tmp, 'ws-'));
  for (const [name, body] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), body);
  const file = path.join(dir, 'draft.md');
  fs.writeFileSync(file, text);
  h = await Harness.start({ folders: [URI.file(dir).toString()], settings: { debounce: 0, ...settings } });
  const uri = URI.file(file).toString();
  await h.open(uri, text, 1);
  return { uri, dir, diags: await h.diagnosticsOf(uri, 1) };
}

const completeAt = (uri: string, text: string, needle: string, trigger: string) =>
  h!.request<CompletionItem[] | null>('textDocument/completion', {
    textDocument: { uri },
    position: positionAfter(text, needle),
    context: { triggerKind: 2, triggerCharacter: trigger },
  });

const byCode = (diags: Diagnostic[], code: string) => diags.filter((d) => d.code === code);
const messageOf = (d: Diagnostic) => (typeof d.message === 'string' ? d.message : d.message.value);

describe('language server: citations', function () {
  this.timeout(60000);
  serverSuite('factcheck-citations-', (dir) => (tmp = dir));

  it('advertises completion on ^ and @, definitions and document links', async () => {
    h = await Harness.start();
    const caps = h.initializeResult.capabilities;
    assert.deepEqual(caps.completionProvider?.triggerCharacters, ['^', '@']);
    assert.equal(caps.definitionProvider, true);
    assert.ok(caps.documentLinkProvider);
  });

  it('completes [^ with the library, the source backing the claim first, and adds the definition once', async () => {
    const text = `${FM}\n${SINGH}[^]\n`;
    const { uri } = await open(text);
    const items = (await completeAt(uri, text, `${SINGH}[^`, '^'))!;
    assert.equal(items.length, 5, items.map((i) => i.label).join(', '));
    const sorted = [...items].sort((a, b) => a.sortText!.localeCompare(b.sortText!));
    assert.equal(sorted[0].label, 'newsweek-2024-11-23', 'the source backing the claim comes first');
    const nw = sorted[0];
    assert.equal(nw.detail, 'Newsweek · 2024-11-23');
    assert.equal(nw.labelDetails?.description, 'Newsweek · 2024-11-23');
    assert.match((nw.documentation as MarkupContent).value, /^North Korean troops deployed to new Russian frontline region/);
    assert.equal(items.find((i) => i.label === 'cnn-2024-10-24')?.detail, 'CNN · 2024-10-24');
    const edit = nw.textEdit as TextEdit;
    const out = applyEdits(text, [edit, ...(nw.additionalTextEdits ?? [])]);
    assert.ok(out.includes(`${SINGH}[^newsweek-2024-11-23]\n`), out);
    assert.match(
      out,
      /\n\n\[\^newsweek-2024-11-23\]: Newsweek, "North Korean troops deployed to new Russian frontline region", 2024-11-23, https:\/\/\S+\.\n$/,
    );
    // With the definition there, a second reference adds none.
    const again = `${out.trimEnd().replace(/\n\n\[\^newsweek/, '\n\nMore.[^]\n\n[^newsweek')}\n`;
    await h!.change(uri, 2, again);
    await h!.diagnosticsOf(uri, 2);
    const items2 = (await completeAt(uri, again, 'More.[^', '^'))!;
    assert.equal(items2.find((i) => i.label === 'newsweek-2024-11-23')?.additionalTextEdits, undefined);
    assert.ok(
      items2.find((i) => i.label === 'cnn-2024-10-24')?.additionalTextEdits?.length,
      'a source not yet defined still gets its definition',
    );
  });

  it('completes [@ with Pandoc keys (closing the bracket when open), and nothing in code or an e-mail address', async () => {
    const text = `${FM}\n${SINGH} [@\n\nSee \`[^\` and desk@\n`;
    const { uri } = await open(text);
    const items = (await completeAt(uri, text, ' [@', '@'))!;
    const nw = items.find((i) => i.label === 'newsweek-2024-11-23')!;
    assert.equal((nw.textEdit as TextEdit).newText, 'newsweek-2024-11-23]');
    assert.equal(nw.additionalTextEdits, undefined);
    assert.equal(await completeAt(uri, text, '`[^', '^'), null);
    assert.equal(await completeAt(uri, text, 'desk@', '@'), null);
  });

  it('completes a definition line: `[^` opening a line gives the whole definition', async () => {
    const text = `${FM}\n${SINGH}[^newsweek-2024-11-23]\n\n[^]\n`;
    const { uri } = await open(text);
    const items = (await completeAt(uri, text, '\n[^', '^'))!;
    const nw = items.find((i) => i.label === 'newsweek-2024-11-23')!;
    const out = applyEdits(text, [nw.textEdit as TextEdit]);
    assert.match(
      out,
      /\n\[\^newsweek-2024-11-23\]: Newsweek, "North Korean troops deployed to new Russian frontline region", 2024-11-23, https:\/\/\S+\.\n$/,
    );
  });

  it('hovers a footnote marker: the source, what it cites, the claims it backs; escaped', async () => {
    const text = `${FM}\n${SINGH}[^newsweek-2024-11-23]\n\n[^newsweek-2024-11-23]: Newsweek.\n`;
    const { uri } = await open(text);
    const hover = await h!.request<Hover>('textDocument/hover', { textDocument: { uri }, position: positionAfter(text, '[^newsweek', 4) });
    const value = (hover.contents as MarkupContent).value;
    assert.match(value, /\*\*Newsweek\*\* · \*North Korean troops deployed to new Russian frontline region\* · 2024\\-11\\-23/);
    assert.match(value, /\[Open source newsweek\\-2024\\-11\\-23\]\(file:\/\/\/\S+newsweek-2024-11-23\.md#L\d+\)/);
    assert.match(value, /Records it backs in this draft\*\* \(1\)/);
    assert.match(value, /supported: “On 18 November, Deputy Pentagon.*\(agrees\) ← cited here/);
    assert.deepEqual(hover.range, { start: positionAfter(text, '[^newsweek', 0), end: positionAfter(text, '[^newsweek-2024-11-23]') });
    // Off the marker, the claim's own hover.
    const claim = await h!.request<Hover>('textDocument/hover', { textDocument: { uri }, position: positionAfter(text, 'roughly', 2) });
    assert.match((claim.contents as MarkupContent).value, /^\*\*Supported\*\*/);
  });

  it('hovers a Pandoc key the library lacks, and a footnote that is only a note', async () => {
    const text = `${FM}\n${SINGH} [@nowhere].[^aside]\n\n[^aside]: A *private* note.\n`;
    const { uri } = await open(text);
    const unknown = await h!.request<Hover>('textDocument/hover', { textDocument: { uri }, position: positionAfter(text, '@nowhere', 2) });
    assert.match((unknown.contents as MarkupContent).value, /No library source has this id/);
    const note = await h!.request<Hover>('textDocument/hover', { textDocument: { uri }, position: positionAfter(text, '[^aside]', 3) });
    assert.match((note.contents as MarkupContent).value, /> A \\\*private\\\* note\\\./);
  });

  it('goes to the footnote definition, and from a Pandoc key or a definition label to the source file', async () => {
    const text = `${FM}\n${SINGH}[^newsweek-2024-11-23] [@cnn-2024-10-24]\n\n[^newsweek-2024-11-23]: Newsweek.\n`;
    const { uri } = await open(text);
    const def = (pos: ReturnType<typeof positionAfter>) =>
      h!.request<Location[] | null>('textDocument/definition', { textDocument: { uri }, position: pos });
    const toDef = await def(positionAfter(text, '[^newsweek', 3));
    assert.deepEqual(toDef, [
      { uri, range: { start: positionAfter(text, '\n[^newsweek', 1), end: positionAfter(text, '\n[^newsweek-2024-11-23]') } },
    ]);
    const toSource = (await def(positionAfter(text, '@cnn', 2)))!;
    assert.match(toSource[0].uri, /\/sources\/cnn-2024-10-24\.md$/);
    assert.equal(toSource[0].range.start.line, 6, 'the first line after the front matter');
    const fromLabel = (await def(positionAfter(text, '\n[^newsweek', 4)))!;
    assert.match(fromLabel[0].uri, /\/sources\/newsweek-2024-11-23\.md$/);
    assert.equal(await def(positionAfter(text, 'reporters', 2)), null, 'nothing off a citation');
  });

  it('links the addresses and source ids in footnote definitions and the front matter url', async () => {
    const text = `---\ndate: 2024-11-25\nurl: "https://news.example/story"\n---\n\n${SINGH}[^cnn-2024-10-24]\n\n${CNN_DEF}\n`;
    const { uri } = await open(text);
    const links = await h!.request<DocumentLink[]>('textDocument/documentLink', { textDocument: { uri } });
    const targets = links.map((l) => l.target);
    assert.ok(targets.includes('https://edition.cnn.com/a'), JSON.stringify(targets));
    assert.ok(targets.includes('https://news.example/story'), JSON.stringify(targets));
    assert.ok(
      targets.some((t) => /\/sources\/cnn-2024-10-24\.md$/.test(t ?? '')),
      JSON.stringify(targets),
    );
    const url = links.find((l) => l.target === 'https://edition.cnn.com/a')!;
    assert.deepEqual(url.range.start, positionAfter(text, 'https://edition', 0));
    assert.deepEqual(url.range.end, positionAfter(text, 'https://edition.cnn.com/a'), 'without the full stop');
  });

  it('publishes citation diagnostics with the claims: contradicted, missing and unused definitions, unknown keys', async () => {
    const text = `${FM}\n${KIRBY_WRONG}[^cnn-2024-10-24] [@nowhere]\n\n${SINGH}[^newsweek-2024-11-23]\n\n${CNN_DEF}\n[^unused]: Nobody cites this.\n`;
    const { diags } = await open(text);
    assert.ok(byCode(diags, 'conflicting/count').length, 'the claim diagnostics are there too');
    const [contra] = byCode(diags, 'citation/contradicted');
    assert.equal(
      messageOf(contra),
      'The cited source says “at least 3,000 North Korean soldiers”, not “at least 5,000 North Korean soldiers” (CNN, 2024-10-24).',
    );
    assert.equal(contra.severity, DiagnosticSeverity.Warning);
    assert.deepEqual(contra.range.start, positionAfter(text, '[^cnn-2024-10-24] [@', 0));
    const [missing] = byCode(diags, 'citation/missing-definition');
    assert.match(messageOf(missing), /Footnote \[\^newsweek-2024-11-23\] has no definition/);
    const [unused] = byCode(diags, 'citation/unused-definition');
    assert.deepEqual(unused.tags, [DiagnosticTag.Unnecessary]);
    assert.equal(unused.range.start.line, positionAfter(text, '[^unused]').line);
    const [unknown] = byCode(diags, 'citation/unknown-source');
    assert.match(messageOf(unknown), /No source “nowhere” in the library/);
    assert.deepEqual(unknown.range, { start: positionAfter(text, '@nowhere', 1), end: positionAfter(text, '@nowhere') });
    for (const d of diags.filter((x) => String(x.code).startsWith('citation/'))) assert.equal(d.source, 'factcheck');
    assert.equal(diags.filter((x) => String(x.code).startsWith('citation/')).length, 4, diags.map((d) => d.code).join(', '));
  });

  it('knows Pandoc keys from the bibliography; a checked claim is not flagged as contradicted', async () => {
    const cited = `${KIRBY_WRONG.replace(/\.$/, ' [@local-paper].')}[^cnn-2024-10-24] <!-- checked: confirmed with the NSC -->`;
    const text = `${FM}\n${cited}\n\n${CNN_DEF}\n`;
    const { diags } = await open(
      text,
      { bibliography: 'refs.json' },
      { 'refs.json': JSON.stringify([{ id: 'local-paper', type: 'article-newspaper' }]) },
    );
    assert.deepEqual(
      diags.filter((d) => String(d.code).startsWith('citation/')),
      [],
    );
  });

  it('offers a quick fix adding a missing footnote definition', async () => {
    const text = `${FM}\n${SINGH}[^newsweek-2024-11-23]\n`;
    const { uri, diags } = await open(text);
    const missing = byCode(diags, 'citation/missing-definition');
    const actions = await h!.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: missing[0].range,
      context: { diagnostics: missing },
    });
    const add = actions.find((a) => a.title.startsWith('Add footnote definition'));
    assert.ok(add, actions.map((a) => a.title).join(' | '));
    assert.equal(add.diagnostics?.length, 1);
    const change = add.edit!.documentChanges![0] as TextDocumentEdit;
    assert.equal(change.textDocument.version, 1);
    const out = applyEdits(text, change.edits as TextEdit[]);
    assert.match(out, /\[\^newsweek-2024-11-23\]\n\n\[\^newsweek-2024-11-23\]: Newsweek, "North Korean troops/);
  });
});
