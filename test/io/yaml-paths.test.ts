/**
 * Issue #13, item 9: a file takes the fast YAML path (js-yaml) or the slow one (the `yaml`
 * package) depending on what it holds; either way it must read the same. Generated scalars go
 * through both: when the fast path takes a file, the slow path must find the same value and
 * nothing to say about it (a message only the slow path can give means the fast path must not
 * have taken the file).
 */
import { describe, expect, it } from 'vitest';
import { parseFast } from '../../src/io/yaml-fast.js';
import { parseYamlDocument } from '../../src/io/yaml.js';

/** A small seeded generator (mulberry32): the same scalars on every run. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SIGNS = ['', '', '+', '-'];
const WORDS = [
  ...['.inf', '.Inf', '.INF', '.nan', '.NaN', '.NAN', 'inf', 'nan', 'Infinity', 'NaN'],
  ...['null', 'Null', 'NULL', '~', 'nULL', 'true', 'True', 'TRUE', 'false', 'tRUE', 'yes', 'No', 'on', 'off', 'y', 'n'],
  ...['2026-11-20', '2026-1-2', '12:30', '1:20:30', '0x', '0o', '0b', '_', '.', 'e5', '1e', '1_000', '1,5'],
];
const TAGS = ['', '', '', '', '!!float ', '!!int ', '!!str ', '!!bool ', '!!null ', '! ', '!x ', '!!binary '];

/** A number-like scalar: sign, digits with or without a point, exponent, prefix, or a word. */
function scalar(next: () => number): string {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const digits = (max: number) => String(Math.floor(next() * 10 ** (1 + Math.floor(next() * max)))).padStart(1, '0');
  const shape = Math.floor(next() * 9);
  const sign = pick(SIGNS);
  let body: string;
  if (shape === 0) body = digits(4);
  else if (shape === 1) body = `${digits(3)}.${digits(3)}`;
  else if (shape === 2) body = `.${digits(3)}`;
  else if (shape === 3) body = `${digits(2)}.`;
  else if (shape === 4)
    body =
      `${pick(['', '0', digits(2)])}${pick(['.', ''])}${digits(2)}` +
      `${pick(['e', 'E'])}${pick(['', '+', '-'])}${digits(3)}`;
  else if (shape === 5) body = `${pick(['0x', '0X', '0o', '0O', '0b'])}${pick(['1f', 'FF', '17', '101', '9', 'g'])}`;
  else if (shape === 6) body = `0${digits(3)}`;
  else if (shape === 7) body = '9'.repeat(14 + Math.floor(next() * 6));
  else body = pick(WORDS);
  const text = `${pick(TAGS)}${sign}${body}`;
  const quote = pick(['', '', '', '', '"', "'"]);
  return quote === '' ? text : `${quote}${text}${quote}`;
}

/** The same scalar as a value, inside a flow list, and as a key. */
const placements = (s: string) => [`v: ${s}\n`, `v: [${s}, 1]\n`, `x:\n  - ${s}\n`, `${s}: 1\n`];

function expectSameReading(text: string): void {
  const fast = parseFast(text);
  if (fast === undefined) return; // the slow path decides alone
  const slow = parseYamlDocument(text, 'gen.yaml');
  expect(slow.issues, `${JSON.stringify(text)}: the slow path has something to say`).toEqual([]);
  expect(fast, JSON.stringify(text)).toEqual(slow.value);
}

describe('the fast and the slow YAML paths read the same', () => {
  it('every generated scalar: as a value, in a list, as a key (4,000 scalars, fixed seed)', () => {
    const next = random(13);
    for (let i = 0; i < 4000; i += 1) for (const text of placements(scalar(next))) expectSameReading(text);
  });

  it.each(['!!float 12', '-.5', '!!float -.5', '-.5e3', '1e400', '-1e400', '!!int "12"', '!!bool yes'])(
    'the reported disagreements: %s',
    (s) => {
      for (const text of placements(s)) expectSameReading(text);
    },
  );

  it('`!!float 12` is the number 12 on both paths, as YAML 1.2 says', () => {
    expect(parseYamlDocument('v: !!float 12\n', 'f.yaml')).toMatchObject({ value: { v: 12 }, issues: [] });
    expect(parseYamlDocument('v: -.5\n', 'f.yaml')).toMatchObject({ value: { v: -0.5 }, issues: [] });
  });
});
