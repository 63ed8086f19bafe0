// Messages to the user: `window/showMessage` notifications, each distinct text shown once, and
// details written to the output channel (connection.console). Never throws.
import { MessageType, ShowMessageNotification, type Connection } from 'vscode-languageserver/node';
import { plainText } from './markdown';

export type MessageKind = 'error' | 'warning' | 'info';

const TYPES: Record<MessageKind, MessageType> = {
  error: MessageType.Error,
  warning: MessageType.Warning,
  info: MessageType.Info,
};

export class Messages {
  private readonly shown = new Set<string>();

  constructor(private readonly connection: Connection) {}

  /** Shows `text` unless the same text was shown before. Returns whether it was shown. */
  once(kind: MessageKind, text: string): boolean {
    if (this.shown.has(text)) return false;
    this.shown.add(text);
    this.show(kind, text);
    return true;
  }

  show(kind: MessageKind, text: string): void {
    try {
      // Messages quote file names and front matter values: no links from them (markdown.ts).
      void this.connection.sendNotification(ShowMessageNotification.type, { type: TYPES[kind], message: plainText(text) });
    } catch {
      // The connection is gone; nothing to tell.
    }
  }

  /** A line in the server's output (the client's output channel). */
  log(kind: MessageKind | 'log', text: string): void {
    try {
      const c = this.connection.console;
      if (kind === 'error') c.error(text);
      else if (kind === 'warning') c.warn(text);
      else if (kind === 'info') c.info(text);
      else c.log(text);
    } catch {
      // The connection is gone.
    }
  }
}

/** The message of an unknown thrown value. */
export function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
