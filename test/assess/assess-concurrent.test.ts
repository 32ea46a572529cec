/**
 * Issue #13, item 2: nothing an interview or an editor writes into the same answers file is
 * lost. Real `opdm assess` processes in pseudo-terminals (test/helpers/pty-run.py): a second
 * session on a file is told who holds it; a hand edit made between two answers is merged with
 * the session's answers (comments and order kept); a hand edit of the answer being given
 * stops the session (exit 2) and leaves the file as the editor left it.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, ensureBuilt, ROOT } from '../helpers/built.js';
import { runCli } from '../helpers/run-cli.js';

const RUBRIC = join(ROOT, 'test/fixtures/assess/mini.rubric.yaml');
const DOWN = '\u001b[B';
const ENTER = '\r';
const CTRL_C = '\u0003';
const ARGS = ['assess', 'kota.yaml', '--rubric', RUBRIC, '--lang', 'en'];

interface PtyStep {
  expect?: string;
  send?: string;
  run?: string[];
}
interface PtyResult {
  status: 'exited' | 'signaled' | 'timeout' | 'failed';
  code: number | null;
  error: string | null;
  transcript: string;
}

beforeAll(ensureBuilt, 300_000);

function pty(args: string[], cwd: string, steps: PtyStep[]): Promise<PtyResult> {
  const script = {
    argv: [process.execPath, BIN, ...args],
    cwd,
    env: { NO_COLOR: '1', LANG: 'C' },
    timeout: 15,
    exit_timeout: 10,
    total_timeout: 90,
    steps,
  };
  return new Promise((done, fail) => {
    const child = spawn('python3', [join(ROOT, 'test/helpers/pty-run.py'), '-'], {
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
    child.on('error', fail);
    child.on('close', (code) =>
      code === 0 ? done(JSON.parse(out) as PtyResult) : fail(new Error(`pty-run.py exited ${code}: ${out}`)),
    );
    child.stdin.end(JSON.stringify(script));
  });
}

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
const explain = (r: PtyResult) => `${r.status} ${r.error ?? ''}\n${r.transcript.slice(-2500)}`;

/** A file halfway through: Dukcapil's SOP and the birth certificate's application answered. */
const HALFWAY = `# Kota Uji, assessed by the team
rubric: uji-assess@1.0.0
city:
  id: kota-uji
  name: Kota Uji
period: "2026"
answers: {}
opds:
  - id: dukcapil
    name: Dinas Kependudukan dan Pencatatan Sipil
    answers:
      sop: true
    services:
      - id: akta-lahir
        name: Akta Kelahiran
        annual_volume: 42000
        answers:
          pengajuan: daring
`;

function halfway(): string {
  const dir = mkdtempSync(join(tmpdir(), 'opdm-concurrent-'));
  made.push(dir);
  writeFileSync(join(dir, 'kota.yaml'), HALFWAY);
  return dir;
}

/** A hand edit run between two answers: `node -e` replacing `from` by `to` in kota.yaml. */
function handEdit(from: string, to: string): string[] {
  const script = `const fs = require('fs'); const t = fs.readFileSync('kota.yaml', 'utf8');
    if (!t.includes(${JSON.stringify(from)})) process.exit(3);
    fs.writeFileSync('kota.yaml', t.replace(${JSON.stringify(from)}, ${JSON.stringify(to)}));`;
  return [process.execPath, '-e', script];
}

/** From the fee question to the end, when the city question was answered by hand. */
const REST_WITHOUT_CITY: PtyStep[] = [
  { expect: 'Evidence', send: ENTER },
  { expect: 'How is the fee paid', send: `${DOWN}${ENTER}` },
  { expect: 'Evidence', send: ENTER },
  { expect: 'How is the decision signed', send: `${DOWN}${DOWN}${ENTER}` },
  { expect: 'Why does it not apply', send: `No decision is made${ENTER}` },
  { expect: 'How is the result delivered', send: `${DOWN} ${DOWN} ${ENTER}` },
  { expect: 'Evidence', send: ENTER },
  { expect: 'Share of transactions done online', send: `80${ENTER}` },
  { expect: 'Evidence', send: ENTER },
  { expect: 'Notes', send: ENTER },
  { expect: 'Result so far: Kota Uji, period 2026' },
];

