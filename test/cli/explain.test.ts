import { describe, expect, it } from 'vitest';
import { fixture } from '../helpers/fixtures.js';
import { runCli } from '../helpers/run-cli.js';

const base = [fixture('kota-uji.answers.yaml'), '--rubric', fixture('uji-mini.rubric.yaml')];

describe('opdm explain: the arithmetic behind a score', () => {
  it('walks through one service step by step', async () => {
    const run = await runCli(['explain', ...base, '--service', 'dukcapil/akta-lahir', '--lang', 'en']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('  - pembayaran: does not apply here (its `when` does not hold)');
    expect(run.stdout).toContain(
      '  - hasil: "Diambil di kantor, Dokumen elektronik" -> score min(1, 0 + 0.7) = 0.7 x weight 1',
    );
    expect(run.stdout).toContain('  section score = (0.8 x 2 + 0.7 x 1) / (2 + 1) = 0.7667');
    expect(run.stdout).toContain('Service score = own score = 84.4444, rounded 84.44');
    expect(run.stdout).toContain('Level = lowest of pengajuan 4, hasil 4 = 4 (Full transaction)');
    expect(run.stdout).toContain('Completeness = 4 / 4 required questions = 100.0%');
  });

  it('shows visits, inherent ones with their basis', async () => {
    const run = await runCli(['explain', ...base, '--service', 'kecamatan/ktp-el']);
    expect(run.stdout).toContain('warga harus hadir secara fisik: Perekaman sidik jari dan iris wajib hadir');
    expect(run.stdout).toContain('  - pengajuan (physical) (pertanyaan tanpa `trip`: satu perjalanan sendiri)');
    expect(run.stdout).toContain(
      '      melekat (physical): warga tetap datang; Perekaman sidik jari dan iris wajib hadir',
    );
    expect(run.stdout).toContain('Kunjungan per tahun = 1 x 2.000 = 2.000');
  });

  it('explains an OPD: the volume-weighted mean of its services and its own sections', async () => {
    const run = await runCli(['explain', ...base, '--opd', 'dukcapil', '--lang', 'en']);
    expect(run.stdout).toContain(
      'Mean of services (weighted by volume) = (84.4444 x 1,000 + 0 x 3,000) / (1,000 + 3,000) = 21.1111',
    );
    expect(run.stdout).toContain('Score = (21.1111 x 3 + 75 x 1) / (3 + 1) = 34.5833, rounded 34.58');
  });

  it('explains the city without a target', async () => {
    const run = await runCli(['explain', ...base, '--lang', 'en']);
    expect(run.stdout).toContain('Score = (35.5556 x 4 + 100 x 1) / (4 + 1) = 48.4444, rounded 48.44');
    expect(run.stdout).toContain('Rating = Kurang');
  });

  it('names an unknown service with a suggestion, exit 2', async () => {
    const run = await runCli(['explain', ...base, '--service', 'dukcapil/akta-lahr']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('layanan "dukcapil/akta-lahr" tidak ada di');
    expect(run.stderr).toContain('(akta-lahir?)');
  });
});
