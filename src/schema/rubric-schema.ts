/**
 * The JSON Schema of a rubric file (SPEC "The rubric file"): shape only. Meaning rules
 * (duplicate ids, `when` order, levels inside the scale, ...) live in src/core.
 */
import {
  closed,
  idSchema,
  LANG_PATTERN,
  levelSchema,
  localizedText,
  nonEmptyString,
  weightSchema,
  scalarSchema,
  unitScore,
  VERSION_PATTERN,
} from './common.js';
import { QUESTION_TYPES, SCOPES, VISIT_KINDS } from '../core/types.js';

const ref = (name: string) => ({ $ref: `#/definitions/${name}` }) as const;
const text = ref('localizedText');
const listOf = <T>(items: T) => ({ type: 'array', minItems: 1, items }) as const;

/** What an answer that picks an option, a band or a boolean branch says. */
const outcome = {
  score: { ...unitScore, type: ['number', 'null'] },
  level: levelSchema,
  visit: { type: ['boolean', 'string'], if: { type: 'string' }, then: { enum: VISIT_KINDS } },
  inherent: { type: 'boolean' },
  basis: text,
  advice: text,
} as const;

const questionCommon = {
  id: idSchema,
  type: { enum: QUESTION_TYPES },
  title: text,
  help: text,
  description: text,
  weight: weightSchema,
  required: { type: 'boolean' },
  allow_na: { type: 'boolean' },
  when: ref('condition'),
  trip: idSchema,
  combine: { enum: ['sum', 'max'] },
} as const;
const questionRequired = ['id', 'type', 'title'] as const;

/** Picks the closed schema of one question type, so errors speak about that type only. */
const whenType = (types: readonly string[], then: object) =>
  ({
    if: { type: 'object', required: ['type'], properties: { type: { enum: types } } },
    then,
  }) as const;

/** `when`: told apart by its key (all / any / in / equals), so errors name the form used. */
const condition = {
  type: 'object',
  if: { type: 'object', required: ['all'], properties: { all: true } },
  then: closed({ all: listOf(ref('condition')) }, ['all']),
  else: {
    if: { type: 'object', required: ['any'], properties: { any: true } },
    then: closed({ any: listOf(ref('condition')) }, ['any']),
    else: {
      if: { type: 'object', required: ['in'], properties: { in: true } },
      then: closed({ question: idSchema, in: listOf(scalarSchema) }, ['question', 'in']),
      // On a multi answer, a list is the exact set of options chosen.
      else: closed(
        { question: idSchema, equals: { ...scalarSchema, type: [...scalarSchema.type, 'array'], items: scalarSchema } },
        ['question', 'equals'],
      ),
    },
  },
} as const;

const definitions = {
  localizedText,
  condition,
  option: closed({ value: scalarSchema, label: text, help: text, ...outcome }, ['value', 'label', 'score']),
  band: closed({ min: { type: 'number' }, label: text, ...outcome }, ['min', 'score']),
  branch: closed({ label: text, ...outcome }, []),
  question: {
    type: 'object',
    required: questionRequired,
    properties: { type: questionCommon.type },
    allOf: [
      whenType(
        ['choice', 'multi'],
        closed({ ...questionCommon, options: listOf(ref('option')) }, [...questionRequired, 'options']),
      ),
      whenType(
        ['boolean'],
        closed(
          {
            ...questionCommon,
            options: closed({ true: ref('branch'), false: ref('branch') }, []),
          },
          questionRequired,
        ),
      ),
      whenType(
        ['number'],
        closed(
          {
            ...questionCommon,
            min: { type: 'number' },
            max: { type: 'number' },
            unit: text,
            bands: listOf(ref('band')),
          },
          [...questionRequired, 'bands'],
        ),
      ),
      whenType(['text'], closed(questionCommon, questionRequired)),
    ],
  },
  section: closed(
    {
      id: idSchema,
      scope: { enum: SCOPES },
      weight: weightSchema,
      title: text,
      description: text,
      questions: listOf(ref('question')),
    },
    ['id', 'scope', 'title', 'questions'],
  ),
  catalogOpd: closed(
    {
      id: idSchema,
      name: text,
      short: nonEmptyString,
      services: {
        type: 'array',
        items: closed({ id: idSchema, name: text, description: text }, ['id', 'name']),
      },
    },
    ['id', 'name', 'services'],
  ),
} as const;

const weighting = { enum: ['equal', 'volume'] } as const;

/** JSON Schema (draft-07) of a rubric file. Published as schemas/rubric.schema.json. */
export const rubricSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://unpkg.com/opd-maturity/schemas/rubric.schema.json',
  title: 'opd-maturity rubric',
  description:
    'A rubric for opdm: the questions, their options and scores, the maturity scale, how scores aggregate, ' +
    'and a catalog of standard OPDs and services. Keys starting with "x-" are ignored.',
  definitions,
  ...closed(
    {
      $schema: { type: 'string' },
      rubric: idSchema,
      version: { type: 'string', pattern: VERSION_PATTERN },
      title: text,
      description: text,
      languages: {
        type: 'array',
        minItems: 1,
        uniqueItems: true,
        items: { type: 'string', pattern: LANG_PATTERN },
      },
      target_level: levelSchema,
      scale: listOf(closed({ level: levelSchema, label: text, description: text }, ['level', 'label'])),
      ratings: listOf(closed({ min: { type: 'number', minimum: 0, maximum: 100 }, label: text }, ['min', 'label'])),
      aggregation: closed(
        {
          opd: closed({ services: weightSchema, sections: weightSchema }, ['services', 'sections']),
          city: closed({ opds: weightSchema, sections: weightSchema }, ['opds', 'sections']),
          service_weighting: weighting,
          opd_weighting: weighting,
        },
        ['opd', 'city', 'service_weighting', 'opd_weighting'],
      ),
      trips: listOf(closed({ id: idSchema, label: text, description: text }, ['id', 'label'])),
      uptake: closed({ question: idSchema, target: { type: 'number', minimum: 0, maximum: 100 } }, [
        'question',
        'target',
      ]),
      sections: listOf(ref('section')),
      catalog: { type: 'array', items: ref('catalogOpd') },
    },
    ['rubric', 'version', 'title', 'languages', 'target_level', 'scale', 'ratings', 'aggregation', 'sections'],
  ),
} as const;