describe('two sessions on one answers file', () => {
  it('the second is refused at once (exit 2), saying who holds the file; the first goes on', async () => {
    const dir = halfway();
    const first = pty(ARGS, dir, [
      // Held at its first prompt until the second session has run.
      {
        expect: 'Continuing kota.yaml: what now',
        run: ['sh', '-c', 'for i in $(seq 1 300); do [ -e go ] && exit 0; sleep 0.05; done; exit 1'],
      },
      { send: CTRL_C },
    ]);
    for (let i = 0; i < 300 && !existsSync(join(dir, '.kota.yaml.opdm-lock')); i += 1) {
      await new Promise((done) => setTimeout(done, 50));
    }
    const second = await pty(ARGS, dir, []);
    writeFileSync(join(dir, 'go'), '');
    const firstResult = await first;
    expect(second.status, explain(second)).toBe('exited');
    expect(second.code, explain(second)).toBe(2);
    expect(second.transcript).toMatch(
      new RegExp(
        `kota\\.yaml is open in another opdm assess: pid \\d+ on ${hostname().replace(/[.]/g, '\\.')}, ` +
          `user \\S+, since \\d{4}-\\d\\d-\\d\\dT[\\d:.]+Z\\. Finish or close that session first; ` +
          `if it is no longer running, delete \\S*\\.kota\\.yaml\\.opdm-lock`,
      ),
    );
    expect(second.transcript).not.toContain('what now');
    expect(firstResult.code, explain(firstResult)).toBe(130);
    expect(readFileSync(join(dir, 'kota.yaml'), 'utf8')).toBe(HALFWAY);
    expect(readdirSync(dir).sort()).toEqual(['go', 'kota.yaml']);
  });
});

describe('a hand edit while an interview runs', () => {
  it('of another answer, between two answers: merged, the comments kept, and the session goes on with it', async () => {
    const dir = halfway();
    const edit = handEdit('answers: {}\n', '# checked by Sari\nanswers:\n  kebijakan-spbe: true # Perwali 12/2024\n');
    const result = await pty(ARGS, dir, [
      { expect: 'Continuing kota.yaml: what now', send: ENTER },
      { expect: 'Is there a fee', run: edit, send: ENTER },
      ...REST_WITHOUT_CITY,
    ]);
    expect(result.code, explain(result)).toBe(0);
    expect(result.transcript).toContain(
      'kota.yaml was changed outside this session; the change is merged with your answers, and both are saved.',
    );
    // The city question the editor answered is not asked again.
    expect(result.transcript).not.toContain('mayoral regulation');
    const text = readFileSync(join(dir, 'kota.yaml'), 'utf8');
    expect(text).toContain('# Kota Uji, assessed by the team\n');
    expect(text).toContain('# checked by Sari\nanswers:\n  kebijakan-spbe: true # Perwali 12/2024\n');
    expect(text).toContain('berbayar: true');
    expect(text).toContain('pembayaran: qris');
    expect(text).toContain('persen-daring: 80');
    expect(text.indexOf('rubric:')).toBeLessThan(text.indexOf('kebijakan-spbe'));
    expect(text.indexOf('kebijakan-spbe')).toBeLessThan(text.indexOf('opds:'));
    const validated = await runCli(['validate', join(dir, 'kota.yaml'), '--rubric', RUBRIC]);
    expect(validated.code, validated.stderr).toBe(0);
    expect(readdirSync(dir)).toEqual(['kota.yaml']);
  });

  it('of the answer being given: the session stops (exit 2), naming both values; the file stays edited', async () => {
    const dir = halfway();
    const [from, to] = [
      '          pengajuan: daring\n',
      '          pengajuan: daring\n          berbayar: false # no fee\n',
    ];
    const result = await pty(ARGS, dir, [
      { expect: 'Continuing kota.yaml: what now', send: ENTER },
      { expect: 'Is there a fee', run: handEdit(from, to), send: ENTER },
    ]);
    expect(result.code, explain(result)).toBe(2);
    expect(result.transcript.replace(/\s+/g, ' ')).toContain(
      'kota.yaml was changed outside this session on the same answers: ' +
        'dukcapil/akta-lahir: berbayar (yours: true; in the file: false). ' +
        'The file is left as the other writer left it; ' +
        'your unsaved answers: dukcapil/akta-lahir: berbayar = true.',
    );
    expect(readFileSync(join(dir, 'kota.yaml'), 'utf8')).toBe(HALFWAY.replace(from, to));
    expect(readdirSync(dir)).toEqual(['kota.yaml']);
  });
});
