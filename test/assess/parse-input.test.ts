import { describe, expect, it } from 'vitest';
import { slugify } from '../../src/core/ids.js';
import { freeId, numberText, parseNumberText, splitList, withoutPercent } from '../../src/prompts/parse-input.js';

describe('parseNumberText: numbers as Indonesian and English speakers write them', () => {
  it.each([
    ['42000', 42000],
    ['42.000', 42000],
    ['42,000', 42000],
    ['1.234.567', 1234567],
    ['1,234,567', 1234567],
    ['1.234,5', 1234.5],
    ['1,234.5', 1234.5],
    ['12,5', 12.5],
    ['12.5', 12.5],
    ['0,250', 0.25],
    ['1.2345', 1.2345],
    ['12.3450', 12.345],
    ['42 000', 42000],
    ['-3', -3],
    ['7,', 7],
    [',5', 0.5],
  ])('%s -> %s', (text, expected) => {
    expect(parseNumberText(text)).toBe(expected);
  });

  it.each(['', 'abc', '1.5.0', '12,34,56', '1e5', '--1', '.'])('%j is not a number', (text) => {
    expect(parseNumberText(text)).toBeUndefined();
  });
});

describe('numberText: a current answer offered back as each language writes it, read back as the same number', () => {
  it.each([
    [62.5, '62,5', '62.5'],
    [42000, '42.000', '42,000'],
    [1234567.25, '1.234.567,25', '1,234,567.25'],
    [80, '80', '80'],
    [0.25, '0,25', '0.25'],
    [0.125, '0,125', '0.125'],
    // One mark and three digits would read as thousands: a trailing 0 says decimals.
    [12.345, '12,3450', '12.3450'],
    [1234.567, '1.234,567', '1,234.567'],
    [-3.5, '-3,5', '-3.5'],
    [0, '0', '0'],
  ])('%s -> %s / %s', (value, id, en) => {
    expect(numberText(value, 'id')).toBe(id);
    expect(numberText(value, 'en')).toBe(en);
    expect(parseNumberText(id)).toBe(value);
    expect(parseNumberText(en)).toBe(value);
  });
});

describe('withoutPercent: a percent sign after the number', () => {
  it.each([
    ['35%', '35'],
    ['35 %', '35'],
    ['62,5 % ', '62,5'],
    ['35', '35'],
    ['%35', '%35'],
  ])('%j -> %j', (typed, number) => {
    expect(withoutPercent(typed)).toBe(number);
  });
});

describe('slugify and freeId: ids for OPDs and services added by name', () => {
  it.each([
    ['Dinas Pekerjaan Umum & Penataan Ruang', 'dinas-pekerjaan-umum-penataan-ruang'],
    ['  Kota Bandung ', 'kota-bandung'],
    ['Perizinan Reklame (Baliho)', 'perizinan-reklame-baliho'],
    ['Café Ñusantara', 'cafe-nusantara'],
    ['!!!', ''],
  ])('%s -> %s', (name, id) => {
    expect(slugify(name)).toBe(id);
  });

  it('adds a number when the id is taken, and a fallback for names without letters', () => {
    expect(freeId('kk', new Set(['kk', 'kk-2']))).toBe('kk-3');
    expect(freeId('akta', new Set(['kk']))).toBe('akta');
    expect(freeId('', new Set())).toBe('baru');
  });
});

describe('splitList: assessors typed on one line', () => {
  it('splits on commas and semicolons, dropping blanks', () => {
    expect(splitList('Budi, Sari ; Tono,,')).toEqual(['Budi', 'Sari', 'Tono']);
    expect(splitList('   ')).toEqual([]);
  });
});
