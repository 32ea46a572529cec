#!/usr/bin/env node
// Start-up of `opdm`, step 1 of 2: bundles the compiled CLI (dist/cli/main.js and everything it
// imports, lazy commands included) into one CommonJS file, dist/opdm.cjs. One file because Node 20
// can keep V8's compiled code only for a script it compiles itself (see bin/opdm.cjs); loading
// some 120 ES modules one by one also costs resolving, linking and compiling each.
//
// Each module keeps its own `import.meta.url` (its place in dist/), so the paths it builds on it
// (package.json, rubrics/, compiled-rubrics/, the schema validators, the batch's worker) stay
// what they are without a bundle. Step 2, the code cache, is scripts/build-code-cache.mjs.
import { createHash } from 'node:crypto';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));

/**
 * The URL of a file of dist/, for the bundle (dist/opdm.cjs): defined once at its top, before any
 * module can shadow `require`. "use strict" first: every module of the bundle is strict, as the
 * ES modules it was made from are.
 */
const URL_OF = '__opdm_url_of';
const banner = `"use strict";\nconst ${URL_OF} = (file) => require("node:url").pathToFileURL(require("node:path").join(__dirname, file)).href;`;

/** Replaces `import.meta.url` in a module of dist/ with that module's own URL, found at run time from the bundle's. */
const ownImportMetaUrl = {
  name: 'own-import-meta-url',
  setup(builder) {
    builder.onLoad({ filter: /\.js$/ }, async (args) => {
      const contents = await readFile(args.path, 'utf8');
      if (!contents.includes('import.meta.url')) return undefined;
      const inDist = relative(dist, args.path).split('\\').join('/');
      if (inDist.startsWith('..')) throw new Error(`${args.path}: import.meta.url outside dist/ cannot be bundled`);
      return { contents: contents.replaceAll('import.meta.url', `${URL_OF}(${JSON.stringify(inDist)})`), loader: 'js' };
    });
  },
};

/**
 * commander loads node:child_process at start (2.5 ms, with node:net and node:dgram) for one
 * feature opdm does not use: subcommands run as separate executables. Here it is loaded when that
 * feature first runs. The build fails if commander's line changes, rather than bundle it unseen.
 */
const CHILD_PROCESS = "const childProcess = require('node:child_process');";
const lazyChildProcess = {
  name: 'commander-lazy-child-process',
  setup(builder) {
    builder.onLoad({ filter: /[\\/]commander[\\/]lib[\\/]command\.js$/ }, async (args) => {
      const contents = await readFile(args.path, 'utf8');
      if (!contents.includes(CHILD_PROCESS))
        throw new Error(`${args.path}: no \`${CHILD_PROCESS}\`: update scripts/build-bundle.mjs`);
      const lazy = "const childProcess = { spawn: (...args) => require('node:child_process').spawn(...args) };";
      return { contents: contents.replace(CHILD_PROCESS, lazy), loader: 'js' };
    });
  },
};

// Caches of earlier bundles go first: one must never be read for another (see the bundle's id below).
for (const name of await readdir(dist)) if (/^opdm\..*\.cache(\.\d+\.tmp)?$/.test(name)) await rm(`${dist}${name}`);

const result = await build({
  entryPoints: [`${dist}cli/main.js`],
  outfile: `${dist}opdm.cjs`,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  // No comments (some are not ASCII), a smaller file to read; names stay, so do stack traces' names.
  minifyWhitespace: true,
  // Short lines all the same: Node prints the line of an uncaught error, and a map for --debug.
  lineLimit: 160,
  sourcemap: 'linked',
  target: 'node20',
  // import() of what is not bundled (node:worker_threads) as require(): the bundle is compiled by
  // vm.Script, which has no loader for ES modules, and needs none.
  supported: { 'dynamic-import': false },
  plugins: [ownImportMetaUrl, lazyChildProcess],
  // src/cli/score-batch.ts: in the bundle, worker threads run the bundle too.
  define: { OPDM_BUNDLE: 'true' },
  banner: { js: banner },
  // A warning here is a module the bundle would get wrong: the build fails on it.
  logLevel: 'warning',
  metafile: true,
  // Written below, once it passed its checks.
  write: false,
});
if (result.warnings.length > 0) process.exit(1);
const output = (suffix) => result.outputFiles.find((file) => file.path.endsWith(suffix));
// bin/opdm.cjs reads the bundle as latin1, eight times faster than as UTF-8, and V8 scans a one-byte
// string faster: esbuild escapes what is not ASCII, except in template literals (write `&rarr;`).
const text = output('.cjs').text;
if (/\bimport\(/.test(text)) {
  console.error('dist/opdm.cjs: an import() is left in the bundle, which vm.Script cannot run');
  process.exit(1);
}
const nonAscii = /[^\p{ASCII}]/u.exec(text);
if (nonAscii !== null) {
  const line = text.slice(0, nonAscii.index).split('\n').length;
  console.error(
    `dist/opdm.cjs:${line}: not ASCII: ${JSON.stringify(text.slice(nonAscii.index - 40, nonAscii.index + 10))}`,
  );
  process.exit(1);
}
// The bundle's id, from its content, names its code cache (bin/opdm.cjs): V8 checks only the
// length of the source a cache was made for, and would run an old cache against a new bundle of
// the same length. After the code, before the source map's line, so no line moves.
const id = createHash('sha256').update(text).digest('hex').slice(0, 16);
const MAP_LINE = '//# sourceMappingURL=';
const at = text.lastIndexOf(MAP_LINE);
await writeFile(`${dist}opdm.cjs.map`, output('.cjs.map').contents);
await writeFile(`${dist}opdm.cjs`, `${text.slice(0, at)}// opdm bundle ${id}\n${text.slice(at)}`, 'latin1');
console.log(
  `bundled ${Object.keys(result.metafile.inputs).length} modules into dist/opdm.cjs (${(text.length / 1e6).toFixed(2)} MB, id ${id})`,
);
