// The drafts a `factcheck check` command line names: files as given, folders (their .md, .markdown
// and .txt files, not in dot-folders or node_modules), globs ("drafts/**/*.md"), and "-" for
// standard input; files matching an --ignore glob are left out of folders and globs.
import * as fs from 'fs';
import * as path from 'path';
import { globRegExp } from '../engine';

const DRAFT = /\.(md|markdown|txt)$/i;
const MAX_FILES = 100_000;

export { globRegExp };

const isGlob = (s: string) => /[*?[]/.test(s);

/** Expands the command line's draft arguments (in order, each file once). "-" stays "-". */
export function expandDrafts(args: readonly string[], ignore: readonly string[], cwd: string): string[] {
  const ignored = ignore.map(globRegExp);
  const skip = (file: string) => {
    const rel = path.relative(cwd, file).split(path.sep).join('/');
    return ignored.some((re) => re.test(rel) || re.test(path.basename(file)));
  };
  const out: string[] = [];
  const seen = new Set<string>();
  const add = (f: string) => {
    if (!seen.has(f) && out.length < MAX_FILES) {
      seen.add(f);
      out.push(f);
    }
  };
  for (const arg of args) {
    if (arg === '-') {
      add('-');
      continue;
    }
    if (isGlob(arg)) {
      const slash = arg.replace(/\\/g, '/');
      const parts = slash.split('/');
      const fixed = parts.slice(0, parts.findIndex(isGlob)).join('/');
      const base = path.resolve(cwd, fixed || '.');
      const re = globRegExp(path.relative(cwd, path.resolve(cwd, slash)).split(path.sep).join('/'));
      for (const f of walk(base)) if (re.test(path.relative(cwd, f).split(path.sep).join('/')) && !skip(f)) add(display(f, arg, cwd));
      continue;
    }
    let dir = false;
    try {
      dir = fs.statSync(arg).isDirectory();
    } catch {
      /* not there: reported when read */
    }
    if (!dir) add(arg);
    else for (const f of walk(path.resolve(cwd, arg))) if (DRAFT.test(f) && !skip(f)) add(display(f, arg, cwd));
  }
  return out;
}

/** Paths shown as the user wrote them: relative when the argument was. */
function display(file: string, arg: string, cwd: string): string {
  return path.isAbsolute(arg) ? file : path.relative(cwd, file) || file;
}

/** Every file under a folder, sorted, following no link and no dot-folder or node_modules. */
function walk(dir: string): string[] {
  const out: string[] = [];
  const visit = (d: string) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(d, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (e.name.startsWith('.') || e.name === 'node_modules' || e.isSymbolicLink()) continue;
      const full = path.join(d, e.name);
      if (e.isDirectory()) visit(full);
      else if (e.isFile() && out.length < MAX_FILES) out.push(full);
    }
  };
  visit(dir);
  return out;
}
