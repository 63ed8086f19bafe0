// Go to definition on a citation: a footnote reference goes to its definition line in the draft;
// a Pandoc or bare `@id` citation, a footnote definition's label, or a footnote with no definition
// goes to the source file the id names (the client opens bundled sources read-only).
import type { Location } from 'vscode-languageserver/node';
import { citationModel, currentAnalysis, definitionLabelAt, markerAt, sourceLocation } from '../citation-model';
import type { ServerContext } from '../context';
import { spanToRange } from '../convert';
import { errorText } from '../messages';

export function registerDefinition(ctx: ServerContext): void {
  ctx.connection.onDefinition(async (params): Promise<Location[] | null> => {
    try {
      const a = await currentAnalysis(ctx, params.textDocument.uri);
      if (!a) return null;
      const model = citationModel(a);
      const offset = a.lines.offsetAt(params.position);
      const at = markerAt(model, offset);
      if (at) {
        const def = at.marker.kind === 'footnote' ? model.definition(at.marker.id) : undefined;
        if (def) return [{ uri: a.uri, range: spanToRange(a.lines, def.label) }];
        const source = model.source(at.marker.id);
        return source ? [sourceLocation(source)] : null;
      }
      const label = definitionLabelAt(model, offset);
      const source = label && model.source(label.id);
      return source ? [sourceLocation(source)] : null;
    } catch (e) {
      ctx.connection.console.error(`factcheck: definition failed: ${errorText(e)}`);
      return null;
    }
  });
}
