// "Fact Check: Show Source Library": a quick pick of the sources checking the active draft, each
// with its outlet, date and record count; picking one opens it (bundled ones read-only).
import * as path from 'path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { LIBRARY_REQUEST, type LibraryParams, type LibraryProblem, type LibraryResult, type LibrarySource } from './protocol';
import type { SourceOpener } from './sources';

interface SourceItem extends vscode.QuickPickItem {
  source?: LibrarySource;
  problemFile?: string;
}

export function describeSource(s: LibrarySource): string {
  const parts = [s.outlet || 'outlet unknown', s.published || 'date unknown', `${s.records} record${s.records === 1 ? '' : 's'}`];
  return parts.join(' · ');
}

function problemText(p: LibraryProblem | string): { text: string; file?: string } {
  if (typeof p === 'string') return { text: p };
  const where = p.file ? `${path.basename(p.file)}${p.field ? ` (${p.field})` : ''}: ` : '';
  return { text: where + p.message, file: p.file };
}

export async function showLibrary(client: LanguageClient, opener: SourceOpener): Promise<void> {
  const doc = vscode.window.activeTextEditor?.document;
  const params: LibraryParams =
    doc && (doc.uri.scheme === 'file' || doc.uri.scheme === 'untitled') ? { uri: client.code2ProtocolConverter.asUri(doc.uri) } : {};
  let library: LibraryResult;
  try {
    library = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Window, title: 'Fact Check: loading the source library' },
      () => client.sendRequest<LibraryResult>(LIBRARY_REQUEST, params),
    );
  } catch (err) {
    void vscode.window.showErrorMessage(`Fact Check: could not get the source library from the server: ${message(err)}`);
    return;
  }
  const sources = [...(library?.sources ?? [])].sort(
    (a, b) => (b.published ?? '').localeCompare(a.published ?? '') || a.id.localeCompare(b.id),
  );
  const items: SourceItem[] = sources.map((s) => ({
    label: `${s.bundled ? '$(lock)' : '$(file)'} ${s.title || s.id}`,
    // In the detail line, which is not cut short by a long title.
    detail: `${describeSource(s)} — ${s.bundled ? `${s.id}, bundled (opens read-only)` : vscode.workspace.asRelativePath(s.path)}`,
    source: s,
  }));
  const problems = (library?.problems ?? []).map(problemText);
  if (problems.length) {
    items.push({ label: 'Problems', kind: vscode.QuickPickItemKind.Separator });
    for (const p of problems) items.push({ label: `$(warning) ${p.text}`, problemFile: p.file });
  }
  if (!sources.length && !problems.length) {
    void vscode.window.showInformationMessage('Fact Check: the source library is empty. Add folders with the "factcheck.sources" setting.');
    return;
  }
  const picked = await vscode.window.showQuickPick(items, {
    title: `Fact Check: ${sources.length} source${sources.length === 1 ? '' : 's'}, ${sources.reduce((n, s) => n + s.records, 0)} records`,
    placeHolder: 'Pick a source to open it',
    matchOnDescription: true,
    matchOnDetail: true,
  });
  if (picked?.source) await opener.open({ path: picked.source.path, bundled: picked.source.bundled });
  else if (picked?.problemFile) await opener.open({ path: picked.problemFile });
}

export function message(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
