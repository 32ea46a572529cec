import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { slugify } from '../../src/core/ids.js';
import { describeCondition, yamlScalar } from '../../src/render/answers-template.js';
import { translator } from '../../src/i18n/index.js';
import { initMessages } from '../../src/i18n/init-messages.js';

describe('yamlScalar', () => {
  it.each([
    ['Kota Bandung', 'Kota Bandung'],
    ['uji-mini@1.2.0', 'uji-mini@1.2.0'],
    ['2026', '"2026"'],
    ['yes', '"yes"'],
    ['null', '"null"'],
    ['a: b', '"a: b"'],
    ['#1', '"#1"'],
    ['trailing ', '"trailing "'],
  ])('writes %j as %s', (value, expected) => {
    expect(yamlScalar(value)).toBe(expected);
  });

  it.each([
    'Kota "Uji": #1',
    '- item',
    '[x]',
    '{a}',
    '*ref',
    '&anchor',
    '!tag',
    '|',
    '>',
    "it's",
    'línea\nbaru',
    'tab\there',
    '\u007f\u0085\u2028',
    '~',
    '0x1F',
    '.inf',
    '1e3',
    '@home',
    '`cmd`',
    '%TAG',
    'é',
  ])('round-trips %j through a YAML parser', (value) => {
    expect((parse(`k: ${yamlScalar(value)}`) as { k: unknown }).k).toBe(value);
  });

  it('leaves numbers and booleans bare', () => {
    expect([yamlScalar(0), yamlScalar(12.5), yamlScalar(true)]).toEqual(['0', '12.5', 'true']);
  });
});

describe('slugify', () => {
  it.each([
    ['Kota Bandung', 'kota-bandung'],
    ['Kabupaten  Bandung Barat ', 'kabupaten-bandung-barat'],
    ['Kota Bénin!', 'kota-benin'],
    ['***', ''],
  ])('%j -> %j', (name, id) => {
    expect(slugify(name)).toBe(id);
  });
});

describe('describeCondition', () => {
  const id = (q: string) => q;
  const value = (_q: string, v: unknown) => String(v);
  it('reads equals, in, all and any as words, nested ones in brackets', () => {
    const t = translator(initMessages, 'en');
    const condition = {
      all: [
        { question: 'a', equals: true },
        {
          any: [
            { question: 'b', in: ['x', 'y'] },
            { question: 'c', equals: 2 },
          ],
        },
      ],
    };
    expect(describeCondition(condition, t, id, value)).toBe('a = true and (b is one of x, y or c = 2)');
    expect(describeCondition(condition, translator(initMessages, 'id'), id, value)).toBe(
      'a = true dan (b salah satu dari x, y atau c = 2)',
    );
  });
});
