/**
 * The JSON Schema of the report JSON (SPEC "The report JSON"): the contract `compare` reads and
 * CI pipelines rely on. Every SPEC field is required; `null` is allowed only for unknowns.
 * Objects stay open: the report may grow. Version 2 is what opdm writes and publishes; version 1
 * (contract 1) is still read by `compare` and `--baseline`.
 */
import { idSchema } from './common.js';

const ref = (name: string) => ({ $ref: `#/definitions/${name}` }) as const;
const obj = <P extends Record<string, unknown>, R extends readonly (keyof P & string)[]>(properties: P, required: R) =>
  ({ type: 'object', required, properties }) as const;
const list = <T>(items: T) => ({ type: 'array', items }) as const;

const string = { type: 'string' } as const;
const count = { type: 'integer', minimum: 0 } as const;
const countOrNull = { type: ['integer', 'null'], minimum: 0 } as const;
const amountOrNull = { type: ['number', 'null'], minimum: 0 } as const;
const ratio = { type: 'number', minimum: 0, maximum: 1 } as const;
const ratioOrNull = { type: ['number', 'null'], minimum: 0, maximum: 1 } as const;
const score = { type: ['number', 'null'], minimum: 0, maximum: 100 } as const;
const level = { type: ['integer', 'null'], minimum: 0 } as const;
const stringOrNull = { type: ['string', 'null'] } as const;
const idOrNull = { type: ['string', 'null'], pattern: idSchema.pattern } as const;
const scalar = { type: ['string', 'number', 'boolean'] } as const;
const suggestion = { type: ['string', 'number', 'boolean', 'null'] } as const;
/** An answer as given: a scalar or a list of scalars (`multi`). */
const answer = { type: ['string', 'number', 'boolean', 'array'], items: scalar } as const;
const answerMap = { type: 'object', additionalProperties: answer } as const;
const reasonMap = { type: 'object', additionalProperties: string } as const;
const tripKind = { enum: ['office', 'rule', 'physical'] } as const;
const visitKind = { enum: ['none', 'office', 'rule', 'physical', 'field'] } as const;

const serviceFields = {
  id: idSchema,
  name: string,
  annual_volume: amountOrNull,
  score,
  level,
  annual_visits: amountOrNull,
  no_visit: { type: ['boolean', 'null'] },
  completeness: ratio,
  sections: ref('sectionScores'),
  answers: answerMap,
  not_applicable: reasonMap,
} as const;
const serviceRequired = [
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
] as const;

const opd = obj(
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
);

const belowTarget = obj({ opd: idSchema, service: idSchema, level, questions: list(idSchema) }, [
  'opd',
  'service',
  'level',
  'questions',
]);

const summaryFields = {
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
} as const;
const summaryRequired = [
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
] as const;

