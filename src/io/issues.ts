/**
 * Building issues about a whole file or a position in it. Codes are typed against the io
 * message catalog so that every code the io layer raises has a text in both languages.
 */
import type { Issue } from '../core/types.js';
import type { IoMessageKey } from '../i18n/io-messages.js';

/** A 1-based line and column. */
export interface Position {
  line: number;
  col: number;
}

/** An io issue for `file`; without `at` it has no line:col (the problem is the whole file). */
export function ioIssue(
  code: IoMessageKey,
  file: string,
  params: Issue['params'] = {},
  at?: Position,
  severity: Issue['severity'] = 'error',
): Issue {
  const issue: Issue = { severity, code, params, path: [], file };
  if (at !== undefined) {
    issue.line = at.line;
    issue.col = at.col;
  }
  return issue;
}

/** The errno code of a Node system error (`ENOENT`, ...), if it is one. */
export function errnoOf(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const { code } = error as { code: unknown };
    return typeof code === 'string' ? code : undefined;
  }
  return undefined;
}

/**
 * Past this many problems in one file, the rest are counted, not listed: a file with 60,000 of
 * them is the wrong file or one mistake repeated, and listing (and locating) each one took
 * gigabytes. The first ones say what to fix.
 */
export const MAX_LISTED = 200;

/**
 * The first {@link MAX_LISTED} issues, and one `issues.more` {count} issue for the rest of
 * `file`'s; `issues` as they are when there are not that many.
 */
export function capIssues(issues: readonly Issue[], file: string): Issue[] {
  if (issues.length <= MAX_LISTED) return [...issues];
  const more = ioIssue('issues.more', file, { count: issues.length - MAX_LISTED });
  return [...issues.slice(0, MAX_LISTED), more];
}
