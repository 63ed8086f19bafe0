// The protocol's lifecycle over the real stdio server (bin/factcheck-ls.js): a request before
// initialize gets ServerNotInitialized, one after shutdown InvalidRequest, a message that cannot be
// parsed is logged once on stderr, and the server goes on serving.
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';

const BIN = path.join(__dirname, '..', 'bin', 'factcheck-ls.js');

class StdioClient {
  private buf = Buffer.alloc(0);
  private readonly waiting = new Map<number, (m: Record<string, unknown>) => void>();
  stderr = '';
  constructor(readonly proc: ChildProcess) {
    proc.stdout!.on('data', (d: Buffer) => {
      this.buf = Buffer.concat([this.buf, d]);
      for (;;) {
        const head = this.buf.indexOf('\r\n\r\n');
        if (head < 0) return;
        const len = Number(/Content-Length: (\d+)/i.exec(this.buf.subarray(0, head).toString())?.[1]);
        if (this.buf.length < head + 4 + len) return;
        const msg = JSON.parse(this.buf.subarray(head + 4, head + 4 + len).toString());
        this.buf = this.buf.subarray(head + 4 + len);
        if (typeof msg.id === 'number' && !msg.method) this.waiting.get(msg.id)?.(msg);
      }
    });
    proc.stderr!.on('data', (d) => (this.stderr += d));
  }
  raw(text: string): void {
    this.proc.stdin!.write(`Content-Length: ${Buffer.byteLength(text)}\r\n\r\n${text}`);
  }
  request(id: number, method: string, params: unknown = {}): Promise<Record<string, unknown>> {
    const answer = new Promise<Record<string, unknown>>((resolve) => this.waiting.set(id, resolve));
    this.raw(JSON.stringify({ jsonrpc: '2.0', id, method, params }));
    return answer;
  }
  notify(method: string, params: unknown = {}): void {
    this.raw(JSON.stringify({ jsonrpc: '2.0', method, params }));
  }
}

describe('LSP lifecycle over stdio', function () {
  this.timeout(30_000);
  let proc: ChildProcess | undefined;
  afterEach(() => proc?.kill());

  it('refuses requests before initialize and after shutdown with the errors LSP names; logs a bad message once', async () => {
    proc = spawn(process.execPath, [BIN, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const c = new StdioClient(proc);
    const hover = { textDocument: { uri: 'file:///draft.md' }, position: { line: 0, character: 0 } };
    const early = await c.request(1, 'textDocument/hover', hover);
    assert.equal((early.error as { code: number }).code, -32002);
    const init = await c.request(2, 'initialize', { processId: null, rootUri: null, capabilities: {} });
    assert.ok(init.result, 'initialize answered');
    c.notify('initialized');
    c.raw('{not json');
    c.raw('{also not json');
    // A later request is still answered: the server goes on serving.
    const served = await c.request(3, 'textDocument/hover', hover);
    assert.ok(!served.error, JSON.stringify(served));
    assert.equal((c.stderr.match(/could not be read/g) ?? []).length, 1, c.stderr);
    assert.equal((await c.request(4, 'shutdown')).result, null);
    const late = await c.request(5, 'textDocument/hover', hover);
    assert.equal((late.error as { code: number }).code, -32600);
    const exited = new Promise<number | null>((resolve) => proc!.on('exit', (code) => resolve(code)));
    c.notify('exit');
    assert.equal(await exited, 0);
  });
});
