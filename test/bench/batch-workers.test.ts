import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, ensureBuilt } from '../helpers/built.js';

// scripts/ is plain JavaScript (no declarations): imported by URL and typed here.
const { generateDataSet } = (await import(new URL('../../scripts/bench-data.mjs', import.meta.url).href)) as {
  generateDataSet: (options: {
    dir: string;
    cities: number;
    seed: number;
    opds: [number, number];
    services: [number, number];
  }) => Promise<{ files: string[] }>;
};

const tmp = mkdtempSync(join(tmpdir(), 'opdm-batch-'));
const dir = join(tmp, 'data');
let files: string[];

/** The built CLI, as a pipeline runs it: a batch of this size is spread over worker threads. */
const opdm = (...args: string[]) =>
  spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, LANG: 'C', NO_COLOR: '1' } });

beforeAll(async () => {
  ensureBuilt();
  ({ files } = await generateDataSet({ dir, cities: 20, seed: 11, opds: [2, 4], services: [2, 3] }));
}, 180_000);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('opdm score over a folder, in worker threads (the built binary)', () => {
  it('ranks the cities exactly as scoring each file on its own', () => {
    const batch = opdm('score', dir, '--format', 'json');
    expect(batch.status, batch.stderr).toBe(0);
    const { ranking } = JSON.parse(batch.stdout) as { ranking: { city: { id: string }; score: number }[] };
    const alone = files.map((file) => {
      const run = opdm('score', file, '--format', 'json');
      const report = JSON.parse(run.stdout) as { city: { id: string }; summary: { score: number } };
      return { id: report.city.id, score: report.summary.score };
    });
    alone.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    expect(ranking.map((r) => [r.city.id, r.score])).toEqual(alone.map((c) => [c.id, c.score]));
  });

  it('the ranking table lists every city, and CSV matches the JSON ranking', () => {
    const table = opdm('score', dir);
    expect(table.status).toBe(0);
    const csv = opdm('score', dir, '--format', 'csv');
    const rows = csv.stdout.replace('\uFEFF', '').trim().split('\r\n').slice(1);
    expect(rows).toHaveLength(files.length);
    const { ranking } = JSON.parse(opdm('score', dir, '--format', 'json').stdout) as {
      ranking: { city: { id: string; name: string } }[];
    };
    expect(rows.map((r) => r.split(',')[1])).toEqual(ranking.map((r) => r.city.id));
    const lines = table.stdout.split('\n');
    // Every city on its own row of the table, in the ranking's order.
    const at = ranking.map((r) => lines.findIndex((line) => line.includes(`│ ${r.city.name} `)));
    expect(at.every((i) => i > 0)).toBe(true);
    expect(at).toEqual([...at].sort((a, b) => a - b));
  });

  it('a broken file among them: exit 2, its problems named, nothing written', () => {
    const broken = join(tmp, 'broken');
    copyDataSet(broken);
    writeFileSync(
      join(broken, 'zz-broken.answers.yaml'),
      'rubric: opd-digital-maturity@1.0.0\ncity: {id: Kota X, name: X}\nperiod: "2026"\nanswers: {}\nopds: []\n',
    );
    const out = join(tmp, 'ranking.csv');
    const run = opdm('score', broken, '--format', 'csv', '-o', out);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/zz-broken\.answers\.yaml:2:\d+: /);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(opdm('score', broken, '--format', 'csv').stdout).toBe('');
  });

  it('a rubric that cannot be found is a usage error (exit 2) from a worker too, not a bug', () => {
    const unknown = join(tmp, 'unknown-rubric');
    copyDataSet(unknown);
    for (const file of files) {
      const name = join(unknown, file.split('/').pop()!);
      writeFileSync(
        name,
        readFileSync(name, 'utf8').replace('rubric: opd-digital-maturity@1.0.0', 'rubric: rubrik-lain@1.0.0'),
      );
    }
    const run = opdm('score', unknown);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(
      /^opdm: rubrik "rubrik-lain" tidak ada di antara rubrik bawaan .*; berikan --rubric BERKAS\n$/,
    );
  });

  it('gates every city: --fail-under names each one below it, exit 1, the ranking still written', () => {
    const run = opdm('score', dir, '--format', 'csv', '--fail-under', '100');
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split('\n')).toHaveLength(files.length);
    expect(run.stdout.replace('\uFEFF', '').trim().split('\r\n')).toHaveLength(files.length + 1);
  });
});

function copyDataSet(target: string): void {
  mkdirSync(target, { recursive: true });
  for (const file of files) copyFileSync(file, join(target, file.split('/').pop()!));
}
