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
// Two per schema: the full one (every error, with the data and schema an issue needs) and a
// quick one (stops at the first error, no detail) that passes the files that are fine.
const KINDS = { '': AJV_OPTIONS, '.quick': { ...AJV_OPTIONS, allErrors: false, verbose: false } };
for (const [name, schema] of Object.entries(SCHEMAS)) {
  for (const [suffix, options] of Object.entries(KINDS)) {
    const ajv = new Ajv({ ...options, code: { source: true } });
    ajv.compile(schema);
    // Minified: a quarter smaller, for the package and for the one a run compiles.
    const { code } = await transform(standaloneCode(ajv, { validate: schema.$id }), { minify: true });
    await writeFile(new URL(`dist/schema/generated/${name}${suffix}.cjs`, root), code);
  }
}
console.log(`precompiled ${Object.keys(SCHEMAS).length * 2} validators into dist/schema/generated/`);
