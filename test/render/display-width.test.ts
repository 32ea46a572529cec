/**
 * Display width as a terminal shows it: checked against string-width (which segments graphemes
 * with Intl.Segmenter, too slow to load for every `opdm score`), and tables drawn with wide,
 * zero-width and combining characters keep their borders in one column.
 */
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { displayWidth, splitToWidth } from '../../src/render/display-width.js';
import { renderFacts, renderTable, wrapWords } from '../../src/render/table.js';
import { cell, type TableView } from '../../src/render/view.js';

const SAMPLES = {
  latin: 'Dinas Kependudukan dan Pencatatan Sipil',
  accents: 'Pelayanan Terpadu Satu Pintu · Kota Bandung – 2026 → “ok” …',
  combining: 'Cafe\u0301 e\u0300 n\u0303',
  cjk: '東京都庁 서울특별시',
  halfwidth: 'ｶﾀｶﾅ',
  fullwidth: 'ＡＢＣ',
  emoji: '😀 🚀',
  skinTone: '👍🏽',
  family: '👨‍👩‍👧',
  flag: '🇮🇩 Indonesia',
  heartWithSelector: '❤️',
  keycap: '1️⃣',
  zeroWidthSpace: 'a\u200bb',
  joiner: 'a\u200db',
  softHyphen: 'Pendu\u00adduk',
  bidiMark: '\u200eKota',
  thai: 'กรุงเทพ่',
  hangulJamo: '\u1100\u1161\u11a8',
};

describe('displayWidth', () => {
  it.each(Object.entries(SAMPLES))('measures %s as string-width does', (_, text) => {
    expect(displayWidth(text)).toBe(stringWidth(text));
  });

  it('counts one column for every character of the fast path', () => {
    const ranges: [number, number][] = [
      [0x20, 0x7e],
      [0xa0, 0xac],
      [0xae, 0x2ff],
      [0x2010, 0x2027],
      [0x2030, 0x205e],
      [0x2190, 0x21ff],
      [0x2212, 0x2212],
      [0x2500, 0x257f],
    ];
    const wrong: string[] = [];
    for (const [from, to] of ranges)
      for (let cp = from; cp <= to; cp++) {
        const char = String.fromCodePoint(cp);
        if (stringWidth(char) !== 1) wrong.push(cp.toString(16));
      }
    expect(wrong).toEqual([]);
  });

  it('splits a long word without tearing a character or an emoji apart', () => {
    expect(splitToWidth('東京都庁', 3)).toEqual(['東', '京', '都', '庁']);
    expect(splitToWidth('ab❤️cd', 3)).toEqual(['ab', '❤️c', 'd']);
    expect(splitToWidth('e\u0301e\u0301e\u0301', 2)).toEqual(['e\u0301e\u0301', 'e\u0301']);
  });

  it('wraps wide text by columns, not by characters', () => {
    expect(wrapWords('東京都 東京都 東京都', 14)).toEqual(['東京都 東京都', '東京都']);
  });
});

describe('tables with wide, zero-width and combining characters', () => {
  const view: TableView = {
    columns: [
      { header: 'Nama', isFlexible: true },
      { header: 'Skor', align: 'right' },
    ],
    rows: [
      [cell('Kota 東京'), cell('1,00')],
      [cell('Kota Café\u0301 😀'), cell('2,00')],
      [cell('Kota\nBaris\tBaru'), cell('3,00')],
      [cell('Kota\u200bUji 🇮🇩'), cell('4,00')],
    ],
  };

  it('keeps every border in its column', () => {
    const lines = renderTable(view, { isColor: false, width: 40 }).split('\n');
    const borders = lines.map((line) => {
      const at: number[] = [];
      let column = 0;
      for (const char of line) {
        if ('│┌┐└┘├┤┬┴┼'.includes(char)) at.push(column);
        column += stringWidth(char);
      }
      return at.join(',');
    });
    expect(new Set(borders).size).toBe(1);
    expect(lines.map((l) => stringWidth(l))).toEqual(lines.map(() => stringWidth(lines[0]!)));
  });

  it('puts a name with a line break on one line, so it cannot break a border', () => {
    const out = renderTable(view, { isColor: false, width: 40 });
    expect(out).toContain('│ Kota Baris Baru');
  });

  it('stacks the rows when even wrapped columns do not fit, every line within the width', () => {
    const wide: TableView = {
      columns: [
        { header: 'Layanan', isFlexible: true },
        ...['Skor', 'Kunjungan per tahun', 'Transaksi per tahun', 'Kelengkapan'].map((header) => ({
          header,
          align: 'right' as const,
        })),
      ],
      rows: [[cell('Penerbitan Akta Kelahiran'), cell('84,44'), cell('1.650.000'), cell('1.650.000'), cell('100,0%')]],
    };
    const out = renderTable(wide, { isColor: false, width: 34 });
    expect(out).toBe(
      [
        'Penerbitan Akta Kelahiran',
        '  Skor: 84,44',
        '  Kunjungan per tahun: 1.650.000',
        '  Transaksi per tahun: 1.650.000',
        '  Kelengkapan: 100,0%',
      ].join('\n'),
    );
  });

  it('aligns headline values after wide labels', () => {
    const out = renderFacts(
      [
        { label: '東京', value: cell('1') },
        { label: 'Kota', value: cell('2') },
      ],
      { isColor: false, width: 40 },
    );
    expect(out).toBe('東京  1\nKota  2');
  });
});
