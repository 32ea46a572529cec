/**
 * Which of opdm's files a parsed document is, by its top-level keys: given a report where an
 * answers file belongs (or a rubric, or the other way round), the user reads one line saying so
 * instead of a list of every key the schema misses.
 */
import { InvalidInputError } from '../errors.js';
import { ioIssue } from './issues.js';

export type FileKind = 'rubric file' | 'answers file' | 'report JSON';

/** The kind the keys say; undefined when they say none (the schema then says what is wrong). */
export function kindOf(value: unknown): FileKind | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const has = (key: string) => Object.hasOwn(value, key);
  if (has('report_version') || has('batch_version')) return 'report JSON';
  if (has('scale') && has('sections')) return 'rubric file';
  if (has('opds') && has('city')) return 'answers file';
  return undefined;
}

/** Throws the one issue that says so when `value` is plainly another kind of file than `expected`. */
export function expectKind(value: unknown, expected: FileKind, file: string): void {
  const found = kindOf(value);
  if (found !== undefined && found !== expected)
    throw new InvalidInputError([ioIssue('file.wrong-kind', file, { found, expected }, { line: 1, col: 1 })]);
}
