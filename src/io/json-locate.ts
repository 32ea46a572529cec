/**
 * line:col of the nodes at some paths of a JSON text, found in one pass over the text without
 * building a document: a report of a hundred cities is tens of megabytes, and the YAML
 * document that gives positions for answers files would take gigabytes for it.
 */
import type { DocPath } from '../core/types.js';
import type { Position } from './issues.js';
import type { Locator } from './yaml-locate.js';

interface Found {
  value: Position;
  key?: Position;
}

/** One container being read: its path key, whether a wanted path goes inside, the next index. */
interface Frame {
  key: string;
  isWanted: boolean;
  isObject: boolean;
  index: number;
  /** The member name just read, and where it was; undefined between members. */
  member?: string;
  memberAt?: Position;
}

const SEP = '\u0000';
const keyOf = (path: DocPath): string => path.map(String).join(SEP);
const join = (parent: string, segment: string | number): string =>
  parent === '' ? String(segment) : `${parent}${SEP}${segment}`;
const START: Position = { line: 1, col: 1 };

/**
 * A locator for `paths` (and, where a path does not exist, its deepest existing ancestor) of
 * `text`, which must be valid JSON. Paths not given fall back to the closest given ancestor.
 */
export function locateJsonPaths(text: string, paths: readonly DocPath[]): Locator {
  const wanted = new Set<string>(['']);
  for (const path of paths) for (let n = 1; n <= path.length; n += 1) wanted.add(keyOf(path.slice(0, n)));
  const found = scan(text, wanted);

  const deepest = (path: DocPath): { at: Found | undefined; isComplete: boolean } => {
    for (let n = path.length; n >= 0; n -= 1) {
      const at = found.get(keyOf(path.slice(0, n)));
      if (at !== undefined) return { at, isComplete: n === path.length };
    }
    return { at: undefined, isComplete: false };
  };
  return {
    locate(path) {
      const { at, isComplete } = deepest(path);
      // A missing key is reported where its parent entry is written: at the parent's key.
      return (isComplete ? at?.value : (at?.key ?? at?.value)) ?? START;
    },
    locateKey(path) {
      const { at, isComplete } = deepest(path);
      return (isComplete ? (at?.key ?? at?.value) : (at?.key ?? at?.value)) ?? START;
    },
  };
}

function scan(text: string, wanted: ReadonlySet<string>): Map<string, Found> {
  const found = new Map<string, Found>();
  const stack: Frame[] = [];
  let line = 1;
  let lineStart = 0;
  const here = (i: number): Position => ({ line, col: i - lineStart + 1 });

  /** A value starts at `i`: note where, when its path is wanted. */
  const onValue = (i: number): string | undefined => {
    const parent = stack[stack.length - 1];
    if (parent === undefined) {
      found.set('', { value: here(i) });
      return '';
    }
    if (!parent.isWanted) return undefined;
    const segment = parent.isObject ? (parent.member ?? '') : parent.index;
    const key = join(parent.key, segment);
    if (!wanted.has(key)) return undefined;
    found.set(key, { value: here(i), ...(parent.isObject && parent.memberAt ? { key: parent.memberAt } : {}) });
    return key;
  };

  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) {
      line += 1;
      lineStart = i + 1;
    } else if (c === 0x22) {
      // A string: a member name when an object waits for one, else a value.
      const end = stringEnd(text, i);
      const top = stack[stack.length - 1];
      if (top?.isObject && top.member === undefined) {
        top.member = top.isWanted ? (JSON.parse(text.slice(i, end + 1)) as string) : '';
        top.memberAt = here(i);
      } else onValue(i);
      i = end;
    } else if (c === 0x7b || c === 0x5b) {
      const key = onValue(i);
      stack.push({ key: key ?? '', isWanted: key !== undefined, isObject: c === 0x7b, index: 0 });
    } else if (c === 0x7d || c === 0x5d) {
      stack.pop();
    } else if (c === 0x2c) {
      const top = stack[stack.length - 1];
      if (top) {
        top.index += 1;
        top.member = undefined;
      }
    } else if (c === 0x2d || (c >= 0x30 && c <= 0x39) || c === 0x74 || c === 0x66 || c === 0x6e) {
      // A number, true, false or null: its first character is where it is.
      onValue(i);
      while (i + 1 < text.length && isScalarPart(text.charCodeAt(i + 1))) i += 1;
    }
  }
  return found;
}

/** Letters, digits, `.`, `+` and `-`: the rest of a number, true, false or null. */
function isScalarPart(c: number): boolean {
  return (
    (c >= 0x30 && c <= 0x39) ||
    (c >= 0x61 && c <= 0x7a) ||
    (c >= 0x41 && c <= 0x5a) ||
    c === 0x2e ||
    c === 0x2b ||
    c === 0x2d
  );
}

/** The index of the quote that closes the string opening at `start`. */
function stringEnd(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 0x5c) i += 1;
    else if (c === 0x22) return i;
  }
  return text.length - 1;
}
