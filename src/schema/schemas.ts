import { answersSchema } from './answers-schema.js';
import { reportSchema, reportSchemaV1 } from './report-schema.js';
import { rubricSchema } from './rubric-schema.js';

/** Every schema the CLI validates with, by name: the build precompiles each of them. */
export const SCHEMAS = {
  rubric: rubricSchema,
  answers: answersSchema,
  report: reportSchema,
  'report-v1': reportSchemaV1,
} as const;
export type SchemaName = keyof typeof SCHEMAS;

/**
 * verbose: the issue builder reads each error's data (to suggest quoting) and parent schema
 * (the keys allowed where an unknown key stands). allowUnionTypes: localized text is
 * string-or-mapping, an answer string-number-boolean-list-mapping.
 */
export const AJV_OPTIONS = { allErrors: true, strict: true, allowUnionTypes: true, verbose: true } as const;
