// Nest 12 and several of its dependencies ship ES modules, which jest on Node 20 cannot require():
// @swc/jest compiles them to CommonJS along with our TypeScript (decorator metadata included).
// Type-checking is `npm run typecheck`.
const transform = {
  '^.+\\.ts$': [
    '@swc/jest',
    {
      jsc: {
        parser: { syntax: 'typescript', decorators: true },
        transform: { legacyDecorator: true, decoratorMetadata: true },
        target: 'es2022',
      },
      module: { type: 'commonjs' },
    },
  ],
  '^.+\\.m?js$': ['@swc/jest', { jsc: { parser: { syntax: 'ecmascript' }, target: 'es2022' }, module: { type: 'commonjs' } }],
};

const base = {
  rootDir: __dirname,
  testEnvironment: 'node',
  transform,
  // ESM packages sit at any depth of node_modules, so every file goes through swc (cached after the first run).
  transformIgnorePatterns: [],
  moduleFileExtensions: ['ts', 'js', 'json'],
};

const databaseSuite = (engine, suite = 'e2e') => ({
  ...base,
  displayName: suite === 'e2e' ? engine : `${suite}-${engine}`,
  // The reliability suite runs the access matrix again, with its own checks.
  testMatch:
    suite === 'e2e'
      ? ['<rootDir>/test/e2e/**/*.e2e-spec.ts', '<rootDir>/test/security/**/*.e2e-spec.ts']
      : ['<rootDir>/test/reliability/**/*.reliability-spec.ts', '<rootDir>/test/e2e/access-matrix.e2e-spec.ts'],
  globalSetup: `<rootDir>/test/utils/global-setup.ts`,
  globalTeardown: `<rootDir>/test/utils/global-teardown.ts`,
  setupFiles: [`<rootDir>/test/utils/engine.${engine}.ts`],
});

const reliability = process.env.RELIABILITY === '1';

/**
 * Every database suite runs on the embedded engine, and again on the server when TEST_DATABASE_URL names
 * one. With RELIABILITY=1 (`npm run test:reliability`) the reliability suites run instead, on both engines.
 */
module.exports = {
  // Database suites start real apps, and some start the service as a separate process.
  testTimeout: reliability ? 1_200_000 : 60_000,
  projects: reliability
    ? [databaseSuite('embedded', 'reliability'), ...(process.env.TEST_DATABASE_URL ? [databaseSuite('server', 'reliability')] : [])]
    : [
        { ...base, displayName: 'unit', testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/templates/**/*.spec.ts'] },
        databaseSuite('embedded'),
        ...(process.env.TEST_DATABASE_URL ? [databaseSuite('server')] : []),
      ],
};
