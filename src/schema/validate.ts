/**
 * Layer 1 of validation: the shape of a rubric, an answers file or a report, checked against its
 * JSON Schema. One Ajv instance, created and compiled on first use only: compiling is slow and
 * most commands start without needing it.
 */
import { Ajv, type ValidateFunction } from 'ajv';
import type { Issue } from '../core/types.js';
import { answersSchema } from './answers-schema.js';
import { toIssues } from './issues.js';
import { reportSchema } from './report-schema.js';
import { rubricSchema } from './rubric-schema.js';

const schemas = { rubric: rubricSchema, answers: answersSchema, report: reportSchema } as const;
type SchemaName = keyof typeof schemas;

let ajv: Ajv | undefined;
const compiled = new Map<SchemaName, ValidateFunction>();

function validator(name: SchemaName): ValidateFunction {
  let validate = compiled.get(name);
  if (validate === undefined) {
    // verbose: the issue builder reads each error's data (to suggest quoting) and parent schema
    // (the keys allowed where an unknown key stands). allowUnionTypes: localized text is
    // string-or-mapping, an answer string-number-boolean-list-mapping.
    ajv ??= new Ajv({ allErrors: true, strict: true, allowUnionTypes: true, verbose: true });
    validate = ajv.compile(schemas[name]);
    compiled.set(name, validate);
  }
  return validate;
}

function check(name: SchemaName, value: unknown): Issue[] {
  const validate = validator(name);
  return validate(value) ? [] : toIssues(validate.errors, value);
}

/** Checks a parsed rubric file against the rubric schema; [] when its shape is right. */
export function checkRubricShape(value: unknown): Issue[] {
  return check('rubric', value);
}

/** Checks a parsed answers file against the answers schema; [] when its shape is right. */
export function checkAnswersShape(value: unknown): Issue[] {
  return check('answers', value);
}

/** Checks a parsed report JSON (for `compare`) against the report schema; [] when it fits. */
export function checkReportShape(value: unknown): Issue[] {
  return check('report', value);
}
