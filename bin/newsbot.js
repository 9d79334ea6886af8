#!/usr/bin/env node
'use strict';
// The CLI runs the compiled code; `npm ci` / `npm install` build it (the `prepare` script).
const path = require('node:path');
const entry = path.join(__dirname, '..', 'dist', 'src', 'cli', 'main.js');
try {
  require.resolve(entry);
} catch {
  process.stderr.write('newsbot: not built yet. Run `npm run build` (npm ci does it for you).\n');
  process.exit(1);
}
require(entry).main();
