/**
 * Control characters in the texts of a file opdm did not write itself (a report read back, a
 * rubric): ESC sequences and line breaks in a name would reach terminals and reports as they
 * are, faking lines or setting a terminal's title. The same rule as the answers file's (SPEC),
 * with the places where a line break is text (notes, advice) given by the caller.
 */
import type { Issue } from '../core/types.js';

/* eslint-disable no-control-regex -- finding control characters is the point */
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
const CONTROL_BUT_LINES = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
/* eslint-enable no-control-regex */

/** `U+001B`: how a message names an invisible character. */
const codePoint = (char: string): string => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * Every string of `value` (keys included) holding a control character, as an
 * `answers.control-character` issue at its path; a newline and a tab are allowed in the values
 * of the keys `allowsLines` says. `value` nests at most as deep as the readers allow (100).
 */
export function findControlText(value: unknown, allowsLines: (key: string | number | undefined) => boolean): Issue[] {
  const issues: Issue[] = [];
  const path: (string | number)[] = [];
  const add = (char: string) =>
    issues.push({
      severity: 'error',
      code: 'answers.control-character',
      params: { char: codePoint(char) },
      path: [...path],
    });
  const walk = (node: unknown): void => {
    if (typeof node === 'string') {
      const found = (allowsLines(path.at(-1)) ? CONTROL_BUT_LINES : CONTROL).exec(node);
      if (found) add(found[0]);
    } else if (typeof node === 'object' && node !== null) {
      const entries: [string | number, unknown][] = Array.isArray(node) ? [...node.entries()] : Object.entries(node);
      for (const [key, child] of entries) {
        path.push(key);
        const inKey = typeof key === 'string' ? CONTROL.exec(key) : null;
        if (inKey) add(inKey[0]);
        else walk(child);
        path.pop();
      }
    }
  };
  walk(value);
  return issues;
}

/**
 * Whether a JSON text may hold a control character in a string at all: JSON writes them as
 * escapes (`\n`, `\u001b`), DEL and C1 as they are. Without one, nothing needs walking.
 */
export function mayHoldControlText(json: string): boolean {
  return /\\[bfnrt]|\\u00[0189][0-9a-fA-F]|\\u007[fF]|[\u007f-\u009f]/.test(json);
}
