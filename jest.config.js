/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    // Type checking runs once in `npm run typecheck`; with `isolatedModules` in tsconfig, ts-jest only transpiles.
    '^.+\\.ts$': ['ts-jest', {}],
  },
  testTimeout: 30000,
};
