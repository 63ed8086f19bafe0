// Settings per resource: pulled with `workspace/configuration` (section `factcheck`, scoped to the
// document), validated by `fromRaw`, restricted by workspace trust, and cached per URI until the
// configuration, the trust or the workspace folders change. Every distinct problem (an invalid
// value, an ignored path) is shown once; the server goes on with the default.
import type { Connection } from 'vscode-languageserver/node';
import type { Messages } from './messages';
import { errorText } from './messages';
import { fromRaw, type Settings } from './settings';
import type { Workspace } from './workspace';

export class ConfigStore {
  private readonly cache = new Map<string, Promise<Settings>>();
  /** Whether the client answers `workspace/configuration`. */
  private canPull = false;
  /** The `factcheck` object a client pushed with `workspace/didChangeConfiguration`, if any. */
  private pushed: unknown = undefined;

  constructor(
    private readonly connection: Connection,
    private readonly workspace: Workspace,
    private readonly messages: Messages,
  ) {}

  setCanPull(can: boolean): void {
    this.canPull = can;
  }

  /** Settings for a document URI ('' or undefined: the window's). */
  settings(uri?: string): Promise<Settings> {
    const key = uri ?? '';
    let p = this.cache.get(key);
    if (!p) {
      p = this.load(key || undefined);
      this.cache.set(key, p);
    }
    return p;
  }

  /** Forgets every cached value; `pushed` is the new pushed `factcheck` object, when one came. */
  invalidate(pushed?: unknown): void {
    if (pushed && typeof pushed === 'object') this.pushed = pushed;
    this.cache.clear();
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }

  private async load(uri: string | undefined): Promise<Settings> {
    let raw: unknown = this.pushed;
    if (this.canPull) {
      try {
        raw = await this.connection.workspace.getConfiguration({ scopeUri: uri, section: 'factcheck' });
      } catch (e) {
        this.messages.log('warning', `Fact Check: could not read the settings${uri ? ' for ' + uri : ''}: ${errorText(e)}; using defaults`);
      }
    }
    const { settings, problems } = fromRaw(raw);
    for (const p of problems.map(clip)) {
      if (this.messages.once('warning', `Fact Check: ${p}.`)) this.messages.log('warning', `setting problem: ${p}`);
    }
    const { settings: allowed, ignored } = this.workspace.restrict(uri, settings);
    for (const ig of ignored) {
      const what = clip(ig.paths.map((p) => JSON.stringify(p)).join(', '));
      const text =
        `Fact Check: the workspace is not trusted, so factcheck.${ig.key} ${what} ` +
        `outside the workspace folders ${ig.paths.length > 1 ? 'are' : 'is'} ignored. Trust the workspace to use ${ig.paths.length > 1 ? 'them' : 'it'}.`;
      if (this.messages.once('warning', text)) this.messages.log('warning', text);
    }
    return allowed;
  }
}

/** A setting's value quoted in a message, cut to a readable length (a setting can hold megabytes). */
function clip(text: string): string {
  return text.length > 300 ? `${text.slice(0, 200)} … ${text.slice(-80)}` : text;
}
