// Reads source articles from folders: finds the files, decodes them, reads their front matter and
// reports every problem on the way. Never throws: a bad file is reported and skipped (or read as
// well as it can be), and the rest still load.
import * as fs from 'fs';
import * as path from 'path';
import type { Problem, Source } from '../types';
import { lineBefore, opensFrontMatter, parseFrontMatter, readSourceMeta, splitFrontMatter } from './frontmatter';
import { binaryAt } from '../limits';

const MAX_BYTES = 5 * 1024 * 1024;
const MAX_DEPTH = 32;
/** Source files read from one folder (a newsroom archive of this size belongs in a database). */
const MAX_FILES = 20_000;
/** Bytes read from one folder in all. */
const MAX_FOLDER_BYTES = 512 * 1024 * 1024;
const EXTENSIONS = ['.md', '.markdown', '.txt'];
/** Files that sit next to sources but are not articles (matched on the name without extension). */
const NOT_SOURCES = new Set(['readme', 'license', 'licence', 'changelog']);

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
const lenientUtf8 = new TextDecoder('utf-8');

export interface SourceFolder {
  dir: string;
  bundled: boolean;
}

/**
 * Loads every source file under the given folders, in folder order and, within a folder, sorted by
 * path. Sources whose id is already taken are reported (naming both files) and skipped.
 */
export function loadSources(folders: SourceFolder[]): { sources: Source[]; problems: Problem[] } {
  const seenNow = new Set<string>();
  const sources: Source[] = [];
  const problems: Problem[] = [];
  const byId = new Map<string, Source>();
  const seenFiles = new Set<string>();

  for (const folder of folders) {
    const dir = path.resolve(folder.dir);
    let files: string[];
    try {
      files = listFiles(dir, problems);
    } catch (e) {
      problems.push(error(dir, `cannot read source folder ${dir}: ${reason(e)}`));
      continue;
    }
    let bytes = 0;
    for (const file of files) {
      if (bytes > MAX_FOLDER_BYTES) {
        problems.push(warning(dir, `stopped reading after ${mb(bytes)} MB of sources in this folder`));
        break;
      }
      try {
        const real = realpath(file);
        if (seenFiles.has(real)) continue; // the same file reached through two folders or links
        seenFiles.add(real);
        // A file unchanged since the last load (same size and modification time) is not read again;
        // its problems are reported again with it.
        const st = statOrUndefined(file);
        const key = st ? `${file}\u0000${folder.bundled}\u0000${st.size}\u0000${st.mtimeMs}` : undefined;
        const hit = key !== undefined ? unchanged.get(real) : undefined;
        let source: Source | undefined;
        if (hit && hit.key === key) {
          problems.push(...hit.problems);
          source = hit.source;
        } else {
          const own: Problem[] = [];
          source = readSource(file, folder.bundled, own);
          problems.push(...own);
          if (key !== undefined) unchanged.set(real, { key, source, problems: own });
        }
        seenNow.add(real);
        if (!source) continue;
        bytes += source.text.length;
        const other = byId.get(source.meta.id);
        if (other) {
          problems.push({
            severity: 'error',
            file,
            field: 'id',
            message: `duplicate source id "${source.meta.id}": ${file} has the same id as ${other.path}; skipped ${file}`,
          });
          continue;
        }
        byId.set(source.meta.id, source);
        sources.push(source);
      } catch (e) {
        problems.push(error(file, `cannot read source: ${reason(e)}`));
      }
    }
  }
  // Forget files no load reads any more (bounded by what the folders hold).
  if (unchanged.size > 2 * seenNow.size + 1000) for (const k of unchanged.keys()) if (!seenNow.has(k)) unchanged.delete(k);
  return { sources, problems };
}

/** The last read of each file, by its real path: size and modification time, the source, its problems. */
const unchanged = new Map<string, { key: string; source: Source | undefined; problems: Problem[] }>();

function statOrUndefined(file: string): fs.Stats | undefined {
  try {
    return fs.statSync(file);
  } catch {
    return undefined;
  }
}

