import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { load } from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CityAnswers } from '../../src/core/types.js';
import { runCli } from '../helpers/run-cli.js';

interface GenerateOptions {
  dir: string;
  cities?: number;
  seed?: number;
  opds?: [number, number];
  services?: [number, number];
}
interface DataSet {
  files: string[];
  bytes: number;
  services: number;
}
// scripts/ is plain JavaScript (no declarations): imported by URL and typed here.
const { generateDataSet } = (await import(new URL('../../scripts/bench-data.mjs', import.meta.url).href)) as {
  generateDataSet: (options: GenerateOptions) => Promise<DataSet>;
};

/** A small nation: 6 pemda with a few OPDs and services each, so the whole test stays fast. */
const SMALL = { cities: 6, seed: 7, opds: [3, 5], services: [2, 4] } as const satisfies Partial<GenerateOptions>;
const tmp = mkdtempSync(join(tmpdir(), 'opdm-bench-data-'));
const dir = join(tmp, 'data');
let dataSet: DataSet;

const readCity = (file: string) => load(readFileSync(file, 'utf8')) as CityAnswers;

beforeAll(async () => {
  dataSet = await generateDataSet({ dir, ...SMALL, opds: [...SMALL.opds], services: [...SMALL.services] });
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('the benchmark data set (scripts/bench-data.mjs)', () => {
  it('writes one <city-id>.answers.yaml per pemda: provinsi, kabupaten and kota', () => {
    const names = readdirSync(dir).sort();
    expect(names).toHaveLength(SMALL.cities);
    expect(dataSet.files.map((f) => basename(f)).sort()).toEqual(names);
    for (const name of names) expect(name).toMatch(/^(prov|kab|kota)-[a-z0-9]+(-[a-z0-9]+)*\.answers\.yaml$/);
    expect(new Set(names.map((n) => n.split('-')[0]))).toEqual(new Set(['prov', 'kab', 'kota']));
    for (const file of dataSet.files) expect(`${readCity(file).city.id}.answers.yaml`).toBe(basename(file));
  });

  it('validates against the bundled rubric, without a single warning', async () => {
    const run = await runCli(['validate', dir]);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout.trim().split('\n')).toHaveLength(SMALL.cities);
  });

  it('exercises the rubric: conditional questions, not-applicable answers, multi answers, volumes', () => {
    const text = dataSet.files.map((f) => readFileSync(f, 'utf8')).join('\n');
    expect(text).toMatch(/^ {10}pemeriksaan: /m);
    expect(text).toMatch(/^ {10}pembayaran: /m);
    expect(text).toMatch(/: \{na: "[^"]+"\}$/m);
    expect(text).toMatch(/^ {10}hasil-layanan: \[[a-z-]+(, [a-z-]+)*\]$/m);
    for (const file of dataSet.files) {
      for (const opd of readCity(file).opds) {
        expect(new Set(opd.services.map((s) => s.id)).size).toBe(opd.services.length);
        for (const service of opd.services) expect(service.annual_volume).toBeGreaterThan(0);
      }
    }
  });

  it('is the same for the same seed, and another for another seed', async () => {
    const again = await generateDataSet({
      dir: join(tmp, 'again'),
      ...SMALL,
      opds: [...SMALL.opds],
      services: [...SMALL.services],
    });
    const other = await generateDataSet({
      dir: join(tmp, 'other'),
      ...SMALL,
      opds: [...SMALL.opds],
      services: [...SMALL.services],
      seed: 8,
    });
    const contents = (set: DataSet) => set.files.map((f) => readFileSync(f, 'utf8'));
    expect(contents(again)).toEqual(contents(dataSet));
    expect(contents(other)).not.toEqual(contents(dataSet));
  });

  it('by default gives each pemda 25-45 OPDs of 10-30 services, ids unique', async () => {
    const full = await generateDataSet({ dir: join(tmp, 'full'), cities: 3, seed: 1 });
    for (const file of full.files) {
      const city = readCity(file);
      expect(city.opds.length).toBeGreaterThanOrEqual(25);
      expect(city.opds.length).toBeLessThanOrEqual(45);
      expect(new Set(city.opds.map((o) => o.id)).size).toBe(city.opds.length);
      for (const opd of city.opds) {
        expect(opd.services.length).toBeGreaterThanOrEqual(10);
        expect(opd.services.length).toBeLessThanOrEqual(30);
      }
    }
  });
});

describe('opdm score over a folder', () => {
  it('ranks the cities exactly as scoring each file on its own does', async () => {
    const batch = await runCli(['score', dir, '--format', 'json']);
    expect(batch).toMatchObject({ code: 0, stderr: '' });
    const { ranking } = JSON.parse(batch.stdout) as {
      ranking: { rank: number; city: { id: string }; score: number | null }[];
    };

    const oneByOne: { id: string; score: number | null }[] = [];
    for (const file of dataSet.files) {
      const run = await runCli(['score', file, '--format', 'json']);
      expect(run.code).toBe(0);
      const report = JSON.parse(run.stdout) as { city: { id: string }; summary: { score: number | null } };
      oneByOne.push({ id: report.city.id, score: report.summary.score });
    }
    // Score, highest first (unknown last), then city id: the ranking order of `opdm score`.
    oneByOne.sort(
      (a, b) => (b.score ?? -Infinity) - (a.score ?? -Infinity) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );

    expect(ranking.map((r) => r.rank)).toEqual(oneByOne.map((_, i) => i + 1));
    expect(ranking.map((r) => ({ id: r.city.id, score: r.score }))).toEqual(oneByOne);
    // A ranking of equal scores would prove little.
    expect(new Set(oneByOne.map((c) => c.score)).size).toBeGreaterThan(1);
  });
});
