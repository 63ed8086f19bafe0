// dist/cli.js: the command line's bundle (dist/cli-bundle.js, from server/src/cli/main.ts) started
// from its code cache (code-cache.ts). Exports what the bundle exports.
import * as path from 'path';
import type * as CliMain from '../cli/main';
import { loadBundle } from './code-cache';

const loaded = loadBundle(path.join(__dirname, 'cli-bundle.js'));
const bundle = loaded.exports as typeof CliMain;
export const { main, checkFile, exitStatus } = bundle;
/** Whether this process started from the code cache (the tests ask). */
export const codeCached = loaded.cached;
