import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import type { CityAnswers } from '../../src/core/types.js';
import { opdm, scoreReport, tempDir } from '../workbook/helpers.js';

const example = (name: string) => fileURLToPath(new URL(`../../examples/${name}`, import.meta.url));

/** An example split as a coordinator receives it: one file per OPD, the city's answers in the first. */
function split(file: string, dir: string): string[] {
  const city = parse(readFileSync(file, 'utf8')) as CityAnswers;
  return city.opds.map((opd, i) => {
    const part = { ...city, answers: i === 0 ? city.answers : {}, opds: [opd] };
    if (i !== 0) delete (part as { evidence?: unknown }).evidence;
    const path = join(dir, `${String(i).padStart(2, '0')}-${opd.id}.yaml`);
    writeFileSync(path, stringify(part));
    return path;
  });
}

describe('opdm merge: per-OPD files into one city file', () => {
  it.each(['kota-bandung.answers.yaml', 'kota-palangka-raya.answers.yaml'])(
    'the split-and-merge of %s scores identically',
    async (name) => {
      const dir = tempDir();
      const parts = split(example(name), dir);
      // The same OPD sent twice, alike: a repeat is not a conflict.
      const again = join(dir, 'again.yaml');
      writeFileSync(again, readFileSync(parts[1]!, 'utf8'));
      const run = await opdm(dir, 'merge', ...parts, again, '-o', 'kota.yaml');
      expect(run.code, run.stderr).toBe(0);
      expect(await scoreReport(dir, join(dir, 'kota.yaml'))).toEqual(await scoreReport(dir, example(name)));
    },
  );
});

/** Two small files of Palangka Raya's Disdukcapil to disagree in one place. */
function pair(dir: string, change: (b: CityAnswers & Record<string, unknown>) => void): { a: string; b: string } {
  const city = parse(readFileSync(example('kota-palangka-raya.answers.yaml'), 'utf8')) as CityAnswers;
  const base = { ...city, opds: [city.opds[0]!] };
  const a = join(dir, 'a.yaml');
  const b = join(dir, 'b.yaml');
  writeFileSync(a, stringify(base));
  const other = structuredClone(base) as CityAnswers & Record<string, unknown>;
  change(other);
  writeFileSync(b, stringify(other));
  return { a, b };
}

/** `file:line:col` of the value after `key:` on the first line (after `after`) that has it. */
function where(file: string, key: string, after = ''): string {
  const lines = readFileSync(file, 'utf8').split('\n');
  const start = after === '' ? 0 : lines.findIndex((l) => l.includes(after));
  const at = lines.findIndex((l, i) => i >= start && l.trimStart().startsWith(`${key}:`));
  const col = lines[at]!.indexOf(`${key}:`) + key.length + 3;
  return `${file}:${at + 1}:${col}`;
}

type Edit = (b: CityAnswers & Record<string, unknown>) => void;
const mutable = <T>(value: T) => value as { -readonly [K in keyof T]: T[K] };

describe('opdm merge: a conflict names both files and the place; exit 2; nothing written', () => {
  const cases: [string, Edit, string, string, string][] = [
    [
      'a city answer',
      (b) => (mutable(b.answers)['regulasi-spbe'] = 'rancangan'),
      'regulasi-spbe',
      'answers',
      'answers.regulasi-spbe',
    ],
    [
      'an OPD answer',
      (b) => (mutable(b.opds[0]!.answers)['kompetensi-digital'] = 5),
      'kompetensi-digital',
      'opds:',
      'disdukcapil / answers.kompetensi-digital',
    ],
    [
      'a service answer',
      (b) => (mutable(b.opds[0]!.services[0]!.answers)['persen-daring'] = 99),
      'persen-daring',
      'services:',
      'disdukcapil / ktp-el / answers.persen-daring',
    ],
    [
      "a service's volume",
      (b) => (mutable(b.opds[0]!.services[0]!).annual_volume = 1),
      'annual_volume',
      'services:',
      'disdukcapil / ktp-el / annual_volume',
    ],
    ['the period', (b) => (b.period = '2027'), 'period', '', 'period'],
  ];
  it.each(cases)('%s', async (_name, change, key, after, place) => {
    const dir = tempDir();
    const { a, b } = pair(dir, change);
    const run = await opdm(dir, 'merge', a, b, '-o', 'kota.yaml', '--lang', 'en');
    expect(run.code).toBe(2);
    const value = (file: string) => {
      const line = readFileSync(file, 'utf8').split('\n')[Number(where(file, key, after).split(':').at(-2)) - 1]!;
      return line.slice(line.indexOf(`${key}:`) + key.length + 2).replace(/^"|"$/g, '');
    };
    expect(run.stderr).toBe(
      `${where(b, key, after)}: ${place} is answered "${value(b)}" here but "${value(a)}" in ` +
        `${where(a, key, after)}: make the two files agree\n`,
    );
    expect(existsSync(join(dir, 'kota.yaml'))).toBe(false);
  });

  it('another rubric version', async () => {
    const dir = tempDir();
    const { a, b } = pair(dir, (b) => (b.rubric = 'opd-digital-maturity@2.0.1'));
    const run = await opdm(dir, 'merge', a, b, '--lang', 'en');
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `${b}:1:9: this file uses rubric opd-digital-maturity@2.0.1, ${a} uses opd-digital-maturity@2.0.0: ` +
        `merge files of the same rubric\n`,
    );
  });
});
