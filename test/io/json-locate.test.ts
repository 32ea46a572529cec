/**
 * The JSON locator that places issues in reports too large for the YAML document: for every
 * path of a report, and for paths that do not exist, it must say what the YAML locator says.
 */
import { describe, expect, it } from 'vitest';
import type { DocPath } from '../../src/core/types.js';
import { locateJsonPaths } from '../../src/io/json-locate.js';
import { parseYamlDocument } from '../../src/io/yaml.js';
import { runCli } from '../helpers/run-cli.js';
import { fixture } from '../helpers/fixtures.js';

/** Every path of a plain value, containers and leaves. */
function pathsOf(value: unknown, path: DocPath = []): DocPath[] {
  if (typeof value !== 'object' || value === null) return [path];
  const entries: [string | number, unknown][] = Array.isArray(value) ? [...value.entries()] : Object.entries(value);
  return [path, ...entries.flatMap(([key, child]) => pathsOf(child, [...path, key]))];
}

describe('locateJsonPaths', () => {
  it('places every path of a report, and missing ones, as the YAML locator does', async () => {
    const run = await runCli([
      'score',
      fixture('kota-uji.answers.yaml'),
      '--rubric',
      fixture('uji-mini.rubric.yaml'),
      '--format',
      'json',
    ]);
    // Escaped quotes in a key and a value, and an empty list and object, must not throw it off.
    const text = run.stdout.replace('"city": {', '"x-\\"q\\"": ["a\\"b}", [], {}],\n  "city": {');
    expect(text).not.toBe(run.stdout);
    const value: unknown = JSON.parse(text);
    const paths = [
      ...pathsOf(value),
      ['opds', 0, 'missing'],
      ['opds', 99, 'services'],
      ['city', 'id', 'deeper'],
      ['nothing'],
    ];
    const yaml = parseYamlDocument(text, 'report.json');
    const json = locateJsonPaths(text, paths);
    for (const path of paths) {
      expect(json.locate(path), JSON.stringify(path)).toEqual(yaml.locate(path));
      expect(json.locateKey(path), JSON.stringify(path)).toEqual(yaml.locateKey(path));
    }
  });
});
