// The source libraries the server checks against: one per distinct set of resolved options (source
// folders, bundled library, alias files), so every document of a workspace folder with the same
// settings shares one. Source folders and alias files are watched; a change re-loads the libraries
// that use them (debounced) and tells the listeners, which re-check the open drafts. Problems in a
// library are shown once (a summary message; the details in the output). Nothing here throws: a
// failed load is a message and the previous library stays.
import * as fs from 'fs';
import * as path from 'path';
import { URI } from 'vscode-uri';
import {
  findConfig,
  projectConfigAt,
  type ProjectConfig,
  type Library,
  type LibraryOptions,
  libraryOf,
  createEngine,
  type Problem,
} from '../engine';
import { errorText, type Messages } from './messages';
import { PathWatcher } from './path-watcher';
import type { Settings } from './settings';
import type { Workspace } from './workspace';

export interface LibraryManagerOptions {
  /** Milliseconds to wait after the last change in a watched folder before re-loading (200). */
  debounceMs?: number;
  /** Libraries kept at most (8); the least recently used is dropped. */
  maxLibraries?: number;
}

interface Entry {
  key: string;
  options: LibraryOptions;
  library: Library;
  /** Folders and alias files that did not exist at the last load. */
  missing: string[];
  /** Signature of the problems last reported for this library. */
  reported: string;
}

/** The library of a folder not loaded yet (indexed with the bundled data on first use). */
let empty: Library | undefined;
const EMPTY = (): Library => (empty ??= libraryOf({ sources: [], records: [], problems: [] }));

export class LibraryManager {
  private readonly entries = new Map<string, Entry>();
  private readonly watchers = new Map<string, PathWatcher>();
  private readonly dirty = new Set<string>();
  private readonly listeners: (() => void)[] = [];
  private readonly shownProblems = new Set<string>();
  private timer: NodeJS.Timeout | undefined;
  private disposed = false;
  private readonly debounceMs: number;
  private readonly maxLibraries: number;

  constructor(
    private readonly workspace: Workspace,
    private readonly messages: Messages,
    opts: LibraryManagerOptions = {},
  ) {
    this.debounceMs = opts.debounceMs ?? 200;
    this.maxLibraries = opts.maxLibraries ?? 8;
  }

  /** Called after watched sources changed and libraries were re-loaded. */
  onDidReload(listener: () => void): void {
    this.listeners.push(listener);
  }

  /** The loader options for a document: setting paths resolved against its workspace folder. */
  optionsFor(uri: string | undefined, settings: Settings): LibraryOptions {
    const resolve = (p: string) => this.workspace.resolvePath(uri, p);
    // The project's .factcheck.yaml nearest above the draft (each workspace folder its own): its
    // sources and alias files first, the settings' added; in an untrusted workspace only what lies
    // inside it.
    const config = this.projectConfig(uri);
    const allowed = (p: string) => this.workspace.trusted() || this.workspace.inside(p);
    return {
      folders: [...new Set([...(config?.sources ?? []).filter(allowed), ...settings.sources.filter((p) => p.trim() !== '').map(resolve)])],
      bundled: settings.useBundledLibrary && config?.bundled !== false,
      aliasFiles: [
        ...new Set([...(config?.aliases ?? []).filter(allowed), ...settings.aliases.filter((p) => p.trim() !== '').map(resolve)]),
      ],
    };
  }

  /** The configuration nearest above a saved draft (read each time: a few stats and a small file). */
  private projectConfig(uri: string | undefined): ProjectConfig | undefined {
    if (!uri?.startsWith('file:')) return undefined;
    const file = findConfig(path.dirname(URI.parse(uri).fsPath));
    if (!file) return undefined;
    const config = projectConfigAt(file);
    for (const p of config.problems) {
      const text = `Fact Check: ${p.file}: ${p.field ? p.field + ': ' : ''}${p.message}`;
      // Shown once; the document is still checked with the rest of the file.
      if (this.messages.once('warning', text)) this.messages.log('warning', text);
    }
    return config;
  }

  forDocument(uri: string | undefined, settings: Settings): Library {
    return this.get(this.optionsFor(uri, settings));
  }

