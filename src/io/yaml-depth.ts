/**
 * How deep a YAML text nests block collections, found by reading its lines, before any parser
 * sees it. The `yaml` parser recurses once per level it closes when a line dedents: a few
 * thousand levels followed by a shallower line overflow the stack ("Maximum call stack size
 * exceeded", outside the parser's own guard). Counted here, such a file is refused with its
 * line:col like any other file nested too deep.
 */

/** A block scalar header (`|`, `>-`, `|2+`) ending a line, with an optional comment. */
const BLOCK_SCALAR_HEADER = /(?:^|[\s:-])[|>][1-9+-]{0,2}[ \t]*(?:#.*)?$/;

/**
 * Where the block nesting of `text` first passes `max` levels (an offset into `text`), or
 * undefined. Each open mapping or list on the way to a line counts, and so does each compact
 * one on the line itself (`- - x`, `- key: x`). It counts no more than the parser will nest:
 * a list written at its parent key's column (`key:\n- x`) counts once for the two, so a file
 * it passes nests at most twice `max` deep, which the parser takes and the walk then refuses.
 */
export function findBlockDepthOverflow(text: string, max: number): number | undefined {
  /** Columns of the block collections open above the current line, outermost first. */
  const open: number[] = [];
  /** While set, lines indented deeper than this are the content of a block scalar. */
  let scalarAbove: number | undefined;
  /** Brackets of a flow collection still open from an earlier line. */
  let flowDepth = 0;
  for (let start = 0; start < text.length;) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    const line = text.slice(start, end);
    start = end + 1;
    const indent = line.length - line.trimStart().length;
    const isBlank = line.trim() === '' || line.trimStart().startsWith('#');
    if (scalarAbove !== undefined) {
      if (isBlank || indent > scalarAbove) continue;
      scalarAbove = undefined;
    }
    if (flowDepth > 0) {
      flowDepth = flowDepthAfter(line, 0, flowDepth);
      continue;
    }
    if (isBlank) continue;
    if (/^(?:---|\.\.\.)(?:\s|$)/.test(line)) {
      open.length = 0; // a new document
      continue;
    }
    while (open.length > 0 && open[open.length - 1]! >= indent) open.pop();
    let at = indent;
    for (;;) {
      const next = nodeOpenedAt(line, at);
      if (next === undefined) break;
      open.push(at);
      // The top-level mapping is level 0, as in the walk that builds the value.
      if (open.length - 1 > max) return start - line.length - 1 + at;
      at = next;
    }
    if (line[at] === '[' || line[at] === '{') flowDepth = flowDepthAfter(line, at, 0);
    else if (BLOCK_SCALAR_HEADER.test(line)) scalarAbove = open.at(-1) ?? indent;
  }
  return undefined;
}

/**
 * When a block collection opens at `at` (`- `, `? `, `: ` or `key: `), where the node inside it
 * starts on this line (past its anchor or tag); undefined when none opens there.
 */
function nodeOpenedAt(line: string, at: number): number | undefined {
  const c = line[at];
  if ((c === '-' || c === '?' || c === ':') && (at + 1 === line.length || line[at + 1] === ' ')) {
    return skipProperties(line, at + 1);
  }
  const colon = keyEnd(line, at);
  return colon === undefined ? undefined : skipProperties(line, colon + 1);
}

/** Past spaces, anchors (`&a`) and tags (`!t`): where the node itself starts. */
function skipProperties(line: string, from: number): number {
  let at = from;
  for (;;) {
    while (line[at] === ' ') at += 1;
    if (line[at] !== '&' && line[at] !== '!') return at;
    while (at < line.length && line[at] !== ' ') at += 1;
  }
}

/** The end of an implicit key starting at `at` (quoted or plain, then `: ` or `:` at the end). */
function keyEnd(line: string, at: number): number | undefined {
  let i = at;
  const quote = line[at];
  if (quote === '"' || quote === "'") {
    for (i = at + 1; i < line.length; i += 1) {
      if (quote === '"' && line[i] === '\\') i += 1;
      else if (line[i] === quote) {
        if (quote === "'" && line[i + 1] === "'") i += 1;
        else break;
      }
    }
    i += 1;
    while (line[i] === ' ') i += 1;
    return line[i] === ':' && (i + 1 === line.length || line[i + 1] === ' ') ? i : undefined;
  }
  if (quote === undefined || '[]{},#&*!|>%@`'.includes(quote)) return undefined;
  for (; i < line.length; i += 1) {
    if (line[i] === ' ' && line[i + 1] === '#') return undefined;
    if (line[i] === ':' && (i + 1 === line.length || line[i + 1] === ' ')) return i;
  }
  return undefined;
}

/** Open brackets after reading `line` from `from`, starting at `depth` (quotes skipped roughly). */
function flowDepthAfter(line: string, from: number, depth: number): number {
  let open = depth;
  let quote: string | undefined;
  for (let i = from; i < line.length; i += 1) {
    const c = line[i];
    if (quote !== undefined) {
      if (c === '\\' && quote === '"') i += 1;
      else if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '#' && (i === 0 || line[i - 1] === ' ')) break;
    else if (c === '[' || c === '{') open += 1;
    else if ((c === ']' || c === '}') && open > 0) open -= 1;
  }
  return open;
}
