/**
 * Parsing one YAML file into a plain value, with every problem found (not just the first) as an
 * issue with line:col, and a locator that maps DocPaths from later checks back to line:col.
 */
import {
  LineCounter,
  parseDocument,
  type DocumentOptions,
  type ParseOptions,
  type ScalarTag,
  type SchemaOptions,
  type YAMLError,
} from 'yaml';
import type { DocPath, Issue } from '../core/types.js';
import type { IoMessageKey } from '../i18n/io-messages.js';
import { ioIssue, type Position } from './issues.js';
import { createLocator } from './yaml-locate.js';
import { findBlockDepthOverflow } from './yaml-depth.js';
import { findFlowDepthOverflow, offsetOf, walkDocument } from './yaml-value.js';

export type { Position } from './issues.js';

/** The result of parsing one YAML file. */
export interface ParsedYaml {
  /**
   * The top-level mapping as plain objects, arrays and JSON scalars; refused keys (unsafe,
   * complex) are left out. Undefined when the file could not be read as one mapping (syntax
   * errors, tabs, several documents, empty, not a mapping, alias or depth limits).
   */
  value: unknown;
  /** Every problem, sorted by position; each has `file`, `line` and `col`. */
  issues: Issue[];
  /** line:col of the node at `path`, or of its deepest existing ancestor's key. */
  locate(path: DocPath): Position;
  /** line:col of the key of the map entry at `path` (for "unknown key" issues). */
  locateKey(path: DocPath): Position;
}

export interface ParseYamlOptions {
  /** How many times aliases may be followed (default 100): stops "billion laughs". */
  maxAliases?: number;
}

/** Rubrics nest about eight levels deep; past this a file is broken or hostile. */
export const MAX_DEPTH = 100;

/** YAML 1.2 core floats, integers included (`!!float 12` is 12), and the infinities and NaN. */
const CORE_FLOAT = /^[-+]?(?:\.\d+|\d+(?:\.\d*)?)(?:[eE][-+]?\d+)?$|^0x[0-9a-fA-F]+$|^0o[0-7]+$/;
const CORE_SPECIAL: Readonly<Record<string, number>> = {
  ...Object.fromEntries(['.inf', '.Inf', '.INF', '+.inf', '+.Inf', '+.INF'].map((s) => [s, Infinity])),
  ...Object.fromEntries(['-.inf', '-.Inf', '-.INF'].map((s) => [s, -Infinity])),
  ...Object.fromEntries(['.nan', '.NaN', '.NAN'].map((s) => [s, NaN])),
};

/**
 * An explicit `!!float`, read as YAML 1.2 says: any core number is a float, `!!float 12`
 * included, which the `yaml` package would leave a string with an "unresolved tag" warning
 * (js-yaml reads 12). Anything else stays a string, with the package's own warning.
 */
const FLOAT_TAG: ScalarTag = {
  tag: 'tag:yaml.org,2002:float',
  resolve(text, onError) {
    if (CORE_FLOAT.test(text)) return Number(text);
    if (text in CORE_SPECIAL) return CORE_SPECIAL[text]!;
    onError(`Unresolved tag: tag:yaml.org,2002:float`);
    return text;
  },
};

/** How the `yaml` package reads answers and rubrics. */
const yamlOptions = (lineCounter: LineCounter): ParseOptions & DocumentOptions & SchemaOptions => ({
  lineCounter,
  schema: 'core', // YAML 1.2: `yes` and `2026-11-20` stay strings, `2026` is a number
  resolveKnownTags: false, // no !!binary, !!timestamp or !!set: only JSON types come out
  merge: false, // `<<` is a plain key: merges would hide where a value comes from
  // The walk finds duplicate keys itself, as the built object holds them, and names the key.
  uniqueKeys: false,
  prettyErrors: false,
  customTags: [FLOAT_TAG],
  // No maxAliasCount: it only guards doc.toJS(), which we never call (see yaml-value.ts).
});

