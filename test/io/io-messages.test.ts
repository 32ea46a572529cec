import { describe, expect, it } from 'vitest';
import { translator } from '../../src/i18n/index.js';
import { IO_MESSAGE_KEYS, ioMessages } from '../../src/i18n/io-messages.js';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('io messages', () => {
  it.each(IO_MESSAGE_KEYS)('%s: one line in both languages, saying what to do, same placeholders', (key) => {
    const { id, en } = { id: ioMessages.id[key], en: ioMessages.en[key] };
    for (const text of [id, en]) {
      expect(text).not.toContain('\n');
      expect(text).toMatch(/: \S/); // "what is wrong: what to do"
    }
    expect(placeholders(id)).toEqual(placeholders(en));
  });

  it('fills the params the io layer gives', () => {
    const t = translator(ioMessages, 'en');
    expect(t('file.too-large', { size: 50, limit: 10 })).toBe(
      'file too large (50 MB, limit 10 MB): check that this is the right file',
    );
    expect(translator(ioMessages, 'id')('yaml.tab-indent')).toBe(
      'tab dipakai untuk indentasi; YAML memerlukan spasi: ganti tab dengan spasi',
    );
  });
});
