// The protocol's lifecycle, enforced where messages come in (LSP 3.17, "Lifecycle Messages"): a
// request before `initialize` gets ServerNotInitialized (-32002) and a notification then is dropped
// (but `exit`); after `shutdown` every request but `exit` gets InvalidRequest (-32600). A message
// the reader cannot frame or parse is logged once, on stderr, not silently swallowed.
import {
  AbstractMessageReader,
  ErrorCodes,
  type DataCallback,
  type Disposable,
  type Message,
  type MessageReader,
  type MessageWriter,
  type RequestMessage,
} from 'vscode-languageserver/node';

export class LifecycleReader extends AbstractMessageReader implements MessageReader {
  private initialized = false;
  private shutDown = false;
  private framingLogged = false;

  constructor(
    private readonly inner: MessageReader,
    private readonly writer: MessageWriter,
    private readonly log: (text: string) => void,
  ) {
    super();
    inner.onError((e) => {
      if (!this.framingLogged) {
        this.framingLogged = true;
        this.log(`factcheck-ls: a message could not be read (${e.message}); later ones like it are not logged`);
      }
      this.fireError(e);
    });
    inner.onClose(() => this.fireClose());
    inner.onPartialMessage((info) => this.firePartialMessage(info));
  }

  /** Whether `shutdown` was received (the process exits 0 after it, 1 without). */
  get shutdownReceived(): boolean {
    return this.shutDown;
  }

  listen(callback: DataCallback): Disposable {
    return this.inner.listen((message: Message) => {
      const m = message as Partial<RequestMessage>;
      const isRequest = m.id !== undefined && typeof m.method === 'string';
      const isNotification = m.id === undefined && typeof m.method === 'string';
      if (!this.initialized && m.method !== 'initialize' && m.method !== 'exit') {
        if (isRequest) this.refuse(m, ErrorCodes.ServerNotInitialized, 'the server is not initialized: send initialize first');
        if (isRequest || isNotification) return;
      }
      if (this.shutDown && m.method !== 'exit' && isRequest) {
        this.refuse(m, ErrorCodes.InvalidRequest, 'the server is shutting down: only exit is accepted');
        return;
      }
      if (m.method === 'initialize') this.initialized = true;
      if (m.method === 'shutdown') this.shutDown = true;
      callback(message);
    });
  }

  private refuse(m: Partial<RequestMessage>, code: number, message: string): void {
    void this.writer.write({ jsonrpc: '2.0', id: m.id ?? null, error: { code, message } } as Message).catch(() => undefined);
  }

  dispose(): void {
    super.dispose();
    this.inner.dispose();
  }
}
