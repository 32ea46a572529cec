import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { CityAnswers, Rubric, Scope } from '../../src/core/types.js';
import { bundledRubricPath } from '../../src/io/bundled.js';
import { runCli } from '../helpers/run-cli.js';
import { fillIn, withVolumes } from './fill-in.js';

const rubric = parse(readFileSync(bundledRubricPath('opd-digital-maturity')!, 'utf8')) as Rubric;
const dir = mkdtempSync(join(tmpdir(), 'opdm-init-bundled-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const idsOf = (scope: Scope) =>
  rubric.sections.filter((s) => s.scope === scope).flatMap((s) => s.questions.map((q) => q.id));
const keysAt = (text: string, indent: number) =>
  [...text.matchAll(new RegExp(`^ {${indent}}# ([a-z0-9-]+):$`, 'gm'))].map((m) => m[1]);

describe('opdm init with the bundled rubric', () => {
  it('writes a valid template for the whole catalog, every question of each scope once per entity', async () => {
    const file = join(dir, 'semua.yaml');
    const run = await runCli(['init', file, '--city-name', 'Kota Bandung', '--period', '2026']);
    expect(run.code).toBe(0);
    const text = readFileSync(file, 'utf8');
    const value = parse(text) as CityAnswers;
    const catalog = rubric.catalog ?? [];
    expect(value.rubric).toBe(`opd-digital-maturity@${rubric.version}`);
    expect(value.opds.map((o) => o.id)).toEqual(catalog.map((o) => o.id));
    expect(keysAt(text, 2)).toEqual(idsOf('city'));
    expect(keysAt(text, 6)).toEqual(catalog.flatMap(() => idsOf('opd')));
    expect(keysAt(text, 10)).toEqual(catalog.flatMap((o) => o.services.flatMap(() => idsOf('service'))));
    const open = await runCli(['validate', file]);
    expect(open.code).toBe(2);
    const services = catalog.reduce((n, o) => n + o.services.length, 0);
    expect(open.stderr.match(/tidak punya `annual_volume`/g)).toHaveLength(services);
    writeFileSync(file, withVolumes(text));
    const check = await runCli(['validate', file]);
    expect(check.stderr).toBe('');
    expect(check.code).toBe(0);
  });

  it('takes answers typed into it, "not applicable" and lists included, and scores them', async () => {
    const file = join(dir, 'dukcapil.yaml');
    expect((await runCli(['init', file, '--opd', 'disdukcapil', '--lang', 'en'])).code).toBe(0);
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('May be answered {na: "reason"} when it does not apply.');
    const filled = fillIn(text, {
      opds: {
        disdukcapil: {
          services: {
            'akta-kelahiran': {
              annual_volume: 42000,
              answers: {
                'info-layanan': 'standar-lengkap',
                'dokumen-persyaratan': { na: 'tidak ada dokumen' },
                'hasil-layanan': ['ambil-kantor', 'ambil-mpp'],
              },
            },
          },
        },
      },
    });
    writeFileSync(file, withVolumes(filled));
    const check = await runCli(['validate', file]);
    expect(check.stderr).toBe('');
    expect(check.code).toBe(0);
    const score = await runCli(['score', file, '--format', 'json']);
    expect(score.code).toBe(0);
    const report = JSON.parse(score.stdout) as {
      opds: { services: { id: string; answers: object; not_applicable: object }[] }[];
    };
    const service = report.opds[0]!.services.find((s) => s.id === 'akta-kelahiran')!;
    expect(service.answers).toMatchObject({
      'info-layanan': 'standar-lengkap',
      'hasil-layanan': ['ambil-kantor', 'ambil-mpp'],
    });
    expect(service.not_applicable).toEqual({ 'dokumen-persyaratan': 'tidak ada dokumen' });
  });
});
