// The language server's entry: a connection over the transport named on the command line
// (`--stdio`, `--node-ipc`, `--socket=N`, `--pipe=NAME`), then the server. Over stdio (what every
// editor uses, VS Code included, and the benchmarks) messages are written by json-writer.ts:
// ASCII-only JSON with the diagnostics that did not change serialised once.
import { Console } from 'console';
import { createConnection, ProposedFeatures, type Connection, type MessageReader } from 'vscode-languageserver/node';
import { asciiJsonWriter } from './json-writer';
import { startServer } from './server';

// A rejected promise nobody awaits (vscode-jsonrpc's own logging, once the client has gone) must
// not end the server: it is reported on stderr (never stdout, which may carry the protocol).
process.on('unhandledRejection', (reason) => {
  try {
    process.stderr.write(`factcheck-ls: unhandled rejection: ${reason instanceof Error ? reason.stack ?? reason.message : String(reason)}\n`);
  } catch {
    // stderr is gone too
  }
});

function connection(): Connection {
  if (!process.argv.slice(2).includes('--stdio')) return createConnection(ProposedFeatures.all);
  // stdout carries the protocol: anything a module prints goes to stderr instead (the library does
  // this itself only when it opens stdio on its own).
  const toStderr = new Console({ stdout: process.stderr, stderr: process.stderr });
  for (const k of ['log', 'info', 'debug', 'warn', 'error', 'trace', 'dir', 'table'] as const) (console as unknown as Record<string, unknown>)[k] = toStderr[k].bind(toStderr);
  // process.stdin goes in as a stream (the library reads it, and ends the process when it closes,
  // as with --stdio); its typings only pair a stream with a stream, its code takes either.
  return createConnection(ProposedFeatures.all, process.stdin as unknown as MessageReader, asciiJsonWriter(process.stdout));
}

startServer(connection());
