// Quick fixes on a claim (from its diagnostic or under the cursor): insert a source reference in
// the configured style, replace a conflicting figure with the sourced one, add the attribution a
// bare figure lacks, mark the claim as checked by hand; on a footnote with no definition, add it
// (citation-actions.ts); and a source action that cites every supported claim at once. Every edit
// names the document version it was computed for, so an editor refuses it once the text has moved on.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { URI } from 'vscode-uri';
import {
  CodeAction,
  CodeActionKind,
  CreateFile,
  TextDocumentEdit,
  TextEdit,
  type CodeActionParams,
  type Diagnostic,
  type WorkspaceEdit,
} from 'vscode-languageserver/node';
import {
  type Library,
  LineIndex,
  afterCitations,
  beforeStop,
  insideAfterLinks,
  mergeEdits,
  type Finding,
  type SourceMeta,
  bibliographyInsertion,
  checkedMarker,
  jsonArrayInsertion,
  planCitations,
  type OffsetEdit,
  REVIEWED_NAME,
  reviewedFileFor,
  type ReviewedClaim,
} from '../../engine';
import type { DocumentAnalysis, ServerContext } from '../context';
import { DIAGNOSTIC_SOURCE, diagnosticCode, rangeHolds } from '../convert';
import type { Settings } from '../settings';
import { citationQuickFixes } from './citation-actions';
import { sharedDecisionAction } from './shared-decisions';
import { errorText } from '../messages';

export const INSERT_ALL_KIND = 'source.factcheck.insertAllCitations';
/** Every safe fix of the draft in one edit: each conflicting figure changed to the sourced one. */
export const FIX_ALL_KIND = 'source.fixAll.factcheck';
/** Commands the server executes (none: every action carries its edit). */
export const COMMANDS: string[] = [];

export function registerCodeActions(ctx: ServerContext): void {
  ctx.connection.onCodeAction(async (params) => {
    try {
      return await codeActions(ctx, params);
    } catch (e) {
      ctx.connection.console.error(`factcheck: code actions failed: ${errorText(e)}`);
      return [];
    }
  });
}

export async function codeActions(ctx: ServerContext, params: CodeActionParams): Promise<CodeAction[]> {
  const uri = params.textDocument.uri;
  const doc = ctx.documents.get(uri);
  const a = ctx.analysis(uri);
  // Only act on the analysis of the text the editor has now.
  if (!doc || !a || a.version !== doc.version) return [];
  const settings = await ctx.settings(uri);
  // The library the findings were judged against (with a shared library: the draft's candidates).
  const library = a.library;
  const only = params.context.only;
  const wants = (kind: string) => !only || only.some((k) => kind === k || kind.startsWith(k + '.'));
  const actions: CodeAction[] = [];

  if (wants(CodeActionKind.QuickFix)) {
    const from = a.lines.offsetAt(params.range.start);
    const to = a.lines.offsetAt(params.range.end);
    a.findings.forEach((f) => {
      if (f.checked !== undefined || f.span.end < from || f.span.start > to) return;
      const diagnostics = claimDiagnostics(params.context.diagnostics, a, f);
      actions.push(...quickFixes(ctx, a, f, library, settings, uri).map((x) => ({ ...x, diagnostics })));
      const decision = sharedDecisionAction(a, f);
      if (decision) actions.push({ ...decision, diagnostics });
    });
    actions.push(...citationQuickFixes(a, params));
  }
  if (wants(FIX_ALL_KIND)) {
    // The safe fixes only: a figure replaced by the one the source gives (never a quotation, an
    // attribution or a checked claim), non-overlapping, in one versioned edit.
    const edits: OffsetEdit[] = [];
    let last = -1;
    for (const f of [...a.findings].sort((x, y) => x.span.start - y.span.start)) {
      // Figures only: a quotation's words are the reporter's to restore, one by one.
      const figure = f.aspects.some((x) => x === 'count' || x === 'qualifier' || x === 'unit');
      if (f.checked !== undefined || !f.replacement || f.verdict !== 'conflicting' || !figure || f.replacement.span.start < last) continue;
      edits.push({ start: f.replacement.span.start, end: f.replacement.span.end, newText: f.replacement.text });
      last = f.replacement.span.end;
    }
    if (edits.length)
      actions.push({
        title: `Fact Check: change ${edits.length} figure${edits.length === 1 ? '' : 's'} to the sourced one${edits.length === 1 ? '' : 's'}`,
        kind: FIX_ALL_KIND,
        edit: docEdit(a, uri, edits),
      });
  }
  if (wants(INSERT_ALL_KIND)) {
    const items = a.findings
      .filter((f) => f.verdict === 'supported' && f.checked === undefined)
      .map((f) => ({ claim: f.span, source: firstSource(f, library, 'supports') }))
      .filter((x): x is { claim: Finding['span']; source: SourceMeta } => !!x.source);
    const act = citationAction(ctx, a, items, settings, uri, 'Insert source references for every supported claim', INSERT_ALL_KIND);
    if (act) actions.push(act);
  }
  return actions;
}

