#!/usr/bin/env node
'use strict';
// Start-up. The CLI is one CommonJS bundle, dist/opdm.cjs (scripts/build-bundle.mjs). The build
// also runs it once on the examples and keeps the code V8 compiled for it, in a file named after
// the bundle and this V8 (scripts/build-code-cache.mjs); with that cache `opdm` starts without
// parsing or compiling its own code again. Without one (another Node than the build's, or
// NODE_DISABLE_COMPILE_CACHE set), the bundle is required as usual: Node 22.1+ then keeps its own
// compile cache. Either way the same code runs. CommonJS, not ESM: an ES module entry point
// would start Node's module loader, which costs a CLI several milliseconds.
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
const Module = require('node:module');

const DIST = path.join(__dirname, '..', 'dist');
const BUNDLE = path.join(DIST, 'opdm.cjs');
const BUNDLE_ID = '// opdm bundle ';

/**
 * The bundle's source, and the file of V8's code cache for this bundle (its id, written by the
 * build from its content) and this V8: V8 itself checks only the length of the source.
 */
function readBundle() {
  const source = fs.readFileSync(BUNDLE, 'latin1'); // ASCII only: the build checks it
  const at = source.lastIndexOf(BUNDLE_ID);
  const id = at < 0 ? 'unknown' : source.slice(at + BUNDLE_ID.length, at + BUNDLE_ID.length + 16);
  const codeCache = path.join(DIST, `opdm.${id}.${process.platform}-${process.arch}-v8-${process.versions.v8}.cache`);
  return { source, codeCache };
}

/** Compiles and runs the bundle as Node would a CommonJS module, with V8's code cache when given. */
function compileBundle(source, cachedData) {
  const wrapped = `(function (exports, require, module, __filename, __dirname) {${source}\n})`;
  const script = new vm.Script(wrapped, { filename: BUNDLE, cachedData });
  const bundle = { exports: {} };
  script.runInThisContext().call(bundle.exports, bundle.exports, Module.createRequire(BUNDLE), bundle, BUNDLE, DIST);
  return { cli: bundle.exports, script };
}

function readCodeCache(file) {
  if (process.env.NODE_DISABLE_COMPILE_CACHE) return undefined;
  try {
    return fs.readFileSync(file);
  } catch {
    return undefined;
  }
}

/** The bundle's exports: with the code cache when there is one for this V8, else as a module. */
function loadCli(isDebug) {
  if (isDebug) {
    // Stack traces point into src/ through the bundle's source map, which vm.Script ignores.
    process.setSourceMapsEnabled(true);
  } else {
    const { source, codeCache } = readBundle();
    const cachedData = readCodeCache(codeCache);
    if (cachedData !== undefined) return compileBundle(source, cachedData).cli;
  }
  Module.enableCompileCache?.();
  return require(BUNDLE);
}

/** A worker thread of `opdm score` over many files (src/cli/score-batch.ts starts it). */
function runWorker() {
  return loadCli(false).scoreWorker();
}

if (require.main === module) {
  loadCli(process.argv.includes('--debug'))
    .main(process.argv.slice(2))
    .then((code) => {
      process.exitCode = code;
    });
}

module.exports = { readBundle, compileBundle, runWorker };
