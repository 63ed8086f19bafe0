// The test tiers (issue: tests in tiers). Every test file is in exactly one; unit is everything not
// named here (engine and in-process LSP tests). test/architecture.test.ts checks the lists.
//   npm run test:unit         engine and in-process LSP, under a minute
//   npm run test:integration  the command line as a process, the server over stdio, Neovim, packaging
//   npm run test:slow         linear-time shapes, very large inputs, fuzzing
//   npm test                  all three (after typecheck, lint, format check and build)
//   npm run test:e2e          the extension in a real VS Code (code-server + Chromium)
const integration = [
  'test/cli.test.ts',
  'test/cli-ci.test.ts',
  'test/cli-report.test.ts',
  'test/cli-sources.test.ts',
  'test/code-cache.test.ts',
  'test/config.test.ts',
  'test/grammar.test.ts',
  'test/install.test.ts',
  'test/library-db.test.ts',
  'test/lsp-library-db.test.ts',
  'test/lsp-lifecycle.test.ts',
  'test/neovim.test.ts',
  'test/report-browser.test.ts',
  'test/suppressions.test.ts',
];
const slow = [
  'test/linear-time.test.ts',
  'test/lsp-bad-input.test.ts',
  'test/fuzz-actions.test.ts',
  'test/fuzz-citations.test.ts',
  'test/fuzz-engine.test.ts',
  'test/fuzz-lsp.test.ts',
];
module.exports = { integration, slow };
