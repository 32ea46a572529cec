import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runCli } from '../helpers/run-cli.js';
import { fillIn, withVolumes, type FillIn } from './fill-in.js';

const RUBRIC = 'test/fixtures/init/uji-mini.rubric.yaml';
const NO_CATALOG = 'test/fixtures/init/uji-mini-no-catalog.rubric.yaml';
const dir = mkdtempSync(join(tmpdir(), 'opdm-init-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let count = 0;
const fresh = (name = 'jawaban.yaml') => join(dir, `${count++}-${name}`);

async function initTo(file: string, ...flags: string[]) {
  const run = await runCli(['init', file, '--rubric', RUBRIC, '--period', '2026', ...flags]);
  return { ...run, text: existsSync(file) ? readFileSync(file, 'utf8') : '' };
}
const validate = (file: string, rubric = RUBRIC) => runCli(['validate', '--rubric', rubric, file]);

/** The commented-out key lines of a template, by indentation: 2 city, 6 OPD, 10 service. */
const keysAt = (text: string, indent: number) =>
  [...text.matchAll(new RegExp(`^ {${indent}}# ([a-z0-9-]+):$`, 'gm'))].map((m) => m[1]);

describe('opdm init', () => {
  it('writes a template whose only open items are the volumes, then validates with completeness 0', async () => {
    const file = fresh();
    const run = await initTo(file);
    expect(run.code).toBe(0);
    // A rubric that is not bundled: the hints carry the --rubric that finds it again.
    expect(run.stderr).toContain(`opdm validate ${file} --rubric ${RUBRIC}\n`);
    expect(run.text.replace(/\n# +/g, ' ')).toContain(`opdm validate ${file} --rubric ${RUBRIC};`);
    // The rubric weights by volume: a volume not filled in is an error, never a silent 0.
    const open = await validate(file);
    expect(open.code).toBe(2);
    const lines = open.stderr.trim().split('\n');
    expect(lines).toHaveLength(4);
    expect(
      lines.every((line) => /tidak punya `annual_volume`, padahal rubrik membobot menurut volume/.test(line)),
    ).toBe(true);
    writeFileSync(file, withVolumes(readFileSync(file, 'utf8')));
    const check = await validate(file);
    expect(check.stderr).toBe('');
    expect(check.code).toBe(0);
    expect(check.stdout).toContain('4 OPD, 4 layanan');
    expect(check.stdout).toContain('0%');
  });

  it('lists every question of each scope as a commented key, once per city, OPD and service', async () => {
    const { text } = await initTo(fresh());
    expect(keysAt(text, 2)).toEqual(['kebijakan-spbe']);
    expect(keysAt(text, 6)).toEqual(Array.from({ length: 4 }, () => ['sop', 'integrasi']).flat());
    const service = ['pengajuan', 'berbayar', 'pembayaran', 'hasil', 'persen-daring', 'catatan'];
    expect(keysAt(text, 10)).toEqual(Array.from({ length: 4 }, () => service).flat());
    expect(text).toContain('Bagaimana permohonan diajukan?');
    expect(text).toContain('loket    = Di loket (warga harus datang ke kantor)');
    expect(text).toContain('Hanya ditanyakan bila: berbayar = true');
  });

  it('writes its comments in English with --lang en, names staying in the rubric language', async () => {
    const { text } = await initTo(fresh(), '--lang', 'en');
    expect(text).toContain('How is the application made?');
    expect(text).toContain('Asked only when: berbayar = true');
    expect(text).toContain('name: Akta Kelahiran  # Birth certificate');
    expect(text).not.toContain('Bagaimana permohonan diajukan?');
  });

  it('keeps the placeholders and flags honest: the volume to fill in explained, city from the flags', async () => {
    const { text } = await initTo(fresh(), '--city-name', 'Kota Bandung', '--province', 'Jawa Barat');
    const value = parse(text) as Record<string, unknown>;
    expect(value).toMatchObject({
      rubric: 'uji-mini@1.2.0',
      city: { id: 'kota-bandung', name: 'Kota Bandung', province: 'Jawa Barat' },
      period: '2026',
      answers: {},
    });
    expect(text).toContain('        # annual_volume:  # wajib: hapus # lalu isi jumlah transaksi setahun\n');
    expect(text.replace(/\n# +/g, ' ')).toMatch(
      new RegExp(
        /Templat menulisnya sebagai komentar: hapus tanda # lalu isi angkanya, tanpa titik ribuan \(95000, /.source +
          /bukan 95\.000\)/.source,
      ),
    );
  });

  it('quotes what YAML would misread, so names survive the round trip', async () => {
    const file = fresh();
    const name = 'Kota "Uji": #1 yes';
    await initTo(file, '--city-name', name, '--period', '2026-S1');
    writeFileSync(file, withVolumes(readFileSync(file, 'utf8')));
    expect(parse(readFileSync(file, 'utf8')) as { city: { id: string; name: string }; period: string }).toMatchObject({
      city: { id: 'kota-uji-1-yes', name },
      period: '2026-S1',
    });
    expect((await validate(file)).code).toBe(0);
  });

  it('leaves the volume as an optional comment when the rubric does not weight by volume', async () => {
    const rubric = join(dir, 'equal.rubric.yaml');
    writeFileSync(
      rubric,
      readFileSync(RUBRIC, 'utf8').replace('service_weighting: volume', 'service_weighting: equal'),
    );
    const file = fresh();
    expect((await runCli(['init', file, '--rubric', rubric])).code).toBe(0);
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('# annual_volume:  # jumlah transaksi setahun (opsional)');
    expect(text).not.toMatch(/^ +annual_volume:/m);
    expect((await validate(file, rubric)).code).toBe(0);
  });

  it('points editors at the schema this opdm ships: a relative path in the project, absolute outside', async () => {
    const { text } = await initTo(fresh());
    const schema = fileURLToPath(new URL('../../schemas/answers.schema.json', import.meta.url));
    expect(text.split('\n')[0]).toBe(`# yaml-language-server: $schema=${schema.split(sep).join('/')}`);
    expect(existsSync(schema)).toBe(true);
    const inside = mkdtempSync(join(process.cwd(), 'test', '.tmp-init-'));
    try {
      const file = join(inside, 'jawaban.yaml');
      const run = await initTo(file);
      const ref = /^# yaml-language-server: \$schema=(.+)$/m.exec(run.text)?.[1];
      expect(ref).toBe('../../schemas/answers.schema.json');
      expect(existsSync(resolve(dirname(file), ref!))).toBe(true);
    } finally {
      rmSync(inside, { recursive: true, force: true });
    }
  });

  it('prints to stdout without a file, the schema path relative to the working folder', async () => {
    const run = await runCli(['init', '--rubric', RUBRIC]);
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[0]).toBe('# yaml-language-server: $schema=schemas/answers.schema.json');
    expect(run.stdout).toContain(`period: "${new Date().getFullYear()}"`);
    expect(run.stderr).toBe('');
  });

  it('--opd keeps only the named OPDs, in catalog order, spaced or comma-separated', async () => {
    for (const flags of [
      ['--opd', 'kecamatan', 'dukcapil'],
      ['--opd', 'kecamatan,dukcapil'],
    ]) {
      const file = fresh();
      await initTo(file, ...flags);
      writeFileSync(file, withVolumes(readFileSync(file, 'utf8')));
      const value = parse(readFileSync(file, 'utf8')) as { opds: { id: string; services: { id: string }[] }[] };
      expect(value.opds.map((o) => o.id)).toEqual(['dukcapil', 'kecamatan']);
      expect(value.opds.flatMap((o) => o.services.map((s) => s.id))).toEqual(['akta-lahir', 'kk', 'ktp-el']);
      expect((await validate(file)).code).toBe(0);
    }
  });

  it('refuses an unknown --opd with exit 2 and a "did you mean"', async () => {
    const file = fresh();
    const run = await initTo(file, '--opd', 'dukcapl');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('"dukcapl"');
    expect(run.stderr).toContain('(dukcapil?)');
    expect(existsSync(file)).toBe(false);
  });

  it('says to put the file first when --opd swallowed it', async () => {
    const run = await runCli(['init', '--rubric', RUBRIC, '--opd', 'dukcapil', 'jawaban.yaml']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('opdm init jawaban.yaml --opd dukcapil');
    expect(run.stdout).toBe('');
  });

  it('refuses a --city-id that is not an id, and --opd on a rubric without a catalog', async () => {
    expect((await initTo(fresh(), '--city-id', 'Kota Bandung')).stderr).toContain('--city-id "Kota Bandung"');
    const run = await runCli(['init', '--rubric', NO_CATALOG, '--opd', 'dukcapil']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('tidak punya katalog');
  });

  it('never overwrites an existing file without --force, leaving it byte-identical', async () => {
    const file = fresh();
    const answers = Buffer.from('rubric: uji-mini@1.2.0\n# jawaban kami, jangan hilang\n\u00e9\r\n');
    writeFileSync(file, answers);
    const run = await initTo(file);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('sudah ada');
    expect(run.stderr).toContain('--force');
    expect(readFileSync(file).equals(answers)).toBe(true);
    const english = await runCli(['init', file, '--rubric', RUBRIC, '--lang', 'en']);
    expect(english.stderr).toContain('already exists');
    const forced = await initTo(file, '--force');
    expect(forced.code).toBe(0);
    expect(forced.text).toContain('# yaml-language-server:');
  });

  it('never writes over the rubric it reads, even with --force', async () => {
    const rubric = join(dir, 'own.rubric.yaml');
    writeFileSync(rubric, readFileSync(RUBRIC));
    const run = await runCli(['init', rubric, '--rubric', rubric, '--force']);
    expect(run.code).toBe(2);
    expect(readFileSync(rubric, 'utf8')).toBe(readFileSync(RUBRIC, 'utf8'));
  });

  it('without a catalog: no OPDs, a commented example, still valid', async () => {
    const file = fresh();
    expect((await runCli(['init', file, '--rubric', NO_CATALOG])).code).toBe(0);
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('opds: []');
    expect(text).toContain('#   - id: contoh-opd');
    expect((await validate(file, NO_CATALOG)).code).toBe(0);
  });
});

describe('a filled-in template', () => {
  it('scores like the worked example when a planner types the kota-uji answers into it', async () => {
    const file = fresh();
    await initTo(file, '--city-id', 'kota-uji', '--city-name', 'Kota Uji', '--opd', 'dukcapil', 'bapenda', 'kecamatan');
    const example = parse(readFileSync('test/fixtures/init/kota-uji.answers.yaml', 'utf8')) as {
      answers: Record<string, never>;
      opds: {
        id: string;
        answers: Record<string, never>;
        services: { id: string; annual_volume: number; answers: Record<string, never> }[];
      }[];
    };
    const data: FillIn = {
      city: example.answers,
      opds: Object.fromEntries(
        example.opds.map((o) => [
          o.id,
          {
            answers: o.answers,
            services: Object.fromEntries(
              o.services.map((s) => [s.id, { answers: s.answers, annual_volume: s.annual_volume }]),
            ),
          },
        ]),
      ),
    };
    writeFileSync(file, fillIn(readFileSync(file, 'utf8'), data));
    const run = await runCli(['score', file, '--rubric', RUBRIC, '--format', 'json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as { summary: unknown; opds: { id: string; score: number }[] };
    const expected = JSON.parse(readFileSync('test/fixtures/init/kota-uji.expected.json', 'utf8')) as typeof report;
    expect(report.summary).toMatchObject(expected.summary as object);
    expect(report.opds.map((o) => [o.id, o.score])).toEqual(expected.opds.map((o) => [o.id, o.score]));
  });

  it('stays valid half-way: a few answers, the rest still comments', async () => {
    const file = fresh();
    await initTo(file);
    writeFileSync(
      file,
      withVolumes(
        fillIn(readFileSync(file, 'utf8'), {
          opds: {
            dukcapil: {
              answers: { sop: true },
              services: { kk: { answers: { pengajuan: 'daring' }, annual_volume: 10 } },
            },
          },
        }),
      ),
    );
    const check = await validate(file);
    expect(check.code).toBe(0);
    expect(check.stdout).not.toContain(' 0%');
  });
});
