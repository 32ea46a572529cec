/**
 * Layer 1 of validation: the shape of a rubric, an answers file or a report, checked against its
 * JSON Schema. One Ajv instance, created and compiled on first use only: compiling is slow and
 * most commands start without needing it.
 */
import { createRequire } from 'node:module';
import type { ValidateFunction } from 'ajv';
import type { Issue } from '../core/types.js';
import { toIssues } from './issues.js';
import { AJV_OPTIONS, SCHEMAS, type SchemaName } from './schemas.js';

const require = createRequire(import.meta.url);
/** `quick` decides pass or fail (first error, no detail); `full` collects every issue. */
type Kind = 'quick' | 'full';
const compiled = new Map<string, ValidateFunction>();
let ajv: { compile(schema: object): ValidateFunction } | undefined;

/** The build's precompiled validator, else one compiled now (TypeScript sources under test). */
function loadValidator(name: SchemaName, kind: Kind): ValidateFunction {
  try {
    return (require(`./generated/${name}${kind === 'quick' ? '.quick' : ''}.cjs`) as { validate: ValidateFunction })
      .validate;
  } catch (error) {
    if ((error as { code?: string }).code !== 'MODULE_NOT_FOUND') throw error;
    const { Ajv } = require('ajv') as typeof import('ajv');
    ajv ??= new Ajv(AJV_OPTIONS);
    return ajv.compile(SCHEMAS[name]);
  }
}

function validator(name: SchemaName, kind: Kind): ValidateFunction {
  let validate = compiled.get(`${name}.${kind}`);
  if (validate === undefined) {
    validate = loadValidator(name, kind);
    compiled.set(`${name}.${kind}`, validate);
  }
  return validate;
}

/** Most files are fine: a small, fast validator says so; the verbose one explains a failure. */
function check(name: SchemaName, value: unknown): Issue[] {
  if (validator(name, 'quick')(value)) return [];
  const validate = validator(name, 'full');
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

/**
 * Checks a parsed report JSON (for `compare` and `--baseline`) against the schema of its
 * `report_version` (1 or 2; anything else is checked as 2, which names the field); [] when it fits.
 */
export function checkReportShape(value: unknown): Issue[] {
  const version = (value as { report_version?: unknown } | null)?.report_version;
  return check(version === 1 ? 'report-v1' : 'report', value);
}
