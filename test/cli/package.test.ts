/**
 * What `npm install -g opd-maturity` gets: the tarball `npm pack` makes, installed into a temp
 * prefix as a user installs it, and the `opdm` on that prefix's PATH run as a user runs it.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, ROOT, ensureBuilt } from '../helpers/built.js';

const MAX_UNPACKED_BYTES = 3_000_000;
const MAX_UNPACKED_MB = MAX_UNPACKED_BYTES / 1e6;
const tmp = mkdtempSync(join(tmpdir(), 'opdm-package-'));
const prefix = join(tmp, 'prefix');

interface Packed {
  filename: string;
  unpackedSize: number;
  files: { path: string; size: number }[];
}
let packed: Packed;

function npm(args: string[]): string {
  const run = spawnSync('npm', [...args, '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`npm ${args.join(' ')} failed:\n${run.stdout}${run.stderr}`);
  return run.stdout;
}

/** The installed command, found on PATH as a shell finds it, run by this Node. */
function installedOpdm(args: string[]) {
  const PATH = [join(prefix, 'bin'), dirname(process.execPath), process.env.PATH].join(delimiter);
  const env = { ...process.env, PATH, LANG: 'C', NO_COLOR: '1', NODE_OPTIONS: undefined } as NodeJS.ProcessEnv;
  return spawnSync('opdm', args, { cwd: tmp, encoding: 'utf8', env });
}

describe.skipIf(process.platform === 'win32')('the npm package', () => {
  beforeAll(() => {
    ensureBuilt();
    [packed] = JSON.parse(npm(['pack', '--json', '--pack-destination', tmp])) as [Packed];
    // The dependencies come from npm's cache when `npm ci` already fetched them.
    npm(['install', '--global', '--prefix', prefix, '--prefer-offline', join(tmp, packed.filename)]);
  }, 300_000);
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it(`ships the code once: the bundle and its map, no modules of dist/, at most ${MAX_UNPACKED_MB} MB unpacked`, () => {
    const paths = packed.files.map((file) => file.path);
    expect(paths).toContain('bin/opdm.cjs');
    expect(paths).toContain('dist/opdm.cjs');
    expect(paths.filter((path) => path.endsWith('.map'))).toEqual(['dist/opdm.cjs.map']);
    expect(paths.filter((path) => path.startsWith('dist/') && path.endsWith('.js'))).toEqual([]);
    expect(packed.unpackedSize).toBeLessThanOrEqual(MAX_UNPACKED_BYTES);
  });

  it('installed, opdm prints its version and scores an example as the bin of this checkout does', () => {
    const version = installedOpdm(['--version']);
    expect(version.stderr).toBe('');
    expect(version.stdout.trim()).toBe(
      (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version,
    );
    const example = join(prefix, 'lib', 'node_modules', 'opd-maturity', 'examples', 'kota-bandung.answers.yaml');
    for (const lang of ['id', 'en']) {
      const installed = installedOpdm(['score', example, '--lang', lang]);
      const checkout = spawnSync(process.execPath, [BIN, 'score', example, '--lang', lang], {
        cwd: tmp,
        encoding: 'utf8',
        env: { ...process.env, LANG: 'C', NO_COLOR: '1' },
      });
      expect(installed.status, installed.stderr).toBe(0);
      expect(installed.stdout).toBe(checkout.stdout);
      expect(installed.stdout).toContain('Kota Bandung');
    }
  });
});
