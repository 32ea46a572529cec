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
