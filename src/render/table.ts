/**
 * Terminal output: colour only when ctx.isColor (through node:util styleText), and bordered
 * tables that fit ctx.width by wrapping the flexible columns. The tables are drawn here, over
 * widths this module computes anyway: cli-table3 measured every cell again with string-width
 * and cost a scorecard about 70 ms, a third of `opdm score` (see docs/performance.md).
 */
import { styleText } from 'node:util';
import type { RenderContext } from './context.js';
import type { Band, Cell, Fact, TableView } from './view.js';

type StyleFormat = Parameters<typeof styleText>[0];

const BAND_STYLES: Record<Band, StyleFormat> = { high: 'green', middle: 'yellow', low: 'red' };
/** A flexible column is never cut below this: a name shorter than this is unreadable. */
const MIN_FLEXIBLE = 10;
const ELLIPSIS = '…';

/** `text` styled when colour is allowed; unchanged otherwise (no ANSI codes at all). */
export function paint(ctx: Pick<RenderContext, 'isColor'>, format: StyleFormat, text: string): string {
  // validateStream: false because ctx.isColor already made the TTY/NO_COLOR decision.
  return ctx.isColor ? styleText(format, text, { validateStream: false }) : text;
}

function paintCell(ctx: Pick<RenderContext, 'isColor'>, value: Cell, text = value.text): string {
  return value.band == null ? text : paint(ctx, BAND_STYLES[value.band], text);
}

/** Display width, counted in code points (rubric and answer texts are alphabetic scripts). */
const widthOf = (text: string): number => [...text].length;

/** Cuts `text` to `width` columns, ending with an ellipsis when it had to cut. */
export function truncate(text: string, width: number): string {
  const chars = [...text];
  return chars.length <= width ? text : chars.slice(0, Math.max(0, width - 1)).join('') + ELLIPSIS;
}

/** Greedy word wrap; a word longer than the line is cut with an ellipsis. */
export function wrapWords(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(' ')) {
    const last = lines[lines.length - 1];
    if (last !== undefined && widthOf(last) + 1 + widthOf(word) <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(truncate(word, width));
  }
  return lines;
}

const longestWord = (text: string): number => Math.max(0, ...text.split(' ').map(widthOf));

/**
 * Column widths that fit `width`: first wrap long headers onto more lines (no data is lost),
 * then narrow the widest flexible column (its text wraps), never below its longest word.
 */
function fitWidths(view: TableView, width: number | undefined): number[] {
  const data = view.columns.map((_, i) => Math.max(0, ...view.rows.map((r) => widthOf(r[i]?.text ?? ''))));
  const widths = view.columns.map((c, i) => Math.max(widthOf(c.header), data[i] ?? 0));
  if (width === undefined) return widths;
  const floors = view.columns.map((c, i) => Math.max(longestWord(c.header), data[i] ?? 0));
  // A flexible column wraps its text, but never so narrow that a word must be cut.
  const words = view.columns.map((c, i) =>
    Math.max(MIN_FLEXIBLE, longestWord(c.header), ...view.rows.map((r) => longestWord(r[i]?.text ?? ''))),
  );
  // One space of padding either side of each column, one border per column and one more.
  let total = widths.reduce((sum, w) => sum + w + 3, 1);
  const widest = (canShrink: (i: number) => boolean): number => {
    let found = -1;
    widths.forEach((w, i) => {
      if (canShrink(i) && (found < 0 || w > (widths[found] ?? 0))) found = i;
    });
    return found;
  };
  while (total > width) {
    let i = widest((j) => (widths[j] ?? 0) > (floors[j] ?? 0));
    if (i < 0) i = widest((j) => view.columns[j]?.isFlexible === true && (widths[j] ?? 0) > (words[j] ?? MIN_FLEXIBLE));
    if (i < 0) break;
    widths[i] = (widths[i] ?? 0) - 1;
    total -= 1;
  }
  return widths;
}

const BORDER = { top: ['┌', '┬', '┐'], middle: ['├', '┼', '┤'], bottom: ['└', '┴', '┘'] } as const;

