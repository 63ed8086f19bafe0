// Workspace folders and trust: which folder a document belongs to, how setting paths resolve
// (relative to that folder), and, in an untrusted workspace, which restricted setting paths
// (DEFINITIONS[...].restricted) are ignored because they lie outside every workspace folder.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { URI } from 'vscode-uri';
import { DEFINITIONS, type Settings } from './settings';

export interface Ignored {
  /** Setting name under `factcheck.`. */
  key: string;
  paths: string[];
}

export class Workspace {
  private folderUris: string[] = [];
  private isTrusted = true;

  folders(): string[] {
    return [...this.folderUris];
  }

  setFolders(uris: string[]): void {
    this.folderUris = [...new Set(uris)];
  }

  addFolders(added: string[], removed: string[]): void {
    const gone = new Set(removed);
    this.setFolders([...this.folderUris.filter((u) => !gone.has(u)), ...added]);
  }

  trusted(): boolean {
    return this.isTrusted;
  }

  setTrusted(trusted: boolean): boolean {
    const changed = trusted !== this.isTrusted;
    this.isTrusted = trusted;
    return changed;
  }

  /** The workspace folder (URI) holding a document, the innermost when folders nest. */
  folderOf(uri: string | undefined): string | undefined {
    const file = uri ? fsPathOf(uri) : undefined;
    if (!file) return undefined;
    let best: string | undefined;
    let bestLen = -1;
    for (const f of this.folderUris) {
      const dir = fsPathOf(f);
      if (dir && isWithin(dir, file) && dir.length > bestLen) {
        best = f;
        bestLen = dir.length;
      }
    }
    return best;
  }

  /** The folder relative setting paths of a document resolve against: its workspace folder, else
   *  the document's own folder, else the first workspace folder, else the working directory. */
  baseDir(uri: string | undefined): string {
    const folder = this.folderOf(uri);
    const folderPath = folder ? fsPathOf(folder) : undefined;
    if (folderPath) return folderPath;
    const file = uri ? fsPathOf(uri) : undefined;
    if (file) return path.dirname(file);
    const first = this.folderUris.map(fsPathOf).find((p): p is string => !!p);
    return first ?? process.cwd();
  }

  /** A setting path made absolute for a document (`~` is the home folder). */
  resolvePath(uri: string | undefined, p: string): string {
    const expanded = p === '~' ? os.homedir() : p.startsWith('~/') || p.startsWith('~\\') ? path.join(os.homedir(), p.slice(2)) : p;
    return path.resolve(this.baseDir(uri), expanded);
  }

  /** Whether an absolute path lies in a workspace folder (links resolved where they exist). */
  inside(abs: string): boolean {
    // An existing path counts by where it really is: a link in the workspace pointing outside it is
    // outside. A path that does not exist yet counts by its name.
    let real: string | undefined;
    try {
      real = fs.realpathSync(abs);
    } catch {
      real = undefined;
    }
    return this.folderUris.some((f) => {
      const dir = fsPathOf(f);
      if (!dir) return false;
      return real !== undefined ? isWithin(realpath(dir), real) : isWithin(dir, abs) || isWithin(realpath(dir), abs);
    });
  }

  /** Settings with, in an untrusted workspace, restricted paths outside the workspace removed
   *  (a single path setting falls back to its default). Trusted: unchanged. */
  restrict(uri: string | undefined, settings: Settings): { settings: Settings; ignored: Ignored[] } {
    if (this.isTrusted) return { settings, ignored: [] };
    const out = { ...settings } as Settings & Record<string, unknown>;
    const ignored: Ignored[] = [];
    for (const [key, def] of Object.entries(DEFINITIONS)) {
      if (!def.restricted || key.includes('.')) continue;
      const value = out[key];
      if (Array.isArray(value)) {
        const paths = value as string[];
        const outside = paths.filter((p) => !this.inside(this.resolvePath(uri, p)));
        if (outside.length) {
          out[key] = paths.filter((p) => !outside.includes(p));
          ignored.push({ key, paths: outside });
        }
      } else if (typeof value === 'string' && value !== '' && !this.inside(this.resolvePath(uri, value))) {
        out[key] = def.default;
        ignored.push({ key, paths: [value] });
      }
    }
    return { settings: out, ignored };
  }
}

/** The file-system path of a `file:` URI, undefined for other schemes (untitled documents). */
export function fsPathOf(uri: string): string | undefined {
  try {
    const u = URI.parse(uri);
    return u.scheme === 'file' ? path.resolve(u.fsPath) : undefined;
  } catch {
    return undefined;
  }
}

/** Whether `p` is `dir` or lies under it. */
export function isWithin(dir: string, p: string): boolean {
  const norm = (x: string) => (process.platform === 'win32' || process.platform === 'darwin' ? x.toLowerCase() : x);
  const rel = path.relative(norm(dir), norm(p));
  return rel === '' || (rel !== '..' && !rel.startsWith('..' + path.sep) && !path.isAbsolute(rel));
}

function realpath(p: string): string {
  try {
    return fs.realpathSync(p);
  } catch {
    return p;
  }
}
