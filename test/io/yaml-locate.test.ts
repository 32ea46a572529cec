import { describe, expect, it } from 'vitest';
import { parseYamlDocument } from '../../src/io/yaml.js';

const ANSWERS = `rubric: uji-mini@1.0.0
city:
  id: kota-uji
  name:
opds:
  - id: disdukcapil
    services:
      - id: akta-kelahiran
        answers: {pengajuan: daring, jumlah: 3}
defaults: &bawaan
  kanal: loket
reuse: *bawaan
`;
const parsed = parseYamlDocument(ANSWERS, 'kota-uji.answers.yaml');

describe('locate: DocPath to line:col', () => {
  it('points at the value of an existing path', () => {
    expect(parsed.issues).toEqual([]);
    expect(parsed.locate(['city', 'id'])).toEqual({ line: 3, col: 7 });
    expect(parsed.locate(['opds', 0, 'services', 0, 'id'])).toEqual({ line: 8, col: 13 });
    expect(parsed.locate(['opds', 0, 'services', 0, 'answers', 'jumlah'])).toEqual({ line: 9, col: 46 });
  });

  it('points at the key when the value is empty', () => {
    expect(parsed.locate(['city', 'name'])).toEqual({ line: 4, col: 3 });
  });

  it('accepts list indexes spelled as strings, as JSON pointers give them', () => {
    expect(parsed.locate(['opds', '0', 'id'])).toEqual({ line: 6, col: 9 });
  });

  it('falls back to the key of the deepest existing ancestor', () => {
    expect(parsed.locate(['city', 'province'])).toEqual({ line: 2, col: 1 });
    expect(parsed.locate(['opds', 3, 'id'])).toEqual({ line: 5, col: 1 });
    expect(parsed.locate(['opds', 0, 'services', 0, 'annual_volume'])).toEqual({ line: 8, col: 9 });
  });

  it('points at the top of the document for the root or a missing top-level key', () => {
    expect(parsed.locate([])).toEqual({ line: 1, col: 1 });
    expect(parsed.locate(['period'])).toEqual({ line: 1, col: 1 });
  });

  it('follows aliases into their anchor', () => {
    expect(parsed.locate(['reuse'])).toEqual({ line: 12, col: 8 });
    expect(parsed.locate(['reuse', 'kanal'])).toEqual({ line: 11, col: 10 });
  });
});

describe('locateKey: the key of a map entry', () => {
  it('points at the key, for "unknown key" issues', () => {
    expect(parsed.locateKey(['city', 'id'])).toEqual({ line: 3, col: 3 });
    expect(parsed.locateKey(['opds', 0, 'services', 0, 'answers', 'jumlah'])).toEqual({ line: 9, col: 38 });
  });

  it('falls back to locate for list items and missing keys', () => {
    expect(parsed.locateKey(['opds', 0])).toEqual({ line: 6, col: 5 });
    expect(parsed.locateKey(['city', 'province'])).toEqual({ line: 2, col: 1 });
  });

  it('gives 1:1 when there is no document to point into', () => {
    const deep = parseYamlDocument(`a: ${'['.repeat(200)}`, 'deep.yaml');
    expect(deep.locate(['a'])).toEqual({ line: 1, col: 1 });
    expect(deep.locateKey(['a'])).toEqual({ line: 1, col: 1 });
  });
});
