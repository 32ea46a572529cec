#!/usr/bin/env node
// Start-up of `opdm`, step 2 of 2: runs the bundle (dist/opdm.cjs, step 1) on the examples, the
// way a planner or a CI job starts it, then saves the code V8 compiled for it next to it, where
// bin/opdm.cjs finds it (readBundle: named after the bundle's id and this Node's V8). A cache made
// under other V8 flags is refused by V8 itself, and the code is compiled as usual.
//
// It runs in a child process of its own: V8 refuses a cache made under other V8 flags, and the
// parent may carry NODE_OPTIONS (a test runner's, a debugger's).
import { spawnSync } from 'node:child_process';
import { renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

/** What the cache covers: the commands that are run most, each as it is most often run. */
const TRAINING = [
  ['--version'],
  ['score', 'examples/kota-bandung.answers.yaml'],
  ['score', 'examples/kota-bandung.answers.yaml', '--format', 'json'],
  ['gap', 'examples/kota-bandung.answers.yaml'],
  ['validate', 'examples/kota-bandung.answers.yaml'],
];

const root = fileURLToPath(new URL('../', import.meta.url));

if (process.argv[2] !== '--child') {
  const env = { ...process.env };
  delete env.NODE_OPTIONS;
  const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--child'], {
    cwd: root,
    env,
    stdio: 'inherit',
  });
  process.exit(child.status ?? 1);
}

const { readBundle, compileBundle } = createRequire(import.meta.url)('../bin/opdm.cjs');
const { source, codeCache } = readBundle();
const { cli, script } = compileBundle(source, undefined);
let output = '';
const sink = {
  stdout: (text) => (output += text),
  stderr: (text) => (output += text),
  env: {},
  cwd: root,
  isStdoutTTY: false,
  isStdinTTY: false,
};
for (const argv of TRAINING) {
  const code = await cli.main(argv, sink);
  if (code !== 0) {
    process.stderr.write(`${output}\nopdm ${argv.join(' ')} exited with ${code}: no code cache written\n`);
    process.exit(1);
  }
}
const cache = script.createCachedData();
const temp = `${codeCache}.${process.pid}.tmp`;
writeFileSync(temp, cache);
renameSync(temp, codeCache);
console.log(
  `saved V8's compiled code of ${TRAINING.length} example runs (${(cache.length / 1e6).toFixed(2)} MB) to dist/${codeCache.split(/[\\/]/).pop()}`,
);
