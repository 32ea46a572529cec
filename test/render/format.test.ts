import { describe, expect, it } from 'vitest';
import {
  answerLabel,
  formatNumber,
  formatPercent,
  formatScore,
  formatYesNo,
  levelLabel,
  NONE,
  questionTitle,
} from '../../src/render/format.js';
import { outcomeText, ratingOf } from '../../src/render/rubric-text.js';
import { rubric } from './fixtures.js';
import type { Rubric } from '../../src/core/types.js';

describe('numbers by language', () => {
  it.each([
    ['id', '1.234', '12,5%', '48,44', '16.000'],
    ['en', '1,234', '12.5%', '48.44', '16,000'],
  ] as const)('%s: 1234 -> %s, 0.125 -> %s, 48.44 -> %s, 16000 -> %s', (lang, thousands, percent, score, visits) => {
    expect(formatNumber(1234, lang)).toBe(thousands);
    expect(formatPercent(0.125, lang)).toBe(percent);
    expect(formatScore(48.44, lang)).toBe(score);
    expect(formatNumber(16000, lang)).toBe(visits);
  });

  it('prints scores with exactly 2 decimals and shares with 1', () => {
    expect(formatScore(0, 'id')).toBe('0,00');
    expect(formatScore(100, 'en')).toBe('100.00');
    expect(formatPercent(1, 'id')).toBe('100,0%');
    expect(formatPercent(0.0909, 'en')).toBe('9.1%');
  });

  it('shows an unknown number as a dash, never as 0', () => {
    expect(formatNumber(null, 'id')).toBe(NONE);
    expect(formatScore(null, 'en')).toBe('–');
    expect(formatPercent(null, 'id')).toBe('–');
  });

  it('words booleans, and unknown where a word reads better than a dash', () => {
    expect([true, false, null].map((v) => formatYesNo(v, 'id'))).toEqual(['Ya', 'Tidak', 'tidak diketahui']);
    expect([true, false, null].map((v) => formatYesNo(v, 'en'))).toEqual(['Yes', 'No', 'unknown']);
  });
});

describe('rubric labels', () => {
  it('labels a level with the scale, in the language', () => {
    expect(levelLabel(rubric, 4, 'id')).toBe('4 Transaksi penuh');
    expect(levelLabel(rubric, 2, 'en')).toBe('2 One-way interaction');
    expect(levelLabel(rubric, null, 'en')).toBe('–');
    expect(levelLabel(rubric, 9, 'en')).toBe('9');
  });

  it('titles a question in the language, and falls back to its id', () => {
    expect(questionTitle(rubric, 'pengajuan', 'id')).toBe('Bagaimana permohonan diajukan?');
    expect(questionTitle(rubric, 'pengajuan', 'en')).toBe('How is the application made?');
    expect(questionTitle(rubric, 'hilang', 'en')).toBe('hilang');
  });

  it('turns every kind of answer into what the rubric calls it', () => {
    expect(answerLabel(rubric, 'pengajuan', 'daring', 'id')).toBe('Formulir daring');
    expect(answerLabel(rubric, 'hasil', ['ambil', 'unduh'], 'id')).toBe('Diambil di kantor, Dokumen elektronik');
    expect(answerLabel(rubric, 'hasil', [], 'en')).toBe('none');
    expect(answerLabel(rubric, 'berbayar', true, 'id')).toBe('Ya');
    expect(answerLabel(rubric, 'berbayar', false, 'en')).toBe('No');
    expect(answerLabel(rubric, 'persen-daring', 1234.5, 'id')).toBe('1.234,5');
    expect(answerLabel(rubric, 'pembayaran', { na: 'gratis' }, 'id')).toBe('tidak berlaku: gratis');
    expect(answerLabel(rubric, 'pengajuan', null, 'id')).toBe('–');
    expect(answerLabel(rubric, 'hilang', 'x', 'id')).toBe('x');
  });

  it('uses a boolean branch label and a number band label when the rubric has them', () => {
    const labelled: Rubric = structuredClone(rubric);
    const [alur, mutu] = labelled.sections as [Rubric['sections'][number], Rubric['sections'][number]];
    Object.assign(alur.questions[1]!, { options: { true: { label: { id: 'Berbayar', en: 'Paid' } } } });
    Object.assign(mutu.questions[0]!, {
      unit: '%',
      bands: [
        { min: 0, score: 0 },
        { min: 25, score: 0.5, label: { id: 'Sebagian', en: 'Partly' } },
      ],
    });
    expect(answerLabel(labelled, 'berbayar', true, 'en')).toBe('Paid');
    expect(answerLabel(labelled, 'berbayar', false, 'en')).toBe('No');
    expect(answerLabel(labelled, 'persen-daring', 30, 'en')).toBe('30 % (Partly)');
    expect(answerLabel(labelled, 'persen-daring', 10, 'id')).toBe('10 %');
  });
});

describe('texts the report copied from the rubric', () => {
  it('looks advice up again in the language, falling back to the report text', () => {
    expect(outcomeText(rubric, 'pengajuan', 'loket', 'advice', 'en', 'Sediakan formulir daring')).toBe(
      'Offer an online form',
    );
    expect(outcomeText(rubric, 'pengajuan', 'unduh', 'advice', 'en', null)).toBeNull();
    expect(outcomeText(rubric, 'hilang', 'x', 'advice', 'en', 'from the report')).toBe('from the report');
    expect(outcomeText(rubric, 'pengajuan', 'rekam', 'basis', 'en', null)).toBe(
      'Perekaman sidik jari dan iris wajib hadir',
    );
  });

  it('takes the first chosen option with advice in rubric order for a list', () => {
    const advised: Rubric = structuredClone(rubric);
    const hasil = advised.sections[0]!.questions[3]!;
    Object.assign(hasil, {
      options: [
        { value: 'ambil', label: 'A', score: 0, advice: 'first' },
        { value: 'pos', label: 'P', score: 0.5, advice: 'second' },
      ],
    });
    expect(outcomeText(advised, 'hasil', ['pos', 'ambil'], 'advice', 'id', null)).toBe('first');
  });

  it('bands the rating: the first is high, the last low', () => {
    expect(ratingOf(rubric, 'Kurang', 48.44, 'id')).toEqual({ label: 'Kurang', band: 'low' });
    expect(ratingOf(rubric, 'Baik', 70, 'id')).toEqual({ label: 'Baik', band: 'middle' });
    expect(ratingOf(rubric, 'Memuaskan', 84.44, 'en')).toEqual({ label: 'Memuaskan', band: 'high' });
    expect(ratingOf(rubric, null, null, 'id')).toEqual({ label: null, band: null });
    expect(ratingOf(rubric, 'Lain', 90, 'id')).toEqual({ label: 'Lain', band: 'high' });
  });
});
