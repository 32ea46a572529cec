import { constants as bufferLimits } from 'node:buffer';
import type { Report } from '../core/report.js';
import { upgradeReport } from '../core/report-v1.js';
import type { DocPath, Issue } from '../core/types.js';
import { InvalidInputError } from '../errors.js';
import type { IoMessageKey } from '../i18n/io-messages.js';
import { checkReportShape } from '../schema/validate.js';
import { findControlText, mayHoldControlText } from './control-text.js';
import { expectKind } from './file-kind.js';
import { capIssues, ioIssue, type Position } from './issues.js';
import { locateJsonPaths } from './json-locate.js';
import { placeIssues } from './load.js';
import { DEFAULT_MAX_BYTES, readUserFile } from './read-text.js';
import { MAX_DEPTH } from './yaml.js';
import { parseYamlFile, type Locator } from './yaml-fast.js';
import { findFlowDepthOverflow } from './yaml-value.js';

/** A batch of reports as `opdm score --format json` writes it for several cities. */
export interface ReportBatch {
  batch_version: 1;
  reports: Report[];
}

/**
 * Reports are opdm's own output and must read back whatever their size (a batch of a hundred
 * cities passes the answers file's 10 MB): the only limit is the longest text the engine can
 * hold, which no report opdm writes can pass (UTF-8 takes at most 3 bytes per character).
 */
const REPORT_MAX_BYTES = bufferLimits.MAX_STRING_LENGTH * 3;

/** Where a line break is text in a report: notes, and the rubric's advice, basis and labels. */
const LINES_ALLOWED = new Set<string | number | undefined>(['notes', 'advice', 'basis', 'rating']);

/** A parsed report file, and line:col for the paths of its issues. */
interface ParsedReport {
  value: unknown;
  /** Read as JSON (a large report): its control characters can only be escapes. */
  isJson: boolean;
  locator: (paths: readonly DocPath[]) => Promise<Locator>;
}

/**
 * Reads report JSON (one report, or a batch of them). A report up to the size of an answers
 * file goes through the YAML reader (JSON is YAML), which gives exact line:col for every issue.
 * A larger one is read as the JSON opdm writes, with positions found by one more pass over the
 * text only when there is something to say: the YAML document would take gigabytes for it.
 */
export async function loadReports(file: string): Promise<Report[]> {
  const { text } = readUserFile(file, { maxBytes: REPORT_MAX_BYTES });
  const parsed = await parseReport(text, file);
  expectKind(parsed.value, 'report JSON', file);
  const value = parsed.value as Partial<ReportBatch>;
  const isBatch = Array.isArray(value.reports);
  const reports = isBatch ? value.reports! : [parsed.value];
  const shape = reports.flatMap((report, i) =>
    checkReportShape(report).map((issue) => ({ ...issue, path: isBatch ? ['reports', i, ...issue.path] : issue.path })),
  );
  const errors = shape.some((i) => i.severity === 'error') ? shape : controlText(parsed, text);
  if (errors.some((i) => i.severity === 'error')) {
    const listed = capIssues(errors, file);
    throw new InvalidInputError(placeIssues(listed, await parsed.locator(listed.map((i) => i.path)), file));
  }
  return (reports as Parameters<typeof upgradeReport>[0][]).map(upgradeReport);
}

/** SPEC: the texts of a report hold no control character either (a newline only where it is text). */
function controlText(parsed: ParsedReport, text: string): Issue[] {
  if (parsed.isJson && !mayHoldControlText(text)) return [];
  return findControlText(parsed.value, (key) => LINES_ALLOWED.has(key));
}

async function parseReport(text: string, file: string): Promise<ParsedReport> {
  if (text.length <= DEFAULT_MAX_BYTES) return fromYaml(text, file);
  const fail = (code: IoMessageKey, params: Issue['params'], at: Position) =>
    new InvalidInputError([ioIssue(code, file, params, at)]);
  // Checked first: the checks after the parse walk the value recursively.
  const tooDeep = findFlowDepthOverflow(text, MAX_DEPTH);
  if (tooDeep !== undefined) throw fail('yaml.too-deep', { limit: MAX_DEPTH }, positionIn(text, tooDeep));
  // JSON.parse would make such a key an own property; the YAML reader refuses it, and so does this.
  const unsafe = /"(__proto__|constructor|prototype)"\s*:/.exec(text);
  if (unsafe) throw fail('yaml.unsafe-key', { key: unsafe[1]! }, positionIn(text, unsafe.index + 1));
  try {
    const value: unknown = JSON.parse(text);
    return { value, isJson: true, locator: async (paths) => locateJsonPaths(text, paths) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const at = /at position (\d+)/.exec(message);
    throw fail('json.syntax', { message }, at ? positionIn(text, Number(at[1])) : { line: 1, col: 1 });
  }
}

/** A report read as YAML, with exact positions for anything wrong in it. */
async function fromYaml(text: string, file: string): Promise<ParsedReport> {
  const parsed = await parseYamlFile(text, file);
  if (parsed.issues.some((i) => i.severity === 'error')) throw new InvalidInputError(capIssues(parsed.issues, file));
  return { value: parsed.value, isJson: false, locator: async () => parsed.locator() };
}

/** line:col of `offset` in `text`. */
function positionIn(text: string, offset: number): Position {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line += 1;
    lineStart = i + 1;
  }
  return { line, col: offset - lineStart + 1 };
}
