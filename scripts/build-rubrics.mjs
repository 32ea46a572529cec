#!/usr/bin/env node
// Checks every bundled rubric with the built loader (the build fails on an invalid or warned-about
// rubric) and keeps, in dist/compiled-rubrics/, a copy of its bytes (<name>.yaml) and its parsed
// form with its sha256 (<name>.yaml.json). `opdm` reads a rubric whose bytes equal the copy
// without parsing, checking or hashing its YAML at every start (src/io/load.ts).
import { copyFile, mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

// Paths, not URLs: a URL's pathname keeps a space as %20 (and a drive letter behind a slash).
const root = fileURLToPath(new URL('../', import.meta.url));
const built = (file) => import(pathToFileURL(join(root, 'dist', file)).href);
const { loadRubric } = await built('io/load.js');
const { formatIssues } = await built('cli/format-issues.js');
const { InvalidInputError } = await built('errors.js');

const target = join(root, 'dist', 'compiled-rubrics');
await rm(target, { recursive: true, force: true });
await mkdir(target, { recursive: true });
const files = (await readdir(join(root, 'rubrics'))).filter((f) => f.endsWith('.yaml'));
for (const name of files) {
  try {
    const { rubric, sha256, warnings } = await loadRubric(join(root, 'rubrics', name));
    if (warnings.length > 0) throw new InvalidInputError(warnings);
    await copyFile(join(root, 'rubrics', name), join(target, name));
    await writeFile(join(target, `${name}.json`), JSON.stringify({ sha256, rubric }));
  } catch (error) {
    if (!(error instanceof InvalidInputError)) throw error;
    process.stderr.write(formatIssues(error.issues, 'en'));
    process.exit(1);
  }
}
console.log(`checked and compiled ${files.length} bundled rubric(s) into dist/compiled-rubrics/`);
