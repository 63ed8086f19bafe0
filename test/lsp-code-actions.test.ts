// Code actions through the language server in process: each quick fix's edit, versioned edits,
// the Pandoc bibliography, the source action citing every supported claim, and "mark as checked"
// silencing the claim for the server as it does for the CLI.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CodeAction, Diagnostic, TextDocumentEdit, TextEdit } from 'vscode-languageserver/node';
import { URI } from 'vscode-uri';
import { FM, Harness, KIRBY_WRONG, SINGH, applyEdits, positionOf, serverSuite } from './lsp-harness';

const BARE = 'Roughly 11,000 North Korean troops have entered the Kursk region.';

let tmp: string;
let h: Harness | undefined;

/** A document edit of plain text edits (the server sends no snippet edits). */
type PlainDocumentEdit = TextDocumentEdit & { edits: TextEdit[] };

/** The draft's own edit in an action (and its version), asserting it is versioned. */
function draftEdit(action: CodeAction, uri: string): PlainDocumentEdit {
  const change = action.edit?.documentChanges?.find((c): c is TextDocumentEdit => 'textDocument' in c && c.textDocument.uri === uri);
  assert.ok(change, `"${action.title}" has no edit of the draft`);
  assert.equal(typeof change.textDocument.version, 'number', 'draft edits carry the document version');
  return change as PlainDocumentEdit;
}

async function open(text: string, settings: Record<string, unknown> = {}): Promise<{ uri: string; diags: Diagnostic[] }> {
  const dir = fs.mkdtempSync(path.join(tmp, 'ws-'));
  const file = path.join(dir, 'draft.md');
  fs.writeFileSync(file, text);
  h = await Harness.start({ folders: [URI.file(dir).toString()], settings: { debounce: 0, ...settings } });
  const uri = URI.file(file).toString();
  await h.open(uri, text, 1);
  const diags = await h.diagnosticsOf(uri, 1);
  return { uri, diags };
}

async function actionsAt(uri: string, text: string, needle: string, diags: Diagnostic[], only?: string[]): Promise<CodeAction[]> {
  const pos = positionOf(text, needle);
  const context = {
    diagnostics: diags.filter((d) => d.range.start.line <= pos.line && d.range.end.line >= pos.line),
    ...(only ? { only } : {}),
  };
  return h!.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: { start: pos, end: pos }, context });
}

