import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { translator } from '../../src/i18n/index.js';
import { assessMessages } from '../../src/i18n/assess-messages.js';
import { progressLine } from '../../src/prompts/progress.js';

describe('the progress header of assess', () => {
  const position = {
    opd: { n: 1, total: 18, name: 'Dinas Kependudukan dan Pencatatan Sipil' },
    service: { n: 2, total: 10, name: 'Penerbitan Ulang KTP-el (Hilang, Rusak, atau Perubahan Data)' },
  };
  const counts = { applicable: 120, answered: 48 } as Parameters<typeof progressLine>[1];
  const t = translator(assessMessages, 'id');

  it('stays one line without a width', () => {
    expect(progressLine(position, counts, t, 'id')).not.toContain('\n');
  });

  it.each([40, 60, 80])('wraps at word boundaries within %i columns, never inside a word', (width) => {
    const out = progressLine(position, counts, t, 'id', width);
    for (const line of out.split('\n')) expect(stringWidth(line)).toBeLessThanOrEqual(width);
    expect(out.replace(/\n /g, ' ')).toBe(progressLine(position, counts, t, 'id'));
    expect(out).toContain('Penerbitan');
  });
});
