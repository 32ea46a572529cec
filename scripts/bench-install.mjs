// `npm run bench` measures what users run: an installed copy of the package, on the Node they
// have. Here: packing and installing a checkout into a prefix of its own, the npm registry's
// `node@22` for a second Node, and another commit of this repository, built, for "before" figures.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Runs a command to its end; its stdout, or an error with the end of its output. */
export function run(command, args, { cwd, input } = {}) {
  return new Promise((resolve, reject) => {
    // npm is npm.cmd on Windows, which only a shell runs.
    const child = spawn(command, args, { cwd, shell: process.platform === 'win32', stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0
        ? resolve(stdout)
        : reject(new Error(`${command} ${args.join(' ')} exited with ${code}:\n${(stdout + stderr).slice(-2000)}`)),
    );
    child.stdin.end(input);
  });
}

const NPM_QUIET = ['--no-audit', '--no-fund', '--loglevel=error'];

/**
 * `npm pack` of the checkout in `dir`, installed as `npm install --global` does into
 * `into/prefix`. The bin of the installed copy (to run with any Node), and the package's sizes.
 */
export async function installPackage(dir, into) {
  await rm(into, { recursive: true, force: true });
  await mkdir(into, { recursive: true });
  const [packed] = JSON.parse(
    await run('npm', ['pack', '--json', '--pack-destination', into, ...NPM_QUIET], { cwd: dir }),
  );
  const prefix = join(into, 'prefix');
  // The dependencies come from npm's cache when `npm ci` already fetched them.
  await run('npm', [
    'install',
    '--global',
    '--prefix',
    prefix,
    '--prefer-offline',
    join(into, packed.filename),
    ...NPM_QUIET,
  ]);
  const lib = process.platform === 'win32' ? prefix : join(prefix, 'lib');
  const bin = join(lib, 'node_modules', packed.name, 'bin', 'opdm.cjs');
  if (!existsSync(bin)) throw new Error(`${bin}: not installed`);
  return { bin, unpacked_bytes: packed.unpackedSize, tarball_bytes: packed.size, files: packed.entryCount };
}

/**
 * The npm registry's `node@22` (a package that holds the binary), installed once into `into`.
 * Undefined, with the reason, when it cannot be had (no registry, no binary for this platform).
 */
export async function ensureNode22(into) {
  const node = join(into, 'node_modules', 'node', 'bin', process.platform === 'win32' ? 'node.exe' : 'node');
  try {
    if (!existsSync(node)) await run('npm', ['install', '--prefix', into, 'node@22', ...NPM_QUIET]);
    const version = (await run(node, ['--version'])).trim();
    return { node, version };
  } catch (error) {
    return { node: undefined, reason: String(error.message ?? error).split('\n')[0] };
  }
}

/**
 * Commit `ref` of the repository at `root`, extracted into `into/<commit>` and built there (once:
 * kept for the next run). Its dependencies: this checkout's node_modules when both lockfiles are
 * the same, else its own `npm ci`.
 */
export async function buildRef(root, ref, into) {
  const commit = (await run('git', ['rev-parse', '--verify', `${ref}^{commit}`], { cwd: root })).trim();
  const dir = join(into, commit.slice(0, 12));
  const done = join(dir, '.bench-built');
  if (existsSync(done)) return { commit, dir };
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const tar = await new Promise((resolve, reject) => {
    const chunks = [];
    const git = spawn('git', ['archive', '--format=tar', commit], { cwd: root });
    git.stdout.on('data', (chunk) => chunks.push(chunk));
    git.on('error', reject);
    git.on('close', (code) =>
      code === 0 ? resolve(Buffer.concat(chunks)) : reject(new Error(`git archive ${commit}`)),
    );
  });
  await run('tar', ['-x', '-f', '-'], { cwd: dir, input: tar });
  const sameLock =
    readFileSync(join(root, 'package-lock.json'), 'utf8') === readFileSync(join(dir, 'package-lock.json'), 'utf8');
  if (sameLock) await symlink(join(root, 'node_modules'), join(dir, 'node_modules'), 'junction');
  else await run('npm', ['ci', '--prefer-offline', ...NPM_QUIET], { cwd: dir });
  await run('npm', ['run', 'build'], { cwd: dir });
  await writeFile(done, `${new Date().toISOString()}\n`);
  return { commit, dir };
}
