// Watches one path for changes with fs.watch: a folder recursively (where the platform supports it,
// else its top level), a file through its parent folder. A path that does not exist yet, or
// disappears, is waited for by watching its nearest existing ancestor (cheap: one non-recursive
// watch); if fs.watch fails altogether, a slow poll of the path's modification time takes over.
// `onChange` is called on every relevant event, undebounced; it is the caller's job to debounce.
import * as fs from 'fs';
import * as path from 'path';

const POLL_MS = 2000;
/** Editor temp and backup files that are never sources. */
const IGNORED = /(^\.|~$|\.(swp|swx|tmp|bak|crswap)$|^#.*#$)/i;

export class PathWatcher {
  private watcher: fs.FSWatcher | undefined;
  private poll: NodeJS.Timeout | undefined;
  private retry: NodeJS.Timeout | undefined;
  private disposed = false;
  /** Watches lost in a row, for backing off. */
  private failures = 0;
  /** The path currently watched: the target or, while it is missing, an ancestor. */
  private watching: string | undefined;

  constructor(
    readonly target: string,
    private readonly kind: 'folder' | 'file',
    private readonly onChange: () => void,
  ) {
    this.arm();
  }

  /** Whether the target existed when last looked at. */
  get present(): boolean {
    return this.watching === this.watchRoot();
  }

  dispose(): void {
    this.disposed = true;
    this.close();
  }

  private watchRoot(): string {
    return this.kind === 'file' ? path.dirname(this.target) : this.target;
  }

  private close(): void {
    try {
      this.watcher?.close();
    } catch {
      // already closed
    }
    this.watcher = undefined;
    if (this.poll) clearInterval(this.poll);
    if (this.retry) clearTimeout(this.retry);
    this.poll = this.retry = undefined;
    this.watching = undefined;
  }

  private arm(): void {
    if (this.disposed) return;
    this.close();
    const root = this.watchRoot();
    const at = nearestExisting(root);
    if (!at) {
      this.startPoll(root);
      return;
    }
    this.watching = at;
    const onEvent = (_event: string, filename: string | Buffer | null) => this.event(at, filename);
    try {
      if (at === root && this.kind === 'folder') {
        try {
          this.watcher = fs.watch(at, { recursive: true, persistent: false }, onEvent);
        } catch {
          this.watcher = fs.watch(at, { persistent: false }, onEvent); // no recursive watching here
        }
      } else {
        this.watcher = fs.watch(at, { persistent: false }, onEvent);
      }
      this.watcher.on('error', () => this.lost());
    } catch {
      this.watching = undefined;
      this.startPoll(root);
    }
  }

  private event(at: string, filename: string | Buffer | null): void {
    if (this.disposed) return;
    const root = this.watchRoot();
    const name = filename == null ? '' : filename.toString();
    if (at !== root) {
      // Waiting on an ancestor for the target to appear.
      if (nearestExisting(root) !== at) {
        this.arm();
        if (this.present && this.targetExists()) this.onChange();
      }
      return;
    }
    if (!fs.existsSync(root)) {
      this.lost();
      return;
    }
    if (this.kind === 'file') {
      if (name && name !== path.basename(this.target)) return;
    } else if (name && IGNORED.test(path.basename(name))) {
      return;
    }
    this.failures = 0;
    this.onChange();
  }

  /** The watched folder went away (or the watch broke): report, and wait for it to come back. */
  private lost(): void {
    if (this.disposed) return;
    this.close();
    this.onChange();
    this.failures++;
    this.retry = setTimeout(() => this.arm(), Math.min(50 * 2 ** this.failures, 5000));
    this.retry.unref?.();
  }

  private targetExists(): boolean {
    return fs.existsSync(this.target);
  }

  /** Fallback when fs.watch cannot be used: poll the target's modification time. */
  private startPoll(root: string): void {
    let last = stamp(root);
    this.poll = setInterval(() => {
      const now = stamp(root);
      if (now === last) return;
      last = now;
      this.onChange();
      if (now !== 'missing') this.arm(); // try a real watch again
    }, POLL_MS);
    this.poll.unref?.();
  }
}

function nearestExisting(p: string): string | undefined {
  let dir = path.resolve(p);
  for (;;) {
    try {
      if (fs.statSync(dir).isDirectory()) return dir;
    } catch {
      // missing: go up
    }
    const up = path.dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}

function stamp(p: string): string {
  try {
    const s = fs.statSync(p);
    return `${s.mtimeMs}:${s.size}`;
  } catch {
    return 'missing';
  }
}
