// The language server's entry: a connection over the transport named on the command line
// (`--stdio`, `--node-ipc`, `--socket=N`, `--pipe=NAME`), then the server.
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';

startServer(createConnection(ProposedFeatures.all));
