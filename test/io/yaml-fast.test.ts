import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFast, parseYamlFile } from '../../src/io/yaml-fast.js';
import { parseYamlDocument } from '../../src/io/yaml.js';
import { fixture } from '../helpers/fixtures.js';

describe('the fast YAML path', () => {
  it.each(['uji-mini.rubric.yaml', 'kota-uji.answers.yaml'])('reads %s exactly as the slow path does', (name) => {
    const text = readFileSync(fixture(name), 'utf8');
    expect(parseFast(text)).toBeDefined();
    expect(parseFast(text)).toEqual(parseYamlDocument(text, name).value);
  });

  it.each([
    ['an anchor', 'a: &x [1]\nb: *x\n'],
    ['a duplicate key', 'a: 1\na: 2\n'],
    ['a __proto__ key', '__proto__: {polluted: true}\n'],
    ['a tab indent', 'a:\n\tb: 1\n'],
    ['a tag', 'a: !!binary aGVsbG8=\n'],
    ['several documents', 'a: 1\n---\nb: 2\n'],
    ['a list at the top', '- a\n'],
    ['a complex key', '? [a]\n: 1\n'],
  ])('leaves %s to the slow path', (_name, text) => {
    expect(parseFast(text)).toBeUndefined();
  });

  it.each(['0b1010', '+0x1F', '-0o17', '+.5', '12345678901234567890'])(
    'leaves %s to the slow path, which reads it by YAML 1.2',
    (scalar) => {
      const text = `a: ${scalar}\n`;
      expect(parseFast(text)).toBeUndefined();
      expect(parseFast(`x-note: the constructor\n${text}`)).toBeUndefined();
    },
  );

  it('scalars keep their YAML 1.2 types: dates and yes stay strings, numbers stay numbers', () => {
    const text = 'a: 2026-11-20\nb: yes\nc: 2026\nd: "2026"\ne: 0.5\nf: ~\n';
    expect(parseFast(text)).toEqual({ a: '2026-11-20', b: 'yes', c: 2026, d: '2026', e: 0.5, f: null });
    expect(parseFast(text)).toEqual(parseYamlDocument(text, 'x').value);
  });

  it('gives exact positions on demand, also for a file it read quickly', async () => {
    const source = await parseYamlFile('rubric: x\ncity:\n  id: Kota\n', 'f.yaml');
    expect(source.issues).toEqual([]);
    expect((await source.locator()).locate(['city', 'id'])).toEqual({ line: 3, col: 7 });
  });
});
