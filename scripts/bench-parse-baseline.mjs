#!/usr/bin/env node
// The floor for `opdm score DIR`: read every *.yaml file of a folder and parse it, in one
// process, and nothing else. `npm run bench` compares the national batch against it.
//
//   node scripts/bench-parse-baseline.mjs DIR [--parser js-yaml|yaml]
//
// js-yaml: `load` with its default schema, the fastest YAML parser on the registry.
// yaml: `parse`, the parser that keeps positions (about ten times slower).
// Prints one JSON line: {parser, files, bytes, read_ms, parse_ms}.
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const args = process.argv.slice(2);
const at = args.indexOf('--parser');
const parserName = at === -1 ? 'js-yaml' : args.splice(at, 2)[1];
const dir = args[0];
if (!dir || !['js-yaml', 'yaml'].includes(parserName)) {
  console.error('usage: node scripts/bench-parse-baseline.mjs DIR [--parser js-yaml|yaml]');
  process.exit(2);
}

const parse = parserName === 'yaml' ? (await import('yaml')).parse : (await import('js-yaml')).default.load;
const names = (await readdir(dir)).filter((n) => /\.ya?ml$/i.test(n)).sort();
let bytes = 0;
let readMs = 0;
let parseMs = 0;
let keys = 0;
for (const name of names) {
  const t0 = performance.now();
  const text = await readFile(join(dir, name), 'utf8');
  const t1 = performance.now();
  const value = parse(text);
  parseMs += performance.now() - t1;
  readMs += t1 - t0;
  bytes += Buffer.byteLength(text);
  // Touch the result so that the work cannot be skipped; the value is then let go, as a
  // streaming batch would.
  keys += Object.keys(value ?? {}).length;
}
console.log(
  JSON.stringify({
    parser: parserName,
    files: names.length,
    bytes,
    keys,
    read_ms: Math.round(readMs),
    parse_ms: Math.round(parseMs),
  }),
);
