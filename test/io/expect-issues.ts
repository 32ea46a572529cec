/** Test helpers: the issues an io call failed with, in a compact form to compare. */
import { expect } from 'vitest';
import type { Issue } from '../../src/core/types.js';
import { InvalidInputError } from '../../src/errors.js';

/** `code@line:col`, or just `code` when the issue has no position. */
export function brief(issue: Issue): string {
  return issue.line === undefined ? issue.code : `${issue.code}@${issue.line}:${issue.col}`;
}

/** The issues of the InvalidInputError that `promise` rejects with (fails if it does not). */
export async function rejectedIssues(promise: Promise<unknown>): Promise<readonly Issue[]> {
  const error: unknown = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(InvalidInputError);
  return (error as InvalidInputError).issues;
}
