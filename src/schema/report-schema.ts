/**
 * The JSON Schema of the report JSON (SPEC "The report JSON"): the contract `compare` reads and
 * CI pipelines rely on. Every SPEC field is required; `null` is allowed only for unknowns.
 * Objects stay open: the report may grow.
 */
import { idSchema } from './common.js';

const ref = (name: string) => ({ $ref: `#/definitions/${name}` }) as const;
const obj = <P extends Record<string, unknown>, R extends readonly (keyof P & string)[]>(properties: P, required: R) =>
  ({ type: 'object', required, properties }) as const;
const list = <T>(items: T) => ({ type: 'array', items }) as const;

const string = { type: 'string' } as const;
const count = { type: 'integer', minimum: 0 } as const;
const amountOrNull = { type: ['number', 'null'], minimum: 0 } as const;
const ratio = { type: 'number', minimum: 0, maximum: 1 } as const;
const ratioOrNull = { type: ['number', 'null'], minimum: 0, maximum: 1 } as const;
const score = { type: ['number', 'null'], minimum: 0, maximum: 100 } as const;
const level = { type: ['integer', 'null'], minimum: 0 } as const;
const stringOrNull = { type: ['string', 'null'] } as const;
const scalar = { type: ['string', 'number', 'boolean'] } as const;
/** An answer as given: a scalar or a list of scalars (`multi`). */
const answer = { type: ['string', 'number', 'boolean', 'array'], items: scalar } as const;
const answerMap = { type: 'object', additionalProperties: answer } as const;
const reasonMap = { type: 'object', additionalProperties: string } as const;

const definitions = {
  sectionScores: list(obj({ id: idSchema, score }, ['id', 'score'])),
  service: obj(
    {
      id: idSchema,
      name: string,
      annual_volume: amountOrNull,
      score,
      level,
      visits_per_transaction: count,
      annual_visits: amountOrNull,
      no_visit: { type: ['boolean', 'null'] },
      completeness: ratio,
      sections: ref('sectionScores'),
      answers: answerMap,
      not_applicable: reasonMap,
    },
    [
      'id',
      'name',
      'annual_volume',
      'score',
      'level',
      'visits_per_transaction',
      'annual_visits',
      'no_visit',
      'completeness',
      'sections',
      'answers',
      'not_applicable',
    ],
  ),
  opd: obj(
    {
      id: idSchema,
      name: string,
      score,
      rating: stringOrNull,
      completeness: ratio,
      sections: ref('sectionScores'),
      services: list(ref('service')),
      answers: answerMap,
      not_applicable: reasonMap,
    },
    ['id', 'name', 'score', 'rating', 'completeness', 'sections', 'services'],
  ),
  action: obj(
    {
      opd: idSchema,
      service: idSchema,
      question: idSchema,
      current: answer,
      suggested: { type: ['string', 'number', 'boolean', 'null'] },
      visits_avoided: amountOrNull,
      advice: stringOrNull,
      step: string,
    },
    ['opd', 'service', 'question', 'current', 'suggested', 'visits_avoided', 'advice'],
  ),
  inherent: obj(
    {
      opd: idSchema,
      service: idSchema,
      question: idSchema,
      current: answer,
      basis: stringOrNull,
      annual_visits: amountOrNull,
    },
    ['opd', 'service', 'question', 'current', 'basis', 'annual_visits'],
  ),
  belowTarget: obj({ opd: idSchema, service: idSchema, level, questions: list(idSchema) }, [
    'opd',
    'service',
    'level',
    'questions',
  ]),
} as const;

const summary = obj(
  {
    score,
    rating: stringOrNull,
    completeness: ratio,
    services: count,
    services_no_visit: count,
    services_unknown: count,
    annual_volume: amountOrNull,
    annual_volume_no_visit: amountOrNull,
    annual_visits: amountOrNull,
    annual_visits_inherent: amountOrNull,
    levels: { type: 'object', propertyNames: { pattern: '^(0|[1-9][0-9]*)$' }, additionalProperties: count },
    share_services_no_visit: ratioOrNull,
    share_volume_no_visit: ratioOrNull,
    opds: count,
  },
  [
    'score',
    'rating',
    'completeness',
    'services',
    'services_no_visit',
    'services_unknown',
    'annual_volume',
    'annual_volume_no_visit',
    'annual_visits',
    'annual_visits_inherent',
    'levels',
  ],
);

/** JSON Schema (draft-07) of the report JSON. Published as schemas/report.schema.json. */
export const reportSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://unpkg.com/opd-maturity/schemas/report.schema.json',
  title: 'opd-maturity report',
  description:
    'What `opdm score --format json` writes and `opdm compare` reads: scores on 0-100, ratios on 0-1, null for unknowns.',
  definitions,
  ...obj(
    {
      report_version: { const: 1 },
      generator: string,
      rubric: obj({ id: idSchema, version: string, sha256: { type: 'string', pattern: '^[0-9a-f]{64}$' } }, [
        'id',
        'version',
        'sha256',
      ]),
      city: obj({ id: idSchema, name: string, period: string, province: string, assessed_at: string, notes: string }, [
        'id',
        'name',
        'period',
      ]),
      summary,
      sections: ref('sectionScores'),
      answers: answerMap,
      not_applicable: reasonMap,
      opds: list(ref('opd')),
      gap: obj(
        {
          target_level: count,
          actions: list(ref('action')),
          inherent: list(ref('inherent')),
          below_target: list(ref('belowTarget')),
        },
        ['target_level', 'actions', 'inherent', 'below_target'],
      ),
      warnings: list(string),
    },
    ['report_version', 'generator', 'rubric', 'city', 'summary', 'sections', 'opds', 'gap'],
  ),
} as const;
