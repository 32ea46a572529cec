/** The compare JSON is a versioned contract: a published schema equal to the source, and outputs that fit it. */
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { compareSchema } from '../../src/schema/compare-schema.js';
import { runCli } from '../helpers/run-cli.js';
import { compareJson, fixture } from './compare-helpers.js';

const published = JSON.parse(
  readFileSync(new URL('../../schemas/compare.schema.json', import.meta.url), 'utf8'),
) as unknown;
const validate = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true }).compile(compareSchema);

describe('schemas/compare.schema.json', () => {
  it('equals the TypeScript schema (src/schema/compare-schema.ts)', () => {
    expect(published).toEqual(JSON.parse(JSON.stringify(compareSchema)));
  });

  it('carries $id, title and description, and version 1', () => {
    expect(compareSchema.$id).toMatch(/^https:\/\/.+\/compare\.schema\.json$/);
    expect(compareSchema.title).not.toBe('');
    expect(compareSchema.properties.compare_version).toEqual({ const: 1 });
  });

  it.each([
    ['the hand-made pair', 'kota-maju', 'kota-rintis'],
    ['disjoint OPDs', 'disjoint-only-dukcapil', 'disjoint-only-perizinan'],
    ['a service only in B', 'kota-maju', 'ktp-only-in-b'],
    ['an incomplete service', 'kota-maju', 'akta-lahir-incomplete'],
    ['two periods', 'kota-maju-2025', 'kota-maju'],
  ])('fits the output for %s', async (_, a, b) => {
    const output = await compareJson(fixture(a), fixture(b));
    expect(validate(output) ? [] : validate.errors).toEqual([]);
    expect(output.compare_version).toBe(1);
    expect(output.difference).toBe('b_minus_a');
  });

  const examples = [
    'test/fixtures/examples-1.0.0/kota-bandung.answers.yaml',
    'test/fixtures/examples-1.0.0/kota-palangka-raya.answers.yaml',
  ];
  it('fits the output for the bundled examples', async () => {
    const run = await runCli(['compare', ...examples, '--format', 'json']);
    expect(run.code).toBe(0);
    const output = JSON.parse(run.stdout) as unknown;
    expect(validate(output) ? [] : validate.errors).toEqual([]);
  });

  it('rejects a status outside the vocabulary', async () => {
    const output = await compareJson(fixture('kota-maju'), fixture('kota-rintis'));
    output.city.score.status = 'improved' as never;
    expect(validate(output)).toBe(false);
  });
});
