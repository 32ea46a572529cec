/**
 * Issue #13, item 3: whatever the source of a text (a rubric, a report, a message quoting user
 * input), no raw control character leaves opdm: the writer and the issue lines show each one as
 * a visible stand-in, so nothing can move the cursor, set the terminal's title or fake a line.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliEnv } from '../../src/cli/env.js';
import { formatIssue } from '../../src/cli/format-issues.js';
import { writeResult } from '../../src/cli/output.js';
import { safeLine, safeText } from '../../src/render/safe-text.js';
import { BIN, ensureBuilt } from '../helpers/built.js';
import { fixture } from '../helpers/fixtures.js';
import { runCli } from '../helpers/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'opdm-safe-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// eslint-disable-next-line no-control-regex -- the point of the test
const RAW_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]|\r(?!\n)/;
const HOSTILE = 'Kota\u001b]0;pwned\u0007 X\u001b[2J\rSkor 99,99\u009b1A';

function captured(overrides: Partial<CliEnv> = {}) {
  let stdout = '';
  let stderr = '';
  const env: CliEnv = {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    env: {},
    cwd: dir,
    isStdoutTTY: false,
    isStdinTTY: false,
    ...overrides,
  };
  return { env, out: () => stdout, err: () => stderr };
}

describe('safeText and safeLine', () => {
  it('show every control character as a visible stand-in; text keeps its lines and tabs', () => {
    expect(safeText(HOSTILE)).toBe('Kota␛]0;pwned␇ X␛[2J␍Skor 99,99\uFFFD1A');
    expect(safeText('a\tb\nc\r\nd')).toBe('a\tb\nc\r\nd');
    expect(safeLine('Kota X\nSkor 99,99\t!')).toBe('Kota X␊Skor 99,99␉!');
    expect(safeText('\u007f')).toBe('␡');
  });

  it("in colour, keep only opdm's own colour codes", () => {
    const own = '\u001b[1mSkor\u001b[22m \u001b[32m70\u001b[39m';
    expect(safeText(`${own}\u001b[8mhidden\u001b[1A`, true)).toBe(`${own}␛[8mhidden␛[1A`);
    expect(safeText(own, false)).toBe('␛[1mSkor␛[22m ␛[32m70␛[39m');
  });
});

describe('the writer: reports leave without raw control characters', () => {
  it('on stdout', async () => {
    const { env, out } = captured();
    await writeResult(`# ${HOSTILE}\n| a | b |\r\n`, { format: 'md', inputs: [] }, env, 'en');
    expect(out()).not.toMatch(RAW_CONTROL);
    expect(out()).toBe('# Kota␛]0;pwned␇ X␛[2J␍Skor 99,99\uFFFD1A\n| a | b |\r\n');
  });

  it('in a file written with -o', async () => {
    const { env } = captured();
    const file = join(dir, 'report.md');
    await writeResult(`# ${HOSTILE}\n`, { format: 'md', inputs: [], output: file }, env, 'en');
    expect(readFileSync(file, 'utf8')).not.toMatch(RAW_CONTROL);
  });

  it('on a colour terminal, keeping the colours opdm wrote', async () => {
    const { env, out } = captured({ isStdoutTTY: true, env: { FORCE_COLOR: '1' } });
    await writeResult(`\u001b[1m${HOSTILE}\u001b[22m\n`, { format: 'table', inputs: [] }, env, 'en');
    expect(out()).toBe('\u001b[1mKota␛]0;pwned␇ X␛[2J␍Skor 99,99\uFFFD1A\u001b[22m\n');
  });
});

describe('issue lines quoting user input', () => {
  it('an unknown question id holding ESC and a line break stays one visible line', () => {
    const line = formatIssue(
      {
        severity: 'error',
        code: 'answers.unknown-question',
        params: { id: 'pengajuan\u001b]0;x\u0007\nSkor 99,99', scope: 'service' },
        path: [],
        file: 'kota\u001b[2J.yaml',
        line: 3,
        col: 5,
      },
      'en',
    );
    expect(line).not.toMatch(RAW_CONTROL);
    expect(line).not.toContain('\n');
    expect(line).toContain('pengajuan␛]0;x␇␊Skor 99,99');
  });

  it('through the CLI: an unknown key written with an ESC escape', async () => {
    const text = readFileSync(fixture('kota-uji.answers.yaml'), 'utf8').replace(
      'pengajuan: daring',
      '"pengajuan\\e]0;pwned\\a": daring',
    );
    const file = join(dir, 'escape-key.answers.yaml');
    writeFileSync(file, text);
    const run = await runCli(['validate', file, '--rubric', fixture('uji-mini.rubric.yaml'), '--lang', 'en']);
    expect(run.code).toBe(2);
    expect(run.stderr).not.toMatch(RAW_CONTROL);
    expect(run.stderr).toContain('␛]0;pwned␇');
  });
});

describe('the real binary: every line on stderr and stdout', () => {
  beforeAll(ensureBuilt, 300_000);

  it('a file name holding ESC, quoted in a usage message, reaches the terminal as stand-ins', async () => {
    const folder = mkdtempSync(join(dir, 'names-'));
    const answers = readFileSync(fixture('kota-uji.answers.yaml'), 'utf8');
    writeFileSync(join(folder, 'a.yaml'), answers);
    writeFileSync(join(folder, 'b\u001b]0;pwned\u0007.yaml'), answers.replace('id: kota-uji', 'id: kota-b'));
    const baseline = join(dir, 'baseline-a.json');
    const rubric = ['--rubric', fixture('uji-mini.rubric.yaml')];
    expect((await runCli(['score', join(folder, 'a.yaml'), ...rubric, '--format', 'json', '-o', baseline])).code).toBe(
      0,
    );
    const run = spawnSync(process.execPath, [BIN, 'score', folder, ...rubric, '--baseline', baseline, '--lang', 'en'], {
      encoding: 'utf8',
      env: { ...process.env, LANG: 'C', NO_COLOR: '1', NODE_OPTIONS: undefined } as NodeJS.ProcessEnv,
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('b␛]0;pwned␇.yaml');
    expect(run.stderr).not.toMatch(RAW_CONTROL);
  });
});
