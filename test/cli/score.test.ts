import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture } from '../helpers/fixtures.js';
import { runCli } from '../helpers/run-cli.js';

const answers = fixture('kota-uji.answers.yaml');
const rubric = ['--rubric', fixture('uji-mini.rubric.yaml')];
const dir = mkdtempSync(join(tmpdir(), 'opdm-score-'));

describe('opdm score', () => {
  it('writes the report JSON with the SPEC fields, stable to diff', async () => {
    const run = await runCli(['score', answers, ...rubric, '--format', 'json']);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.report_version).toBe(2);
    expect(report.generator).toMatch(/^opd-maturity \d+\.\d+\.\d+/);
    expect(report.rubric).toEqual({
      id: 'uji-mini',
      version: '1.2.0',
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    expect(report.summary.score).toBe(48.44);
    expect(run.stdout.endsWith('}\n')).toBe(true);
    expect((await runCli(['score', answers, ...rubric, '--format', 'json'])).stdout).toBe(run.stdout);
  });

  it('writes -o atomically and says where', async () => {
    const out = join(dir, 'report.json');
    const run = await runCli(['score', answers, ...rubric, '--format', 'json', '-o', out]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(`ditulis: ${out}`);
    expect(JSON.parse(readFileSync(out, 'utf8')).summary.annual_visits).toBe(16000);
  });

  it('never writes over an input file', async () => {
    const copy = join(dir, 'answers.yaml');
    writeFileSync(copy, readFileSync(answers));
    const run = await runCli(['score', copy, ...rubric, '--format', 'json', '-o', copy]);
    expect(run.code).toBe(2);
    expect(readFileSync(copy, 'utf8')).toBe(readFileSync(answers, 'utf8'));
  });

  it('ranks several cities (a folder) in one table', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'opdm-batch-'));
    const text = readFileSync(answers, 'utf8');
    writeFileSync(join(folder, 'a.yaml'), text);
    writeFileSync(
      join(folder, 'b.yaml'),
      text
        .replace('id: kota-uji, name: Kota Uji', 'id: kota-dua, name: Kota Dua')
        .replace('kebijakan-spbe: true', 'kebijakan-spbe: false'),
    );
    const run = await runCli(['score', folder, ...rubric, '--format', 'csv']);
    expect(run.code).toBe(0);
    const rows = run.stdout.replace('\uFEFF', '').trim().split('\r\n');
    expect(rows).toHaveLength(3);
    expect(rows[1]).toMatch(/^1,kota-uji,Kota Uji,2026,uji-mini@1\.2\.0,48\.44,/);
    expect(rows[2]).toMatch(/^2,kota-dua,Kota Dua,2026,uji-mini@1\.2\.0,28\.44,/);
  });

  it('writes CSV for Excel with Indonesian settings', async () => {
    const run = await runCli(['score', answers, ...rubric, '--format', 'csv', '--delimiter', ';']);
    expect(run.stdout.startsWith('\uFEFF')).toBe(true);
    expect(run.stdout).toContain(';84,44;');
  });

  it('refuses an unknown format with exit 2', async () => {
    const run = await runCli(['score', answers, ...rubric, '--format', 'pdf']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('format "pdf" tidak tersedia di sini');
  });
});