/** The diagnostics (of those the editor sent) that are a finding's: ours, with its code, at its
 *  range in this version. A diagnostic carries no finding index (convert.ts): one from an older
 *  version that no longer sits on the claim matches nothing. */
export function claimDiagnostics(diagnostics: readonly Diagnostic[], a: DocumentAnalysis, f: Finding): Diagnostic[] {
  const code = diagnosticCode(f);
  return diagnostics.filter((d) => d.source === DIAGNOSTIC_SOURCE && d.code === code && rangeHolds(a.lines, d.range, f.span));
}

function quickFixes(ctx: ServerContext, a: DocumentAnalysis, f: Finding, library: Library, settings: Settings, uri: string): CodeAction[] {
  const out: CodeAction[] = [];
  const conflicting = f.verdict === 'conflicting' || f.verdict === 'outdated';
  if (f.replacement && f.verdict === 'outdated') {
    // The newest figure, cited: the newer record's source goes in with it, in one edit.
    const ev = f.evidence.find((e) => e.relation === 'conflicts');
    const meta = ev && library.sources.find((s) => s.meta.id === ev.source)?.meta;
    const plan = meta ? planCitations(a.text, [{ claim: f.span, source: meta }], settings.citationStyle) : undefined;
    const label = [ev?.actor, ev?.outlet ?? ev?.source, ev?.published].filter(Boolean).join(', ');
    const title = `Update to the newest figure “${f.replacement.text}” and cite it (${label})`;
    const figure: OffsetEdit = { start: f.replacement.span.start, end: f.replacement.span.end, newText: f.replacement.text };
    // The citation in the configured style (a Pandoc key brings its bibliography entry along).
    const cite =
      meta && plan?.edits.length
        ? citationAction(ctx, a, [{ claim: f.span, source: meta }], settings, uri, title, CodeActionKind.QuickFix)
        : undefined;
    const edit = cite?.edit?.documentChanges
      ? {
          documentChanges: [
            docEdit(a, uri, mergeEdits([figure, ...plan!.edits])).documentChanges![0],
            ...cite.edit.documentChanges.slice(1),
          ],
        }
      : docEdit(a, uri, [figure]);
    out.push({ title, kind: CodeActionKind.QuickFix, isPreferred: true, edit });
  } else if (f.replacement) {
    const ev = f.evidence.find((e) => e.relation === 'conflicts');
    const label = [ev?.actor, ev?.outlet ?? ev?.source, ev?.published].filter(Boolean).join(', ');
    out.push({
      title: `Change to “${f.replacement.text}” (${label})`,
      kind: CodeActionKind.QuickFix,
      isPreferred: true,
      edit: docEdit(a, uri, [{ start: f.replacement.span.start, end: f.replacement.span.end, newText: f.replacement.text }]),
    });
  }
  const seen = new Set<string>();
  for (const ev of f.evidence) {
    if (ev.relation !== 'supports' || seen.has(ev.source) || seen.size >= 2) continue;
    seen.add(ev.source);
    const meta = library.sources.find((s) => s.meta.id === ev.source)?.meta;
    if (!meta) continue;
    const act = citationAction(
      ctx,
      a,
      [{ claim: f.span, source: meta }],
      settings,
      uri,
      `Insert source reference: ${[meta.outlet ?? meta.id, meta.published].filter(Boolean).join(', ')}`,
      CodeActionKind.QuickFix,
    );
    if (act) out.push({ ...act, isPreferred: !conflicting && seen.size === 1 });
  }
  if (f.verdict === 'supported' && !f.attributed) {
    const ev = f.evidence.find((e) => e.relation === 'supports' && e.actor);
    if (ev?.actor) {
      const at = beforeStop(a.text, f.span.end);
      out.push({
        title: `Add attribution: according to ${ev.actor}`,
        kind: CodeActionKind.QuickFix,
        edit: docEdit(a, uri, [{ start: at, end: at, newText: `, according to ${ev.actor}` }]),
      });
    }
  }
  const today = new Date().toISOString().slice(0, 10);
  const review = reviewAction(ctx, f, uri, today);
  if (review) out.push(review);
  const at = afterCitations(a.text, f.span.end);
  out.push({
    title: 'Mark as checked by hand (edit the reason in the comment)',
    kind: CodeActionKind.QuickFix,
    edit: docEdit(a, uri, [{ start: at, end: at, newText: checkedMarker(`checked by hand on ${today}`) }]),
  });
  return out;
}

