// The peer as a whole process (benchmark only): `node scripts/bench/harper-process.mjs FILE` sets
// harper.js's LocalLinter up, lints the file as Markdown and prints the number of lints.
import { readFileSync } from 'node:fs';
import { LocalLinter } from 'harper.js';
import { binary } from 'harper.js/binary';

const linter = new LocalLinter({ binary });
await linter.setup();
const lints = await linter.lint(readFileSync(process.argv[2], 'utf8'), { language: 'markdown' });
process.stdout.write(`${lints.length}\n`);
