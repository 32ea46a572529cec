#!/usr/bin/env node
// Writes schemas/*.schema.json from the TypeScript schemas (src/schema/*-schema.ts), for editors
// (yaml-language-server) and for the published package. Run after `npm run build`:
//   npm run build && node scripts/write-schemas.mjs
// test/schema/published-schemas.test.ts fails when the committed files and the sources differ.
import { mkdir, writeFile } from 'node:fs/promises';

const root = new URL('../', import.meta.url);
const sources = [
  ['rubric', 'rubric-schema.js', 'rubricSchema'],
  ['answers', 'answers-schema.js', 'answersSchema'],
  ['report', 'report-schema.js', 'reportSchema'],
];

await mkdir(new URL('schemas/', root), { recursive: true });
for (const [name, file, exported] of sources) {
  let module;
  try {
    module = await import(new URL(`dist/schema/${file}`, root).href);
  } catch {
    console.error(`dist/schema/${file} is missing: run \`npm run build\` first.`);
    process.exitCode = 1;
    break;
  }
  const target = new URL(`schemas/${name}.schema.json`, root);
  await writeFile(target, `${JSON.stringify(module[exported], null, 2)}\n`);
  console.log(`wrote schemas/${name}.schema.json`);
}
