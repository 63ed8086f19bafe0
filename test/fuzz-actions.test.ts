// Quick fixes are safe, through the language server: for labelled drafts (test/fixtures, with their
// own dates) every offered action's edit of the draft is a TextDocumentEdit carrying the current
// version; applying it changes only its ranges (the rest byte for byte) and never duplicates a
// footnote definition; and re-checking the result gives what the action promises: "Change to …"
// leaves the figure no longer in conflict, "Mark as checked" silences the claim, a source reference
// or an attribution keeps a supported claim supported. A stale version gets no actions, and an
// edit made for an older version names that version (an editor refuses it).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import type { CodeAction, Diagnostic, TextDocumentEdit, TextEdit } from 'vscode-languageserver/node';
import { URI } from 'vscode-uri';
import { LineIndex } from '../server/src/engine/text/positions';
import { params } from './fuzz/gen';
import { isClaimDiagnostic } from '../server/src/lsp/convert';
import { FM, Harness, KIRBY_WRONG, SINGH, serverSuite } from './lsp-harness';

const ROOT = path.resolve(__dirname, '..');
let tmp: string;
let h: Harness | undefined;

interface Row {
  id: string;
  text: string;
  draft_date: string | null;
}

function rows(): Row[] {
  return ['heldout.jsonl', 'heldout2.jsonl'].flatMap((f) =>
    fs
      .readFileSync(path.join(ROOT, 'test', 'fixtures', f), 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as Row),
  );
}

const isClaim = (d: Diagnostic) => isClaimDiagnostic(d);
const verdictOf = (d: Diagnostic) => String(d.code).split('/')[0];

/** Applies an edit's text edits, asserting that the text outside their ranges is kept byte for byte. */
function applyChecked(text: string, edits: TextEdit[]): string {
  const lines = new LineIndex(text);
  const spans = edits
    .map((e) => ({ start: lines.offsetAt(e.range.start), end: lines.offsetAt(e.range.end), text: e.newText }))
    .sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const s of spans) {
    assert.ok(s.start >= at, 'edits do not overlap');
    out += text.slice(at, s.start) + s.text;
    at = s.end;
  }
  out += text.slice(at);
  // The text before the first edit and after the last is unchanged, and so is everything between.
  let o = 0;
  at = 0;
  for (const s of spans) {
    assert.equal(out.slice(o, o + (s.start - at)), text.slice(at, s.start));
    o += s.start - at + s.text.length;
    at = s.end;
  }
  assert.equal(out.slice(o), text.slice(at));
  return out;
}

function footnoteDefinitions(text: string): string[] {
  return text
    .split(/\r?\n|\r/)
    .filter((l) => /^\[\^[^\]]+\]:/.test(l))
    .map((l) => l.slice(0, l.indexOf(']:') + 1));
}