/** Reads one file into a Source, or reports why it cannot be one. */
function readSource(file: string, bundled: boolean, problems: Problem[]): Source | undefined {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch (e) {
    problems.push(error(file, `cannot read source file: ${reason(e)}`));
    return undefined;
  }
  if (!stat.isFile()) {
    problems.push(warning(file, 'skipped: not a regular file'));
    return undefined;
  }
  if (stat.size > MAX_BYTES) {
    problems.push(warning(file, `skipped: too large (${mb(stat.size)} MB)`));
    return undefined;
  }
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (e) {
    problems.push(error(file, `cannot read source file: ${reason(e)}`));
    return undefined;
  }
  if (bytes.length > MAX_BYTES) {
    // It grew between stat and read.
    problems.push(warning(file, `skipped: too large (${mb(bytes.length)} MB)`));
    return undefined;
  }
  if (binaryAt(bytes) >= 0) {
    problems.push(warning(file, 'skipped: binary file'));
    return undefined;
  }
  let text: string;
  try {
    text = strictUtf8.decode(bytes);
  } catch {
    problems.push(
      warning(file, 'not valid UTF-8: read with the invalid bytes replaced by "\uFFFD"; save the file as UTF-8'),
    );
    text = lenientUtf8.decode(bytes);
  }
  // Both decoders drop a leading BOM, as editors do, so offsets match the editor's.

  const fallbackId = fileId(file);
  const fm = splitFrontMatter(text);
  let data: Record<string, unknown> = {};
  let bodyStart = 0;
  if (fm) {
    const parsed = parseFrontMatter(fm.raw, file, lineBefore(text, fm.span.start));
    problems.push(...parsed.problems);
    data = parsed.data;
    bodyStart = fm.bodyStart;
  } else if (opensFrontMatter(text)) {
    problems.push({
      severity: 'warning',
      file,
      field: 'front matter',
      message: 'front matter opened with "---" on line 1 is never closed (no "---" or "..." line); read as article text',
    });
  }
  if (text.slice(bodyStart).trim() === '') {
    problems.push(warning(file, 'empty source: no article text; skipped'));
    return undefined;
  }
  const { meta, problems: metaProblems } = readSourceMeta(data, file, fallbackId);
  problems.push(...metaProblems);
  return { meta, path: file, text, bodyStart, bundled };
}

/** Source files under `dir`, sorted by path. Throws only when `dir` itself cannot be read. */
function listFiles(dir: string, problems: Problem[]): string[] {
  const out: string[] = [];
  const visited = new Set<string>();
  const root = realpath(dir);
  let capped = false;
  const walk = (d: string, depth: number, top: boolean) => {
    if (capped) return;
    let entries: fs.Dirent[];
    try {
      const real = realpath(d);
      if (visited.has(real)) return; // a symlink loop or a folder reached twice
      visited.add(real);
      entries = fs.readdirSync(d, { withFileTypes: true });
    } catch (e) {
      if (top) throw e;
      problems.push(error(d, `cannot read source folder: ${reason(e)}`));
      return;
    }
    for (const entry of entries) {
      const name = entry.name;
      if (name.startsWith('.')) continue; // dot-folders and hidden or editor temp files
      const full = path.join(d, name);
      let isDir = entry.isDirectory();
      if (entry.isSymbolicLink()) {
        // No link is followed out of the folder (a link to / would walk the whole file system,
        // one to a private file would show its text in hovers).
        const target = realpath(full);
        if (target !== root && !target.startsWith(root + path.sep)) {
          problems.push(warning(full, 'skipped: a link to outside the source folder'));
          continue;
        }
        try {
          isDir = fs.statSync(full).isDirectory();
        } catch {
          isDir = false; // a dangling link: reported when read, if it looks like a source
        }
      }
      if (isDir) {
        if (name === 'node_modules') continue;
        if (depth >= MAX_DEPTH) {
          problems.push(warning(full, `skipped: folders nested more than ${MAX_DEPTH} deep`));
          continue;
        }
        walk(full, depth + 1, false);
      } else if (isSourceName(name)) {
        if (out.length >= MAX_FILES) {
          problems.push(warning(dir, `only the first ${MAX_FILES.toLocaleString('en-US')} source files of this folder are read`));
          capped = true;
          return;
        }
        out.push(full);
      }
    }
  };
  walk(dir, 0, true);
  return out.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

function isSourceName(name: string): boolean {
  const lower = name.toLowerCase();
  const ext = EXTENSIONS.find((e) => lower.endsWith(e));
  if (!ext) return false;
  const stem = lower.slice(0, -ext.length);
  return stem !== '' && !NOT_SOURCES.has(stem);
}

/** The id a file gets when its front matter has none: its name without extension, made valid. */
function fileId(file: string): string {
  const base = path.basename(file).replace(/\.[^.]*$/, '');
  const id = base.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[^A-Za-z0-9]+/, '');
  return id || 'source';
}

function realpath(p: string): string {
  try {
    return fs.realpathSync(p);
  } catch {
    return path.resolve(p);
  }
}

function mb(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1);
}

function reason(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  if (err && err.code === 'ENOENT') return 'it does not exist';
  if (err && (err.code === 'EACCES' || err.code === 'EPERM')) return 'permission denied';
  if (err && err.code === 'ENOTDIR') return 'not a folder';
  return err instanceof Error ? err.message : String(e);
}

function error(file: string, message: string): Problem {
  return { severity: 'error', file, message };
}

function warning(file: string, message: string): Problem {
  return { severity: 'warning', file, message };
}