describe('language server: code actions', function () {
  this.timeout(60000);
  serverSuite('factcheck-actions-', (dir) => (tmp = dir));

  it('replaces a conflicting figure with the sourced one, preferred, for that diagnostic', async () => {
    const text = `${FM}\n${KIRBY_WRONG}\n`;
    const { uri, diags } = await open(text);
    const actions = await actionsAt(uri, text, 'at least 5,000', diags);
    const change = actions.find((a) => a.title.startsWith('Change to'));
    assert.ok(change, actions.map((a) => a.title).join(' | '));
    assert.match(change.title, /at least 3,000 North Korean soldiers/);
    assert.equal(change.isPreferred, true);
    // The fix names the diagnostic it fixes (found by range and code: diagnostics carry no data),
    // and only that one.
    const conflict = diags.filter((d) => String(d.code).startsWith('conflicting'));
    assert.equal(conflict.length, 1);
    assert.deepEqual(change.diagnostics, conflict);
    // A diagnostic that no longer sits on the claim (an older version's, one character off) is no
    // diagnostic of this finding.
    const moved = {
      ...conflict[0],
      range: { start: { ...conflict[0].range.start, character: conflict[0].range.start.character + 1 }, end: conflict[0].range.end },
    };
    const stale = await actionsAt(uri, text, 'at least 5,000', [moved]);
    assert.deepEqual(stale.find((a) => a.title === change.title)?.diagnostics, []);
    const out = applyEdits(text, draftEdit(change, uri).edits);
    assert.equal(out, text.replace('at least 5,000 North Korean soldiers', 'at least 3,000 North Korean soldiers'));
  });

  it('inserts a footnote reference and its definition once; the edit is for the current version', async () => {
    const text = `${FM}\n${SINGH}\n`;
    const { uri, diags } = await open(text);
    const actions = await actionsAt(uri, text, 'roughly 11,000', diags);
    const cite = actions.find((a) => a.title.startsWith('Insert source reference'));
    assert.ok(cite, actions.map((a) => a.title).join(' | '));
    const edit = draftEdit(cite, uri);
    assert.equal(edit.textDocument.version, 1);
    const out = applyEdits(text, edit.edits);
    assert.ok(out.includes(`${SINGH}[^newsweek-2024-11-23]\n`), out);
    assert.match(
      out,
      /\n\[\^newsweek-2024-11-23\]: Newsweek, "North Korean troops deployed to new Russian frontline region", 2024-11-23, https?:\/\/\S+\.\n$/,
    );
    // After applying it, the server offers no second reference to the same source.
    await h!.change(uri, 2, out);
    const again = await h!.diagnosticsOf(uri, 2);
    const actions2 = await actionsAt(uri, out, 'roughly 11,000', again);
    assert.ok(!actions2.some((a) => a.title === cite.title), 'no duplicate citation offered');
  });

  it('Pandoc style: [@id] in the draft and a CSL-JSON entry in the bibliography file', async () => {
    const text = `${FM}\n${SINGH}\n`;
    const { uri, diags } = await open(text, { citationStyle: 'pandoc', bibliography: 'refs.json' });
    const cite = (await actionsAt(uri, text, 'roughly 11,000', diags)).find((a) => a.title.startsWith('Insert source reference'));
    assert.ok(cite);
    assert.ok(applyEdits(text, draftEdit(cite, uri).edits).includes('Kursk region [@newsweek-2024-11-23].'));
    const changes = cite.edit!.documentChanges!;
    assert.ok(
      changes.some((c) => 'kind' in c && c.kind === 'create' && c.uri.endsWith('/refs.json')),
      'creates the bibliography',
    );
    const bib = changes.find((c): c is TextDocumentEdit => 'textDocument' in c && c.textDocument.uri.endsWith('/refs.json'));
    assert.ok(bib);
    const items = JSON.parse((bib as PlainDocumentEdit).edits[0].newText);
    assert.equal(items[0].id, 'newsweek-2024-11-23');
    assert.equal(items[0]['container-title'], 'Newsweek');
  });

  it('Pandoc style: an open bibliography with unsaved edits gets one insertion at its version, the rest untouched', async () => {
    const text = `${FM}\n${SINGH}\n`;
    const { uri, diags } = await open(text, { citationStyle: 'pandoc', bibliography: 'refs.json' });
    const refs = uri.replace(/[^/]+$/, 'refs.json');
    const unsaved = '[\n  {"id": "unsaved-entry", "n": 12345678901234567890}\n]\n';
    await h!.open(refs, unsaved, 7, 'json');
    const cite = (await actionsAt(uri, text, 'roughly 11,000', diags)).find((a) => a.title.startsWith('Insert source reference'));
    const bib = cite!.edit!.documentChanges!.find((c): c is TextDocumentEdit => 'textDocument' in c && c.textDocument.uri === refs)!;
    assert.equal(bib.textDocument.version, 7);
    const after = applyEdits(unsaved, (bib as PlainDocumentEdit).edits);
    assert.ok(after.startsWith('[\n  {"id": "unsaved-entry", "n": 12345678901234567890}'), after);
    assert.deepEqual(
      JSON.parse(after).map((i: { id: string }) => i.id),
      ['unsaved-entry', 'newsweek-2024-11-23'],
    );
  });

  it('source.fixAll.factcheck: every conflicting figure changed to the sourced one in one edit, byte for byte', async () => {
    const two = KIRBY_WRONG.replace('5,000', '6,000');
    const text = `${FM}\n${KIRBY_WRONG}\n\n${SINGH}\n\n${two}\n`;
    const { uri, diags } = await open(text);
    const all = (await actionsAt(uri, text, 'On 23', diags, ['source.fixAll.factcheck'])).filter(
      (a) => a.kind === 'source.fixAll.factcheck',
    );
    assert.equal(all.length, 1);
    const out = applyEdits(text, draftEdit(all[0], uri).edits);
    assert.equal(
      out,
      text
        .replace('at least 5,000 North Korean soldiers', 'at least 3,000 North Korean soldiers')
        .replace('at least 6,000 North Korean soldiers', 'at least 3,000 North Korean soldiers'),
    );
  });

  it('an outdated figure: a fix to the newest figure with a citation of the newer source', async () => {
    const text = '---\ndate: 2024-12-01\n---\n\nKyiv still controls about 1,376 sq km of Russian territory in Kursk.\n';
    const { uri, diags } = await open(text);
    assert.ok(
      diags.some((d) => String(d.code).startsWith('outdated')),
      JSON.stringify(diags.map((d) => d.code)),
    );
    const fix = (await actionsAt(uri, text, '1,376', diags)).find((a) => a.title.startsWith('Update to the newest figure'));
    assert.ok(fix, 'an update fix');
    const out = applyEdits(text, draftEdit(fix, uri).edits);
    assert.match(
      out,
      /Kyiv still controls approximately 800 square kilometres of Russian territory in Kursk\.\[\^newsweek-2024-11-23\]\n\n\[\^newsweek-2024-11-23\]: Newsweek, /,
    );
  });

  it('a misquote: a fix that restores the source’s words, the quotation marks and closing stop kept', async () => {
    const text = `${FM}\nSingh said the North Korean troops are "moving toward Kursk for a reason."\n`;
    const { uri, diags } = await open(text);
    const fix = (await actionsAt(uri, text, 'toward', diags)).find((a) => a.title.startsWith('Change to “moving into Kursk'));
    assert.ok(fix, 'a restore fix');
    assert.equal(applyEdits(text, draftEdit(fix, uri).edits), text.replace('moving toward Kursk', 'moving into Kursk'));
  });

  it('marks a claim as reviewed for the project: an entry in .factcheck-reviewed.json, then the claim is silent', async () => {
    const text = `${FM}\n${KIRBY_WRONG}\n`;
    const { uri, diags } = await open(text);
    const mark = (await actionsAt(uri, text, 'at least 5,000', diags)).find((a) => a.title.startsWith('Mark as reviewed for the project'));
    assert.ok(mark, 'a review action');
    const changes = mark.edit!.documentChanges!;
    const file = changes.find((c): c is TextDocumentEdit => 'textDocument' in c)!;
    assert.ok(file.textDocument.uri.endsWith('/.factcheck-reviewed.json'), file.textDocument.uri);
    const entries = JSON.parse((file as PlainDocumentEdit).edits[0].newText);
    assert.equal(entries[0].verdict, 'conflicting');
    assert.ok(entries[0].claim.includes('at least 5,000'));
    // The editor applies and saves it; the next check reads it and the claim is silent.
    fs.writeFileSync(URI.parse(file.textDocument.uri).fsPath, (file as PlainDocumentEdit).edits[0].newText);
    await h!.change(uri, 2, `${text}\n`);
    const after = await h!.diagnosticsOf(uri, 2);
    assert.ok(!after.some((d) => String(d.code).startsWith('conflicting')), JSON.stringify(after.map((d) => d.code)));
  });

  it('adds the attribution a bare figure lacks', async () => {
    const text = `${FM}\n${BARE}\n`;
    const { uri, diags } = await open(text);
    const actions = await actionsAt(uri, text, 'Roughly', diags);
    const attribution = actions.find((a) => a.title.startsWith('Add attribution'));
    assert.ok(attribution, actions.map((a) => a.title).join(' | '));
    const out = applyEdits(text, draftEdit(attribution, uri).edits);
    assert.match(out, /Kursk region, according to Sabrina Singh, Pentagon\.\n$/);
  });

  it('marks a claim as checked: the marker silences it in the server and in the engine the CLI uses', async () => {
    const text = `${FM}\n${KIRBY_WRONG}\n`;
    const { uri, diags } = await open(text);
    assert.ok(diags.some((d) => d.code === 'conflicting/count'));
    const mark = (await actionsAt(uri, text, 'at least 5,000', diags)).find((a) => a.title.startsWith('Mark as checked'));
    assert.ok(mark);
    const out = applyEdits(text, draftEdit(mark, uri).edits);
    assert.match(out, /arrived in eastern Russia\. <!-- checked: checked by hand on \d{4}-\d{2}-\d{2} -->\n$/);
    await h!.change(uri, 2, out);
    const after = await h!.diagnosticsOf(uri, 2);
    assert.ok(!after.some((d) => String(d.code).startsWith('conflicting')), JSON.stringify(after));
  });

  it('source action: references for every supported claim in one versioned edit', async () => {
    const text = `${FM}\n${SINGH}\n\n${BARE}\n\n${KIRBY_WRONG}\n`;
    const { uri, diags } = await open(text);
    const actions = await actionsAt(uri, text, 'On 18', diags, ['source.factcheck.insertAllCitations']);
    assert.equal(actions.length, 1, actions.map((a) => a.title).join(' | '));
    const out = applyEdits(text, draftEdit(actions[0], uri).edits);
    assert.equal(out.match(/\[\^newsweek-2024-11-23\]/g)?.length, 3, out); // two references, one definition
    assert.ok(!out.includes('eastern Russia.[^'), 'the conflicting claim is not cited');
    assert.equal(
      out.slice(0, text.indexOf(SINGH) + SINGH.length),
      text.slice(0, text.indexOf(SINGH) + SINGH.length),
      'text before the first edit is unchanged',
    );
  });

  it('offers nothing for a stale version (the document changed after the analysis)', async () => {
    const text = `${FM}\n${SINGH}\n`;
    const { uri, diags } = await open(text, { debounce: 5000 });
    await h!.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: text + '\nMore.\n' }] });
    const actions = await actionsAt(uri, text, 'roughly 11,000', diags, ['quickfix']);
    assert.deepEqual(actions, []);
  });
});