function citationAction(
  ctx: ServerContext,
  a: DocumentAnalysis,
  items: { claim: Finding['span']; source: SourceMeta }[],
  settings: Settings,
  uri: string,
  title: string,
  kind: string,
): CodeAction | undefined {
  const plan = planCitations(a.text, items, settings.citationStyle);
  if (!plan.edits.length) return undefined;
  const edit = docEdit(a, uri, plan.edits);
  if (plan.bibliography.length) {
    const bib = bibliographyEdit(
      ctx,
      uri,
      settings,
      plan.bibliography,
      items.map((x) => x.source),
    );
    if ('error' in bib) return { title, kind, disabled: { reason: bib.error } };
    edit.documentChanges!.push(...bib.changes);
  }
  return { title, kind, edit };
}

type Change = NonNullable<WorkspaceEdit['documentChanges']>[number];

function bibliographyEdit(
  ctx: ServerContext,
  uri: string,
  settings: Settings,
  ids: string[],
  metas: SourceMeta[],
): { changes: Change[] } | { error: string } {
  const docPath = URI.parse(uri).fsPath;
  const folder =
    ctx
      .workspaceFolders()
      .map((f) => URI.parse(f).fsPath)
      .find((f) => docPath.startsWith(f + path.sep)) ?? (uri.startsWith('file:') ? path.dirname(docPath) : undefined);
  // An untitled draft has no folder: no bibliography lands in the server's working directory.
  if (!folder) return { error: 'the draft is not saved in a folder, so it has no bibliography file yet' };
  const file = path.resolve(folder, settings.bibliography);
  // Inside the workspace after links are resolved (a link inside pointing outside is outside).
  if (!ctx.trusted() && !insideAfterLinks(file, folder)) {
    return { error: `the bibliography ${file} is outside the workspace, which is not trusted` };
  }
  const target = URI.file(file).toString();
  // The editor's copy when the file is open (its unsaved edits count), at its version.
  const open = ctx.documents.get(target);
  let current: string | undefined;
  if (open) current = open.getText();
  else {
    try {
      // Only a regular file: a FIFO or a link to /dev/zero in a workspace would never finish reading.
      const st = fs.statSync(file);
      if (!st.isFile() || st.size > 16 * 1024 * 1024) return { error: `${path.basename(file)} is not a regular file of CSL-JSON` };
      current = fs.readFileSync(file, 'utf8');
    } catch {
      current = undefined;
    }
  }
  const wanted = metas.filter((m) => ids.includes(m.id));
  const next = bibliographyInsertion(current, wanted, /\.ya?ml$/i.test(file));
  if (next.error) return { error: `${path.basename(file)}: ${next.error}` };
  const version = open ? open.version : null;
  if (next.create !== undefined) {
    if (current === undefined && !open)
      return {
        changes: [
          CreateFile.create(target, { ignoreIfExists: true }),
          TextDocumentEdit.create({ uri: target, version: null }, [TextEdit.insert({ line: 0, character: 0 }, next.create)]),
        ],
      };
    const lines = new LineIndex(current ?? '');
    return {
      changes: [
        TextDocumentEdit.create({ uri: target, version }, [
          TextEdit.replace(lines.rangeOf({ start: 0, end: (current ?? '').length }), next.create),
        ]),
      ],
    };
  }
  if (!next.insert) return { changes: [] };
  const lines = new LineIndex(current!);
  return {
    changes: [
      TextDocumentEdit.create({ uri: target, version }, [TextEdit.insert(lines.positionAt(next.insert.start), next.insert.newText)]),
    ],
  };
}