  get(options: LibraryOptions): Library {
    const key = JSON.stringify([options.folders, options.bundled, options.aliasFiles ?? []]);
    let entry = this.entries.get(key);
    if (entry) {
      this.entries.delete(key); // most recently used last
      this.entries.set(key, entry);
      // A folder that was missing and exists now: re-load without waiting for the watcher.
      if (entry.missing.some((p) => fs.existsSync(p))) this.reload(entry);
      return entry.library;
    }
    entry = { key, options, library: EMPTY(), missing: [], reported: '' };
    this.load(entry);
    this.entries.set(key, entry);
    while (this.entries.size > this.maxLibraries) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
    }
    this.syncWatchers();
    return entry.library;
  }

  /** Re-loads every library now (the `factcheck/recheck` request). */
  reloadAll(): void {
    for (const e of this.entries.values()) this.reload(e);
  }

  dispose(): void {
    this.disposed = true;
    if (this.timer) clearTimeout(this.timer);
    for (const w of this.watchers.values()) w.dispose();
    this.watchers.clear();
    this.entries.clear();
  }

  private reload(entry: Entry): void {
    this.load(entry);
  }

  private load(entry: Entry): void {
    const { options } = entry;
    entry.missing = [...options.folders, ...(options.aliasFiles ?? [])].filter((p) => !fs.existsSync(p));
    let library: Library;
    try {
      library = createEngine(options).library;
    } catch (e) {
      const keep = entry.library !== empty;
      const text = `Fact Check could not load the source library: ${errorText(e)}. ${keep ? 'Still checking against the previous one.' : 'Checking against no sources until this is fixed.'}`;
      this.messages.once('error', text);
      this.messages.log('error', text);
      return;
    }
    entry.library = library;
    this.report(entry, library.problems);
  }

  /** One message summarising a library's problems (when they changed), the details in the output. */
  private report(entry: Entry, problems: Problem[]): void {
    const signature = problems.map((p) => `${p.severity}\u0000${p.file}\u0000${p.field ?? ''}\u0000${p.message}`).join('\n');
    if (signature === entry.reported) return;
    if (entry.reported) this.shownProblems.delete(entry.reported);
    entry.reported = signature;
    if (!signature || this.shownProblems.has(signature)) return;
    this.shownProblems.add(signature);
    const errors = problems.filter((p) => p.severity === 'error').length;
    const warnings = problems.length - errors;
    const counts = [
      errors ? `${errors} error${errors > 1 ? 's' : ''}` : '',
      warnings ? `${warnings} warning${warnings > 1 ? 's' : ''}` : '',
    ]
      .filter(Boolean)
      .join(' and ');
    const first = problems.find((p) => p.severity === 'error') ?? problems[0];
    const more = problems.length > 1 ? ' Details are in the Fact Check output.' : '';
    this.messages.show(errors ? 'error' : 'warning', `Fact Check: ${counts} reading the source library. ${problemText(first)}.${more}`);
    this.messages.log('info', `Source library problems (${counts}):`);
    for (const p of problems) this.messages.log(p.severity === 'info' ? 'info' : p.severity, `  ${p.severity}: ${problemText(p)}`);
  }

  /** Watches exactly the folders and alias files the cached libraries use. */
  private syncWatchers(): void {
    if (this.disposed) return;
    const wanted = new Map<string, 'folder' | 'file'>();
    for (const e of this.entries.values()) {
      for (const f of e.options.folders) wanted.set(f, 'folder');
      for (const f of e.options.aliasFiles ?? []) if (!wanted.has(f)) wanted.set(f, 'file');
    }
    for (const [p, w] of this.watchers) {
      if (!wanted.has(p)) {
        w.dispose();
        this.watchers.delete(p);
      }
    }
    for (const [p, kind] of wanted) {
      if (!this.watchers.has(p)) this.watchers.set(p, new PathWatcher(p, kind, () => this.changed(p)));
    }
  }

  private changed(p: string): void {
    if (this.disposed) return;
    this.dirty.add(p);
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flush(), this.debounceMs);
  }

  private flush(): void {
    this.timer = undefined;
    if (this.disposed) return;
    const paths = new Set(this.dirty);
    this.dirty.clear();
    let reloaded = 0;
    for (const e of this.entries.values()) {
      if ([...e.options.folders, ...(e.options.aliasFiles ?? [])].some((p) => paths.has(p))) {
        this.reload(e);
        reloaded++;
      }
    }
    if (!reloaded) return;
    for (const l of this.listeners) {
      try {
        l();
      } catch (e) {
        this.messages.log('error', `Fact Check: re-checking after a source change failed: ${errorText(e)}`);
      }
    }
  }
}

function problemText(p: Problem): string {
  return `${p.file}${p.field ? ` (${p.field})` : ''}: ${p.message}`;
}
