// dist/cli.js: the command line's bundle (dist/cli-bundle.js, from server/src/cli/main.ts) started
// from its code cache (code-cache.ts). Exports what the bundle exports.
import * as path from 'path';
import { setFlagsFromString } from 'v8';
import type * as CliMain from '../cli/main';
import { loadBundle } from './code-cache';

// A check is a short-lived process: V8's optimising compiler (TurboFan) is asked for a function
// after 16 times the default interrupt budget (V8 11's 66 KB of bytecode run), not after the
// default. With the default, a 10,000-word check compiled 88 functions, most of them large
// extractors and judges, in ~1.3 s of compiler time (--trace-opt) against ~0.5 s of checking, and
// 22 of them were deoptimised; with this, 19 compiles: the process takes about half the CPU at
// 10,000 words and 0.7 times at 100,000 (docs/PERFORMANCE.md). Set for the command line only (the
// language server runs for hours), before the bundle is compiled; the code cache is made and
// checked under the same flags.
setFlagsFromString('--interrupt-budget=1081344');

const loaded = loadBundle(path.join(__dirname, 'cli-bundle.js'));
const bundle = loaded.exports as typeof CliMain;
export const { main, checkFile, exitStatus } = bundle;
/** Whether this process started from the code cache (the tests ask). */
export const codeCached = loaded.cached;
