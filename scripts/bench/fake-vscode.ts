// A stand-in for the `vscode` module, enough to load dist/extension.js and run its activate() in
// plain Node: every API is a no-op that returns another stand-in (a disposable, an event, an output
// channel), with the few values the extension and vscode-languageclient read given real values.
// The language client it creates really starts dist/server.js over stdio.
import Module from 'module';
import { URI } from 'vscode-uri';

const VALUES: Record<string, unknown> = {
  version: '1.100.3',
  isTrusted: true,
  workspaceFolders: undefined,
  textDocuments: [],
  visibleTextEditors: [],
  activeTextEditor: undefined,
  notebookDocuments: [],
  // Pull diagnostics (the server answers textDocument/diagnostic) follow the tabs.
  tabGroups: { all: [], onDidChangeTabs: () => ({ dispose: () => undefined }), onDidChangeTabGroups: () => ({ dispose: () => undefined }) },
  uiKind: 1,
  language: 'en',
  appName: 'bench',
  machineId: 'bench',
  sessionId: 'bench',
  remoteName: undefined,
  shell: '/bin/sh',
  Uri: URI,
  // Enum-like members the client compares against.
  DiagnosticSeverity: { Error: 0, Warning: 1, Information: 2, Hint: 3 },
  StatusBarAlignment: { Left: 1, Right: 2 },
  ConfigurationTarget: { Global: 1, Workspace: 2, WorkspaceFolder: 3 },
};

/** What `import * as vscode` copies from the module (esbuild copies own enumerable keys). */
const NAMESPACES = [
  'window',
  'workspace',
  'languages',
  'commands',
  'env',
  'extensions',
  'Uri',
  'EventEmitter',
  'Disposable',
  'StatusBarAlignment',
  'ThemeColor',
  'ProgressLocation',
  'QuickPickItemKind',
  'TextEditorRevealType',
  'Range',
  'Position',
  'Selection',
  'MarkdownString',
  'version',
];

/** Property names a thenable or iterable check looks for: absent, so a stand-in is a plain object. */
const ABSENT = new Set<PropertyKey>(['then', Symbol.iterator, Symbol.asyncIterator, Symbol.toPrimitive, 'toJSON']);

function standIn(name: string): unknown {
  const cache = new Map<PropertyKey, unknown>();
  const fn = function () {
    /* stand-in */
  };
  const handler: ProxyHandler<typeof fn> = {
    get(target, prop) {
      if (ABSENT.has(prop)) return undefined;
      if (prop === 'prototype') return (target as { prototype: unknown }).prototype;
      if (prop === 'toString') return () => `[vscode ${name}]`;
      if (typeof prop === 'string' && prop in VALUES) return VALUES[prop];
      if (typeof prop === 'string' && /^(get|has)$/.test(prop)) return () => undefined;
      if (!cache.has(prop)) cache.set(prop, standIn(`${name}.${String(prop)}`));
      return cache.get(prop);
    },
    ownKeys() {
      return ['prototype', ...NAMESPACES];
    },
    getOwnPropertyDescriptor(target, prop) {
      if (prop === 'prototype') return Reflect.getOwnPropertyDescriptor(target, prop);
      return { configurable: true, enumerable: true, writable: true, value: handler.get!(target, prop, undefined) };
    },
    set(_t, prop, value) {
      cache.set(prop, value);
      return true;
    },
    apply() {
      return standIn(`${name}()`);
    },
    construct() {
      return standIn(`new ${name}`) as object;
    },
  };
  return new Proxy(fn, handler);
}

let installed = false;

/** Makes `require('vscode')` return the stand-in. */
export function installFakeVscode(): void {
  if (installed) return;
  installed = true;
  const fake = standIn('vscode');
  const m = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown };
  const load = m._load;
  m._load = function (request: string, ...rest: unknown[]) {
    return request === 'vscode' ? fake : load.call(this, request, ...rest);
  };
}
