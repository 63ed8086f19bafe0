// The language server's entry: a connection over the transport named on the command line
// (`--stdio`, `--node-ipc`, `--socket=N`, `--pipe=NAME`), then the server.
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
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

startServer(createConnection(ProposedFeatures.all));
