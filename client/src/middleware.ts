// LanguageClient middleware: links the server sends to source files open bundled sources
// read-only. The server names sources by file (diagnostics' related information, hover links
// `file:///…/sources/x.md#L14`); for the extension's own bundled sources those become the
// read-only `factcheck-source:` document (related information, definitions, document links) or the
// `factcheck.openSource` command (hover links). Sources the user added stay ordinary, editable files.
import * as vscode from 'vscode';
import type { Middleware } from 'vscode-languageclient/node';
import type { SourceOpener } from './sources';

const FILE_LINK = /\]\((file:\/\/\/[^)\s]+)\)/g;

export function sourceLinkMiddleware(opener: SourceOpener): Middleware {
  const readOnly = (uri: vscode.Uri): vscode.Uri =>
    uri.scheme === 'file' && opener.isBundled(uri.fsPath) ? opener.uriFor(uri.fsPath, true).with({ fragment: uri.fragment }) : uri;

  const readOnlyRelated = (diagnostics: readonly vscode.Diagnostic[]) => {
    for (const d of diagnostics) {
      for (const info of d.relatedInformation ?? []) info.location = new vscode.Location(readOnly(info.location.uri), info.location.range);
    }
  };

  return {
    // Pushed diagnostics (a server that pulls nothing) and pulled ones (the server answers
    // textDocument/diagnostic; a report "unchanged" has no items).
    handleDiagnostics(uri, diagnostics, next) {
      readOnlyRelated(diagnostics);
      next(uri, diagnostics);
    },
    async provideDiagnostics(document, previousResultId, token, next) {
      const report = await next(document, previousResultId, token);
      if (report && 'items' in report) readOnlyRelated(report.items);
      return report;
    },
    // Go to definition on a citation and the links in footnote definitions open bundled sources read-only.
    async provideDefinition(document, position, token, next) {
      const result = await next(document, position, token);
      if (!result) return result;
      if (!Array.isArray(result)) return new vscode.Location(readOnly(result.uri), result.range);
      const list = result as (vscode.Location | vscode.LocationLink)[];
      if (list.every((l): l is vscode.LocationLink => 'targetUri' in l))
        return list.map((l) => ({ ...l, targetUri: readOnly(l.targetUri) }));
      return (list as vscode.Location[]).map((l) => new vscode.Location(readOnly(l.uri), l.range));
    },
    async provideDocumentLinks(document, token, next) {
      const links = await next(document, token);
      for (const link of links ?? []) if (link.target) link.target = readOnly(link.target);
      return links;
    },
    async provideHover(document, position, token, next) {
      const hover = await next(document, position, token);
      if (!hover) return hover;
      const contents = hover.contents.map((c) => (c instanceof vscode.MarkdownString ? rewriteLinks(c, opener) : c));
      return new vscode.Hover(contents, hover.range);
    },
  };
}

/** `[text](file:///…/sources/x.md#L14)` → `[text](command:factcheck.openSource?[path, 13, 0])` for bundled sources. */
function rewriteLinks(md: vscode.MarkdownString, opener: SourceOpener): vscode.MarkdownString {
  let changed = false;
  const value = md.value.replace(FILE_LINK, (whole, target: string) => {
    const uri = vscode.Uri.parse(target);
    if (!opener.isBundled(uri.fsPath)) return whole;
    changed = true;
    const line = Math.max(0, Number(/^L(\d+)/.exec(uri.fragment)?.[1] ?? 1) - 1);
    const args = encodeURIComponent(JSON.stringify([uri.fsPath, line, 0, true]));
    return `](command:factcheck.openSource?${args} "Open read-only")`;
  });
  if (!changed) return md;
  const out = new vscode.MarkdownString(value, md.supportThemeIcons);
  out.supportHtml = md.supportHtml;
  out.baseUri = md.baseUri;
  // Only this command runs from the hover's links.
  out.isTrusted = { enabledCommands: ['factcheck.openSource'] };
  return out;
}
