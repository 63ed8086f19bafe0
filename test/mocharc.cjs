// Mocha's configuration for one tier (FACTCHECK_TIER = unit | integration | slow; unset: all three).
const { integration, slow } = require('./tiers.cjs');
const tier = process.env.FACTCHECK_TIER;
const base = { 'node-option': ['import=tsx'], timeout: 20000, reporter: 'spec' };
const outside = ['test/vscode/**', 'test/e2e/**'];
const spec = { integration, slow }[tier];
module.exports = spec
  ? { ...base, spec }
  : { ...base, spec: ['test/**/*.test.ts'], ignore: tier === 'unit' ? [...outside, ...integration, ...slow] : outside };