/** Parse `text` (the content of `file`) as one YAML 1.2 document whose top level is a mapping. */
export function parseYamlDocument(text: string, file: string, options: ParseYamlOptions = {}): ParsedYaml {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const lineCounter = new LineCounter();
  const at = (offset: number): Position => lineCounter.linePos(offset);
  const issues: Issue[] = [];

  // The parser itself recurses per flow bracket and runs out of memory on a few million of them,
  // and per block level a dedent closes: thousands of them overflow its stack.
  const tooDeepAt = findFlowDepthOverflow(source, MAX_DEPTH) ?? findBlockDepthOverflow(source, MAX_DEPTH);
  if (tooDeepAt !== undefined) {
    const issue = ioIssue('yaml.too-deep', file, { limit: MAX_DEPTH }, positionIn(source, tooDeepAt));
    return { value: undefined, issues: [issue], ...createLocator(undefined, lineCounter) };
  }

  let doc;
  try {
    doc = parseDocument(source, yamlOptions(lineCounter));
  } catch (error) {
    // The depth checks above keep the parser's stack safe; should a shape slip past them, the
    // file is still refused as too deep, not a crash.
    if (!(error instanceof RangeError)) throw error;
    const issue = ioIssue('yaml.too-deep', file, { limit: MAX_DEPTH }, { line: 1, col: 1 });
    return { value: undefined, issues: [issue], ...createLocator(undefined, lineCounter) };
  }
  const { errors } = doc;
  const parserIssues = errors.map((error) => fromParserError(error, source, file, lineCounter));
  // A tab in the indentation throws the parser off around it: its follow-on complaints would
  // bury the lines that say what to fix. Once the tabs are gone, the rest shows up.
  const tabs = parserIssues.filter((issue) => issue.code === 'yaml.tab-indent');
  issues.push(...(tabs.length > 0 ? tabs : parserIssues));
  for (const warning of doc.warnings) {
    issues.push(
      ioIssue(
        'yaml.warning',
        file,
        { message: firstLine(warning.message), parser_code: warning.code },
        at(warning.pos[0]),
        'warning',
      ),
    );
  }

  const walked = walkDocument(doc, { maxAliases: options.maxAliases ?? 100, maxDepth: MAX_DEPTH });
  // Where the parser already failed, the AST is its best guess: more findings there are noise.
  const brokenLines = new Set(issues.filter((issue) => issue.severity === 'error').map((issue) => issue.line));
  for (const problem of walked.problems) {
    const position = at(problem.offset);
    if (brokenLines.has(position.line)) continue;
    issues.push(ioIssue(problem.code, file, problem.params, position, problem.severity));
  }
  const isFatal = errors.length > 0 || walked.problems.some((problem) => problem.isFatal === true);

  const { value } = walked;
  const found = kindOf(value);
  if (found === 'null' && !isFatal) issues.push(ioIssue('file.empty', file, {}, at(offsetOf(doc.contents))));
  else if (found !== 'mapping' && !isFatal) {
    issues.push(ioIssue('file.not-mapping', file, { found }, at(offsetOf(doc.contents))));
  }
  return {
    value: isFatal || found !== 'mapping' ? undefined : value,
    issues: sortAndDedupe(issues),
    ...createLocator(doc, lineCounter),
  };
}

/** Parser errors with a message of their own; the rest are `yaml.syntax`. */
const PARSER_CODES: Partial<Record<YAMLError['code'], IoMessageKey>> = {
  TAB_AS_INDENT: 'yaml.tab-indent',
  MULTIPLE_DOCS: 'yaml.multiple-documents',
  RESOURCE_EXHAUSTION: 'yaml.too-deep', // the parser's own stack ran out on deep block nesting
};

function fromParserError(error: YAMLError, source: string, file: string, lineCounter: LineCounter): Issue {
  const offset = error.pos[0];
  const position = lineCounter.linePos(offset);
  const code = PARSER_CODES[error.code];
  if (code !== undefined) return ioIssue(code, file, code === 'yaml.too-deep' ? { limit: MAX_DEPTH } : {}, position);
  // A tab in a line's indentation makes the parser misread the structure and report something
  // unrelated (bad indentation, a missing value): name the real cause instead.
  const lineStart = lineCounter.lineStarts[position.line - 1] ?? 0;
  const indent = /^[ \t]*/.exec(source.slice(lineStart, lineStart + 200))?.[0] ?? '';
  if (indent.includes('\t'))
    return ioIssue('yaml.tab-indent', file, {}, { line: position.line, col: indent.indexOf('\t') + 1 });
  return ioIssue('yaml.syntax', file, { message: firstLine(error.message), parser_code: error.code }, position);
}

/** line:col of `offset`, for when there is no parsed document to ask. */
function positionIn(text: string, offset: number): Position {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, col: offset - lineStart + 1 };
}

function firstLine(message: string): string {
  return (message.split('\n')[0] ?? '').replace(/:$/, '').trim();
}

function kindOf(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return 'list';
  return typeof value === 'object' ? 'mapping' : typeof value;
}

function sortAndDedupe(issues: Issue[]): Issue[] {
  const seen = new Set<string>();
  return issues
    .sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.col ?? 0) - (b.col ?? 0))
    .filter((issue) => {
      const id = `${issue.code}:${issue.line}:${issue.col}`;
      return seen.has(id) ? false : (seen.add(id), true);
    });
}
