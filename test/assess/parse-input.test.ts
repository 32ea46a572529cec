import { describe, expect, it } from 'vitest';
import { numberDefault } from '../../src/prompts/ask-question.js';
import { slugify } from '../../src/core/ids.js';
import { freeId, parseNumberText, splitList } from '../../src/prompts/parse-input.js';

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

describe('numberDefault: a current answer offered back reads as the same number', () => {
  it.each([42000, 12.345, 0.25, 1234.567, 80, -3.5])('%s', (value) => {
    expect(parseNumberText(numberDefault(value))).toBe(value);
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
