const { readdirSync, readFileSync } = require('node:fs');
const { join } = require('node:path');

/**
 * Packages that ship only ES modules (linkedom, the DOM used for extraction, requires several). Node 20 loads them
 * through require(esm), but jest's module runtime cannot (it can from Node 24.9), so jest transpiles exactly those
 * to CommonJS. Found by reading package.json files rather than listed, so dependency updates cannot break the tests.
 */
function esmOnlyPackages(nodeModules) {
  const names = readdirSync(nodeModules).flatMap((entry) =>
    entry.startsWith('@') ? readdirSync(join(nodeModules, entry)).map((name) => `${entry}/${name}`) : [entry],
  );
  return names.filter((name) => {
    try {
      const manifest = JSON.parse(readFileSync(join(nodeModules, name, 'package.json'), 'utf8'));
      const rootExport = manifest.exports && (manifest.exports['.'] ?? manifest.exports);
      const hasRequireEntry = typeof rootExport === 'object' && rootExport !== null && 'require' in rootExport;
      return manifest.type === 'module' && !hasRequireEntry;
    } catch {
      return false;
    }
  });
}

const escape = (name) => name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    // Type checking runs once in `npm run typecheck`; with `isolatedModules` in tsconfig, ts-jest only transpiles.
    '^.+\\.ts$': ['ts-jest', {}],
    '^.+\\.js$': ['ts-jest', { tsconfig: { allowJs: true, module: 'commonjs', moduleResolution: 'node', isolatedModules: true } }],
  },
  transformIgnorePatterns: [`/node_modules/(?!(${esmOnlyPackages(join(__dirname, 'node_modules')).map(escape).join('|')})/)`],
  testTimeout: 30000,
};
