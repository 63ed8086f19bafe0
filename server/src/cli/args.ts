// Command-line parsing for `factcheck`. Uses node's util.parseArgs in its lenient, token-producing
// mode and validates the tokens itself, so every usage error is a one-line UsageError.
import { parseArgs as parseTokens } from 'util';
import type { Verdict } from '../engine';

export type Command = 'check' | 'records' | 'report' | 'library' | 'help' | 'version';
export type Format = 'text' | 'json' | 'sarif' | 'github' | 'junit' | 'html';

export interface CliArgs {
  command: Command;
  /** Draft files to check (`check`; `report` takes one), as given. */
  files: string[];
  /** `--sources DIR`, in order. */
  sources: string[];
  /** False with `--no-bundled`. */
  bundled: boolean;
  /** `--aliases FILE`, in order. */
  aliases: string[];
  /** `--date YYYY-MM-DD` (`check` and `report`). */
  date?: string;
  /** `--max-chars N` (`check` only): the largest draft checked. */
  maxChars?: number;
  /** `--fail-on LIST`: the verdicts that make the exit status 1 (default conflicting, outdated). */
  failOn: Verdict[];
  /** `--quiet`: supported claims are not listed. */
  quiet: boolean;
  /** `--ignore GLOB` (repeatable): files the directories and globs given leave out. */
  ignore: string[];
  /** `--config FILE`: the project configuration to use instead of the nearest .factcheck.yaml. */
  config?: string;
  /** `--no-config`: no project configuration. */
  noConfig?: boolean;
  /** From the project configuration: the drafts' date when they give none. */
  defaultDate?: string;
  /** From the project configuration: verdicts whose severity is off (not listed). */
  off?: Verdict[];
  format: Format;
  /** `--out FILE` (`report` only): where the report is written (default: standard output). */
  out?: string;
  /** `--db URL` (`check`, `library`): the shared library on PostgreSQL. */
  db?: string;
  /** `library import` or `library list`. */
  libraryAction?: 'import' | 'list';
  /** `--collection NAME` (`library import`): what the folders are imported as. */
  collection?: string;
}

const VERDICT_NAMES: readonly Verdict[] = ['conflicting', 'outdated', 'unsupported', 'supported'];
export const DEFAULT_FAIL_ON: readonly Verdict[] = ['conflicting', 'outdated'];

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export const USAGE = `Usage:
  factcheck check FILE|DIR|GLOB|-... [--sources DIR]... [--no-bundled] [--aliases FILE]... [--date YYYY-MM-DD]
                  [--fail-on VERDICTS] [--quiet] [--ignore GLOB]... [--max-chars N] [--format text|json|sarif|github|junit] [--db URL]
  factcheck records [--sources DIR]... [--no-bundled] [--aliases FILE]... [--format text|json]
  factcheck report FILE|- [--out FILE] [--sources DIR]... [--no-bundled] [--aliases FILE]... [--date YYYY-MM-DD]
                   [--format html|json]
  factcheck library import DIR... --db URL [--collection NAME] [--aliases FILE]...
  factcheck library list --db URL [--format text|json]
  factcheck --help | --version

Commands:
  check     Check the claims in each draft against the source library: files, folders (their
            .md, .markdown and .txt files), globs ("drafts/**/*.md"), or - for standard input.
  records   List the records read from the source library.
  report    Write a claims report of one draft: every claim with its verdict, evidence and
            citation state, and a timeline per measure the draft gives figures for (one
            self-contained HTML file; --format json gives the report's data).
  library   The shared library on PostgreSQL: import folders of articles into it (again: unchanged
            articles are skipped, changed ones become new versions, ones gone from the folder are
            deleted), or list what it holds. \`check --db URL\` checks against it.

Options:
  --sources DIR     Add a folder of source articles (repeatable).
  --no-bundled      Do not use the bundled default library.
  --aliases FILE    Merge an extra alias file (YAML) into the alias data (repeatable).
  --date DATE       The drafts' date (YYYY-MM-DD); default: the front matter's date.
  --max-chars N     Check drafts of up to N characters (default 1,000,000, as in the editor).
  --fail-on LIST    Verdicts that fail the check (exit 1), comma-separated; default conflicting,outdated.
  --quiet           Leave supported claims out of the listing.
  --ignore GLOB     Leave files matching GLOB out of the folders and globs given (repeatable).
  --config FILE     Use this project configuration instead of the nearest .factcheck.yaml above the draft.
  --no-config       Use no project configuration.
  --format FORMAT   Output format: text (default), json, sarif, github (workflow annotations) or junit (check only);
                    for report: html (default) or json.
  --out FILE        Where report writes (default: standard output).
  --db URL          The shared library: postgres://user@host:port/database (the password from
                    PGPASSWORD, never on the command line); check uses it with --sources on top.
  --collection NAME What library import files the folders under (default: each folder's path).
  -h, --help        Show this help.
  --version         Show the version.

Exit status: 0 no conflicting or outdated claim, 1 at least one, 2 usage error or unreadable file.
`;

