#!/usr/bin/env node
// The Fact Check language server for any LSP client: `factcheck-ls` speaks over stdio unless a
// transport is named (--stdio, --node-ipc, --socket=PORT, --pipe=NAME).
'use strict';
const TRANSPORTS = ['--stdio', '--node-ipc', '--socket', '--pipe'];
if (!process.argv.slice(2).some((a) => TRANSPORTS.includes(a.split('=')[0]))) process.argv.push('--stdio');
require('../dist/server.js');
