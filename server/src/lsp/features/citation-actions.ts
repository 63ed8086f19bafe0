// Quick fix on a footnote reference with no definition (citation/missing-definition) whose id names
// a library source: add its definition at the end of the draft, the way "Insert source reference"
// does. A versioned edit, like every other action.
import {
  CodeActionKind,
  TextDocumentEdit,
  TextEdit,
  type CodeAction,
  type CodeActionParams,
  type Diagnostic,
} from 'vscode-languageserver/node';
import type { CitationDiagnosticData } from '../citation-diagnostics';
import { citationModel, sourceLabel } from '../citation-model';
import { appendDefinitions, footnoteDefinition } from '../../engine';
import type { DocumentAnalysis } from '../context';

export function citationQuickFixes(a: DocumentAnalysis, params: CodeActionParams): CodeAction[] {
  const model = citationModel(a);
  const from = a.lines.offsetAt(params.range.start);
  const to = a.lines.offsetAt(params.range.end);
  const out: CodeAction[] = [];
  const done = new Set<string>();
  for (const m of model.markers) {
    if (m.kind !== 'footnote' || m.span.end < from || m.span.start > to || done.has(m.id) || model.definition(m.id)) continue;
    const source = model.source(m.id);
    if (!source) continue;
    done.add(m.id);
    const def = appendDefinitions(a.text, [footnoteDefinition(source.meta)]);
    const diagnostics = params.context.diagnostics.filter((d: Diagnostic) => {
      const c = (d.data as Partial<CitationDiagnosticData> | undefined)?.citation;
      return c?.code === 'citation/missing-definition' && c.id === m.id;
    });
    out.push({
      title: `Add footnote definition: ${sourceLabel(source, m.id)}`,
      kind: CodeActionKind.QuickFix,
      isPreferred: true,
      diagnostics,
      edit: {
        documentChanges: [
          TextDocumentEdit.create({ uri: a.uri, version: a.version }, [TextEdit.insert(a.lines.positionAt(def.start), def.newText)]),
        ],
      },
    });
  }
  return out;
}
