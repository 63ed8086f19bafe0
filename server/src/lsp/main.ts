// The language server's entry: a connection over the transport named on the command line
// (`--stdio`, `--node-ipc`, `--socket=N`, `--pipe=NAME`), then the server. Over stdio (what every
// editor uses, VS Code included, and the benchmarks) messages are written by json-writer.ts:
// ASCII-only JSON with the diagnostics that did not change serialised once.
import '../process-flags';
import { Console } from 'console';
import { createConnection, ProposedFeatures, StreamMessageReader, type Connection } from 'vscode-languageserver/node';
import { LifecycleReader } from './lifecycle';
import { asciiJsonWriter } from './json-writer';
import { startServer } from './server';

// A rejected promise nobody awaits (vscode-jsonrpc's own logging, once the client has gone) must
// not end the server: it is reported on stderr (never stdout, which may carry the protocol).
process.on('unhandledRejection', (reason) => {
  try {
    process.stderr.write(
      `factcheck-ls: unhandled rejection: ${reason instanceof Error ? (reason.stack ?? reason.message) : String(reason)}\n`,
    );
  } catch {
    // stderr is gone too
  }
});

function connection(): Connection {
  if (!process.argv.slice(2).includes('--stdio')) return createConnection(ProposedFeatures.all);
  // stdout carries the protocol: anything a module prints goes to stderr instead (the library does
  // this itself only when it opens stdio on its own).
  const toStderr = new Console({ stdout: process.stderr, stderr: process.stderr });
  for (const k of ['log', 'info', 'debug', 'warn', 'error', 'trace', 'dir', 'table'] as const)
    (console as unknown as Record<string, unknown>)[k] = toStderr[k].bind(toStderr);
  // Messages are read through the lifecycle guard (lifecycle.ts); when stdin ends the process
  // ends, 0 after a shutdown, 1 without (as the library does for a stream it reads itself).
  const writer = asciiJsonWriter(process.stdout);
  const reader = new LifecycleReader(new StreamMessageReader(process.stdin), writer, (t) => process.stderr.write(t + '\n'));
  process.stdin.on('end', () => process.exit(reader.shutdownReceived ? 0 : 1));
  return createConnection(ProposedFeatures.all, reader, writer);
}

startServer(connection());
