import { describe, expect, it } from 'vitest';
import { fixture } from '../helpers/fixtures.js';
import { runCli } from '../helpers/run-cli.js';

describe('usage errors: one line, exit 2, in the reader language', () => {
  it.each([
    [['scor', 'x.yaml'], 'opdm: perintah scor tidak dikenal; maksud Anda score? (lihat "opdm --help")\n'],
    [
      ['score', '--fromat', 'json', 'x.yaml'],
      'opdm: opsi --fromat tidak dikenal; maksud Anda --format? (lihat "opdm score --help")\n',
    ],
    [['gap'], 'opdm: argumen answers belum diberikan (lihat "opdm gap --help")\n'],
    [
      ['explain', fixture('kota-uji.answers.yaml'), '--opd', 'dukcapil', '--service', 'dukcapil/kk'],
      'opdm: sebutkan --service OPD/LAYANAN atau --opd OPD, tidak keduanya\n',
    ],
    [
      ['score', fixture('kota-uji.answers.yaml'), '--lang', 'fr'],
      'opdm: bahasa "fr" tidak tersedia; pilih id atau en\n',
    ],
    [
      ['score', fixture('kota-uji.answers.yaml'), '--delimiter', '|'],
      'opdm: pemisah "|" tidak tersedia; pilih "," atau ";"\n',
    ],
    [
      ['score', fixture('kota-uji.answers.yaml'), '--fail-under', '60,5'],
      'opdm: --fail-under memakai titik sebagai tanda desimal: tulis 60.5, bukan 60,5\n',
    ],
    [
      ['score', fixture('kota-uji.answers.yaml'), '--fail-under', '101'],
      'opdm: --fail-under adalah skor dari 0 sampai 100, bukan 101\n',
    ],
    [
      ['score', fixture('kota-uji.answers.yaml'), '--tolerance', '0,5', '--lang', 'en'],
      'opdm: --tolerance takes a decimal point: write 0.5, not 0,5\n',
    ],
    [
      ['score', fixture('kota-uji.answers.yaml'), '--tolerance', '1'],
      'opdm: --tolerance hanya berarti bersama --baseline; tambahkan --baseline LAPORAN.json atau hapus --tolerance\n',
    ],
  ])('opdm %j', async (argv, stderr) => {
    const run = await runCli(argv);
    expect(run).toMatchObject({ code: 2, stdout: '', stderr });
  });

  it('bare opdm shows the help on stderr and exits 2', async () => {
    const run = await runCli([]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Penggunaan: opdm [opsi] [perintah]\n');
  });

  it("the usage line is in the reader's language, for every command", async () => {
    expect((await runCli(['score', '--help'])).stdout).toContain('Penggunaan: opdm score [opsi] <answers...>\n');
    expect((await runCli(['rubric', '--help'])).stdout).toContain('Penggunaan: opdm rubric [opsi] [perintah]\n');
    expect((await runCli(['score', '--help', '--lang', 'en'])).stdout).toContain(
      'Usage: opdm score [options] <answers...>\n',
    );
    expect((await runCli(['--help', '--lang', 'en'])).stdout).toContain('Usage: opdm [options] [command]\n');
    expect((await runCli(['--help'])).stdout).toMatch(/\n {2}score \[opsi\] <answers\.\.\.> +hitung skor kota/);
    expect((await runCli(['--help'])).stdout).not.toContain('[options]');
    expect((await runCli(['help', 'rubric'])).stdout).toContain('\n  show [opsi] [rubric]  ');
  });

  it('--help and --version exit 0 on stdout', async () => {
    expect(await runCli(['--version'])).toMatchObject({ code: 0, stdout: expect.stringMatching(/^\d+\.\d+\.\d+\n$/) });
    const help = await runCli(['score', '--help', '--lang', 'en']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--fail-under <score>  fail (exit 1) when the city score is below this');
  });

  it('help of an unknown command says so and suggests the near one, as the command itself would', async () => {
    const expected = 'opdm: perintah scor tidak dikenal; maksud Anda score? (lihat "opdm --help")\n';
    expect(await runCli(['help', 'scor'])).toEqual({ code: 2, stdout: '', stderr: expected });
    expect(await runCli(['scor'])).toMatchObject({ code: 2, stderr: expected });
    expect((await runCli(['--lang', 'en', 'help', 'scor'])).stderr).toBe(
      'opdm: unknown command scor; did you mean score? (see "opdm --help")\n',
    );
    expect((await runCli(['help', 'score'])).code).toBe(0);
  });

  it("every command's help shows the global options, and promises what the command takes", async () => {
    for (const command of ['score', 'gap', 'explain', 'compare', 'init', 'assess', 'validate']) {
      const help = (await runCli([command, '--help', '--lang', 'en'])).stdout;
      expect(help).toMatch(/Global Options:\n(.*\n)* {2}--lang <lang> +language: id \(default\) or en\n/);
      expect(help).toMatch(/\n {2}--no-color +/);
    }
    for (const command of ['gap', 'explain']) {
      const help = (await runCli([command, '--help', '--lang', 'en'])).stdout;
      expect(help).toMatch(/\n {2}answers +one answers file \(YAML\)\n/);
      expect(help).not.toContain('folder');
    }
    const flat = async (argv: string[]) => (await runCli(argv)).stdout.replace(/\s+/g, ' ');
    const init = await flat(['init', '--help', '--lang', 'en']);
    expect(init).toContain('(default: the newest bundled opd-digital-maturity, see opdm rubric list)');
    expect(init).not.toContain('the rubric the answers file names');
    expect(await flat(['init', '--help'])).toContain('versi terbaru opd-digital-maturity yang dibundel');
  });
});
