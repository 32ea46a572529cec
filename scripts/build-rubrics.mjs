#!/usr/bin/env node
// Checks every bundled rubric with the built loader (the build fails on an invalid or warned-about
// rubric) and writes it as JSON to dist/compiled-rubrics/<sha256 of its bytes>.json, so that
// `opdm` reads a bundled rubric without parsing or checking its YAML at every start.
import { mkdir, readdir, writeFile } from 'node:fs/promises';

const root = new URL('../', import.meta.url);
const { loadRubric } = await import(new URL('dist/io/load.js', root).href);
const { formatIssues } = await import(new URL('dist/cli/format-issues.js', root).href);
const { InvalidInputError } = await import(new URL('dist/errors.js', root).href);

const target = new URL('dist/compiled-rubrics/', root);
await mkdir(target, { recursive: true });
const files = (await readdir(new URL('rubrics/', root))).filter((f) => f.endsWith('.yaml'));
for (const name of files) {
  try {
    const { rubric, sha256, warnings } = await loadRubric(new URL(`rubrics/${name}`, root).pathname);
    if (warnings.length > 0) throw new InvalidInputError(warnings);
    await writeFile(new URL(`${sha256}.json`, target), JSON.stringify(rubric));
  } catch (error) {
    if (!(error instanceof InvalidInputError)) throw error;
    process.stderr.write(formatIssues(error.issues, 'en'));
    process.exit(1);
  }
}
console.log(`checked and compiled ${files.length} bundled rubric(s) into dist/compiled-rubrics/`);