/** Contract 1: one action or inherent visit per question. */
const version1 = {
  service: obj({ ...serviceFields, visits_per_transaction: count }, serviceRequired),
  summary: obj(summaryFields, summaryRequired),
  action: obj(
    {
      opd: idSchema,
      service: idSchema,
      question: idSchema,
      current: answer,
      suggested: suggestion,
      visits_avoided: amountOrNull,
      advice: stringOrNull,
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
  gap: obj(
    {
      target_level: count,
      actions: list(ref('action')),
      inherent: list(ref('inherent')),
      below_target: list(ref('belowTarget')),
    },
    ['target_level', 'actions', 'inherent', 'below_target'],
  ),
} as const;

/** Contract 2: trips, visit kinds, uptake and catalog coverage. */
const version2 = {
  service: obj(
    {
      ...serviceFields,
      visits_per_transaction: countOrNull,
      inherent_visits_per_transaction: countOrNull,
      field_visits_per_transaction: countOrNull,
      online_share: ratioOrNull,
      trips: list(obj({ trip: idOrNull, kind: tripKind, questions: list(idSchema) }, ['trip', 'kind', 'questions'])),
    },
    [...serviceRequired, 'inherent_visits_per_transaction', 'field_visits_per_transaction', 'online_share', 'trips'],
  ),
  summary: obj(
    {
      ...summaryFields,
      annual_visits_rule: amountOrNull,
      annual_visits_avoidable: amountOrNull,
      annual_field_visits: amountOrNull,
      annual_volume_online: amountOrNull,
      catalog: {
        type: ['object', 'null'],
        required: ['services', 'services_assessed'],
        properties: { services: count, services_assessed: count },
      },
    },
    [
      ...summaryRequired,
      'annual_visits_rule',
      'annual_visits_avoidable',
      'annual_field_visits',
      'annual_volume_online',
      'catalog',
    ],
  ),
  action: obj(
    {
      opd: idSchema,
      service: idSchema,
      trip: idOrNull,
      steps: list(
        obj({ question: idSchema, current: answer, suggested: suggestion, advice: stringOrNull }, [
          'question',
          'current',
          'suggested',
          'advice',
        ]),
      ),
      visits_avoided: amountOrNull,
    },
    ['opd', 'service', 'trip', 'steps', 'visits_avoided'],
  ),
  inherent: obj(
    {
      opd: idSchema,
      service: idSchema,
      trip: idOrNull,
      kind: tripKind,
      steps: list(
        obj({ question: idSchema, current: answer, kind: visitKind, basis: stringOrNull }, [
          'question',
          'current',
          'kind',
          'basis',
        ]),
      ),
      annual_visits: amountOrNull,
    },
    ['opd', 'service', 'trip', 'kind', 'steps', 'annual_visits'],
  ),
  gap: obj(
    {
      target_level: count,
      actions: list(ref('action')),
      inherent: list(ref('inherent')),
      underused: list(
        obj({ opd: idSchema, service: idSchema, online_share: ratio, offline_transactions: amountOrNull }, [
          'opd',
          'service',
          'online_share',
          'offline_transactions',
        ]),
      ),
      below_target: list(ref('belowTarget')),
      catalog_missing: list(obj({ opd: idSchema, service: idSchema }, ['opd', 'service'])),
    },
    ['target_level', 'actions', 'inherent', 'underused', 'below_target', 'catalog_missing'],
  ),
} as const;

function schemaOf(version: 1 | 2, parts: typeof version1 | typeof version2) {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    definitions: {
      sectionScores: list(obj({ id: idSchema, score }, ['id', 'score'])),
      service: parts.service,
      opd,
      action: parts.action,
      inherent: parts.inherent,
      belowTarget,
    },
    ...obj(
      {
        report_version: { const: version },
        generator: string,
        rubric: obj({ id: idSchema, version: string, sha256: { type: 'string', pattern: '^[0-9a-f]{64}$' } }, [
          'id',
          'version',
          'sha256',
        ]),
        city: obj(
          { id: idSchema, name: string, period: string, province: string, assessed_at: string, notes: string },
          ['id', 'name', 'period'],
        ),
        summary: parts.summary,
        sections: ref('sectionScores'),
        answers: answerMap,
        not_applicable: reasonMap,
        opds: list(ref('opd')),
        gap: parts.gap,
        warnings: list(string),
      },
      ['report_version', 'generator', 'rubric', 'city', 'summary', 'sections', 'opds', 'gap'],
    ),
  } as const;
}

/** JSON Schema (draft-07) of the report JSON, version 2. Published as schemas/report.schema.json. */
export const reportSchema = {
  $id: 'https://unpkg.com/opd-maturity/schemas/report.schema.json',
  title: 'opd-maturity report',
  description:
    'What `opdm score --format json` writes and `opdm compare` reads: scores on 0-100, ratios on 0-1, ' +
    'null for unknowns.',
  ...schemaOf(2, version2),
} as const;

/** The report JSON of contract 1 (`report_version: 1`): read, never written. */
export const reportSchemaV1 = {
  title: 'opd-maturity report, version 1',
  ...schemaOf(1, version1),
} as const;
