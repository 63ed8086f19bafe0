// V8 settings for our processes (the command line and the language server), imported first by both.
// A regular expression runs interpreted until it has run 100 times, then it is compiled to machine
// code (V8's default is once): the date parser's patterns are large, and compiling them costs ~95 ms
// on their second use, which a one-page check or a server's first diagnostics paid in full. Hot
// patterns are still compiled; cold ones stay cheap. Measured in docs/PERFORMANCE.md.
import { setFlagsFromString } from 'v8';

setFlagsFromString('--regexp-tier-up-ticks=100');
