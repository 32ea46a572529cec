/**
 * Turning a parsed YAML document into plain JS values by walking its AST ourselves, rather than
 * `doc.toJS()`, so that we decide: no key can touch a prototype, aliases cannot explode (billion
 * laughs) or loop, nesting is bounded, and every problem is reported with the offset of its node.
 */
import { isAlias, isMap, isScalar, isSeq, type Document, type Node } from 'yaml';
import type { IoMessageKey } from '../i18n/io-messages.js';
import { RESERVED_KEYS } from '../core/ids.js';

export interface WalkLimits {
  /** How many times aliases may be followed in the whole document. */
  maxAliases: number;
  /** How deep mappings and lists may nest (aliases included). */
  maxDepth: number;
}

export interface WalkProblem {
  code: IoMessageKey;
  params: Record<string, string | number>;
  offset: number;
  severity: 'error' | 'warning';
  /** True when the walk stopped: the value is then unusable. */
  isFatal?: boolean;
}

/** The object key a scalar map key becomes; undefined for a list or mapping used as a key. */
export function keyOf(key: unknown): string | undefined {
  if (key === null || key === undefined) return '';
  if (!isScalar(key)) return undefined;
  const { value } = key;
  if (typeof value === 'string') return value;
  return value === null ? (key.source ?? '') : String(value);
}

export function offsetOf(node: unknown): number {
  const range = (node as Node | null | undefined)?.range;
  return range ? range[0] : 0;
}

/**
 * Where naive counting of `[`/`{` first passes `max`. Brackets inside quotes or comments count
 * too: harmless, as no sane file has a hundred unclosed ones.
 */
export function findFlowDepthOverflow(text: string, max: number): number | undefined {
  let depth = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 0x5b || c === 0x7b) {
      depth += 1;
      if (depth > max) return i;
    } else if ((c === 0x5d || c === 0x7d) && depth > 0) depth -= 1;
  }
  return undefined;
}

class Aborted extends Error {}

/** Build the plain value of `doc.contents`, collecting problems instead of throwing. */
export function walkDocument(doc: Document, limits: WalkLimits): { value: unknown; problems: WalkProblem[] } {
  const problems: WalkProblem[] = [];
  const report = (code: IoMessageKey, node: unknown, params: WalkProblem['params'] = {}): void => {
    problems.push({ code, params, offset: offsetOf(node), severity: 'error' });
  };
  const abort = (code: IoMessageKey, node: unknown, params: WalkProblem['params']): never => {
    problems.push({ code, params, offset: offsetOf(node), severity: 'error', isFatal: true });
    throw new Aborted();
  };
  let aliasesFollowed = 0;
  let outermostAlias: unknown;
  // Collections being built on the current path: an alias to one of them is a cycle.
  const open = new Set<unknown>();

  const build = (node: unknown, depth: number): unknown => {
    if (depth > limits.maxDepth) abort('yaml.too-deep', node, { limit: limits.maxDepth });
    if (isAlias(node)) {
      aliasesFollowed += 1;
      // Blame the alias the user wrote in place, not one deep inside what it expands to.
      if (aliasesFollowed > limits.maxAliases)
        abort('yaml.alias-limit', outermostAlias ?? node, { limit: limits.maxAliases });
      const target = node.resolve(doc);
      if (target === undefined || open.has(target)) {
        report(target === undefined ? 'yaml.unknown-alias' : 'yaml.alias-cycle', node, { alias: node.source });
        return null;
      }
      const isOutermost = outermostAlias === undefined;
      if (isOutermost) outermostAlias = node;
      const value = build(target, depth + 1);
      if (isOutermost) outermostAlias = undefined;
      return value;
    }
    if (isScalar(node)) return scalarValue(node, problems);
    if (isMap(node) || isSeq(node)) {
      open.add(node);
      const value = isMap(node) ? buildMap(node.items, depth) : node.items.map((item) => build(item, depth + 1));
      open.delete(node);
      return value;
    }
    return null; // an empty value (`key:` with nothing after it)
  };

  const buildMap = (pairs: readonly { key: unknown; value: unknown }[], depth: number): object => {
    const result: Record<string, unknown> = {};
    const seen = new Set<string>();
    for (const pair of pairs) {
      const key = keyOf(pair.key);
      if (key === undefined) {
        report('yaml.complex-key', pair.key);
        continue;
      }
      if (RESERVED_KEYS.has(key)) {
        report('yaml.unsafe-key', pair.key, { key });
        continue;
      }
      // A plain `<<` is YAML 1.1's merge key: read as a key, it would make every merged value
      // look misplaced. Said as what it is; a quoted "<<" is an ordinary (unknown) key.
      if (key === '<<' && isScalar(pair.key) && pair.key.type === 'PLAIN') {
        report('yaml.merge-key', pair.key);
        continue;
      }
      if (seen.has(key)) report('yaml.duplicate-key', pair.key, { key });
      seen.add(key);
      // defineProperty, not assignment: never runs a setter, whatever the key.
      Object.defineProperty(result, key, {
        value: build(pair.value, depth + 1),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return result;
  };

  try {
    return { value: build(doc.contents, 0), problems };
  } catch (error) {
    if (error instanceof Aborted) return { value: undefined, problems };
    throw error;
  }
}

const INTEGER_LITERAL = /^[-+]?(?:0x[0-9a-f]+|0o[0-7]+|[0-9]+)$/i;

function scalarValue(node: { value: unknown; source?: string; range?: unknown }, problems: WalkProblem[]): unknown {
  const { value } = node;
  const text = node.source ?? '';
  const isImprecise =
    typeof value === 'number' &&
    ((!Number.isSafeInteger(value) && INTEGER_LITERAL.test(text)) || (!Number.isFinite(value) && /\d/.test(text)));
  if (isImprecise) {
    // 12345678901234567890 would silently become 12345678901234567000, and 1e400 Infinity.
    problems.push({ code: 'yaml.imprecise-number', params: { text }, offset: offsetOf(node), severity: 'warning' });
  }
  // -0 is 0: JSON has no negative zero, and a count or a score should not print as "-0".
  if (value === 0) return 0;
  if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) return value;
  // Only JSON types leave this layer; known tags are not resolved, so this is a safety net.
  return node.source ?? String(value);
}
