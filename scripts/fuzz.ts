// `npm run fuzz`: the hardening tests with many more runs, then a survey for the slowest input.
//   FUZZ_RUNS   runs per property (default 500; npm test uses 20 to 500 per property)
//   LINEAR_N    size of the smaller input in the linear-time ratios (default 25000)
//   SURVEY_MAX  largest input of the survey, in characters (default 400000)
//   FUZZ_SEED   replays a reported failure
//   FUZZ_SURVEY_ONLY=1  only the survey
// Prints the inputs tried, the properties held and the slowest input per character.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import fc from 'fast-check';
import { checkText } from '../server/src/engine/check';
import { loadLibrary } from '../server/src/engine/library';
import { draftArb } from '../test/fuzz/gen';
import { SHAPES, entryPoints, shape, timeMin } from '../test/fuzz/shapes';

const ROOT = path.resolve(__dirname, '..');
const runs = Number(process.env.FUZZ_RUNS) || 500;
const surveyMax = Number(process.env.SURVEY_MAX) || 400_000;
const tally = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'factcheck-fuzz-')), 'runs.txt');
fs.writeFileSync(tally, '');

const SUITES = [
  'test/fuzz-engine.test.ts',
  'test/fuzz-citations.test.ts',
  'test/fuzz-lsp.test.ts',
  'test/fuzz-actions.test.ts',
  'test/security.test.ts',
  'test/lsp-bad-input.test.ts',
  'test/linear-time.test.ts',
];
const started = Date.now();
// FUZZ_SURVEY_ONLY=1 skips the tests and only times.
const mocha = process.env.FUZZ_SURVEY_ONLY
  ? { status: 0 }
  : spawnSync(
      process.execPath,
      [path.join(ROOT, 'node_modules', 'mocha', 'bin', 'mocha.js'), '--no-config', '-n', 'import=tsx', '--timeout', '0', ...SUITES],
      {
        cwd: ROOT,
        stdio: 'inherit',
        env: { ...process.env, FUZZ_RUNS: String(runs), LINEAR_N: process.env.LINEAR_N ?? '25000', FUZZ_TALLY: tally },
      },
    );
const perProperty = fs.readFileSync(tally, 'utf8').split('\n').filter(Boolean).map(Number);
const inputs = perProperty.reduce((a, b) => a + b, 0);

// The survey: every shape through every entry point at growing sizes, and random drafts with long
// lines, each timed; the slowest in microseconds per character.
const library = loadLibrary({ folders: [], bundled: true });
const eps = entryPoints(library);
const rows: { what: string; chars: number; ms: number; perChar: number }[] = [];
for (const name of Object.keys(SHAPES)) {
  for (const [ep, fn] of Object.entries(eps)) {
    for (let n = 25_000; n <= surveyMax; n *= 4) {
      const text = shape(name, n);
      const ms = timeMin(() => fn(text), 2, true);
      rows.push({ what: `${ep} on ${name}`, chars: text.length, ms, perChar: (ms * 1000) / text.length });
    }
  }
}
let drafts = 0;
for (const text of fc.sample(draftArb({ longLine: 100_000 }), { numRuns: Math.min(runs, 300), seed: 42 })) {
  if (text.length < 2000) continue;
  drafts++;
  const ms = timeMin(() => checkText(text, library), 1, true);
  rows.push({
    what: `checkText on a random draft (${JSON.stringify(text.slice(0, 40))}…)`,
    chars: text.length,
    ms,
    perChar: (ms * 1000) / text.length,
  });
}
const surveyed = rows.length;
// Ranked among inputs of at least 20,000 characters, where fixed costs (loading the sentence
// data, the first judge calls) no longer dominate.
const ranked = rows.filter((r) => r.chars >= 20_000).sort((a, b) => b.perChar - a.perChar);

console.log('\nSurvey: the slowest inputs per character (of at least 20,000 characters)');
for (const r of ranked.slice(0, 10))
  console.log(
    `  ${r.perChar.toFixed(2).padStart(7)} µs/char  ${r.ms.toFixed(0).padStart(6)} ms  ${String(r.chars).padStart(7)} chars  ${r.what}`,
  );
console.log(
  `\nFuzz: ${perProperty.length} property runs of up to ${runs} inputs: ${inputs} generated inputs ${mocha.status === 0 ? 'all held' : 'FAILED (see above)'}; ` +
    `${surveyed} timed inputs (${Object.keys(SHAPES).length} adversarial shapes x ${Object.keys(eps).length} entry points up to ${surveyMax.toLocaleString('en-US')} characters, ${drafts} random long drafts); ` +
    `slowest: ${ranked[0].perChar.toFixed(2)} µs per character (${ranked[0].what}, ${ranked[0].chars} characters); ${((Date.now() - started) / 1000).toFixed(0)} s.`,
);
process.exit(mocha.status ?? 1);
