/**
 * Mapping a DocPath (the keys and list indexes that schema and rule checks report) back to
 * line:col in the YAML source, so every issue can point at the text the user has to change.
 */
import { isAlias, isMap, isSeq, type Document, type LineCounter } from 'yaml';
import type { DocPath } from '../core/types.js';
import type { Position } from './issues.js';
import { keyOf } from './yaml-value.js';

export interface Locator {
  /** The node at `path`; when the path does not exist fully, its deepest existing ancestor. */
  locate(path: DocPath): Position;
  /** The key of the map entry at `path` (for "unknown key" issues); else as `locate`. */
  locateKey(path: DocPath): Position;
}

/** One step down the path: the node reached, and the key node when it is a map entry's value. */
interface Step {
  node: unknown;
  key?: unknown;
}

/** A locator over `doc`; without a document every position is 1:1. */
export function createLocator(doc: Document | undefined, lineCounter: LineCounter): Locator {
  const positionOf = (node: unknown): Position | undefined => {
    const range = (node as { range?: readonly number[] | null } | null | undefined)?.range;
    // An empty range is a missing value (`key:` with nothing after it): no text to point at.
    if (!range || range[0] === undefined || range[0] === range[1]) return undefined;
    return lineCounter.linePos(range[0]);
  };
  const START: Position = { line: 1, col: 1 };

  const walk = (path: DocPath): Step[] => {
    const steps: Step[] = [{ node: doc?.contents }];
    for (const segment of path) {
      const current = steps[steps.length - 1]?.node;
      const node = isAlias(current) && doc ? current.resolve(doc) : current;
      const next = isMap(node)
        ? findEntry(node.items, String(segment))
        : isSeq(node)
          ? findItem(node.items, segment)
          : undefined;
      if (next === undefined) break;
      steps.push(next);
    }
    return steps;
  };

  const positionOfStep = (step: Step | undefined, preferKey: boolean): Position | undefined => {
    if (step === undefined) return undefined;
    const keyAt = positionOf(step.key);
    return preferKey ? (keyAt ?? positionOf(step.node)) : (positionOf(step.node) ?? keyAt);
  };

  return {
    locate(path) {
      const steps = walk(path);
      const isComplete = steps.length === path.length + 1;
      // A missing key is reported where its parent entry is written: at the parent's key.
      return positionOfStep(steps[steps.length - 1], !isComplete) ?? START;
    },
    locateKey(path) {
      const steps = walk(path);
      const last = steps[steps.length - 1];
      if (steps.length === path.length + 1 && last?.key !== undefined) {
        return positionOfStep(last, true) ?? START;
      }
      return this.locate(path);
    },
  };
}

function findEntry(items: readonly { key: unknown; value: unknown }[], key: string): Step | undefined {
  // The last entry wins, as in the built value (duplicates are reported separately).
  for (let i = items.length - 1; i >= 0; i -= 1) {
    const pair = items[i];
    if (pair !== undefined && keyOf(pair.key) === key) return { node: pair.value, key: pair.key };
  }
  return undefined;
}

function findItem(items: readonly unknown[], segment: string | number): Step | undefined {
  // Schema paths may spell indexes as strings ("/opds/0").
  const index = typeof segment === 'number' ? segment : /^\d+$/.test(segment) ? Number(segment) : -1;
  return index >= 0 && index < items.length ? { node: items[index] } : undefined;
}
