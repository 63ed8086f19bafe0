// "Mark as checked for the newsroom": with a shared library (factcheck.database.url), a claim's
// decision is stored in the database (the claim's words, verdict, reason, who, when), so every
// reporter's editor and CI (`factcheck check --db`) respect it. A quick fix runs the server command
// `factcheck.markCheckedShared`, which stores it and checks the open drafts again. The project file
// (.factcheck-reviewed.json) and the draft's `<!-- checked: -->` marker work as before.
import * as os from 'os';
import { CodeActionKind, type CodeAction } from 'vscode-languageserver/node';
import { isVerdict, type Finding } from '../../engine';
import type { DocumentAnalysis, ServerContext } from '../context';
import { errorText } from '../messages';
import type { SharedLibraries } from '../shared-library';

export const MARK_SHARED_COMMAND = 'factcheck.markCheckedShared';

/** The quick fix for a finding of a draft checked against a shared library. */
export function sharedDecisionAction(a: DocumentAnalysis, f: Finding): CodeAction | undefined {
  if (!a.libraryLabel || f.checked !== undefined || f.verdict === 'supported') return undefined;
  return {
    title: 'Mark as checked for the newsroom (stored in the shared library)',
    kind: CodeActionKind.QuickFix,
    command: { title: 'Mark as checked for the newsroom', command: MARK_SHARED_COMMAND, arguments: [a.uri, f.claim, f.verdict] },
  };
}

export function registerSharedDecisions(ctx: ServerContext, shared: SharedLibraries, recheck: () => void): void {
  ctx.connection.onExecuteCommand(async (params) => {
    if (params.command !== MARK_SHARED_COMMAND) return null;
    const [uri, claim, verdict] = (params.arguments ?? []) as unknown[];
    if (typeof uri !== 'string' || typeof claim !== 'string' || typeof verdict !== 'string' || !isVerdict(verdict)) return null;
    try {
      const settings = await ctx.settings(uri);
      if (!settings.database.url) return null;
      let who = '';
      try {
        who = os.userInfo().username;
      } catch {
        /* no user name */
      }
      await shared.decide(settings.database, { claim, verdict, reason: 'checked by hand', ...(who ? { who } : {}) });
      recheck();
    } catch (e) {
      ctx.connection.window.showErrorMessage(`Fact Check: the decision was not stored: ${errorText(e)}`);
    }
    return null;
  });
}
