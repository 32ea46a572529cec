/** Field-by-field comparison of reports, for the reference tests and the cross-checks. */

export interface Difference {
  path: string;
  expected: unknown;
  actual: unknown;
}

/**
 * The first field of `expected` that `actual` lacks or holds differently; fields only `actual`
 * has are ignored. Numbers are equal within 1e-9 (relative).
 */
export function firstDifference(expected: unknown, actual: unknown, path = 'report'): Difference | null {
  if (typeof expected === 'number' && typeof actual === 'number') {
    return expected === actual || Math.abs(expected - actual) <= 1e-9 * Math.max(1, Math.abs(expected))
      ? null
      : { path, expected, actual };
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return { path, expected, actual };
    if (expected.length !== actual.length)
      return { path: `${path}.length`, expected: expected.length, actual: actual.length };
    for (let i = 0; i < expected.length; i++) {
      const d = firstDifference(expected[i], actual[i], `${path}[${i}]`);
      if (d !== null) return d;
    }
    return null;
  }
  if (expected !== null && typeof expected === 'object') {
    if (actual === null || typeof actual !== 'object' || Array.isArray(actual)) return { path, expected, actual };
    const a = actual as Record<string, unknown>;
    for (const [key, value] of Object.entries(expected)) {
      if (!(key in a)) return { path: `${path}.${key}`, expected: value, actual: '<missing>' };
      const d = firstDifference(value, a[key], `${path}.${key}`);
      if (d !== null) return d;
    }
    return null;
  }
  return Object.is(expected, actual) ? null : { path, expected, actual };
}

/** A failure line naming the seed and the first differing field. */
export const showDifference = (seed: number | string, d: Difference, names = ['reference (SPEC)', 'project']): string =>
  `seed ${seed}: ${d.path}\n  ${names[0]}: ${JSON.stringify(d.expected)}\n  ${names[1]}: ${JSON.stringify(d.actual)}`;
