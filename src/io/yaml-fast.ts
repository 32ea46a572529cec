/**
 * The fast path for reading YAML: js-yaml builds the value about ten times faster than the
 * `yaml` package, which stays the tool for exact positions (and is not even loaded when a file
 * is fine). A file takes the fast path only when nothing in it needs the slow path's
 * protections; on any parser complaint, and whenever a later check needs a line:col, the slow
 * path parses it again.
 */
// js-yaml's ESM build: one file to load.
import { CORE_SCHEMA, load } from 'js-yaml';
import type { Issue } from '../core/types.js';
import type { ParsedYaml } from './yaml.js';

/**
 * What the fast parser would accept but the slow path refuses or reports: anchors and aliases
 * (alias bombs: js-yaml shares one object where `yaml` counts expansions), keys that would
 * touch a prototype, complex keys, tabs (reported as such), tags (`!!float 12`: js-yaml and
 * `yaml` resolve explicit tags differently; the slow path decides, by YAML 1.2), and a null
 * written as a key (`~:`, js-yaml's "null"; the slow path keeps what was written), and YAML 1.1's
 * merge key `<<` (the slow path names it). A false alarm only costs time.
 *
 * Each sign is found by the engine's own string search, then judged where it stands: a "!" in
 * "SP4N-LAPOR!" costs a look at one character, not a pattern run over the whole text (a nation's
 * batch reads 160 MB, and most signs never occur in a file).
 */
const NODE_START = ' \t\n\r[{,:-';
const KEY_START = ' \t\n\r{,-';
const isSpace = (char: string | undefined): boolean =>
  char === undefined || char === ' ' || char === '\t' || char === '\n' || char === '\r';

/** Where a node starts: at the text's start or after a separator. */
const startsNode = (text: string, at: number, starts: string): boolean => at === 0 || starts.includes(text[at - 1]!);

/** `sign` stands as a whole key followed by `:` (`~:`, `<<: *base`). */
function isKey(text: string, at: number, sign: string): boolean {
  if (!startsNode(text, at, KEY_START)) return false;
  let i = at + sign.length;
  while (text[i] === ' ' || text[i] === '\t') i++;
  return text[i] === ':' && isSpace(text[i + 1]);
}

/** `?` opening a complex key: only blanks before it on its line, a blank or the end after it. */
function isComplexKey(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0 && text[i] !== '\n'; i--) if (text[i] !== ' ' && text[i] !== '\t') return false;
  return isSpace(text[at + 1]);
}

type Judge = (text: string, at: number) => boolean;
const always: Judge = () => true;

const SLOW_PATH_SIGNS: readonly (readonly [string, Judge])[] = [
  ['&', (text, at) => startsNode(text, at, NODE_START) && !isSpace(text[at + 1])],
  ['*', (text, at) => startsNode(text, at, NODE_START) && !isSpace(text[at + 1])],
  ['!', (text, at) => startsNode(text, at, NODE_START)],
  ['\t', always],
  ['__proto__', always],
  ['constructor', always],
  ['prototype', always],
  ['?', isComplexKey],
  ['~', (text, at) => isKey(text, at, '~')],
  ['Null', (text, at) => isKey(text, at, 'Null')],
  ['NULL', (text, at) => isKey(text, at, 'NULL')],
  ['<<', (text, at) => isKey(text, at, '<<')],
];

/** The signs longer than a character, in one pass: most files hold none of them. */
const LONG_SIGNS = /__proto__|constructor|prototype|Null|NULL|<</;

function needsSlowPath(text: string): boolean {
  const hasLongSign = LONG_SIGNS.test(text);
  for (const [sign, judge] of SLOW_PATH_SIGNS) {
    if (sign.length > 1 && !hasLongSign) continue;
    for (let at = text.indexOf(sign); at >= 0; at = text.indexOf(sign, at + 1)) if (judge(text, at)) return true;
  }
  return false;
}

/**
 * Scalars the two parsers read differently (js-yaml: numbers, or strings where YAML 1.2 core
 * has numbers; `yaml`: numbers with a warning for lost precision): binary, signed hex or octal,
 * a signed fraction without a leading digit (`+.5`, `-.5`: js-yaml's strings, YAML 1.2's
 * floats), exponents past a double (`1e400`), integers too long for a double, and negative
 * zeros (js-yaml reads `-0` as 0 but `-00` as -0). The slow path decides these, so a file reads
 * the same either way.
 */
const NUMBER_EDGES = /(?:^|[\s[{,:])(?:[+-]?0b|[+-]0[xo]|[+-]\.\d|-0)/m;
const LONG_NUMBER = /\d{16}|\d[eE][+-]?\d{3}/;
/**
 * Without one of them NUMBER_EDGES cannot match (a search for each is four times faster on the
 * nation's files than the pattern). `-0` only where a scalar starts: every date holds a `-0`.
 */
const NUMBER_TRIGGERS = ['0b', '0x', '0o', '+.', '-.', ' -0', '\n-0', '[-0', '{-0', ',-0', ':-0'];

function hasNumberEdge(text: string): boolean {
  return (NUMBER_TRIGGERS.some((t) => text.includes(t)) && NUMBER_EDGES.test(text)) || LONG_NUMBER.test(text);
}

/** Parses with js-yaml when the file is plain; undefined when the slow path must decide. */
export function parseFast(text: string): Record<string, unknown> | undefined {
  if (needsSlowPath(text)) return undefined;
  if (hasNumberEdge(text)) return undefined;
  try {
    // CORE_SCHEMA: YAML 1.2 scalars as the slow path reads them (dates stay strings, no tags).
    const value = load(text, { schema: CORE_SCHEMA, json: false });
    const isMapping = typeof value === 'object' && value !== null && !Array.isArray(value);
    return isMapping ? (value as Record<string, unknown>) : undefined;
  } catch {
    // Duplicate keys, syntax errors, unknown tags, several documents: the slow path says where.
    return undefined;
  }
}

/** Maps document paths to line:col. */
export type Locator = Pick<ParsedYaml, 'locate' | 'locateKey'>;

/** A parsed file: its value and parse issues, and line:col on demand. */
export interface YamlSource {
  value: unknown;
  issues: Issue[];
  locator(): Promise<Locator>;
}

/** Parses a YAML file, quickly when it can; positions cost a slow parse only when asked for. */
export async function parseYamlFile(text: string, file: string): Promise<YamlSource> {
  const value = parseFast(text);
  if (value !== undefined) {
    let slow: Promise<Locator> | undefined;
    const locator = () => (slow ??= import('./yaml.js').then((m) => m.parseYamlDocument(text, file)));
    return { value, issues: [], locator };
  }
  const parsed = (await import('./yaml.js')).parseYamlDocument(text, file);
  return { value: parsed.value, issues: parsed.issues, locator: async () => parsed };
}
