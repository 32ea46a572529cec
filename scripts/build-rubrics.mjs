#!/usr/bin/env node
// Checks every bundled rubric with the built loader (the build fails on an invalid or warned-about
// rubric) and keeps, in dist/compiled-rubrics/, a copy of its bytes (<name>.yaml) and its parsed
// form with its sha256 (<name>.yaml.json). `opdm` reads a rubric whose bytes equal the copy
// without parsing, checking or hashing its YAML at every start (src/io/load.ts).
import { copyFile, mkdir, readdir, rm, writeFile } from 'node:fs/promises';

const root = new URL('../', import.meta.url);
const { loadRubric } = await import(new URL('dist/io/load.js', root).href);
const { formatIssues } = await import(new URL('dist/cli/format-issues.js', root).href);
const { InvalidInputError } = await import(new URL('dist/errors.js', root).href);

const target = new URL('dist/compiled-rubrics/', root);
await rm(target, { recursive: true, force: true });
await mkdir(target, { recursive: true });
const files = (await readdir(new URL('rubrics/', root))).filter((f) => f.endsWith('.yaml'));
for (const name of files) {
  try {
    const { rubric, sha256, warnings } = await loadRubric(new URL(`rubrics/${name}`, root).pathname);
    if (warnings.length > 0) throw new InvalidInputError(warnings);
    await copyFile(new URL(`rubrics/${name}`, root), new URL(name, target));
    await writeFile(new URL(`${name}.json`, target), JSON.stringify({ sha256, rubric }));
  } catch (error) {
    if (!(error instanceof InvalidInputError)) throw error;
    process.stderr.write(formatIssues(error.issues, 'en'));
    process.exit(1);
  }
}
console.log(`checked and compiled ${files.length} bundled rubric(s) into dist/compiled-rubrics/`);
