/** What `opdm compare` accepts: answers files and report JSON, mixed; one rubric line; exit codes. */
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { compareJson, fixture, FIXTURES, RUBRIC, runCompare, writeReport } from './compare-helpers.js';
import type { Comparison } from '../../src/core/compare.js';

const MAJU = fixture('kota-maju');
const RINTIS = fixture('kota-rintis');

/** The comparison without what depends on how the inputs were read. */
const figures = (c: Comparison) => ({
  summary: c.summary,
  city: c.city,
  opds: c.opds,
  services: c.services,
  learn_from: c.learn_from,
});

describe('different rubrics', () => {
  it('refuses another major version with exit 2, naming both rubrics, and writes nothing', async () => {
    const run = await runCompare(MAJU, fixture('rubric-major-2'));
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      `opdm: kedua penilaian tidak bisa dibandingkan: ${MAJU} memakai rubrik uji-banding@1.0.0, ` +
        `${fixture('rubric-major-2')} memakai rubrik uji-banding@2.0.0; ` +
        `keduanya harus memakai id rubrik dan versi mayor yang sama\n`,
    );
  });

  it('refuses another rubric id, in English with --lang en', async () => {
    const run = await runCompare(fixture('other-rubric'), MAJU, ['--lang', 'en']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('uses rubric opd-digital-maturity@1.0.0');
    expect(run.stderr).toContain('uses rubric uji-banding@1.0.0; both must use the same rubric id and major version');
  });

  it('refuses a report of another major version as well', async () => {
    const report = await writeReport(RINTIS, (r) => {
      r.rubric = { ...(r.rubric as object), version: '2.1.0' };
    });
    const run = await runCompare(MAJU, report);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${report} memakai rubrik uji-banding@2.1.0`);
  });

  it('refuses a --rubric that is not the rubric both name', async () => {
    const run = await runCli(['compare', MAJU, RINTIS, '--rubric', `${FIXTURES}/uji-banding-v2.rubric.yaml`]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('rubrik uji-banding@2.0.0');
    expect(run.stderr).toContain('memakai rubrik uji-banding@1.0.0');
  });

  it('accepts another minor version of the same rubric', async () => {
    const report = await writeReport(RINTIS, (r) => {
      r.rubric = { ...(r.rubric as object), version: '1.3.0' };
    });
    expect((await compareJson(MAJU, report)).b.rubric.version).toBe('1.3.0');
  });
});

describe('report JSON and answers files', () => {
  it('give the same comparison in any mix', async () => {
    const fromAnswers = await compareJson(MAJU, RINTIS);
    const [reportA, reportB] = [await writeReport(MAJU), await writeReport(RINTIS)];
    expect(figures(await compareJson(reportA, RINTIS))).toEqual(figures(fromAnswers));
    expect(figures(await compareJson(MAJU, reportB))).toEqual(figures(fromAnswers));
    expect(figures(await compareJson(reportA, reportB))).toEqual(figures(fromAnswers));
  });

  it('warns (but compares) when a report was made with different rubric contents', async () => {
    const report = await writeReport(MAJU, (r) => {
      r.rubric = { ...(r.rubric as object), sha256: 'f'.repeat(64) };
    });
    const run = await runCompare(report, RINTIS, ['--format', 'json']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(
      `opdm: peringatan: laporan ${report} dibuat dengan rubrik uji-banding@1.0.0 yang isinya berbeda dari ` +
        `${RUBRIC} (sha256 lain); langkah "belajar dari" dinilai dengan ${RUBRIC}\n`,
    );
    expect((JSON.parse(run.stdout) as Comparison).learn_from).toHaveLength(5);
  });

  it('refuses a batch of several reports', async () => {
    const dir = (await writeReport(MAJU)).replace(/report\.json$/, '');
    const batch = `${dir}batch.json`;
    expect((await runCli(['score', MAJU, RINTIS, '--rubric', RUBRIC, '--format', 'json', '-o', batch])).code).toBe(0);
    const run = await runCompare(batch, RINTIS);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `opdm: ${batch} berisi 2 laporan; compare membandingkan dua penilaian, satu laporan per berkas\n`,
    );
  });

  it('reports a broken report with file:line:col and exit 2', async () => {
    const report = await writeReport(MAJU, (r) => {
      delete r.summary;
    });
    const run = await runCompare(report, RINTIS);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(new RegExp(`^${report.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:1:1: .*summary`));
  });

  it('needs --rubric when the rubric is not bundled', async () => {
    const run = await runCli(['compare', MAJU, RINTIS]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('rubrik "uji-banding" tidak ada di antara rubrik bawaan');
  });
});

describe('options', () => {
  it('refuses a format compare does not write', async () => {
    const run = await runCompare(MAJU, RINTIS, ['--format', 'pdf']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'opdm: format "pdf" tidak tersedia di sini; pilih salah satu: table, json, md, csv, html, xlsx\n',
    );
  });
});
