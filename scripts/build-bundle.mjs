#!/usr/bin/env node
// Bundles the compiled CLI (dist/cli/main.js and everything it imports, lazy commands included)
// into one CommonJS file, dist/opdm.cjs, that bin/opdm.cjs requires: one file to read and compile
// (and, on Node 22 and later, one entry in Node's compile cache) instead of some 120 ES modules to
// resolve, link and compile one by one; CommonJS, so that Node's ES module loader never starts.
//
// Each module keeps its own `import.meta.url` (its place in dist/), so the paths it builds on it
// (package.json, rubrics/, compiled-rubrics/, the schema validators, the batch's worker) stay
// what they are without a bundle.
//
// A library that only some runs use is bundled on its own, dist/vendor/<name>.cjs, and required
// by the CLI when first used: `yaml` (YAML that needs the slow path, the line:col of an issue,
// `assess`). A fifth of the code that `opdm score` on one valid file would otherwise compile at
// every start on Node 20 (it has no compile cache).
import { readFile, rm, stat } from 'node:fs/promises';
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
const banner =
  `"use strict";\nconst ${URL_OF} = (file) => ` +
  `require("node:url").pathToFileURL(require("node:path").join(__dirname, file)).href;`;

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
 * Library -> file in dist/vendor/. Each is bundled as Node would require() it (its CommonJS build,
 * where it has one), and the CLI's modules import it as an ES module imports CommonJS in Node.
 */
const VENDORED = { yaml: 'yaml' };

/** The CLI's imports of a vendored library become a require() of its bundle. */
const requireVendored = {
  name: 'require-vendored',
  setup(builder) {
    const names = Object.keys(VENDORED).map((name) => name.split('/')[0]);
    builder.onResolve({ filter: new RegExp(`^(${names.join('|')})(/|$)`) }, (args) => {
      const file = VENDORED[args.path];
      if (file === undefined)
        throw new Error(`${args.importer}: ${args.path}: add it to VENDORED in scripts/build-bundle.mjs`);
      return { path: `./vendor/${file}.cjs`, external: true };
    });
  },
};

/** Options of every bundle: CommonJS for Node 20. */
const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  // No comments: a smaller file to read and compile; names stay, so do stack traces' names.
  minifyWhitespace: true,
  // Short lines all the same: Node prints the line of an uncaught error.
  lineLimit: 160,
  // A warning here is a module the bundle would get wrong: the build fails on it.
  logLevel: 'warning',
  metafile: true,
};

await rm(`${dist}vendor`, { recursive: true, force: true });
for (const [library, file] of Object.entries(VENDORED)) {
  const vendored = await build({
    ...common,
    stdin: { contents: `module.exports = require(${JSON.stringify(library)});`, resolveDir: dist, sourcefile: file },
    outfile: `${dist}vendor/${file}.cjs`,
  });
  if (vendored.warnings.length > 0) process.exit(1);
}

const result = await build({
  ...common,
  entryPoints: [`${dist}cli/main.js`],
  outfile: `${dist}opdm.cjs`,
  // For --debug (bin/opdm.cjs): chained to TypeScript's maps, so a stack trace names src/ files.
  // Without the sources' text: the package ships neither src/ nor the maps of dist/'s modules.
  sourcemap: 'linked',
  sourcesContent: false,
  // import() of what is not bundled (node:worker_threads) as require(): an import() would start
  // Node's ES module loader, which a CommonJS bundle does not otherwise need.
  supported: { 'dynamic-import': false },
  plugins: [ownImportMetaUrl, requireVendored],
  // src/cli/score-batch.ts: in the bundle, worker threads run the bundle too.
  define: { OPDM_BUNDLE: 'true' },
  banner: { js: banner },
});
if (result.warnings.length > 0) process.exit(1);
const mb = async (file) => `${((await stat(`${dist}${file}`)).size / 1e6).toFixed(2)} MB`;
const vendor = Object.values(VENDORED).map((file) => `vendor/${file}.cjs`);
console.log(
  `bundled ${Object.keys(result.metafile.inputs).length} modules into dist/opdm.cjs (${await mb('opdm.cjs')}), ` +
    `beside ${(await Promise.all(vendor.map(async (file) => `dist/${file} (${await mb(file)})`))).join(', ')}`,
);
