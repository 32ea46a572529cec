/**
 * The built CLI in a pseudo-terminal, answered with real keystrokes (test/helpers/pty-run.py,
 * Python's standard `pty`: no native module). Needs `dist/`: built here when missing or older
 * than `src/`.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, ensureBuilt, ROOT } from '../helpers/built.js';
import { runCli } from '../helpers/run-cli.js';

const RUBRIC = join(ROOT, 'test/fixtures/assess/mini.rubric.yaml');
const DOWN = '\u001b[B';
const ENTER = '\r';
const CTRL_C = '\u0003';

interface PtyStep {
  expect?: string;
  send?: string;
  kill?: 'KILL' | 'INT' | 'TERM';
}
interface PtyResult {
  status: 'exited' | 'signaled' | 'timeout' | 'failed';
  code: number | null;
  signal: number | null;
  error: string | null;
  transcript: string;
}

beforeAll(ensureBuilt, 180_000);

/** Plays `steps` against `opdm ARGS` in a 120x40 terminal; never hangs (the helper has timeouts). */
function pty(args: string[], cwd: string, steps: PtyStep[]): Promise<PtyResult> {
  const script = {
    argv: [process.execPath, BIN, ...args],
    cwd,
    env: { NO_COLOR: '1', LANG: 'C' },
    timeout: 15,
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
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'opdm-pty-'));
  made.push(dir);
  return dir;
};
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
const explain = (r: PtyResult) => `${r.status} ${r.error ?? ''}\n${r.transcript.slice(-2500)}`;

/** A new file for Kota Uji, up to the OPD check boxes. */
const HEADER: PtyStep[] = [
  { expect: 'Name of the local government', send: `Kota Uji${ENTER}` },
  { expect: 'Its id', send: ENTER },
  { expect: 'Province', send: `Jawa Barat${ENTER}` },
  { expect: 'Assessment period', send: ENTER },
  { expect: 'Assessors', send: `Budi, Sari${ENTER}` },
];
/** Dukcapil with its birth certificate service, up to the fee question. */
const DUKCAPIL: PtyStep[] = [
  { expect: 'Which OPDs are assessed', send: ` ${ENTER}` },
  { expect: 'Services of Dinas Kependudukan', send: ` ${ENTER}` },
  { expect: 'Annual volume of Akta Kelahiran', send: `42.000${ENTER}` },
  { expect: 'Is there an SOP', send: ENTER },
  { expect: 'Evidence', send: ENTER },
  { expect: 'How is the application made', send: `${DOWN}${DOWN}${ENTER}` },
  { expect: 'Evidence', send: `https://example.org/form${ENTER}` },
];
/** From the fee question to the end. */
const REST: PtyStep[] = [
  { expect: 'Is there a fee', send: ENTER },
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
  { expect: 'mayoral regulation', send: `${DOWN}${ENTER}` },
  { expect: 'Evidence', send: ENTER },
  { expect: 'Result so far: Kota Uji, period 2026' },
];
const ARGS = ['assess', 'kota.yaml', '--rubric', RUBRIC, '--lang', 'en'];
/** HEADER and DUKCAPIL's first steps in Bahasa Indonesia (the default), up to the SOP question. */
const DUKCAPIL_ID: PtyStep[] = [
  { expect: 'Nama pemda', send: `Kota Uji${ENTER}` },
  ...['Id pemda', 'Provinsi', 'Periode', 'Penilai'].map((expect) => ({ expect, send: ENTER })),
  { expect: 'OPD mana yang dinilai', send: ` ${ENTER}` },
  { expect: 'Layanan Dinas Kependudukan', send: ` ${ENTER}` },
  { expect: 'Volume tahunan Akta Kelahiran', send: `42.000${ENTER}` },
];

async function expectValidAndScored(file: string): Promise<{ summary: { score: number; completeness: number } }> {
  const validated = await runCli(['validate', file, '--rubric', RUBRIC]);
  expect(validated.stderr).toBe('');
  expect(validated.code).toBe(0);
  const scored = await runCli(['score', file, '--rubric', RUBRIC, '--format', 'json']);
  expect(scored.code).toBe(0);
  return JSON.parse(scored.stdout) as { summary: { score: number; completeness: number } };
}

