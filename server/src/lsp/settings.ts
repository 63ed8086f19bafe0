// The server's settings: one typed definition that the server reads, that package.json's
// `contributes.configuration` is generated from (scripts/sync-settings.ts, `npm run sync-settings`), and that a test
// compares with package.json. Values from the client are validated here; a bad value falls back to
// its default with a message.
import type { Verdict, CitationStyle } from '../engine';

export type SeverityName = 'error' | 'warning' | 'information' | 'hint' | 'off';
export type { CitationStyle };

export interface Settings {
  sources: string[];
  useBundledLibrary: boolean;
  aliases: string[];
  citationStyle: CitationStyle;
  bibliography: string;
  severity: Record<Verdict, SeverityName>;
  languages: string[];
  debounce: number;
  /** The shared library on PostgreSQL (empty: none); its password never in settings. */
  database: { url: string; passwordEnv: string };
}

interface Definition {
  type: 'array' | 'boolean' | 'string' | 'number';
  default: unknown;
  description: string;
  enum?: readonly string[];
  items?: { type: string };
  minimum?: number;
  maximum?: number;
  /** Paths outside the workspace are not used in an untrusted workspace. */
  restricted?: boolean;
  scope?: 'resource' | 'window' | 'machine-overridable';
}

const SEVERITIES = ['error', 'warning', 'information', 'hint', 'off'] as const;

/** Every setting, keyed by its name under `factcheck.`. */
export const DEFINITIONS: Record<string, Definition> = {
  sources: {
    type: 'array',
    items: { type: 'string' },
    default: [],
    description:
      'Folders of source articles (.md, .markdown or .txt with YAML front matter) to check drafts against, besides the bundled library. Relative paths are resolved against the workspace folder.',
    restricted: true,
    scope: 'resource',
  },
  useBundledLibrary: {
    type: 'boolean',
    default: true,
    description: 'Also check against the bundled library (five articles, Oct–Nov 2024, on North Korean troops in Russia).',
    scope: 'resource',
  },
  aliases: {
    type: 'array',
    items: { type: 'string' },
    default: [],
    description: 'Extra alias files (YAML, the shape of server/data/entities.yaml) naming people, places, organisations and units.',
    restricted: true,
    scope: 'resource',
  },
  citationStyle: {
    type: 'string',
    enum: ['footnote', 'pandoc', 'link'],
    default: 'footnote',
    description:
      'How "Insert source reference" cites: a Markdown footnote [^id] with its definition, a Pandoc citation [@id] with a CSL-JSON bibliography entry, or an inline link.',
    scope: 'resource',
  },
  bibliography: {
    type: 'string',
    default: 'references.json',
    description: 'CSL-JSON bibliography file the Pandoc citation style adds entries to, relative to the workspace folder.',
    restricted: true,
    scope: 'resource',
  },
  'severity.conflicting': {
    type: 'string',
    enum: SEVERITIES,
    default: 'warning',
    description: 'Severity of conflicting claims.',
    scope: 'resource',
  },
  'severity.outdated': {
    type: 'string',
    enum: SEVERITIES,
    default: 'warning',
    description: 'Severity of outdated claims.',
    scope: 'resource',
  },
  'severity.unsupported': {
    type: 'string',
    enum: SEVERITIES,
    default: 'information',
    description: 'Severity of unsupported claims.',
    scope: 'resource',
  },
  'severity.supported': {
    type: 'string',
    enum: SEVERITIES,
    default: 'hint',
    description: 'Severity of supported claims.',
    scope: 'resource',
  },
  languages: {
    type: 'array',
    items: { type: 'string' },
    default: ['markdown', 'plaintext'],
    description: 'Document languages that are checked.',
    scope: 'window',
  },
  debounce: {
    type: 'number',
    default: 300,
    minimum: 0,
    maximum: 10000,
    description: 'Milliseconds to wait after typing stops before re-checking.',
    scope: 'window',
  },
  'database.url': {
    type: 'string',
    default: '',
    description:
      'A newsroom\'s shared library on PostgreSQL (postgres://user@host:port/database), checked against besides the bundled library and the source folders. No password here: it comes from the editor\'s secret storage (command "Fact Check: Set Database Password"), else from the environment variable named by factcheck.database.passwordEnv.',
    scope: 'machine-overridable',
  },
  'database.passwordEnv': {
    type: 'string',
    default: 'PGPASSWORD',
    description:
      "The environment variable holding the shared library's database password (the editor's environment), used when the editor's secret storage keeps none for the database (command \"Fact Check: Set Database Password\").",
    scope: 'machine-overridable',
  },
};

export const DEFAULTS: Settings = fromRaw({}).settings;

/** Validates a raw `factcheck` configuration object. Unknown keys are ignored. */
export function fromRaw(raw: unknown): { settings: Settings; problems: string[] } {
  const problems: string[] = [];
  const obj = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const get = (key: string): unknown => {
    // Accept both {"severity": {"conflicting": ...}} and {"severity.conflicting": ...}.
    if (key in obj) return obj[key];
    const [head, tail] = key.split('.');
    const inner = tail ? obj[head] : undefined;
    return inner && typeof inner === 'object' ? (inner as Record<string, unknown>)[tail] : undefined;
  };
  const value = <T>(key: string): T => {
    const def = DEFINITIONS[key];
    const v = get(key);
    if (v === undefined || v === null) return def.default as T;
    const ok =
      def.type === 'array'
        ? Array.isArray(v) && v.every((x) => typeof x === 'string')
        : def.type === 'number'
          ? typeof v === 'number' &&
            Number.isFinite(v) &&
            (def.minimum === undefined || v >= def.minimum) &&
            (def.maximum === undefined || v <= def.maximum)
          : typeof v === def.type && (!def.enum || def.enum.includes(v as string));
    if (!ok) {
      problems.push(
        `factcheck.${key}: ${JSON.stringify(v)} is not valid (${def.enum ? 'one of ' + def.enum.join(', ') : def.type}); using ${JSON.stringify(def.default)}`,
      );
      return def.default as T;
    }
    return v as T;
  };
  return {
    settings: {
      sources: value('sources'),
      useBundledLibrary: value('useBundledLibrary'),
      aliases: value('aliases'),
      citationStyle: value('citationStyle'),
      bibliography: value('bibliography'),
      severity: {
        conflicting: value('severity.conflicting'),
        outdated: value('severity.outdated'),
        unsupported: value('severity.unsupported'),
        supported: value('severity.supported'),
      },
      languages: value('languages'),
      debounce: value('debounce'),
      database: { url: databaseUrl(value('database.url'), problems), passwordEnv: value('database.passwordEnv') },
    },
    problems,
  };
}

/** A database URL with a password in it is not used as it is: the password is left out (said once). */
function databaseUrl(url: string, problems: string[]): string {
  const trimmed = url.trim();
  try {
    const u = new URL(trimmed);
    if (!u.password) return trimmed;
    u.password = '';
    problems.push(
      'factcheck.database.url: the password in it is not used (settings are stored in clear); set it with "Fact Check: Set Database Password" (the secret storage) or in the environment variable named by factcheck.database.passwordEnv',
    );
    return u.toString();
  } catch {
    return trimmed;
  }
}

/** The `contributes.configuration.properties` object package.json must hold. */
export function contributedProperties(): Record<string, Record<string, unknown>> {
  const out: Record<string, Record<string, unknown>> = {};
  for (const [key, def] of Object.entries(DEFINITIONS)) {
    const { restricted, ...rest } = def;
    out[`factcheck.${key}`] = { ...rest, ...(restricted ? { restricted: true } : {}) };
  }
  return out;
}
