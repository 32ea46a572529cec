/**
 * Issue #13, item 11: comparing two 9.9 MB answers files took 2 GB and 21 s, because compare
 * read each file's `rubric:` line through the slow YAML document before loading it again. Each
 * file is now read and parsed once, on the fast path; the slow document is for positions only.
 */
import { describe, expect, it, vi } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const slow = vi.hoisted(() => ({ calls: 0 }));
vi.mock('../../src/io/yaml.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/io/yaml.js')>();
  return {
    ...real,
    parseYamlDocument: (...args: Parameters<typeof real.parseYamlDocument>) => {
      slow.calls += 1;
      return real.parseYamlDocument(...args);
    },
  };
});

describe('compare of two answers files', () => {
  it('never builds the slow YAML document of a valid file', async () => {
    const run = await runCli([
      'compare',
      'examples/kota-bandung.answers.yaml',
      'examples/kota-palangka-raya.answers.yaml',
      '--format',
      'json',
    ]);
    expect(run.code).toBe(0);
    expect(slow.calls).toBe(0);
  });
});
