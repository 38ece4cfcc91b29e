'use strict';

const swc = ['@swc/jest', { jsc: { target: 'es2022', parser: { syntax: 'typescript', tsx: true } } }];

module.exports = {
  // Integration suites boot Strapi (a few seconds each, more on a busy 2-core machine).
  testTimeout: 60_000,
  // A fresh worker for every test file: integration files load Strapi with Node's own require
  // (tests/helpers/strapi.ts), whose module-level state must not outlive the file.
  workerIdleMemoryLimit: '1MB',
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      roots: ['<rootDir>/tests/unit'],
      testMatch: ['**/*.test.ts'],
      // one fixed seed for property tests (FC_SEED=random explores): tests/helpers/fast-check-seed.ts
      setupFiles: ['<rootDir>/tests/helpers/fast-check-seed.ts'],
      transform: { '^.+\\.(t|j)sx?$': swc },
    },
    {
      displayName: 'integration',
      testEnvironment: 'node',
      roots: ['<rootDir>/tests/integration'],
      testEnvironmentOptions: { globalsCleanup: 'off' },
      testMatch: ['**/*.test.ts'],
      transform: { '^.+\\.tsx?$': swc },
      // Strapi, the built plugin and the playground are loaded as they are at run time.
      transformIgnorePatterns: ['\\.js$'],
    },
    {
      // Chromium against a playground started with `strapi start` (built admin): see tests/browser/helpers.
      displayName: 'browser',
      testEnvironment: 'node',
      roots: ['<rootDir>/tests/browser'],
      testMatch: ['**/*.test.ts'],
      transform: { '^.+\\.tsx?$': swc },
      transformIgnorePatterns: ['\\.js$'],
    },
    {
      // A new site from create-strapi-app with the packed plugin (tests/owner): slow, run by `npm test` in CI.
      displayName: 'owner',
      testEnvironment: 'node',
      roots: ['<rootDir>/tests/owner'],
      testMatch: ['**/*.test.ts'],
      transform: { '^.+\\.tsx?$': swc },
    },
  ],
};
