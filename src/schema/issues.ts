/**
 * Ajv errors -> Issues: one issue per real problem, at the path of the value (or the unknown key)
 * it is about, with a code that names a message in the schema catalog.
 */
import type { ErrorObject } from 'ajv';
import { withSuggestion } from '../core/suggest.js';
import type { DocPath, Issue } from '../core/types.js';
import { PATTERN_NAMES } from './common.js';

type Params = Record<string, string | number>;

/** Words for JSON types, as the YAML author knows them. */
const TYPE_WORDS: Readonly<Record<string, string>> = {
  string: 'string',
  number: 'number',
  integer: 'whole number',
  boolean: 'true/false',
  array: 'list',
  object: 'mapping',
  null: 'null',
};

/** A value as the author wrote it, short: scalars as they are, anything else as JSON. */
const show = (value: unknown): string => (typeof value === 'object' ? JSON.stringify(value) : String(value));

/** Keywords that only wrap errors reported on their own (if/then branches, key patterns). */
const WRAPPERS = new Set(['if', 'propertyNames']);

/**
 * `/sections/0/questions/~1x` -> `['sections', 0, 'questions', '/x']`. A segment becomes a number
 * only where the document holds a list, so a mapping key like "2026" stays a string.
 */
export function toDocPath(instancePath: string, root: unknown): (string | number)[] {
  const path: (string | number)[] = [];
  let node = root;
  for (const raw of instancePath.split('/').slice(1)) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    const step = Array.isArray(node) && /^\d+$/.test(key) ? Number(key) : key;
    path.push(step);
    node = node !== null && typeof node === 'object' ? (node as Record<string | number, unknown>)[step] : undefined;
  }
  return path;
}

function typeIssue(error: ErrorObject): [string, Params] {
  const types: string[] = ([] as string[]).concat(error.params.type as string | string[]);
  const words = types.map((type) => TYPE_WORDS[type] ?? type);
  const expected = words.length > 1 ? `${words.slice(0, -1).join(', ')} or ${words.at(-1)}` : String(words[0]);
  const data = error.data;
  // `.nan` and `.inf` are numbers to YAML: quoting them would not make a number of them.
  if (typeof data === 'number' && !Number.isFinite(data)) return ['schema.not-finite', { value: String(data) }];
  if (types.includes('string') && (typeof data === 'number' || typeof data === 'boolean')) {
    return ['schema.type-quote', { expected, value: String(data) }];
  }
  return ['schema.type', { expected }];
}

function unknownKeyIssue(error: ErrorObject): [string, Params] {
  const key = String(error.params.additionalProperty);
  // "Did you mean": the keys this very object allows (verbose errors carry the parent schema).
  const properties = (error.parentSchema?.properties ?? {}) as Record<string, unknown>;
  return ['schema.unknown-key', withSuggestion({ key }, key, Object.keys(properties))];
}

function patternIssue(error: ErrorObject): [string, Params] {
  const pattern = String(error.params.pattern);
  const what = PATTERN_NAMES[pattern];
  return what === undefined ? ['schema.pattern', { what: pattern }] : [`schema.pattern-${what}`, { what }];
}

/** The code and params of one Ajv error, or undefined for an error that only wraps others. */
function codeOf(error: ErrorObject): [string, Params] | undefined {
  const { keyword, params } = error;
  if (WRAPPERS.has(keyword)) return undefined;
  switch (keyword) {
    case 'required':
      return ['schema.required', { key: String(params.missingProperty) }];
    case 'additionalProperties':
      return unknownKeyIssue(error);
    case 'type':
      return typeIssue(error);
    case 'enum':
      return [
        'schema.enum',
        { value: show(error.data), allowed: (params.allowedValues as unknown[]).map(show).join(', ') },
      ];
    case 'const':
      return ['schema.enum', { value: show(error.data), allowed: show(params.allowedValue) }];
    case 'pattern':
      return patternIssue(error);
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return ['schema.range', { limit: Number(params.limit), comparison: String(params.comparison) }];
    case 'minItems':
      return ['schema.min-items', { limit: Number(params.limit) }];
    case 'minLength':
    case 'minProperties':
      return ['schema.empty', {}];
    case 'uniqueItems':
      return ['schema.unique', {}];
    default:
      return ['schema.other', { message: error.message ?? keyword }];
  }
}

/** Where the issue points: the unknown key itself, the offending key name, the repeated item. */
function issuePath(error: ErrorObject, root: unknown): DocPath {
  const path = toDocPath(error.instancePath, root);
  if (error.keyword === 'additionalProperties') path.push(String(error.params.additionalProperty));
  else if (error.propertyName !== undefined) path.push(error.propertyName);
  else if (error.keyword === 'uniqueItems') path.push(Math.max(Number(error.params.i), Number(error.params.j)));
  return path;
}

/** Orders two paths as their targets appear in the document (keys in insertion order). */
function comparePaths(a: DocPath, b: DocPath, root: unknown): number {
  let node = root;
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i] as string | number;
    const y = b[i] as string | number;
    if (x !== y) {
      if (typeof x === 'number' && typeof y === 'number') return x - y;
      const keys = node !== null && typeof node === 'object' ? Object.keys(node) : [];
      return keys.indexOf(String(x)) - keys.indexOf(String(y));
    }
    node = node !== null && typeof node === 'object' ? (node as Record<string | number, unknown>)[x] : undefined;
  }
  return a.length - b.length;
}

/**
 * Turns Ajv's errors for `root` into issues: wrappers dropped, each problem once, in document
 * order. Requires the errors of an Ajv instance built with `verbose: true`.
 */
export function toIssues(errors: readonly ErrorObject[] | null | undefined, root: unknown): Issue[] {
  const seen = new Set<string>();
  const issues: Issue[] = [];
  for (const error of errors ?? []) {
    const described = codeOf(error);
    if (described === undefined) continue;
    const [code, params] = described;
    const path = issuePath(error, root);
    // One issue per path and code (nested if/else branches repeat a type check); several
    // missing keys of one object are several issues.
    const key = JSON.stringify([code, path, code === 'schema.required' ? params.key : '']);
    if (seen.has(key)) continue;
    seen.add(key);
    issues.push({ severity: 'error', code, params, path });
  }
  return issues.sort((a, b) => comparePaths(a.path, b.path, root));
}
