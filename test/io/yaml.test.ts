import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTextFile } from '../../src/io/read-text.js';
import { parseYamlDocument, type ParsedYaml } from '../../src/io/yaml.js';
import { brief } from './expect-issues.js';

const FIXTURES = join(import.meta.dirname, '../fixtures/bad-yaml');

/** Read and parse a fixture the way the loaders do. */
async function parseFixture(name: string): Promise<ParsedYaml> {
  const file = join(FIXTURES, name);
  return parseYamlDocument(await readTextFile(file), file);
}

describe('parseYamlDocument: problems, each with code, line and col', () => {
  it('malformed YAML: the parser message, on one line', async () => {
    const parsed = await parseFixture('malformed-unclosed-flow-list.yaml');
    expect(parsed.issues.map(brief)).toEqual(['yaml.syntax@4:1']);
    expect(parsed.issues[0]?.params.message).toMatch(/^Flow sequence .* end with a \]$/);
    expect(parsed.value).toBeUndefined();
  });

  it('a tab used for indentation is named as such', async () => {
    const parsed = await parseFixture('tab-indent.yaml');
    expect(parsed.issues.map(brief)).toEqual(['yaml.tab-indent@4:1']);
  });

  it('a tab that makes the parser report something else is still named a tab', () => {
    const parsed = parseYamlDocument('levels:\n  - 0\n\t- 1\n', 'tab-in-list.yaml');
    expect(parsed.issues.map(brief)).toEqual(['yaml.tab-indent@3:1']);
  });

  it('duplicate keys: every one, with the key, at the repeated key', async () => {
    const parsed = await parseFixture('duplicate-keys.yaml');
    expect(parsed.issues.map((i) => [brief(i), i.params])).toEqual([
      ['yaml.duplicate-key@5:3', { key: 'id' }],
      ['yaml.duplicate-key@7:1', { key: 'rubric' }],
    ]);
  });

  it('an empty document: whitespace only, comments only, or a lone null', async () => {
    expect((await parseFixture('whitespace-only.yaml')).issues.map(brief)).toEqual(['file.empty@1:1']);
    expect((await parseFixture('comments-only.yaml')).issues.map(brief)).toEqual(['file.empty@1:1']);
    expect(parseYamlDocument('', 'e.yaml').issues.map(brief)).toEqual(['file.empty@1:1']);
    expect(parseYamlDocument('# note\n~\n', 'e.yaml').issues.map(brief)).toEqual(['file.empty@2:1']);
  });

  it('a top level that is not a mapping says what it found', async () => {
    const list = await parseFixture('top-level-list.yaml');
    expect(list.issues.map((i) => [brief(i), i.params])).toEqual([['file.not-mapping@2:1', { found: 'list' }]]);
    const scalar = await parseFixture('top-level-scalar.yaml');
    expect(scalar.issues.map((i) => [brief(i), i.params])).toEqual([['file.not-mapping@1:1', { found: 'string' }]]);
    const number = parseYamlDocument('2026\n', 'n.yaml');
    expect(number.issues.map((i) => [brief(i), i.params])).toEqual([['file.not-mapping@1:1', { found: 'number' }]]);
    expect(list.value).toBeUndefined();
  });

  it('a billion-laughs alias bomb stops fast at the alias limit', async () => {
    const started = performance.now();
    const parsed = await parseFixture('alias-bomb-billion-laughs.yaml');
    expect(performance.now() - started).toBeLessThan(1000);
    expect(parsed.issues.map((i) => [brief(i), i.params])).toEqual([['yaml.alias-limit@4:8', { limit: 100 }]]);
    expect(parsed.value).toBeUndefined();
  });

  it('a few aliases are fine', () => {
    const parsed = parseYamlDocument('yes_no: &yn [ya, tidak]\na: *yn\nb: *yn\n', 'a.yaml');
    expect(parsed.issues).toEqual([]);
    expect(parsed.value).toEqual({ yes_no: ['ya', 'tidak'], a: ['ya', 'tidak'], b: ['ya', 'tidak'] });
  });

  it('an alias to its own enclosing node, and an alias without an anchor', async () => {
    expect((await parseFixture('alias-cycle.yaml')).issues.map(brief)).toEqual(['yaml.alias-cycle@3:9']);
    const unknown = await parseFixture('unknown-alias.yaml');
    expect(unknown.issues.map((i) => [brief(i), i.params])).toEqual([['yaml.unknown-alias@2:7', { alias: 'kota' }]]);
  });

  it('refuses __proto__, constructor and prototype keys and never pollutes a prototype', async () => {
    const parsed = await parseFixture('proto-key.yaml');
    expect(parsed.issues.map((i) => [brief(i), i.params])).toEqual([
      ['yaml.unsafe-key@2:1', { key: '__proto__' }],
      ['yaml.unsafe-key@5:3', { key: 'constructor' }],
      ['yaml.unsafe-key@6:3', { key: 'prototype' }],
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const value = parsed.value as Record<string, unknown>;
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.keys(value)).toEqual(['rubric', 'city']);
    expect(value.polluted).toBeUndefined();
    expect(Object.hasOwn(value.city as object, 'constructor')).toBe(false);
  });

  it('refuses several documents in one file', async () => {
    const parsed = await parseFixture('multiple-documents.yaml');
    expect(parsed.issues.map(brief)).toEqual(['yaml.multiple-documents@2:1']);
  });

  it('refuses nesting deeper than 100 levels, in flow or block style, quickly', () => {
    const flow = parseYamlDocument(`a: ${'['.repeat(200)}${']'.repeat(200)}\n`, 'deep.yaml');
    expect(flow.issues.map(brief)).toEqual(['yaml.too-deep@1:104']);
    const block = Array.from({ length: 150 }, (_, i) => `${' '.repeat(i)}k:`).join('\n');
    expect(parseYamlDocument(`${block} 1\n`, 'deep.yaml').issues.map(brief)).toEqual(['yaml.too-deep@102:102']);
    const started = performance.now();
    const huge = parseYamlDocument(`a: ${'['.repeat(4_000_000)}\n`, 'huge.yaml');
    expect(huge.issues.map(brief)).toEqual(['yaml.too-deep@1:104']);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  // Issue #13, item 4: the `yaml` parser recursed once per level a dedent closes, outside its
  // own guard, and crashed (exit 3) at about 2,200 levels followed by a shallower line.
  it.each([
    ['mappings', (i: number) => `${' '.repeat(i + 1)}a:`],
    ['lists', (i: number) => `${' '.repeat(i + 1)}-`],
    ['lists of mappings', (i: number) => `${' '.repeat(2 * i + 2)}- a:`],
  ])('refuses thousands of levels of block %s before a dedent with one issue, no crash', (_shape, level) => {
    for (const depth of [2_200, 4_000]) {
      const text = `x:\n${Array.from({ length: depth }, (_, i) => level(i)).join('\n')}\nafter: 1\n`;
      const parsed = parseYamlDocument(text, 'deep.yaml');
      expect(parsed.issues.map((i) => i.code)).toEqual(['yaml.too-deep']);
      expect(parsed.issues[0]?.line).toBeLessThan(110);
      expect(parsed.value).toBeUndefined();
    }
  });

  it('counts compact nesting on one line (`- - - x`) and takes block scalars and flow text as text', () => {
    expect(parseYamlDocument(`x:\n${'- '.repeat(3000)}1\ny: 2\n`, 'compact.yaml').issues.map(brief)).toEqual([
      'yaml.too-deep@2:203',
    ]);
    const scalarLines = Array.from({ length: 300 }, (_, i) => `${' '.repeat(i + 2)}- line ${i}:`).join('\n');
    const scalar = `notes: |\n${scalarLines}\nafter: 1\n`;
    expect(parseYamlDocument(scalar, 'notes.yaml').issues).toEqual([]);
    const flowLines = Array.from({ length: 300 }, (_, i) => `${' '.repeat(i + 2)}a${i}: 1,`).join('\n');
    const flow = `list: [\n${flowLines}\n]\nafter: 1\n`;
    expect(parseYamlDocument(flow, 'flow.yaml').issues).toEqual([]);
  });

  it('a list or mapping as a key', () => {
    const parsed = parseYamlDocument('? [a, b]\n: c\nd: 1\n', 'k.yaml');
    expect(parsed.issues.map(brief)).toEqual(['yaml.complex-key@1:3']);
    expect(parsed.value).toEqual({ d: 1 });
  });

  it('every issue names the file', async () => {
    const parsed = await parseFixture('duplicate-keys.yaml');
    expect(parsed.issues.every((i) => i.file === join(FIXTURES, 'duplicate-keys.yaml'))).toBe(true);
  });
});

describe('parseYamlDocument: values', () => {
  it('a file with a byte order mark parses, with columns as the user sees them', async () => {
    const parsed = await parseFixture('bom.yaml');
    expect(parsed.issues).toEqual([]);
    expect(parsed.value).toEqual({ rubric: 'uji-mini', period: '2026' });
    expect(parsed.locate(['rubric'])).toEqual({ line: 1, col: 9 });
    expect(parseYamlDocument('\uFEFFa: 1\n', 'b.yaml').locate(['a'])).toEqual({ line: 1, col: 4 });
  });

  it('YAML 1.2 core types: dates and yes/no stay strings, numbers are numbers', async () => {
    const parsed = await parseFixture('scalar-types.yaml');
    expect(parsed.value).toEqual({
      period: 2026,
      quoted_period: '2026',
      assessed_at: '2026-11-20',
      yes_answer: 'yes',
      no_answer: 'no',
      on_answer: 'on',
      really_true: true,
      share: 0.1,
      tiny: 0.000001,
      big_volume: 9007199254740991,
      too_big: Number('12345678901234567890'),
      octal_like: 755,
      empty: null,
      tilde: null,
    });
    // Precision a double cannot hold is said, not silently lost.
    expect(parsed.issues.map((i) => [i.severity, brief(i), i.params])).toEqual([
      ['warning', 'yaml.imprecise-number@11:10', { text: '12345678901234567890' }],
    ]);
  });

  it('explicit tags give plain strings and a warning, never Buffers or Dates', async () => {
    const parsed = await parseFixture('unsafe-tags.yaml');
    expect(parsed.value).toEqual({ photo: 'aGVsbG8=', when: '2026-11-20', custom: 'value' });
    expect(parsed.issues.map((i) => [i.severity, brief(i)])).toEqual([
      ['warning', 'yaml.warning@1:8'],
      ['warning', 'yaml.warning@2:7'],
      ['warning', 'yaml.warning@3:9'],
    ]);
  });

  it('reads JSON (reports are JSON), tab-indented included', () => {
    const parsed = parseYamlDocument('{\n\t"report_version": 1,\n\t"opds": [\n\t\t{"id": "a"}\n\t]\n}\n', 'r.json');
    expect(parsed.issues).toEqual([]);
    expect(parsed.value).toEqual({ report_version: 1, opds: [{ id: 'a' }] });
    expect(parsed.locate(['opds', 0, 'id'])).toEqual({ line: 4, col: 10 });
  });
});
