// Opening source articles. Sources the user added (factcheck.sources) open as ordinary files.
// The bundled library ships inside the extension, so it opens read-only, through a virtual
// document: a TextDocumentContentProvider on the `factcheck-source` scheme serves the file's text.
//
// Why a virtual document rather than `workbench.action.files.setActiveEditorReadonlyInSession`
// after opening the file: the provider's documents are read-only by construction (VS Code gives
// them no save and no edit), on every VS Code the extension supports and in VS Code for the Web;
// the session command only marks whichever editor happens to be active (a race with editor focus),
// the user can toggle it back, and it does not survive a reload. The virtual document's text is
// the file byte for byte, so the server's line/character positions hold unchanged. The language
// client does not see it (its document selector is `file` and `untitled`), so a source article is
// never itself fact-checked.
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';

export const SOURCE_SCHEME = 'factcheck-source';

/** File types a source folder may hold (the engine's reader accepts the same). */
const SOURCE_EXTENSIONS = new Set(['.md', '.markdown', '.txt']);

export class SourceContentProvider implements vscode.TextDocumentContentProvider {
  provideTextDocumentContent(uri: vscode.Uri): string {
    const file = uri.with({ scheme: 'file', query: '', fragment: '' }).fsPath;
    if (!SOURCE_EXTENSIONS.has(path.extname(file).toLowerCase())) {
      throw new Error(`Fact Check: ${file} is not a source article (.md, .markdown or .txt).`);
    }
    return fs.readFileSync(file, 'utf8');
  }
}

export interface SourceLocation {
  path: string;
  line?: number;
  character?: number;
  bundled?: boolean;
}

/** Normalises the arguments of `factcheck.openSource`: (path, line, character) or one object. */
export function sourceLocation(args: unknown[]): SourceLocation | undefined {
  const [first, line, character, bundled] = args;
  if (first && typeof first === 'object' && !(first instanceof vscode.Uri)) {
    const o = first as Record<string, unknown>;
    if (typeof o.path !== 'string') return undefined;
    return {
      path: o.path,
      line: typeof o.line === 'number' ? o.line : undefined,
      character: typeof o.character === 'number' ? o.character : undefined,
      bundled: typeof o.bundled === 'boolean' ? o.bundled : undefined,
    };
  }
  const p = first instanceof vscode.Uri ? first.toString() : first;
  if (typeof p !== 'string' || !p) return undefined;
  return {
    path: p,
    line: typeof line === 'number' ? line : undefined,
    character: typeof character === 'number' ? character : undefined,
    bundled: typeof bundled === 'boolean' ? bundled : undefined,
  };
}

export class SourceOpener {
  private readonly bundledDir: string;

  constructor(private readonly extensionPath: string) {
    this.bundledDir = realpath(path.join(extensionPath, 'sources'));
  }

  /** An absolute file system path for a path from the server (absolute, file: URI or relative). */
  resolve(p: string): string {
    if (/^[a-z][a-z0-9+.-]+:\/\//i.test(p)) return vscode.Uri.parse(p).fsPath;
    if (path.isAbsolute(p)) return p;
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const candidate = path.join(folder.uri.fsPath, p);
      if (fs.existsSync(candidate)) return candidate;
    }
    return path.join(this.extensionPath, p);
  }

  /** Whether a file is one of the extension's bundled sources. */
  isBundled(file: string): boolean {
    const rel = path.relative(this.bundledDir, realpath(file));
    return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
  }

  /** The URI to open a source file with: virtual and read-only for bundled sources. */
  uriFor(file: string, bundled = this.isBundled(file)): vscode.Uri {
    const uri = vscode.Uri.file(file);
    return bundled ? uri.with({ scheme: SOURCE_SCHEME }) : uri;
  }

  /** Opens a source with the cursor at a position (0-based line and UTF-16 character, as LSP). */
  async open(location: SourceLocation): Promise<vscode.TextEditor | undefined> {
    const file = this.resolve(location.path);
    if (!fs.existsSync(file)) {
      void vscode.window.showErrorMessage(`Fact Check: the source file ${file} does not exist.`);
      return undefined;
    }
    const bundled = location.bundled ?? this.isBundled(file);
    const doc = await vscode.workspace.openTextDocument(this.uriFor(file, bundled));
    const pos = doc.validatePosition(new vscode.Position(location.line ?? 0, location.character ?? 0));
    const editor = await vscode.window.showTextDocument(doc, { preview: true, selection: new vscode.Range(pos, pos) });
    editor.revealRange(new vscode.Range(pos, pos), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    return editor;
  }
}

function realpath(p: string): string {
  try {
    return fs.realpathSync(p);
  } catch {
    return path.resolve(p);
  }
}
