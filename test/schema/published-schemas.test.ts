import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { answersSchema } from '../../src/schema/answers-schema.js';
import { reportSchema } from '../../src/schema/report-schema.js';
import { rubricSchema } from '../../src/schema/rubric-schema.js';

const published = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../schemas/${name}.schema.json`, import.meta.url), 'utf8'));

describe('schemas/*.schema.json', () => {
  it.each([
    ['rubric', rubricSchema],
    ['answers', answersSchema],
    ['report', reportSchema],
  ] as const)(
    '%s.schema.json equals the TypeScript schema (regenerate: npm run build && node scripts/write-schemas.mjs)',
    (name, schema) => {
      expect(published(name)).toEqual(JSON.parse(JSON.stringify(schema)));
    },
  );

  it.each([rubricSchema, answersSchema, reportSchema])('$title carries $id, title and description', (schema) => {
    expect(schema.$id).toMatch(/^https:\/\/.+\.schema\.json$/);
    expect(schema.title).not.toBe('');
    expect(schema.description).not.toBe('');
  });
});
