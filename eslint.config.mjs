// ESLint (flat config): typescript-eslint's recommended type-aware rules over every TypeScript file,
// and the engine's boundaries as import rules: the fronts (CLI, language server) reach the engine
// only through its front door (server/src/engine/index.ts), and the engine imports nothing from the
// editor protocol. test/architecture.test.ts holds the same boundaries without ESLint.
import tseslint from 'typescript-eslint';

const ENGINE_INTERNALS = {
  group: ['**/engine/*', '**/engine/**', '!**/engine/index', '!**/engine'],
  message: 'Reach the engine through its front door (server/src/engine/index.ts).',
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'out/**', '.vscode-test/**', 'test/fixtures/**', '**/*.mjs', '**/*.js', '**/*.cjs'] },
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // `ok && list.push(x)` and `a ? f() : g()` as statements are this code base's style.
      // An async function without await keeps a promise-returning signature callers rely on.
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/no-unused-expressions': ['error', { allowShortCircuit: true, allowTernary: true }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  {
    // Readers of untyped YAML and JSON (alias data, SARIF, package.json, parsed CLI output in tests)
    // take `any` in and check each value as they use it; the no-unsafe-* rules do not fit them.
    files: ['server/src/engine/data/lexicon.ts', 'server/src/cli/format-sarif.ts', 'scripts/**/*.ts', 'test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  {
    // Assertion messages in tests print whatever they hold.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/restrict-template-expressions': 'off', '@typescript-eslint/no-base-to-string': 'off' },
  },
  {
    files: ['server/src/lsp/**/*.ts', 'server/src/cli/**/*.ts', 'server/src/report/**/*.ts', 'server/src/library-db/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [ENGINE_INTERNALS] }] },
  },
  {
    files: ['server/src/engine/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['vscode', 'vscode-*', '**/lsp/**', '**/cli/**', '**/client/**', '**/library-db/**', 'pg', 'pg-*', 'postgres'],
              message: 'The engine is plain TypeScript: no editor protocol, no fronts, no database driver.',
            },
          ],
        },
      ],
    },
  },
);
