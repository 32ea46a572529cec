#!/usr/bin/env node
'use strict';
// The CLI is one CommonJS bundle (scripts/build-bundle.mjs). Node 22 and later keep the code they
// compiled for it in their own cache (NODE_COMPILE_CACHE, else <os temp dir>/node-compile-cache),
// so from the second run on it is not compiled again; Node 20 compiles it at every start.
const Module = require('node:module');

Module.enableCompileCache?.();
// --debug: a bug's stack trace points into src/ through the bundle's source map.
if (process.argv.includes('--debug')) process.setSourceMapsEnabled(true);
const cli = require('../dist/opdm.cjs');

if (require.main === module) {
  cli.main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}

/** A worker thread of `opdm score` over many files (src/cli/score-batch.ts starts it). */
exports.runWorker = () => cli.scoreWorker();
