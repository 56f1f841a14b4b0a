// The same jest suite, run against the CDK Terrain build (`npx projen test:cdktn`): `cdktf` resolves
// to `cdktn`, and the tests' and examples' imports of src/ resolve to packages/cdktn/src, the
// generated cdktn sources (`npx projen build:cdktn` writes them). Everything else is the cdktf
// configuration in package.json, so the two runs cannot drift apart.
const base = require('./package.json').jest;

module.exports = {
  ...base,
  rootDir: __dirname,
  moduleNameMapper: {
    '^cdktf$': '<rootDir>/node_modules/cdktn',
    '^cdktf/(.*)$': '<rootDir>/node_modules/cdktn/$1',
    '^(\\.\\./)+src$': '<rootDir>/packages/cdktn/src',
    '^(\\.\\./)+src/(.*)$': '<rootDir>/packages/cdktn/src/$2',
  },
  modulePathIgnorePatterns: (base.modulePathIgnorePatterns ?? []).filter((p) => p !== '/packages/'),
  // test/runtime.test.ts checks that this run really is on cdktn and the generated sources.
  globals: { ...base.globals, __CDK_RUNTIME__: 'cdktn' },
  collectCoverage: false,
  reporters: ['default'],
};
