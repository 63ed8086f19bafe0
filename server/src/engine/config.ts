// The project configuration file, `.factcheck.yaml`: found by walking up from a draft (the nearest
// wins, as .vale.ini and cspell.json do), read by the CLI (and the same shape is validated by
// schemas/factcheck.schema.json for editors with a YAML language server). Paths in it are relative
// to the file. A bad key gives one message naming the file and the key; the rest still applies.
import * as fs from 'fs';
import * as path from 'path';
import { parseDocument } from 'yaml';
import { checkKeys } from './text/yaml-keys';
import type { Problem, Verdict } from './types';
import { VERDICTS } from './vocabulary';
import { globRegExp } from './text/glob';

export const CONFIG_NAMES = ['.factcheck.yaml', '.factcheck.yml'];

const SEVERITIES = ['error', 'warning', 'information', 'hint', 'off'] as const;
export type Severity = (typeof SEVERITIES)[number];

export interface ProjectConfig {
  /** The file it was read from. */
  file: string;
  sources: string[];
  aliases: string[];
  bundled?: boolean;
  bibliography?: string;
  severity: Partial<Record<Verdict, Severity>>;
  ignore: string[];
  /** The drafts' date when a draft gives none (YYYY-MM-DD). */
  date?: string;
  failOn?: Verdict[];
  problems: Problem[];
}

/** The nearest configuration file at or above `dir`, or undefined. */
export function findConfig(dir: string): string | undefined {
  for (let d = path.resolve(dir); ; d = path.dirname(d)) {
    for (const name of CONFIG_NAMES) {
      const f = path.join(d, name);
      try {
        if (fs.statSync(f).isFile()) return f;
      } catch {
        /* not here */
      }
    }
    if (path.dirname(d) === d) return undefined;
  }
}

const KEYS = new Set(['sources', 'aliases', 'bundled', 'bibliography', 'severity', 'ignore', 'date', 'failOn']);

/** The last read of each configuration file, by path, size and modification time. */
const configCache = new Map<string, { key: string; config: ProjectConfig }>();

/** loadConfig, remembered until the file changes (the server asks for every check). */
export function projectConfigAt(file: string): ProjectConfig {
  let key = '';
  try {
    const st = fs.statSync(file);
    key = `${st.size}\u0000${st.mtimeMs}`;
  } catch {
    /* gone: read (and report) anew */
  }
  const hit = configCache.get(file);
  if (hit && key && hit.key === key) return hit.config;
  const config = loadConfig(file);
  if (configCache.size > 64) configCache.clear();
  configCache.set(file, { key, config });
  return config;
}

export function loadConfig(file: string): ProjectConfig {
  const cfg: ProjectConfig = { file, sources: [], aliases: [], severity: {}, ignore: [], problems: [] };
  const bad = (key: string, why: string) => cfg.problems.push({ severity: 'warning', file, field: key, message: `${why}; ignored` });
  let data: unknown;
  try {
    const text = fs.readFileSync(file, 'utf8');
    if (text.length > 256 * 1024) throw new Error('larger than 256 KB');
    const doc = parseDocument(text, { uniqueKeys: false });
    if (doc.errors.length) throw new Error(doc.errors[0].message.split('\n')[0]);
    if (checkKeys(doc.contents).keys > 1000) throw new Error('more than 1,000 keys');
    data = doc.toJS({ maxAliasCount: 50 });
  } catch (e) {
    cfg.problems.push({ severity: 'warning', file, message: `configuration not read: ${(e as Error).message}` });
    return cfg;
  }
  if (data === null || data === undefined) return cfg;
  if (typeof data !== 'object' || Array.isArray(data)) {
    cfg.problems.push({ severity: 'warning', file, message: 'configuration is not a mapping of keys to values; ignored' });
    return cfg;
  }
  const dir = path.dirname(file);
  const strings = (key: string, v: unknown): string[] | undefined => {
    const list = typeof v === 'string' ? [v] : v;
    if (!Array.isArray(list) || list.some((x) => typeof x !== 'string' || !x.trim()))
      return void bad(key, 'expected a path or a list of paths');
    return list as string[];
  };
  for (const [key, v] of Object.entries(data as Record<string, unknown>)) {
    if (!KEYS.has(key)) {
      bad(key, `unknown key (expected one of ${[...KEYS].join(', ')})`);
      continue;
    }
    if (key === 'sources' || key === 'aliases') cfg[key] = (strings(key, v) ?? []).map((p) => path.resolve(dir, p));
    else if (key === 'ignore') cfg.ignore = strings(key, v) ?? [];
    else if (key === 'bundled') typeof v === 'boolean' ? (cfg.bundled = v) : bad(key, 'expected true or false');
    else if (key === 'bibliography')
      typeof v === 'string' && v.trim() ? (cfg.bibliography = path.resolve(dir, v)) : bad(key, 'expected a path');
    else if (key === 'date') {
      const d = v instanceof Date ? v.toISOString().slice(0, 10) : v;
      typeof d === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(d) && !Number.isNaN(Date.parse(d))
        ? (cfg.date = d)
        : bad(key, 'expected a date YYYY-MM-DD');
    } else if (key === 'failOn') {
      const list = typeof v === 'string' ? v.split(',').map((x) => x.trim()) : v;
      if (Array.isArray(list) && list.every((x) => VERDICTS.includes(x as Verdict) || x === 'none'))
        cfg.failOn = list.filter((x): x is Verdict => x !== 'none');
      else bad(key, `expected verdicts among ${VERDICTS.join(', ')}, or none`);
    } else if (key === 'severity') {
      if (!v || typeof v !== 'object' || Array.isArray(v)) {
        bad(key, 'expected a mapping of verdicts to severities');
        continue;
      }
      for (const [verdict, s] of Object.entries(v as Record<string, unknown>)) {
        if (!VERDICTS.includes(verdict as Verdict)) bad(`severity.${verdict}`, `not a verdict (expected ${VERDICTS.join(', ')})`);
        else if (!SEVERITIES.includes(s as Severity)) bad(`severity.${verdict}`, `expected ${SEVERITIES.join(', ')}`);
        else cfg.severity[verdict as Verdict] = s as Severity;
      }
    }
  }
  return cfg;
}

/** The project file's `ignore:` pattern a draft matches (its path relative to the project file's
 *  folder, or its name), or undefined: the editor leaves such a draft unchecked, as CI does. */
export function ignoredBy(config: Pick<ProjectConfig, 'file' | 'ignore'>, draft: string): string | undefined {
  const rel = path.relative(path.dirname(config.file), draft).split(path.sep).join('/');
  return config.ignore.find((g) => {
    const re = globRegExp(g);
    return re.test(rel) || re.test(path.basename(draft));
  });
}
