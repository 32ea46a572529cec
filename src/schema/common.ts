/**
 * Building blocks shared by the rubric and answers schemas: patterns, localized text, and the
 * `closed()` helper that forbids unknown keys but lets `x-` extension keys through.
 */

/** An id: lowercase letters, digits and single '-' between them (`kota-bandung`). */
export const ID_PATTERN = '^[a-z0-9]+(-[a-z0-9]+)*$';
/** Semantic version (`1.0.0`, `2.1.0-rc.1`). */
export const VERSION_PATTERN =
  '^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)' +
  '(-[0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*)?(\\+[0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*)?$';
/** `rubric-id@1.0.0`: what an answers file says it was written against. */
export const RUBRIC_REF_PATTERN = `${ID_PATTERN.slice(0, -1)}@${VERSION_PATTERN.slice(1)}`;
/** A language code (`id`, `en`, `jv`, `en-GB`). */
export const LANG_PATTERN = '^[a-z]{2,3}(-[A-Za-z0-9]+)?$';
/** Keys a user may add anywhere for their own notes; the tool ignores them. */
export const EXTENSION_PATTERN = '^x-';

/**
 * What each pattern means to a person: the issue code names it so that the message can be
 * translated (a raw regular expression helps nobody).
 */
export const PATTERN_NAMES: Readonly<Record<string, string>> = {
  [ID_PATTERN]: 'id',
  [VERSION_PATTERN]: 'version',
  [RUBRIC_REF_PATTERN]: 'rubric-ref',
  [LANG_PATTERN]: 'language',
};

export const idSchema = { type: 'string', pattern: ID_PATTERN } as const;
export const nonEmptyString = { type: 'string', minLength: 1 } as const;
export const scalarSchema = { type: ['string', 'number', 'boolean'] } as const;
/**
 * A weight: 0 or more, and bounded, so that sums of weights times scores stay finite
 * (1e308 would overflow to Infinity and silently zero every score).
 */
export const weightSchema = { type: 'number', minimum: 0, maximum: 1_000_000 } as const;
/** Transactions a year: 0 or more, a count a double holds exactly (visits = count x visits). */
export const volumeSchema = { type: 'integer', minimum: 0, maximum: 1_000_000_000_000 } as const;
export const levelSchema = { type: 'integer', minimum: 0 } as const;
export const unitScore = { type: 'number', minimum: 0, maximum: 1 } as const;

/**
 * Text for people: a non-empty string, or a non-empty map from language code to string.
 * if/then (not oneOf) so that a wrong value gives one error about the form it took.
 */
export const localizedText = {
  type: ['string', 'object'],
  if: { type: 'string' },
  then: { minLength: 1 },
  else: {
    minProperties: 1,
    propertyNames: { pattern: LANG_PATTERN },
    additionalProperties: nonEmptyString,
  },
} as const;

/**
 * An object with exactly these keys (plus `x-` extensions): a typo such as `wieght` is an error
 * instead of a silently ignored key.
 */
export function closed<P extends Record<string, unknown>, R extends readonly (keyof P & string)[]>(
  properties: P,
  required: R,
) {
  return {
    type: 'object',
    required,
    properties,
    patternProperties: { [EXTENSION_PATTERN]: {} },
    additionalProperties: false,
  } as const;
}
