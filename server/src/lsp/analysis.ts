// Checking open documents as they change: debounced (settings.debounce ms after the last change,
// 0 = at once), one IncrementalChecker per document (only changed paragraphs are re-checked), and
// keyed by version: a check overtaken by a newer change, or finished for a version older than the
// document's current one, is dropped and never reported. Only documents whose languageId is in
// settings.languages are checked. Listeners get each fresh analysis (diagnostics publish it) and
// each clearing (document closed, or its language no longer checked).
import * as path from 'path';
import { URI } from 'vscode-uri';
import {
  readReviewed,
  reviewedFileFor,
  type ReviewedClaim,
  type Candidates,
  MAX_DRAFT_CHARS,
  notCheckable,
  IncrementalChecker,
  type Library,
  LineIndex,
  findConfig,
  ignoredBy,
  projectConfigAt,
  type ProjectConfig,
} from '../engine';
import type { DocumentAnalysis, ServerContext } from './context';
import { errorText, type Messages } from './messages';
import type { Settings } from './settings';

type AnalyzedListener = (analysis: DocumentAnalysis, settings: Settings) => void;
type ClearedListener = (uri: string) => void;
type RecheckedListener = () => void;

interface DocState {
  /** Bumped by every change, re-check and close: a run whose token is old is dropped. */
  token: number;
  /** The token of the last run that ended (an analysis, a clearing, a failure). */
  done?: number;
  timer?: NodeJS.Timeout;
  checker?: IncrementalChecker;
  library?: Library;
  latest?: DocumentAnalysis;
  /** The candidates the last check against the shared library used. */
  candidates?: Candidates;
  /** Whether diagnostics may be showing for it (so a clearing is due when it stops being checked). */
  shown: boolean;
  problems?: string;
}

interface Waiter {
  version: number;
  resolve: (a: DocumentAnalysis | undefined) => void;
}

const WAIT_MS = 30000;
/** Drafts too large or binary are not checked (engine/limits.ts): a message says so once; the
 *  document gets no diagnostics. */
export { MAX_DRAFT_CHARS, notCheckable };

export class Analyzer {
  private readonly docs = new Map<string, DocState>();
  private readonly waiters = new Map<string, Waiter[]>();
  private readonly analyzedListeners: AnalyzedListener[] = [];
  private readonly clearedListeners: ClearedListener[] = [];
  private readonly recheckedListeners: RecheckedListener[] = [];
  private disposed = false;
  /** Output lines said once (drafts the project file leaves out). */
  private readonly quiet = new Set<string>();

  constructor(
    private readonly ctx: Pick<ServerContext, 'documents' | 'settings' | 'library' | 'sharedLibrary'>,
    private readonly messages: Messages,
  ) {}

  onAnalyzed(listener: AnalyzedListener): void {
    this.analyzedListeners.push(listener);
  }

  onCleared(listener: ClearedListener): void {
    this.clearedListeners.push(listener);
  }

  /** Called when the checks a recheckAll started have all ended (settings, trust, the library or
   *  the project's files changed: the client did not ask, pull clients are told to ask again). */
  onRechecked(listener: RecheckedListener): void {
    this.recheckedListeners.push(listener);
  }

  /** The latest analysis of an open document. */
  analysis(uri: string): DocumentAnalysis | undefined {
    return this.docs.get(uri)?.latest;
  }

  /** The analysis of the document's current version, checked now when the latest is older. */
  analyzed(uri: string): Promise<DocumentAnalysis | undefined> {
    const doc = this.ctx.documents.get(uri);
    if (!doc || this.disposed) return Promise.resolve(undefined);
    const latest = this.docs.get(uri)?.latest;
    // The analysis of this very text (a version number can go backwards: a client that re-opens a
    // document, or sends an older version, starts over).
    if (latest && latest.version === doc.version && latest.text === doc.getText()) return Promise.resolve(latest);
    return this.wait(uri, doc.version, () => this.schedule(uri, true));
  }

  /** The analysis of the document's current version when its check is due (after the debounce of
   *  the change that scheduled it): what a pull for diagnostics answers with. */
  analyzedWhenDue(uri: string): Promise<DocumentAnalysis | undefined> {
    const doc = this.ctx.documents.get(uri);
    if (!doc || this.disposed) return Promise.resolve(undefined);
    const st = this.docs.get(uri);
    if (st?.latest && st.latest.version === doc.version && st.latest.text === doc.getText()) return Promise.resolve(st.latest);
    // A change always schedules a check; one that ended without an analysis (not checked) is asked again.
    return this.wait(uri, doc.version, () => {
      if (!st || st.done === st.token) this.schedule(uri, true);
    });
  }

