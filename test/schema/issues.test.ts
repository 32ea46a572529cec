import { describe, expect, it } from 'vitest';
import { schemaMessages, SCHEMA_MESSAGE_KEYS } from '../../src/i18n/schema-messages.js';
import { translator } from '../../src/i18n/index.js';
import { PATTERN_NAMES } from '../../src/schema/common.js';
import { toDocPath } from '../../src/schema/issues.js';

describe('toDocPath', () => {
  it('turns list indexes into numbers and leaves mapping keys as strings', () => {
    const doc = { opds: [{ answers: { '2026': 1 } }] };
    expect(toDocPath('/opds/0/answers/2026', doc)).toEqual(['opds', 0, 'answers', '2026']);
  });

  it('unescapes ~1 and ~0', () => {
    expect(toDocPath('/evidence/a~1b~0c', { evidence: {} })).toEqual(['evidence', 'a/b~c']);
  });

  it('gives the empty path for the document itself', () => {
    expect(toDocPath('', {})).toEqual([]);
  });
});

describe('schemaMessages', () => {
  it('has every code in both languages, on one line, with the same placeholders', () => {
    for (const key of SCHEMA_MESSAGE_KEYS) {
      const id = schemaMessages.id[key];
      const en = schemaMessages.en[key];
      expect(id).not.toMatch(/\n/);
      expect(en).not.toMatch(/\n/);
      expect(id.match(/\{\w+\}/g)?.sort()).toEqual(en.match(/\{\w+\}/g)?.sort());
    }
  });

  it('has a message for every named pattern', () => {
    for (const what of Object.values(PATTERN_NAMES)) {
      expect(SCHEMA_MESSAGE_KEYS).toContain(`schema.pattern-${what}`);
    }
  });

  it('fills the params', () => {
    const t = translator(schemaMessages, 'en');
    expect(t('schema.unknown-key', { key: 'colour' })).toBe(
      'unknown key "colour" (keys of your own must start with "x-")',
    );
    expect(translator(schemaMessages, 'id')('schema.type-quote', { value: '2026' })).toBe(
      'harus berupa teks: beri tanda kutip, misalnya "2026"',
    );
  });
});