const STRING_OPTIONS = new Set([
  'sources',
  'aliases',
  'date',
  'format',
  'max-chars',
  'fail-on',
  'ignore',
  'config',
  'out',
  'db',
  'collection',
]);
const BOOLEAN_OPTIONS = new Set(['no-bundled', 'help', 'version', 'quiet', 'no-config']);
const FORMATS: readonly Format[] = ['text', 'json', 'sarif', 'github', 'junit'];

/** True for a real calendar date written YYYY-MM-DD ("2024-02-30" is not one). */
export function isValidDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return false;
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

/** Parses `argv` (without the node and script entries). Throws UsageError on any usage mistake. */
export function parseArgs(argv: string[]): CliArgs {
  let tokens;
  try {
    tokens = parseTokens({
      args: argv,
      options: {
        sources: { type: 'string', multiple: true },
        aliases: { type: 'string', multiple: true },
        date: { type: 'string' },
        format: { type: 'string' },
        'max-chars': { type: 'string' },
        'fail-on': { type: 'string' },
        ignore: { type: 'string', multiple: true },
        quiet: { type: 'boolean' },
        config: { type: 'string' },
        out: { type: 'string' },
        db: { type: 'string' },
        collection: { type: 'string' },
        'no-config': { type: 'boolean' },
        'no-bundled': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean' },
      },
      strict: false,
      allowPositionals: true,
      tokens: true,
    }).tokens;
  } catch (err) {
    throw new UsageError(oneLine(err instanceof Error ? err.message : String(err)));
  }

  const positionals: string[] = [];
  const sources: string[] = [];
  const aliases: string[] = [];
  let date: string | undefined;
  let format: string | undefined;
  let bundled = true;
  let help = false;
  let version = false;
  let maxChars: string | undefined;
  let failOn: string | undefined;
  let quiet = false;
  let config: string | undefined;
  let noConfig = false;
  let out: string | undefined;
  let db: string | undefined;
  let collection: string | undefined;
  const ignore: string[] = [];

  for (const tok of tokens) {
    if (tok.kind === 'positional') {
      positionals.push(tok.value);
      continue;
    }
    if (tok.kind !== 'option') continue; // the `--` terminator
    const name = tok.name;
    if (STRING_OPTIONS.has(name)) {
      const value = tok.value;
      if (value === undefined || value === '' || (!tok.inlineValue && value.startsWith('-'))) {
        throw new UsageError(`option '--${name}' needs a value`);
      }
      if (name === 'sources') sources.push(value);
      else if (name === 'aliases') aliases.push(value);
      else if (name === 'date') date = value;
      else if (name === 'max-chars') maxChars = value;
      else if (name === 'fail-on') failOn = value;
      else if (name === 'ignore') ignore.push(value);
      else if (name === 'config') config = value;
      else if (name === 'out') out = value;
      else if (name === 'db') db = value;
      else if (name === 'collection') collection = value;
      else format = value;
    } else if (BOOLEAN_OPTIONS.has(name)) {
      if (tok.value !== undefined) throw new UsageError(`option '--${name}' takes no value`);
      if (name === 'no-bundled') bundled = false;
      else if (name === 'quiet') quiet = true;
      else if (name === 'no-config') noConfig = true;
      else if (name === 'help') help = true;
      else version = true;
    } else {
      throw new UsageError(`unknown option '${tok.rawName}'`);
    }
  }

  const base = {
    files: [],
    sources,
    bundled,
    aliases,
    format: 'text' as Format,
    failOn: [...DEFAULT_FAIL_ON],
    quiet,
    ignore,
    ...(config ? { config } : {}),
    ...(noConfig ? { noConfig } : {}),
  };
  if (help || positionals[0] === 'help') return { ...base, command: 'help' };
  if (version) return { ...base, command: 'version' };

  const [command, ...rest] = positionals;
  if (command === undefined) throw new UsageError("missing command (expected 'check', 'records', 'report' or 'library'; see --help)");
  if (command !== 'check' && command !== 'records' && command !== 'report' && command !== 'library') {
    throw new UsageError(`unknown command '${command}' (expected 'check', 'records', 'report' or 'library')`);
  }
  if (out !== undefined && command !== 'report') throw new UsageError("option '--out' is only for 'report'");
  if (collection !== undefined && command !== 'library') throw new UsageError("option '--collection' is only for 'library import'");
  if (db !== undefined && command !== 'check' && command !== 'library')
    throw new UsageError("option '--db' is only for 'check' and 'library'");
  if (command === 'library') return libraryArgs(base, rest, { db, collection, format, date, out });
  if (db !== undefined) (base as { db?: string }).db = db;
  if (command === 'report') return reportArgs(base, rest, { date, format, maxChars, failOn, quiet, ignore, out });

  if (format !== undefined && !FORMATS.includes(format as Format)) {
    throw new UsageError(`invalid --format '${format}' (expected text, json, sarif, github or junit)`);
  }
  if (date !== undefined && !isValidDate(date)) {
    throw new UsageError(`invalid --date '${date}' (expected a calendar date YYYY-MM-DD)`);
  }

  if (command === 'records') {
    if (rest.length) throw new UsageError(`unexpected argument '${rest[0]}' ('records' takes no FILE)`);
    if (date !== undefined) throw new UsageError("option '--date' is only for 'check' and 'report'");
    if (format === 'sarif' || format === 'github' || format === 'junit') throw new UsageError(`--format ${format} is only for 'check'`);
    return { ...base, command, format: (format as Format | undefined) ?? 'text' };
  }

  if (!rest.length) throw new UsageError("missing FILE ('check' needs at least one draft file)");
  if (maxChars !== undefined && !/^[1-9]\d{0,9}$/.test(maxChars))
    throw new UsageError(`invalid --max-chars '${maxChars}' (expected a whole number of characters)`);
  let verdicts = base.failOn;
  if (failOn !== undefined) {
    const list = failOn
      .split(',')
      .map((v) => v.trim())
      .filter(Boolean);
    const bad = list.filter((v) => v !== 'none' && !VERDICT_NAMES.includes(v as Verdict));
    if (bad.length) throw new UsageError(`invalid --fail-on '${bad[0]}' (expected verdicts among ${VERDICT_NAMES.join(', ')}, or none)`);
    verdicts = list.filter((v): v is Verdict => v !== 'none');
  }
  return {
    ...base,
    command,
    files: rest,
    date,
    failOn: verdicts,
    format: (format as Format | undefined) ?? 'text',
    ...(maxChars ? { maxChars: Number(maxChars) } : {}),
  };
}

