/**
 * The JSON Schema of an answers file (SPEC "The answers file"): shape only. Whether an answer
 * fits its question's type, scope and options is checked against the rubric in src/core.
 */
import { closed, idSchema, nonEmptyString, RUBRIC_REF_PATTERN, scalarSchema, volumeSchema } from './common.js';

const ref = (name: string) => ({ $ref: `#/definitions/${name}` }) as const;

/** A scalar, a list of distinct scalars (multi), or `{na: "reason"}`. */
const answerValue = {
  type: ['string', 'number', 'boolean', 'array', 'object'],
  if: { type: 'array' },
  then: { type: 'array', uniqueItems: true, items: scalarSchema },
  else: {
    if: { type: 'object' },
    then: closed({ na: nonEmptyString }, ['na']),
  },
} as const;

/** What every answering entity (city, OPD, service) may hold. */
const answered = {
  answers: ref('answers'),
  evidence: ref('evidence'),
  notes: { type: 'string' },
} as const;

const definitions = {
  answerValue,
  answers: { type: 'object', additionalProperties: ref('answerValue') },
  evidence: { type: 'object', additionalProperties: { type: 'string' } },
  service: closed({ id: idSchema, name: nonEmptyString, annual_volume: volumeSchema, ...answered }, ['id', 'name']),
  opd: closed({ id: idSchema, name: nonEmptyString, ...answered, services: { type: 'array', items: ref('service') } }, [
    'id',
    'name',
    'services',
  ]),
} as const;

/** JSON Schema (draft-07) of an answers file. Published as schemas/answers.schema.json. */
export const answersSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://unpkg.com/opd-maturity/schemas/answers.schema.json',
  title: 'opd-maturity answers',
  description: 'One city\'s answers for one period, against one rubric (opdm). Keys starting with "x-" are ignored.',
  definitions,
  ...closed(
    {
      $schema: { type: 'string' },
      rubric: { type: 'string', pattern: RUBRIC_REF_PATTERN },
      city: closed({ id: idSchema, name: nonEmptyString, province: nonEmptyString }, ['id', 'name']),
      period: nonEmptyString,
      assessed_at: nonEmptyString,
      assessors: { type: 'array', items: nonEmptyString },
      notes: nonEmptyString,
      answers: ref('answers'),
      evidence: ref('evidence'),
      opds: { type: 'array', items: ref('opd') },
    },
    ['rubric', 'city', 'period', 'answers', 'opds'],
  ),
} as const;
