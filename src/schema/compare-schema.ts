/**
 * The JSON Schema of `opdm compare --format json` (compare_version 1; docs/compare.md). Every
 * field listed is required; unknown values are null. Objects stay open: the shape may grow.
 */
import { COMPARE_STATUSES } from '../core/compare-pairs.js';
import { idSchema } from './common.js';

const ref = (name: string) => ({ $ref: `#/definitions/${name}` }) as const;
const obj = <P extends Record<string, unknown>>(properties: P) =>
  ({ type: 'object', required: Object.keys(properties), properties }) as const;
const list = <T>(items: T) => ({ type: 'array', items }) as const;

const string = { type: 'string' } as const;
const count = { type: 'integer', minimum: 0 } as const;
const status = { enum: [...COMPARE_STATUSES] } as const;
const answer = {
  type: ['string', 'number', 'boolean', 'array'],
  items: { type: ['string', 'number', 'boolean'] },
} as const;
/** A figure of both sides: A's, B's, B minus A (null unless both are known numbers) and the status. */
const pair = (type: 'number' | 'string' | 'boolean') =>
  obj({
    a: { type: [type, 'null'] },
    b: { type: [type, 'null'] },
    difference: { type: ['number', 'null'] },
    status: ref('status'),
  });
const both = (type: 'number' | 'string') => obj({ a: { type: [type, 'null'] }, b: { type: [type, 'null'] } });

const definitions = {
  status,
  numberPair: pair('number'),
  stringPair: pair('string'),
  booleanPair: pair('boolean'),
  side: obj({
    city: {
      ...obj({ id: idSchema, name: string, period: string }),
      properties: { id: idSchema, name: string, period: string, notes: string },
    },
    rubric: obj({ id: idSchema, version: string, sha256: string }),
    opds: count,
    services: count,
    annual_volume: { type: ['number', 'null'], minimum: 0 },
  }),
  opd: obj({
    opd: idSchema,
    name: both('string'),
    status: ref('status'),
    score: ref('numberPair'),
    rating: ref('stringPair'),
    completeness: ref('numberPair'),
    services: both('number'),
  }),
  service: obj({
    opd: idSchema,
    service: idSchema,
    name: both('string'),
    status: ref('status'),
    incomplete_in: { type: 'array', items: { enum: ['a', 'b'] }, uniqueItems: true },
    score: ref('numberPair'),
    level: ref('numberPair'),
    no_visit: ref('booleanPair'),
    visits_per_transaction: ref('numberPair'),
    annual_volume: both('number'),
    annual_visits: ref('numberPair'),
    completeness: ref('numberPair'),
  }),
  learnFrom: obj({
    opd: idSchema,
    service: idSchema,
    from: idSchema,
    to: idSchema,
    from_period: string,
    to_period: string,
    to_side: { enum: ['a', 'b'] },
    from_level: { type: ['integer', 'null'], minimum: 0 },
    to_level: { type: ['integer', 'null'], minimum: 0 },
    steps: list(
      obj({ question: idSchema, from_answer: answer, to_answer: answer, removes_visit: { type: 'boolean' } }),
    ),
    visits_saved: { type: ['number', 'null'], minimum: 0 },
  }),
  learning: obj({ services: count, visits_saved: { type: 'number', minimum: 0 }, visits_saved_unknown: count }),
} as const;

const city = obj({
  score: ref('numberPair'),
  rating: ref('stringPair'),
  completeness: ref('numberPair'),
  services_no_visit: ref('numberPair'),
  share_services_no_visit: ref('numberPair'),
  share_volume_no_visit: ref('numberPair'),
  annual_visits: ref('numberPair'),
  visits_per_transaction: ref('numberPair'),
  services_at_target: ref('numberPair'),
  levels: { type: 'object', propertyNames: { pattern: '^(0|[1-9][0-9]*)$' }, additionalProperties: ref('numberPair') },
});

const summary = obj({
  opds: obj({ shared: count, only_a: count, only_b: count }),
  services: obj({
    shared: count,
    better: count,
    worse: count,
    same: count,
    incomplete: count,
    only_a: count,
    only_b: count,
  }),
  learn_from: obj({ a: ref('learning'), b: ref('learning') }),
});

/** JSON Schema (draft-07) of the compare JSON. Published as schemas/compare.schema.json. */
export const compareSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://unpkg.com/opd-maturity/schemas/compare.schema.json',
  title: 'opd-maturity comparison',
  description:
    'What `opdm compare A B --format json` writes: two assessments side by side, every difference B minus A, ' +
    'every status B compared with A, and what each can learn from the other.',
  definitions,
  ...obj({
    compare_version: { const: 1 },
    generator: string,
    rubric: obj({ id: idSchema, version: string }),
    difference: { const: 'b_minus_a' },
    same_city: { type: 'boolean' },
    a: ref('side'),
    b: ref('side'),
    summary,
    city,
    opds: list(ref('opd')),
    services: list(ref('service')),
    learn_from: list(ref('learnFrom')),
  }),
} as const;