describe('opdm assess in a terminal', () => {
  it('runs a whole interview from keystrokes; validate and score accept the file', async () => {
    const dir = tempDir();
    const result = await pty(ARGS, dir, [...HEADER, ...DUKCAPIL, ...REST]);
    expect(result.status, explain(result)).toBe('exited');
    expect(result.code, explain(result)).toBe(0);
    expect(result.transcript).toContain(
      '[OPD 1 of 1: Dinas Kependudukan dan Pencatatan Sipil › Service 1 of 1: Akta Kelahiran',
    );
    const file = join(dir, 'kota.yaml');
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('annual_volume: 42000');
    expect(text).toContain('tanda-tangan: {na: No decision is made}');
    expect(text).toContain('hasil: [pos, unduh]');
    expect(text).toContain('pengajuan: https://example.org/form');
    const report = await expectValidAndScored(file);
    expect(report.summary).toMatchObject({ score: 76, completeness: 1 });
  });

  it('loses nothing but the answer being typed when killed (kill -9), and resumes there', async () => {
    const dir = tempDir();
    const killed = await pty(ARGS, dir, [
      ...HEADER,
      ...DUKCAPIL,
      { expect: 'Is there a fee', send: DOWN, kill: 'KILL' },
    ]);
    expect(killed.status, explain(killed)).toBe('signaled');
    const file = join(dir, 'kota.yaml');
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('sop: true');
    expect(text).toContain('pengajuan: daring');
    expect(text).toContain('pengajuan: https://example.org/form');
    expect(text).not.toContain('berbayar');
    // No temp file; the lock stays behind, as after any kill -9, and its process is gone.
    expect(readdirSync(dir).sort()).toEqual(['.kota.yaml.opdm-lock', 'kota.yaml']);
    expect((await runCli(['validate', file, '--rubric', RUBRIC])).code).toBe(0);

    // The next session takes the stale lock over, and releases it at the end.
    const resumed = await pty(ARGS, dir, [{ expect: 'Continuing kota.yaml: what now?', send: ENTER }, ...REST]);
    expect(resumed.code, explain(resumed)).toBe(0);
    expect(readdirSync(dir)).toEqual(['kota.yaml']);
    // Resumed at the first unanswered question: nothing answered before is asked again.
    expect(resumed.transcript).not.toContain('Is there an SOP');
    expect((await expectValidAndScored(file)).summary.completeness).toBe(1);
  });

  it('stops cleanly on Ctrl-C (exit 130) with the file saved and a hint to resume', async () => {
    const dir = tempDir();
    const result = await pty(ARGS, dir, [...HEADER, { expect: 'Which OPDs are assessed', send: CTRL_C }]);
    expect(result.code, explain(result)).toBe(130);
    expect(result.transcript).toContain('Continue any time: opdm assess kota.yaml');
    expect((await runCli(['validate', join(dir, 'kota.yaml'), '--rubric', RUBRIC])).code).toBe(0);
  });

  it('goes back, confirms an empty answer, reads 62,5 %, offers numbers back in Indonesian', async () => {
    const dir = tempDir();
    const UP = '\u001b[A';
    const first = await pty(['assess', 'kota.yaml', '--rubric', RUBRIC], dir, [
      ...DUKCAPIL_ID,
      { expect: 'Ada SOP', send: ENTER },
      { expect: 'Bukti', send: ENTER },
      { expect: 'Bagaimana permohonan', send: ENTER },
      // `<` at the evidence: the question again, "Di loket" preselected; then "Formulir diunduh".
      { expect: 'Bukti', send: `<${ENTER}` },
      { expect: 'Biarkan jawaban sekarang', send: `${DOWN}${ENTER}` },
      { expect: 'Bukti', send: ENTER },
      { expect: 'Apakah ada retribusi', send: `${DOWN}${ENTER}` },
      { expect: 'Bukti', send: ENTER },
      // The last entry of the list goes back: the fee question again, now with a fee.
      { expect: 'Bagaimana keputusan ditandatangani', send: `${UP}${ENTER}` },
      { expect: 'Apakah ada retribusi', send: `${UP}${ENTER}` },
      { expect: 'Bukti', send: ENTER },
      { expect: 'Bagaimana retribusi dibayar', send: `${DOWN}${ENTER}` },
      { expect: 'Bukti', send: ENTER },
      { expect: 'Bagaimana keputusan ditandatangani', send: ENTER },
      { expect: 'Bukti', send: ENTER },
      // Enter with nothing ticked: asked to confirm; "no" (the default) ticks again, "ya" saves none.
      { expect: 'Bagaimana hasil layanan diterima', send: ENTER },
      { expect: 'Simpan "\\(tidak ada\\)" sebagai jawaban', send: ENTER },
      { expect: 'Bagaimana hasil layanan diterima', send: ENTER },
      { expect: 'Simpan "\\(tidak ada\\)" sebagai jawaban', send: `y${ENTER}` },
      { expect: 'Bukti', send: ENTER },
      { expect: 'Persen transaksi yang daring', send: `62,5 %${ENTER}` },
      { expect: 'Bukti', send: ENTER },
      { expect: 'Catatan', send: CTRL_C },
    ]);
    expect(first.code, explain(first)).toBe(130);
    expect(first.transcript).toContain('← Kembali ke pertanyaan sebelumnya');
    expect(first.transcript).toContain(
      'Bagaimana hasil layanan diterima? (spasi = pilih; Enter tanpa pilihan = tidak ada) (tidak ada)',
    );
    const text = readFileSync(join(dir, 'kota.yaml'), 'utf8');
    for (const line of ['pengajuan: unduh', 'berbayar: true', 'pembayaran: qris', 'hasil: []', 'persen-daring: 62.5'])
      expect(text).toContain(line);

    const review = await pty(['assess', 'kota.yaml', '--rubric', RUBRIC, '--review'], dir, [
      { expect: 'Melanjutkan kota.yaml', send: ENTER },
      { expect: 'Ada SOP', send: ENTER },
      { expect: 'Bukti', send: ENTER },
      { expect: 'Volume tahunan Akta Kelahiran', send: ENTER },
      ...['Bagaimana permohonan', 'Apakah ada retribusi', 'Bagaimana retribusi dibayar', 'ditandatangani'].flatMap(
        (expect) => [
          { expect, send: ENTER },
          { expect: 'Bukti', send: ENTER },
        ],
      ),
      // The fourth box keeps the answer.
      { expect: 'Bagaimana hasil layanan', send: `${DOWN}${DOWN}${DOWN} ${ENTER}` },
      { expect: 'Persen transaksi yang daring', send: CTRL_C },
    ]);
    expect(review.code, explain(review)).toBe(130);
    expect(review.transcript).toContain(
      'Volume tahunan Akta Kelahiran (transaksi per tahun; Enter = biarkan; ketik < untuk kembali) (42.000)',
    );
    expect(review.transcript).toContain('Biarkan jawaban sekarang: (tidak ada)');
    expect(review.transcript).toContain('Enter = biarkan; ketik < untuk kembali.');
    expect(review.transcript).toContain('? Persen transaksi yang daring (%) [0–100] (62,5)');
  });

  it('names the space key and what it does with the same words in the key line and in the question', async () => {
    const dir = tempDir();
    const steps: PtyStep[] = [...DUKCAPIL_ID, { expect: 'Ada SOP', send: CTRL_C }];
    const result = await pty(['assess', 'kota.yaml', '--rubric', RUBRIC], dir, steps);
    expect(result.code, explain(result)).toBe(130);
    expect(result.transcript).toContain('↑↓ pindah • spasi pilih • a semua • i balik • ⏎ lanjut');
    expect(result.transcript).toContain('↑↓ pindah • ⏎ pilih');
    expect(result.transcript).not.toContain('space');
  });

  it('ends the first prompt with the error when the rubric turns out broken while it is shown', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'broken.yaml'), 'rubric: Not An Id\nversion: 1\n');
    const result = await pty(['assess', 'kota.yaml', '--rubric', 'broken.yaml', '--lang', 'en'], dir, [
      { expect: 'Name of the local government' },
    ]);
    expect(result.code, explain(result)).toBe(2);
    expect(result.transcript).toMatch(/broken\.yaml:\d+:\d+/);
    expect(existsSync(join(dir, 'kota.yaml'))).toBe(false);
  });

  it('ends the first prompt of a new file at once when --opd names an unknown OPD, before any typing', async () => {
    const dir = tempDir();
    const result = await pty([...ARGS, '--opd', 'dukcapl'], dir, [{ expect: 'Name of the local government' }]);
    expect(result.code, explain(result)).toBe(2);
    expect(result.transcript).toContain('OPD "dukcapl" is neither in the file nor in the rubric\'s catalog');
    expect(result.transcript).toContain('did you mean "dukcapil"? Known: dukcapil, bapenda');
    expect(existsSync(join(dir, 'kota.yaml'))).toBe(false);
  });
});

describe('opdm assess without a terminal (the real binary)', () => {
  it('exits 2 at once with one line, even with stdin left open', async () => {
    const dir = tempDir();
    const child = spawn(process.execPath, [BIN, 'assess', 'kota.yaml', '--lang', 'en'], {
      cwd: dir,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    const code = await new Promise<number | null>((done) => child.on('close', done));
    clearTimeout(timer);
    expect(code).toBe(2);
    expect(stderr.trimEnd().split('\n')).toEqual([
      expect.stringMatching(/^opdm: assess needs an interactive terminal.*opdm init.*opdm score/),
    ]);
  });
});
