import { expect, it } from 'vitest';
import { renderJson } from '../../src/render/json.js';
import { buildReport } from './fixtures.js';

it('writes two-space JSON with keys in build order and a final newline', () => {
  expect(renderJson({ b: 1, a: [true, null] })).toMatchInlineSnapshot(`
    "{
      "b": 1,
      "a": [
        true,
        null
      ]
    }
    "
  `);
  const report = buildReport();
  expect(JSON.parse(renderJson(report))).toEqual(report);
  expect(renderJson(report)).toBe(renderJson(buildReport()));
});