describe('CI gates on score', () => {
  it('--fail-under: exit 1 below the threshold, and the report is still written', async () => {
    const out = join(dir, 'gated.json');
    const run = await runCli(['score', answers, ...rubric, '--format', 'json', '-o', out, '--fail-under', '50']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('skor kota 48,44 di bawah --fail-under 50');
    expect(existsSync(out)).toBe(true);
    expect((await runCli(['score', answers, ...rubric, '--fail-under', '48.44'])).code).toBe(0);
  });

  it('--require-complete: exit 1 naming the incomplete services', async () => {
    const partial = join(dir, 'partial.yaml');
    writeFileSync(partial, readFileSync(answers, 'utf8').replace('          persen-daring: 80\n', ''));
    const run = await runCli(['score', partial, ...rubric, '--require-complete', '--lang', 'en']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('1 required question(s) unanswered (completeness 96.0%) in dukcapil/akta-lahir');
    expect((await runCli(['score', answers, ...rubric, '--require-complete'])).code).toBe(0);
  });

  it('--baseline: exit 1 when the city or an OPD drops more than the tolerance', async () => {
    const baseline = join(dir, 'baseline.json');
    await runCli(['score', answers, ...rubric, '--format', 'json', '-o', baseline]);
    const worse = join(dir, 'worse.yaml');
    writeFileSync(
      worse,
      readFileSync(answers, 'utf8').replace(
        'answers: {sop: true, integrasi: sebagian}',
        'answers: {sop: false, integrasi: sebagian}',
      ),
    );
    const run = await runCli(['score', worse, ...rubric, '--baseline', baseline, '--lang', 'en']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      `opdm: ${worse}: city score dropped 3.33 points (48.44 -> 45.11), more than the tolerance 0\n`,
    );
    expect(run.stderr).toContain(`opdm: ${worse}: OPD dukcapil score dropped 12.50 points (34.58 -> 22.08)`);
    expect((await runCli(['score', worse, ...rubric, '--baseline', baseline, '--tolerance', '13'])).code).toBe(0);
    expect((await runCli(['score', answers, ...rubric, '--baseline', baseline])).code).toBe(0);
  });

  it('a baseline of another city is a mistake of input (exit 2), not a regression', async () => {
    const other = join(dir, 'other-city.json');
    const run0 = await runCli(['score', answers, ...rubric, '--format', 'json']);
    writeFileSync(other, run0.stdout.replace('"id": "kota-uji"', '"id": "kota-lain"'));
    const run = await runCli(['score', answers, ...rubric, '--baseline', other, '--lang', 'en']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'opdm: the baseline is a report of city "kota-lain", not "kota-uji"; use a report of the same city\n',
    );
  });

  it('refuses a negative --tolerance (exit 2)', async () => {
    const run = await runCli(['score', answers, ...rubric, '--tolerance', '-1', '--lang', 'en']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('opdm: --tolerance cannot be negative ("-1"); use 0 or more\n');
  });

  it('a broken baseline is invalid input (exit 2), with its position', async () => {
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{"report_version": 1,\n "summary": 5}\n');
    const run = await runCli(['score', answers, ...rubric, '--baseline', broken]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/broken\.json:\d+:\d+: /);
  });
});

describe('opdm gap', () => {
  it('lists the ranked actions with the visits they save', async () => {
    const run = await runCli(['gap', answers, ...rubric, '--format', 'json']);
    const gap = JSON.parse(run.stdout).gap;
    expect(gap.actions.map((a: { visits_avoided: number }) => a.visits_avoided)).toEqual([5000, 3000, 3000, 3000]);
  });

  it('--top and --opd narrow the list', async () => {
    const run = await runCli(['gap', answers, ...rubric, '--format', 'json', '--top', '1', '--opd', 'dukcapil']);
    expect(JSON.parse(run.stdout).gap.actions).toEqual([
      expect.objectContaining({
        opd: 'dukcapil',
        service: 'kk',
        trip: null,
        steps: [expect.objectContaining({ question: 'pengajuan' })],
      }),
    ]);
  });

  it('--top takes a whole number of 1 or more', async () => {
    for (const top of ['0', '-1', '1.5']) {
      const run = await runCli(['gap', answers, ...rubric, '--top', top, '--lang', 'en']);
      expect(run.code).toBe(2);
      expect(run.stderr).toBe(`opdm: --top needs a whole number of 1 or more, not "${top}"\n`);
    }
  });

  it('an unknown OPD is a usage error with a suggestion', async () => {
    const run = await runCli(['gap', answers, ...rubric, '--opd', 'dukcapi']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('OPD "dukcapi" tidak ada di');
    expect(run.stderr).toContain('(dukcapil?)');
  });
});