  private wait(uri: string, version: number, then: () => void): Promise<DocumentAnalysis | undefined> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => done(undefined), WAIT_MS);
      const done = (a: DocumentAnalysis | undefined) => {
        clearTimeout(timer);
        resolve(a);
      };
      const list = this.waiters.get(uri) ?? [];
      list.push({ version, resolve: done });
      this.waiters.set(uri, list);
      then();
    });
  }

  /** A document was opened or changed: check it after the debounce delay. */
  changed(uri: string): void {
    this.schedule(uri, false);
  }

  /** Re-checks every open document now. Returns how many. */
  recheckAll(): number {
    const all = this.ctx.documents.all();
    // Each waits for the next check of its document, whatever its version.
    const ended = all.map((doc) => this.wait(doc.uri, -Infinity, () => this.schedule(doc.uri, true)));
    void Promise.all(ended).then(() => {
      if (this.disposed) return;
      for (const l of this.recheckedListeners) {
        try {
          l();
        } catch (e) {
          this.messages.log('error', `Fact Check: after re-checking: ${errorText(e)}`);
        }
      }
    });
    return all.length;
  }

  /** A document was closed: forget it and clear its diagnostics. */
  /** A document opened again without a close: its state starts over (the new open's versions may be
   *  lower than the old ones); its diagnostics are replaced by the next check's. */
  reopened(uri: string): void {
    const st = this.docs.get(uri);
    if (!st) return;
    if (st.timer) clearTimeout(st.timer);
    this.docs.delete(uri);
  }

  closed(uri: string): void {
    const st = this.docs.get(uri);
    if (st?.timer) clearTimeout(st.timer);
    this.docs.delete(uri);
    this.settle(uri, undefined);
    this.emitCleared(uri);
  }

  dispose(): void {
    this.disposed = true;
    for (const st of this.docs.values()) if (st.timer) clearTimeout(st.timer);
    for (const uri of this.waiters.keys()) this.settle(uri, undefined);
    this.docs.clear();
  }

  private state(uri: string): DocState {
    let st = this.docs.get(uri);
    if (!st) this.docs.set(uri, (st = { token: 0, shown: false }));
    return st;
  }

  private schedule(uri: string, now: boolean): void {
    if (this.disposed || !this.ctx.documents.get(uri)) return;
    const st = this.state(uri);
    const token = ++st.token;
    if (st.timer) clearTimeout(st.timer);
    st.timer = undefined;
    if (now) {
      void this.run(uri, token);
      return;
    }
    void this.ctx.settings(uri).then(
      (settings) => {
        if (st.token !== token || this.docs.get(uri) !== st) return;
        if (settings.debounce > 0) st.timer = setTimeout(() => void this.run(uri, token), settings.debounce);
        else void this.run(uri, token);
      },
      () => void this.run(uri, token),
    );
  }

  private current(uri: string, token: number, st: DocState): boolean {
    return !this.disposed && st.token === token && this.docs.get(uri) === st;
  }

  private async run(uri: string, token: number): Promise<void> {
    const st = this.docs.get(uri);
    if (!st || !this.current(uri, token, st)) return;
    st.timer = undefined;
    try {
      await this.check(uri, token, st);
    } finally {
      if (st.token === token) st.done = token;
    }
  }

  private async check(uri: string, token: number, st: DocState): Promise<void> {
    try {
      const settings = await this.ctx.settings(uri);
      const doc = this.ctx.documents.get(uri);
      if (!doc || !this.current(uri, token, st)) return;
      if (!settings.languages.includes(doc.languageId)) {
        st.latest = st.checker = st.library = undefined;
        this.settle(uri, undefined);
        if (st.shown) {
          st.shown = false;
          this.emitCleared(uri);
        }
        return;
      }
      const local = await this.ctx.library(uri);
      let now = this.ctx.documents.get(uri);
      // Overtaken while waiting: a newer change (or close) has its own run.
      if (!now || now.version !== doc.version || !this.current(uri, token, st)) return;
      const text = now.getText();
      const project = projectFor(uri);
      const ignored = project ? ignoredBy(project, URI.parse(uri).fsPath) : undefined;
      const refusal = ignored ? `it matches "${ignored}" in the ignore list of ${project!.file}` : notCheckable(text);
      if (refusal) {
        // Not checked at all, like a document whose language is not: no analysis for any feature
        // to read (a 20 MB text would still cost every one of them), its diagnostics cleared.
        const message = `Fact Check: ${uri} is not checked: ${refusal}.`;
        // A draft the project leaves out on purpose is said in the output only, once.
        if (ignored) {
          if (!this.quiet.has(message)) this.messages.log('info', message);
          this.quiet.add(message);
        } else if (this.messages.once('warning', message)) this.messages.log('warning', message);
        st.latest = st.checker = st.library = undefined;
        st.shown = false;
        this.settle(uri, undefined);
        this.emitCleared(uri);
        return;
      }
      const opts = { file: uri, reviewed: reviewedFor(uri), defaultDate: project?.date };
      // With a shared library, the draft's candidates on top of the local library (shared-library.ts:
      // the same library object while they hold what the draft looks up, so the incremental checker
      // keeps its paragraphs), and the newsroom's decisions.
      const shared = this.ctx.sharedLibrary ? await this.ctx.sharedLibrary(uri, text, opts, st.candidates) : undefined;
      now = this.ctx.documents.get(uri);
      if (!now || now.version !== doc.version || !this.current(uri, token, st)) return;
      if (shared?.candidates) st.candidates = shared.candidates;
      const library = shared?.library ?? local;
      if (st.library !== library || !st.checker) {
        st.checker = new IncrementalChecker(library);
        st.library = library;
      }
      if (shared?.decisions.length) opts.reviewed = [...(opts.reviewed ?? []), ...shared.decisions];
      const result = st.checker.check(text, opts);
      // The newest change received wins (this run's token says so), whatever its version number.
      this.logProblems(
        uri,
        st,
        result.problems.map((p) => `${p.field ? p.field + ': ' : ''}${p.message}`),
      );
      const analysis: DocumentAnalysis = {
        uri,
        version: now.version,
        text,
        lines: new LineIndex(text),
        findings: result.findings,
        date: result.date,
        prose: result.prose,
        bodyStart: result.bodyStart,
        library,
        ...(shared ? { libraryLabel: shared.label } : {}),
      };
      st.latest = analysis;
      st.shown = true;
      for (const l of this.analyzedListeners) {
        try {
          l(analysis, settings);
        } catch (e) {
          this.messages.log('error', `Fact Check: publishing results for ${uri} failed: ${errorText(e)}`);
        }
      }
      this.settle(uri, analysis);
    } catch (e) {
      const text = `Fact Check could not check ${uri}: ${errorText(e)}`;
      this.messages.log('error', e instanceof Error && e.stack ? `${text}\n${e.stack}` : text);
      this.messages.once('error', text);
      if (this.docs.get(uri) === st && st.token === token) this.settle(uri, st.latest);
    }
  }

  /** Draft problems (unclosed front matter, a bad date) go to the output when they change. */
  private logProblems(uri: string, st: DocState, problems: string[]): void {
    const joined = problems.join('\n');
    if (joined === (st.problems ?? '')) return;
    st.problems = joined;
    for (const p of problems) this.messages.log('warning', `${uri}: ${p}`);
  }

  /** Resolves the waiters for versions up to the analysis's (all of them when undefined). */
  private settle(uri: string, analysis: DocumentAnalysis | undefined): void {
    const list = this.waiters.get(uri);
    if (!list) return;
    const keep = analysis ? list.filter((w) => w.version > analysis.version) : [];
    for (const w of list) if (!keep.includes(w)) w.resolve(analysis);
    if (keep.length) this.waiters.set(uri, keep);
    else this.waiters.delete(uri);
  }

  private emitCleared(uri: string): void {
    for (const l of this.clearedListeners) {
      try {
        l(uri);
      } catch (e) {
        this.messages.log('error', `Fact Check: clearing ${uri} failed: ${errorText(e)}`);
      }
    }
  }
}

/** The project file (.factcheck.yaml) above a saved draft: its `ignore:` and `date:` apply in the
 *  editor as on the command line (its sources, aliases and severities: library-manager.ts, server.ts). */
function projectFor(uri: string): ProjectConfig | undefined {
  if (!uri.startsWith('file:')) return undefined;
  const file = findConfig(path.dirname(URI.parse(uri).fsPath));
  return file ? projectConfigAt(file) : undefined;
}

/** The project's reviewed claims for a saved draft (engine/reviewed.ts), read again when the file changes. */
function reviewedFor(uri: string): ReviewedClaim[] | undefined {
  if (!uri.startsWith('file:')) return undefined;
  const file = reviewedFileFor(path.dirname(URI.parse(uri).fsPath));
  return file ? readReviewed(file).claims : undefined;
}