describe('fuzz: quick fixes through the server', function () {
  this.timeout(180000);
  serverSuite('factcheck-fuzz-actions-', (dir) => (tmp = dir));

  it('every offered edit is versioned, local, and re-checks to the promised verdict', async () => {
    h = await Harness.start({ folders: [URI.file(tmp).toString()], settings: { debounce: 0 } });
    let n = 0;
    let tried = 0;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...rows()), fc.constantFrom('\n', '\r\n'), async (row, eol) => {
        const text = (row.draft_date ? `---${eol}date: ${row.draft_date}${eol}---${eol}` : '') + row.text + eol;
        const uri = URI.file(path.join(tmp, `${row.id}-${++n}.md`)).toString();
        await h!.open(uri, text, 1);
        const diags = (await h!.diagnosticsOf(uri, 1)).filter(isClaim);
        let version = 1;
        for (const d of diags) {
          const actions = await h!.request<CodeAction[]>('textDocument/codeAction', {
            textDocument: { uri },
            range: d.range,
            context: { diagnostics: [d] },
          });
          for (const action of actions) {
            if (action.disabled || !action.edit) continue;
            const changes = action.edit.documentChanges ?? [];
            assert.ok(!action.edit.changes, 'no unversioned edits');
            const own = changes.filter((c): c is TextDocumentEdit => 'textDocument' in c && c.textDocument.uri === uri);
            // Marking a claim reviewed for the project edits the project's review file, not the draft.
            if (action.title.startsWith('Mark as reviewed for the project')) {
              assert.equal(own.length, 0, `"${action.title}" leaves the draft alone`);
              continue;
            }
            assert.equal(own.length, 1, `"${action.title}" edits the draft once`);
            assert.equal(own[0].textDocument.version, 1, `"${action.title}" carries the version it was made for`);
            const after = applyChecked(text, own[0].edits as TextEdit[]);
            const defs = footnoteDefinitions(after);
            assert.equal(new Set(defs).size, defs.length, `"${action.title}" duplicates a footnote definition`);
            // Re-check the result (a new version) and find the diagnostics now at the claim.
            tried++;
            await h!.change(uri, ++version, after);
            const now = (await h!.diagnosticsOf(uri, version)).filter(isClaim);
            const start = new LineIndex(text).offsetAt(d.range.start);
            const atClaim = now.filter((x) => new LineIndex(after).offsetAt(x.range.start) === start);
            if (action.title.startsWith('Change to')) {
              // The conflict it fixes is gone (another element of the sentence may still conflict).
              assert.ok(
                atClaim.every((x) => x.message !== d.message),
                `"${action.title}" left: ${atClaim.map((x) => x.message).join(' | ')}`,
              );
            } else if (action.title.startsWith('Mark as checked')) {
              assert.deepEqual(atClaim, [], `"${action.title}" still shows: ${atClaim.map((x) => x.message).join(' | ')}`);
            } else if (verdictOf(d) === 'supported') {
              assert.deepEqual(atClaim.map(verdictOf), ['supported'], `"${action.title}" changed the verdict`);
            }
            await h!.change(uri, ++version, text); // back to the original for the next action
            await h!.diagnosticsOf(uri, version);
          }
        }
        await h!.close(uri);
      }),
      params(20),
    );
    assert.ok(tried > 0, 'some actions were tried');
    if (process.env.FUZZ_RUNS) console.log(`      ${tried} quick fixes applied and re-checked`);
  });

  it('"Change to" makes a conflicting figure supported', async () => {
    h = await Harness.start({ folders: [URI.file(tmp).toString()], settings: { debounce: 0 } });
    const uri = URI.file(path.join(tmp, 'change.md')).toString();
    const text = `${FM}\n${KIRBY_WRONG}\n`;
    await h.open(uri, text, 1);
    const [d] = (await h.diagnosticsOf(uri, 1)).filter(isClaim);
    assert.equal(verdictOf(d), 'conflicting');
    const actions = await h.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: d.range,
      context: { diagnostics: [d] },
    });
    const change = actions.find((a) => a.title.startsWith('Change to'))!;
    const edit = change.edit!.documentChanges![0] as TextDocumentEdit;
    await h.change(uri, 2, applyChecked(text, edit.edits as TextEdit[]));
    assert.deepEqual((await h.diagnosticsOf(uri, 2)).filter(isClaim).map(verdictOf), ['supported']);
  });

  it('a stale version gets no actions; an edit for an older version names that version', async () => {
    h = await Harness.start({ folders: [URI.file(tmp).toString()], settings: { debounce: 5000 } });
    const uri = URI.file(path.join(tmp, 'stale.md')).toString();
    const text = `${FM}\n${KIRBY_WRONG}\n\n${SINGH}\n`;
    await h.open(uri, text, 1);
    // The first check of an open document waits for the debounce too: ask for it now.
    await h.request('textDocument/hover', { textDocument: { uri }, position: { line: 4, character: 3 } });
    const diags = (await h.diagnosticsOf(uri, 1)).filter(isClaim);
    const v1 = await h.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: diags[0].range,
      context: { diagnostics: diags },
    });
    assert.ok(v1.length > 0);
    for (const a of v1)
      for (const c of a.edit?.documentChanges ?? [])
        if ('textDocument' in c && c.textDocument.uri === uri) assert.equal(c.textDocument.version, 1);
    await h.change(uri, 2, text.replace('5,000', '6,000'));
    for (const only of [undefined, ['quickfix'], ['source.factcheck.insertAllCitations']]) {
      const stale: CodeAction[] = await h.request<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri },
        range: diags[0].range,
        context: { diagnostics: diags, ...(only ? { only } : {}) },
      });
      assert.deepEqual(
        stale.filter((a) => a.edit),
        [],
        `no edits for a stale version (${only ?? 'all'})`,
      );
    }
  });
});