/** `factcheck report FILE|- [--out FILE] [--date DATE] [--format html|json] [--max-chars N]`. */
function reportArgs(
  base: Omit<CliArgs, 'command'>,
  rest: string[],
  o: { date?: string; format?: string; maxChars?: string; failOn?: string; quiet: boolean; ignore: string[]; out?: string },
): CliArgs {
  if (!rest.length) throw new UsageError("missing FILE ('report' needs one draft file, or - for standard input)");
  if (rest.length > 1) throw new UsageError(`unexpected argument '${rest[1]}' ('report' takes one draft)`);
  if (o.format !== undefined && o.format !== 'html' && o.format !== 'json')
    throw new UsageError(`invalid --format '${o.format}' for 'report' (expected html or json)`);
  if (o.date !== undefined && !isValidDate(o.date))
    throw new UsageError(`invalid --date '${o.date}' (expected a calendar date YYYY-MM-DD)`);
  if (o.maxChars !== undefined && !/^[1-9]\d{0,9}$/.test(o.maxChars))
    throw new UsageError(`invalid --max-chars '${o.maxChars}' (expected a whole number of characters)`);
  for (const [given, name] of [
    [o.failOn !== undefined, '--fail-on'],
    [o.quiet, '--quiet'],
    [o.ignore.length > 0, '--ignore'],
  ] as const) {
    if (given) throw new UsageError(`option '${name}' is only for 'check'`);
  }
  return {
    ...base,
    command: 'report',
    files: rest,
    date: o.date,
    format: (o.format as Format | undefined) ?? 'html',
    ...(o.maxChars ? { maxChars: Number(o.maxChars) } : {}),
    ...(o.out !== undefined ? { out: o.out } : {}),
  };
}

/** `factcheck library import DIR... --db URL [--collection NAME]`, `factcheck library list --db URL`. */
function libraryArgs(
  base: Omit<CliArgs, 'command'>,
  rest: string[],
  o: { db?: string; collection?: string; format?: string; date?: string; out?: string },
): CliArgs {
  const [action, ...dirs] = rest;
  if (action !== 'import' && action !== 'list')
    throw new UsageError(
      action === undefined
        ? "missing action ('library import' or 'library list')"
        : `unknown action 'library ${action}' (expected import or list)`,
    );
  if (o.db === undefined) throw new UsageError(`'library ${action}' needs --db URL (postgres://user@host:port/database)`);
  if (o.date !== undefined) throw new UsageError("option '--date' is only for 'check' and 'report'");
  if (action === 'import' && !dirs.length) throw new UsageError("missing DIR ('library import' needs at least one folder of articles)");
  if (action === 'list' && dirs.length) throw new UsageError(`unexpected argument '${dirs[0]}' ('library list' takes no DIR)`);
  if (action === 'list' && o.collection !== undefined) throw new UsageError("option '--collection' is only for 'library import'");
  if (o.format !== undefined && (action === 'import' || (o.format !== 'text' && o.format !== 'json')))
    throw new UsageError(
      action === 'import'
        ? "option '--format' is not for 'library import'"
        : `invalid --format '${o.format}' for 'library list' (expected text or json)`,
    );
  return {
    ...base,
    command: 'library',
    libraryAction: action,
    files: dirs,
    db: o.db,
    format: (o.format as Format | undefined) ?? 'text',
    ...(o.collection !== undefined ? { collection: o.collection } : {}),
  };
}

/** The format asked for on a command line that may not parse (to report a usage error in SARIF). */
export function requestedFormat(argv: string[]): string | undefined {
  let format: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') break;
    if (a === '--format') format = argv[++i];
    else if (a.startsWith('--format=')) format = a.slice('--format='.length);
  }
  return format;
}

function oneLine(s: string): string {
  return s.split(/\r?\n/)[0].trim();
}