/** A versioned edit of the draft: refused by the editor if the document has changed since. */
function docEdit(a: DocumentAnalysis, uri: string, edits: OffsetEdit[]): WorkspaceEdit {
  return {
    documentChanges: [
      TextDocumentEdit.create(
        { uri, version: a.version },
        edits.map((e) => TextEdit.replace(a.lines.rangeOf({ start: e.start, end: e.end }), e.newText)),
      ),
    ],
  };
}

function firstSource(f: Finding, library: Library, relation: 'supports'): SourceMeta | undefined {
  const ev = f.evidence.find((e) => e.relation === relation);
  return ev ? library.sources.find((s) => s.meta.id === ev.source)?.meta : undefined;
}

/**
 * "Mark as reviewed for the project": an entry in .factcheck-reviewed.json (engine/reviewed.ts) that
 * every reporter's editor and CI read, so the claim stays silent however the draft is re-flowed,
 * until its words change. The file is the nearest above the draft (or next to the project file),
 * else one is created in the workspace folder; never outside the workspace when it is not trusted.
 */
function reviewAction(ctx: ServerContext, f: Finding, uri: string, today: string): CodeAction | undefined {
  if (!uri.startsWith('file:')) return undefined;
  const docPath = URI.parse(uri).fsPath;
  const folder =
    ctx
      .workspaceFolders()
      .map((w) => URI.parse(w).fsPath)
      .find((w) => docPath.startsWith(w + path.sep)) ?? path.dirname(docPath);
  const file = reviewedFileFor(path.dirname(docPath)) ?? path.join(folder, REVIEWED_NAME);
  if (!ctx.trusted() && !insideAfterLinks(file, folder)) return undefined;
  const target = URI.file(file).toString();
  let who = '';
  try {
    who = os.userInfo().username;
  } catch {
    /* no user name */
  }
  const entry: ReviewedClaim = { claim: f.claim, verdict: f.verdict, reason: 'checked by hand', ...(who ? { who } : {}), when: today };
  const open = ctx.documents.get(target);
  let current: string | undefined = open?.getText();
  if (current === undefined) {
    try {
      const st = fs.statSync(file);
      if (!st.isFile() || st.size > 16 * 1024 * 1024) return undefined;
      current = fs.readFileSync(file, 'utf8');
    } catch {
      current = undefined;
    }
  }
  const title = `Mark as reviewed for the project (${path.basename(file)}: edit the reason there)`;
  if (current === undefined || !current.trim()) {
    const text = JSON.stringify([entry], null, 2) + '\n';
    return {
      title,
      kind: CodeActionKind.QuickFix,
      edit: {
        documentChanges: [
          CreateFile.create(target, { ignoreIfExists: true }),
          TextDocumentEdit.create({ uri: target, version: null }, [TextEdit.insert({ line: 0, character: 0 }, text)]),
        ],
      },
    };
  }
  try {
    if (!Array.isArray(JSON.parse(current))) return undefined;
  } catch {
    return undefined; // a broken file is not touched
  }
  const ins = jsonArrayInsertion(current, [entry]);
  const lines = new LineIndex(current);
  return {
    title,
    kind: CodeActionKind.QuickFix,
    edit: {
      documentChanges: [
        TextDocumentEdit.create({ uri: target, version: open ? open.version : null }, [
          TextEdit.insert(lines.positionAt(ins.start), ins.newText),
        ]),
      ],
    },
  };
}
