import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture } from '../helpers/fixtures.js';
import { runCli } from '../helpers/run-cli.js';

const rubric = fixture('uji-mini.rubric.yaml');
const dir = mkdtempSync(join(tmpdir(), 'opdm-bad-'));

/** Score a bad file into -o: exit 2, one clear line per problem, no stack, and no output file. */
async function scoreBad(file: string) {
  const out = join(dir, `${Math.random()}.json`);
  const run = await runCli(['score', file, '--rubric', rubric, '--format', 'json', '-o', out]);
  expect(run.code).toBe(2);
  expect(run.stdout).toBe('');
  expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
  expect(existsSync(out)).toBe(false);
  return run.stderr;
}

const bad = (name: string) => fixture(`bad-answers/${name}.answers.yaml`);

describe('bad input: a clear line, exit 2, nothing written', () => {
  it.each([
    ['malformed', /malformed\.answers\.yaml:3:1: YAML tidak valid/],
    ['tab-indent', /tab-indent\.answers\.yaml:3:1: tab dipakai untuk indentasi; YAML memerlukan spasi/],
    ['duplicate-key', /duplicate-key\.answers\.yaml:4:1: kunci "period" muncul dua kali/],
    ['empty', /empty\.answers\.yaml: berkas kosong/],
    ['list-not-mapping', /list-not-mapping\.answers\.yaml:1:1: isi teratas berupa daftar, padahal harus mapping/],
    ['alias-bomb', /alias-bomb\.answers\.yaml:\d+:\d+: terlalu banyak alias YAML/],
    ['proto-key', /proto-key\.answers\.yaml:8:5: kunci "__proto__" tidak diizinkan/],
    ['wrong-types', /wrong-types\.answers\.yaml:3:9: harus berupa teks: beri tanda kutip/],
    [
      'unknown-question',
      new RegExp(
        /unknown-question\.answers\.yaml:13:19: pertanyaan "pengajuann" tidak ada di lingkup layanan /.source +
          /rubrik ini; maksud Anda "pengajuan"\?/.source,
      ),
    ],
    [
      'other-rubric',
      /other-rubric\.answers\.yaml:1:9: berkas ini memakai rubrik "opd-lain@1\.0\.0", bukan "uji-mini@1\.2\.0"/,
    ],
    [
      'nan-and-number-name',
      new RegExp(
        /nan-and-number-name\.answers\.yaml:10:119: NaN bukan angka yang bisa dihitung: tulis angka biasa, /.source +
          /misalnya 75\n.*:12:11: harus berupa teks: beri tanda kutip, misalnya "5"/.source,
      ),
    ],
    [
      'other-major',
      /other-major\.answers\.yaml:1:9: berkas ini untuk "uji-mini@2\.0\.0", beda versi mayor dengan "uji-mini@1\.2\.0"/,
    ],
  ])('%s', async (name, message) => {
    const stderr = await scoreBad(bad(name));
    expect(stderr).toMatch(message);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('a tab deep in a list gives the one line that says so, not a flood of parser errors', async () => {
    const stderr = await scoreBad(bad('tab-in-services'));
    expect(stderr).toMatch(
      new RegExp(
        /^.+tab-in-services\.answers\.yaml:11:1: tab dipakai untuk indentasi; YAML memerlukan spasi: /.source +
          /ganti tab dengan spasi\n$/.source,
      ),
    );
  });

  it("a YAML syntax error says what is wrong in the reader's language, not the parser's English", async () => {
    const id = await scoreBad(bad('malformed'));
    expect(id).toMatch(
      new RegExp(
        /malformed\.answers\.yaml:3:1: YAML tidak valid \(indentasi, yaitu spasi di awal baris, tidak /.source +
          /sesuai\): perbaiki penulisan di posisi ini\n$/.source,
      ),
    );
    const en = await runCli(['score', bad('malformed'), '--rubric', rubric, '--lang', 'en']);
    expect(en.stderr).toMatch(
      new RegExp(
        /malformed\.answers\.yaml:3:1: invalid YAML \(Flow map in block collection must be sufficiently /.source +
          /indented and end with a }\): fix the text at this position\n$/.source,
      ),
    );
    const quote = join(dir, 'quote.answers.yaml');
    writeFileSync(quote, 'rubric: uji-mini@1.2.0\ncity: {id: kota-x, name: "X}\nperiod: "2026"\n');
    expect(await scoreBad(quote)).toContain(
      'quote.answers.yaml:2:29: YAML tidak valid (penutup tanda kutip, ] atau } hilang)',
    );
  });

  it('a file of another kind where one is expected: one line that says which kind it is', async () => {
    const answers = fixture('kota-uji.answers.yaml');
    const report = join(dir, 'kota-uji.report.json');
    expect((await runCli(['score', answers, '--rubric', rubric, '--format', 'json', '-o', report])).code).toBe(0);
    const cases: [string[], string][] = [
      [
        ['score', report, '--rubric', rubric],
        `${report}:1:1: berkas ini adalah laporan JSON (dari opdm score --format json), bukan berkas jawaban: ` +
          `periksa berkas mana yang diberikan di sini\n`,
      ],
      [
        ['score', answers, '--rubric', answers],
        `${answers}:1:1: berkas ini adalah berkas jawaban, bukan rubrik: periksa berkas mana yang diberikan di sini\n`,
      ],
      [
        ['validate', rubric],
        `${rubric}:1:1: berkas ini adalah rubrik, bukan berkas jawaban: periksa berkas mana yang diberikan di sini\n`,
      ],
      [
        ['score', answers, '--rubric', rubric, '--baseline', answers, '--lang', 'en'],
        `${answers}:1:1: this file is an answers file, not a report JSON (from opdm score --format json): ` +
          `check which file is given here\n`,
      ],
    ];
    for (const [argv, stderr] of cases) expect(await runCli(argv)).toMatchObject({ code: 2, stdout: '', stderr });
  });

  it('answers written for another rubric: the one line that names the rubric, not every question', async () => {
    const run = await runCli([
      'validate',
      'test/fixtures/examples-1.0.0/kota-bandung.answers.yaml',
      '--rubric',
      rubric,
    ]);
    expect(run).toMatchObject({ code: 2, stdout: '' });
    expect(run.stderr).toBe(
      'test/fixtures/examples-1.0.0/kota-bandung.answers.yaml:13:9: ' +
        'berkas ini memakai rubrik "opd-digital-maturity@1.0.0", bukan "uji-mini@1.2.0"; ' +
        'pakai --rubric dengan rubrik yang benar\n',
    );
  });

  it('a volume with thousands separators: an error at its place, not a volume a thousand times too small', async () => {
    const file = join(dir, 'separators.answers.yaml');
    const text = readFileSync(fixture('kota-uji.answers.yaml'), 'utf8');
    const volumes = [...text.matchAll(/annual_volume: \d+/g)];
    expect(volumes.length).toBeGreaterThanOrEqual(2);
    writeFileSync(
      file,
      text
        .replace(volumes[0]![0], 'annual_volume: 5.000')
        .replace(volumes[1]![0], 'annual_volume: 1,250,000  # setahun'),
    );
    const lineOf = (needle: string) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .findIndex((line) => line.includes(needle)) + 1;
    const where = (needle: string) =>
      `${file}:${lineOf(needle)}:${readFileSync(file, 'utf8').split('\n')[lineOf(needle) - 1]!.indexOf(needle) + 1}`;
    const why = 'di YAML titik dan koma bukan pemisah ribuan, jadi angka ini terbaca salah (95.000 terbaca 95)';
    const stderr = await scoreBad(file);
    expect(stderr).toBe(
      `${where('5.000')}: 5.000: ${why}; tulis 5000\n` + `${where('1,250,000')}: 1,250,000: ${why}; tulis 1250000\n`,
    );
  });

  it('a typo in the rubric an answers file names: the bundled rubric it probably means, and where', async () => {
    const file = join(dir, 'typo.answers.yaml');
    writeFileSync(
      file,
      readFileSync('test/fixtures/examples-1.0.0/kota-bandung.answers.yaml', 'utf8').replace(
        'rubric: opd-digital-maturity@1.0.0',
        'rubric: opd-digital-maturty@1.0.0',
      ),
    );
    const run = await runCli(['validate', file]);
    expect(run).toMatchObject({
      code: 2,
      stdout: '',
      stderr:
        `opdm: rubrik "opd-digital-maturty" bukan rubrik bawaan; maksud Anda "opd-digital-maturity"? Perbaiki ` +
        `baris rubric: di ${file}\n`,
    });
  });

  it('a missing file', async () =>
    expect(await scoreBad(join(dir, 'nope.yaml'))).toMatch(/nope\.yaml: berkas tidak ditemukan/));

  it('a folder where a file is expected', async () => {
    const run = await runCli(['gap', dir, '--rubric', rubric]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/: (ini folder|.*folder)/);
  });

  it('a binary file', async () => {
    const file = join(dir, 'image.yaml');
    writeFileSync(file, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
    expect(await scoreBad(file)).toMatch(/image\.yaml: .*biner/);
  });

  it('a 50 MB file is refused by its size without being read', async () => {
    const file = join(dir, 'huge.yaml');
    writeFileSync(file, Buffer.alloc(50 * 1024 * 1024, 'a'));
    expect(await scoreBad(file)).toMatch(/huge\.yaml: .*50/);
  });

  it('every problem of a file at once, in English with --lang en', async () => {
    const file = join(dir, 'many.yaml');
    writeFileSync(
      file,
      'rubric: uji-mini@1.0.0\ncity: {id: Kota Uji, name: Kota Uji}\nperiod: "2026"\n' +
        'answers: {}\nopds:\n  - id: a\n    nmae: A\n    services: []\n',
    );
    const run = await runCli(['score', file, '--rubric', rubric, '--lang', 'en']);
    expect(run.code).toBe(2);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/many\.yaml:2:\d+: .*id/);
    expect(run.stderr).toMatch(/many\.yaml:7:5: unknown key "nmae".*did you mean "name"\?/);
  });

  it('issues of every file of a batch are reported together', async () => {
    const run = await runCli([
      'validate',
      bad('tab-indent'),
      bad('duplicate-key'),
      fixture('kota-uji.answers.yaml'),
      '--rubric',
      rubric,
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(2);
  });
});