/** One table line of cells (each already cut into lines), padded to the widths and aligned. */
function drawRow(
  cells: readonly { lines: string[]; paint: (s: string) => string }[],
  widths: readonly number[],
  view: TableView,
): string[] {
  const height = Math.max(1, ...cells.map((c) => c.lines.length));
  const out: string[] = [];
  for (let line = 0; line < height; line++) {
    const parts = cells.map((c, i) => {
      const text = c.lines[line] ?? '';
      const room = ' '.repeat(Math.max(0, (widths[i] ?? 0) - widthOf(text)));
      const painted = text === '' ? '' : c.paint(text);
      return view.columns[i]?.align === 'right' ? room + painted : painted + room;
    });
    out.push(`│ ${parts.join(' │ ')} │`);
  }
  return out;
}

/** A bordered table; bold headers and banded scores only when colour is allowed. */
export function renderTable(view: TableView, ctx: Pick<RenderContext, 'isColor' | 'width'>): string {
  const fitted = fitWidths(view, ctx.width);
  // Long texts wrap onto more lines rather than losing their end: advice must stay readable.
  const linesOf = (text: string, i: number) =>
    view.columns[i]?.isFlexible ? wrapWords(text, fitted[i] ?? widthOf(text)) : text.split('\n');
  const head = view.columns.map((c, i) => ({
    lines: wrapWords(c.header, fitted[i] ?? widthOf(c.header)),
    paint: (t: string) => paint(ctx, 'bold', t),
  }));
  const rows = view.rows.map((row) =>
    row.map((value, i) => ({ lines: linesOf(value.text, i), paint: (t: string) => paintCell(ctx, value, t) })),
  );
  const widths = view.columns.map((_, i) =>
    Math.max(0, ...[head[i], ...rows.map((r) => r[i])].flatMap((c) => c?.lines.map(widthOf) ?? [])),
  );
  const rule = ([left, cross, right]: readonly string[]) =>
    left + widths.map((w) => '─'.repeat(w + 2)).join(cross) + right;
  // Rows of one line read best without rules between them; wrapped rows need the rules.
  const isCompact = rows.every((row) => row.every((c) => c.lines.length <= 1));
  const body = rows.map((row) => drawRow(row, widths, view).join('\n'));
  return [
    rule(BORDER.top),
    ...drawRow(head, widths, view),
    rule(BORDER.middle),
    body.join(isCompact ? '\n' : `\n${rule(BORDER.middle)}\n`),
    rule(BORDER.bottom),
  ]
    .filter((part) => part !== '')
    .join('\n');
}

/** Headline figures as aligned `label  value` lines. */
export function renderFacts(facts: readonly Fact[], ctx: Pick<RenderContext, 'isColor' | 'width'>): string {
  const labelWidth = Math.max(0, ...facts.map((f) => widthOf(f.label)));
  return facts
    .map((f) => {
      const room = ctx.width === undefined ? Infinity : Math.max(MIN_FLEXIBLE, ctx.width - labelWidth - 2);
      return `${f.label}${' '.repeat(labelWidth - widthOf(f.label))}  ${paintCell(ctx, f.value, truncate(f.value.text, room))}`;
    })
    .join('\n');
}

/** A section heading: bold in colour, underlined with a rule otherwise so it still stands out. */
export function renderHeading(text: string, ctx: Pick<RenderContext, 'isColor' | 'width'>): string {
  const lines = renderText(text, ctx).split('\n');
  if (ctx.isColor) return lines.map((line) => paint(ctx, 'bold', line)).join('\n');
  return `${lines.join('\n')}\n${'─'.repeat(Math.max(...lines.map(widthOf)))}`;
}

/** A paragraph (a note, a hint), wrapped at word boundaries to the terminal width when known. */
export function renderText(text: string, ctx: Pick<RenderContext, 'width'>): string {
  return ctx.width === undefined ? text : wrapWords(text, ctx.width).join('\n');
}
