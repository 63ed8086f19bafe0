// dist/server.js: the language server's bundle (dist/server-bundle.js, from server/src/lsp/main.ts)
// started from its code cache (code-cache.ts). The bundle starts the server as it loads.
import * as path from 'path';
import { loadBundle } from './code-cache';

loadBundle(path.join(__dirname, 'server-bundle.js'));
