#!/usr/bin/env node
// Precompiles the JSON Schema validators at build time (Ajv standalone code), so that `opdm`
// does not load and run the Ajv compiler at every start: dist/schema/generated/<name>.cjs.
// Run by `npm run build` after tsc; src/schema/validate.ts falls back to compiling at run time
// when the generated file is missing (as under vitest, which runs the TypeScript sources).
import { mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { transform } from 'esbuild';

const require = createRequire(import.meta.url);
const { Ajv } = require('ajv');
const standaloneCode = require('ajv/dist/standalone').default;
const root = new URL('../', import.meta.url);
const { AJV_OPTIONS, SCHEMAS } = await import(new URL('dist/schema/schemas.js', root).href);

await mkdir(new URL('dist/schema/generated/', root), { recursive: true });
// Answers files, which every run and every city of a batch checks, get two: the full one (every
// error, with the data and schema an issue needs) and a quick one (stops at the first error, no
// detail) that passes the files that are fine. Rubrics and reports are checked rarely (a rubric
// of one's own, compare, --baseline): their quick file is the full one, which answers the same on
// a file that is fine, a third of the package's validators fewer.
const KINDS = { '': AJV_OPTIONS, '.quick': { ...AJV_OPTIONS, allErrors: false, verbose: false } };
let count = 0;
for (const [name, schema] of Object.entries(SCHEMAS)) {
  for (const [suffix, options] of Object.entries(KINDS)) {
    const file = new URL(`dist/schema/generated/${name}${suffix}.cjs`, root);
    if (suffix === '.quick' && name !== 'answers') {
      await writeFile(file, `module.exports = require('./${name}.cjs');\n`);
      continue;
    }
    const ajv = new Ajv({ ...options, code: { source: true } });
    ajv.compile(schema);
    // Minified: a quarter smaller, for the package and for the one a run compiles.
    const { code } = await transform(standaloneCode(ajv, { validate: schema.$id }), { minify: true });
    await writeFile(file, code);
    count++;
  }
}
console.log(`precompiled ${count} validators into dist/schema/generated/`);
