/**
 * Terminal output: colour only when ctx.isColor (through node:util styleText), and text that
 * fits ctx.width. A table keeps its columns while it fits, wrapping its long texts; then leaves
 * out the columns that repeat what another shows; then stacks each row as a record of
 * `header: value` lines. Widths are display widths (display-width.ts). The tables are drawn
 * here, over widths this module computes anyway: cli-table3 measured every cell again and
 * cost a scorecard about 70 ms, a third of `opdm score` (see docs/performance.md).
 */
import { styleText } from 'node:util';
import { safeLine } from './safe-text.js';
import { displayWidth, splitToWidth } from './display-width.js';
import { layoutTable, type TableLayout } from './table-layout.js';
import type { RenderContext } from './context.js';
import type { Band, Cell, Fact, TableView } from './view.js';

type StyleFormat = Parameters<typeof styleText>[0];
type Ctx = Pick<RenderContext, 'isColor' | 'width'>;

/**
 * A rating's colour by its place among the rubric's ratings, as the HTML's palette
 * (html/colors.ts): green, light green, amber, orange, red, in the 16 colours every terminal has.
 */
const BAND_STYLES: Record<Band, StyleFormat> = {
  high: 'green',
  good: 'greenBright',
  middle: 'yellow',
  poor: 'redBright',
  low: 'red',
};
/** A table whose rows wrap onto more lines than this reads better stacked, one record a row. */
const MAX_ROW_LINES = 6;
/** Headline values wrap in at least this many columns beside their labels. */
const MIN_FACT_VALUE = 24;
/** A stacked record's details sit this far in from its title. */
const INDENT = '  ';
const SEPARATOR = ' · ';

/** `text` styled when colour is allowed; unchanged otherwise (no ANSI codes at all). */
export function paint(ctx: Pick<RenderContext, 'isColor'>, format: StyleFormat, text: string): string {
  // validateStream: false because ctx.isColor already made the TTY/NO_COLOR decision.
  return ctx.isColor ? styleText(format, text, { validateStream: false }) : text;
}

function paintCell(ctx: Pick<RenderContext, 'isColor'>, value: Pick<Cell, 'band'>, text: string): string {
  return value.band == null ? text : paint(ctx, BAND_STYLES[value.band], text);
}

/**
 * A text on one line: line breaks, tabs and runs of spaces become one space, so a name with a
 * newline in it cannot break a table's border; any other control character becomes a visible
 * stand-in, so that a cell can never carry a colour code of its own, not even one that opdm
 * itself paints with. Every text the terminal shows passes here.
 */
export const flatten = (text: string): string => safeLine(text.replace(/\s+/g, ' ').trim());

/** Greedy word wrap at display width; a word longer than the line is split, never cut short. */
export function wrapWords(text: string, width: number): string[] {
  return wrapTokens([{ text }], width).map((line) => line.plain);
}

interface Token {
  text: string;
  paint?: (text: string) => string;
}

interface Line {
  plain: string;
  painted: string;
}

/**
 * Words of several differently painted texts, wrapped as one paragraph; each token's words on a
 * line painted as one run.
 */
function wrapTokens(tokens: readonly Token[], width: number): Line[] {
  const room = Math.max(1, width);
  const lines: { token: number; words: string[] }[][] = [];
  let runs: { token: number; words: string[] }[] = [];
  let used = 0;
  const add = (token: number, word: string) => {
    const last = runs[runs.length - 1];
    if (last?.token === token) last.words.push(word);
    else runs.push({ token, words: [word] });
  };
  const push = () => {
    lines.push(runs);
    runs = [];
    used = 0;
  };
  tokens.forEach((token, t) => {
    for (const word of flatten(token.text).split(' ')) {
      if (word === '') continue;
      const w = displayWidth(word);
      if (used > 0 && used + 1 + w <= room) {
        add(t, word);
        used += 1 + w;
        continue;
      }
      if (runs.length > 0) push();
      for (const piece of w <= room ? [word] : splitToWidth(word, room)) {
        if (runs.length > 0) push();
        add(t, piece);
        used = displayWidth(piece);
      }
    }
  });
  if (runs.length > 0 || lines.length === 0) push();
  return lines.map((line) => ({
    plain: line.map((run) => run.words.join(' ')).join(' '),
    painted: line
      .map((run) => {
        const text = run.words.join(' ');
        return tokens[run.token]?.paint?.(text) ?? text;
      })
      .join(' '),
  }));
}

const pad = (text: string, width: number) => ' '.repeat(Math.max(0, width - displayWidth(text)));

const BORDER = { top: ['┌', '┬', '┐'], middle: ['├', '┼', '┤'], bottom: ['└', '┴', '┘'] } as const;

/** One table row of cells (each already cut into lines), padded to the widths and aligned. */
function drawRow(cells: readonly Line[][], widths: readonly number[], aligns: readonly ('left' | 'right')[]): string[] {
  const height = Math.max(1, ...cells.map((c) => c.length));
  const out: string[] = [];
  for (let line = 0; line < height; line++) {
    const parts = cells.map((c, i) => {
      const text = c[line] ?? { plain: '', painted: '' };
      const room = pad(text.plain, widths[i] ?? 0);
      return aligns[i] === 'right' ? room + text.painted : text.painted + room;
    });
    out.push(`│ ${parts.join(' │ ')} │`);
  }
  return out;
}

/**
 * The table drawn with its borders, in the columns and widths of `layout`; null when a row would
 * run taller than `maxLines`, where records read better.
 */
function drawTable(view: TableView, layout: TableLayout, ctx: Ctx, maxLines = Infinity): string | null {
  const { keep, widths } = layout;
  const columns = keep.map((i) => view.columns[i]!);
  const aligns = columns.map((c) => c.align ?? 'left');
  const head = columns.map((c, j) => wrapTokens([{ text: c.header, paint: (t) => paint(ctx, 'bold', t) }], widths[j]!));
  // Long texts wrap onto more lines rather than losing their end: advice must stay readable.
  const rows = view.rows.map((row) =>
    keep.map((i, j) => {
      const value = row[i] ?? { text: '' };
      const painter = (t: string) => paintCell(ctx, value, t);
      return wrapTokens([{ text: value.text, paint: painter }], widths[j]!);
    }),
  );
  if (rows.some((row) => row.some((c) => c.length > maxLines))) return null;
  const rule = ([left, cross, right]: readonly string[]) =>
    left + widths.map((w) => '─'.repeat(w + 2)).join(cross) + right;
  // Rows of one line read best without rules between them; wrapped rows need the rules.
  const isCompact = rows.every((row) => row.every((c) => c.length <= 1));
  const body = rows.map((row) => drawRow(row, widths, aligns).join('\n'));
  return [
    rule(BORDER.top),
    ...drawRow(head, widths, aligns),
    rule(BORDER.middle),
    body.join(isCompact ? '\n' : `\n${rule(BORDER.middle)}\n`),
    rule(BORDER.bottom),
  ]
    .filter((part) => part !== '')
    .join('\n');
}

/** The columns that title a stacked record: the view's choice, else its first long text. */
function titleColumns(view: TableView): number[] {
  if (view.titleColumns !== undefined) return [...view.titleColumns];
  const first = view.columns.findIndex((c) => c.isFlexible === true);
  return [Math.max(0, first)];
}

/**
 * Each row as a record: its title (the name), then `header: value` for the other columns, short
 * figures side by side, long texts each on their own lines. For a table too wide for the
 * terminal even with its long texts wrapped.
 */
function drawStacked(view: TableView, ctx: Ctx, width: number): string {
  const titles = titleColumns(view);
  const room = width - INDENT.length;
  const records = view.rows.map((row) => {
    const title = titles
      .map((i) => flatten(row[i]?.text ?? ''))
      .filter((t) => t !== '')
      .join(SEPARATOR);
    const lines = wrapTokens([{ text: title, paint: (t) => paint(ctx, 'bold', t) }], width).map((l) => l.painted);
    let flow: Line = { plain: '', painted: '' };
    const endFlow = () => {
      if (flow.plain !== '') lines.push(INDENT + flow.painted);
      flow = { plain: '', painted: '' };
    };
    view.columns.forEach((column, i) => {
      if (titles.includes(i) || column.isOptional === true) return;
      const value = row[i] ?? { text: '' };
      const tokens: Token[] = [
        { text: `${flatten(column.header)}:` },
        { text: value.text, paint: (t) => paintCell(ctx, value, t) },
      ];
      const pair = wrapTokens(tokens, room);
      const only = pair[0];
      // A long text gets lines of its own; a figure, or a short text, goes beside the others.
      const isLong = column.isFlexible === true && displayWidth(only?.plain ?? '') > room / 2;
      if (isLong || pair.length > 1 || only === undefined) {
        endFlow();
        // A long text's further lines sit under its first word, past the header.
        const [first, ...rest] = pair;
        if (first !== undefined) lines.push(INDENT + first.painted);
        if (rest.length > 0) {
          const more = wrapTokens(
            [{ text: rest.map((l) => l.plain).join(' '), paint: (t) => paintCell(ctx, value, t) }],
            room - INDENT.length,
          );
          lines.push(...more.map((l) => INDENT + INDENT + l.painted));
        }
        return;
      }
      if (flow.plain !== '' && displayWidth(flow.plain) + SEPARATOR.length + displayWidth(only.plain) > room) endFlow();
      flow =
        flow.plain === ''
          ? only
          : { plain: flow.plain + SEPARATOR + only.plain, painted: flow.painted + SEPARATOR + only.painted };
    });
    endFlow();
    return lines.join('\n');
  });
  const isShort = records.every((r) => !r.includes('\n'));
  return records.join(isShort ? '\n' : '\n\n');
}

/** A table that fits ctx.width: bordered while it can be, else stacked; bold headers and banded scores in colour. */
export function renderTable(view: TableView, ctx: Ctx): string {
  const layout = layoutTable(view, ctx.width);
  if (ctx.width === undefined) return drawTable(view, layout!, ctx)!;
  return (layout === null ? null : drawTable(view, layout, ctx, MAX_ROW_LINES)) ?? drawStacked(view, ctx, ctx.width);
}

/**
 * Headline figures as `label  value` lines; on a narrow terminal both sides wrap, each in its
 * own column, and a value that still has no room goes under its label.
 */
export function renderFacts(facts: readonly Fact[], ctx: Ctx): string {
  const widthsOf = (texts: string[]) => texts.map((t) => displayWidth(flatten(t)));
  const longestWord = (texts: string[]) => Math.max(0, ...texts.flatMap((t) => widthsOf(flatten(t).split(' '))));
  const labels = facts.map((f) => f.label);
  const values = facts.map((f) => f.value.text);
  const width = ctx.width ?? Infinity;
  // The values get what they need up to MIN_FACT_VALUE (or their longest word), the labels the rest.
  const valueRoom = Math.min(Math.max(0, ...widthsOf(values)), Math.max(MIN_FACT_VALUE, longestWord(values)));
  const labelWidth = Math.max(
    Math.min(longestWord(labels), width / 2),
    Math.min(Math.max(0, ...widthsOf(labels)), width - 2 - valueRoom),
  );
  const valueWidth = width - labelWidth - 2;
  return facts
    .map((f) => {
      const labelLines = wrapTokens([{ text: f.label }], labelWidth);
      const valueLines = wrapTokens([{ text: f.value.text, paint: (t) => paintCell(ctx, f.value, t) }], valueWidth);
      const height = Math.max(labelLines.length, valueLines.length);
      const lines: string[] = [];
      for (let i = 0; i < height; i++) {
        const label = labelLines[i]?.plain ?? '';
        const value = valueLines[i]?.painted ?? '';
        lines.push(value === '' ? label : `${label}${pad(label, labelWidth)}  ${value}`);
      }
      return lines.join('\n');
    })
    .join('\n');
}

/** A section heading: bold in colour, underlined with a rule otherwise so it still stands out. */
export function renderHeading(text: string, ctx: Ctx): string {
  const lines = renderText(text, ctx).split('\n');
  if (ctx.isColor) return lines.map((line) => paint(ctx, 'bold', line)).join('\n');
  return `${lines.join('\n')}\n${'─'.repeat(Math.max(...lines.map(displayWidth)))}`;
}

/** A paragraph (a note, a hint), wrapped at word boundaries to the terminal width when known. */
export function renderText(text: string, ctx: Pick<RenderContext, 'width'>): string {
  if (ctx.width === undefined) return text;
  const width = ctx.width;
  return text
    .split('\n')
    .map((paragraph) => wrapWords(paragraph, width).join('\n'))
    .join('\n');
}

/**
 * A line of a list or of a worked calculation, wrapped to the width: the further lines start
 * under the text, past the line's indent and its `- ` or `1. ` marker.
 */
export function renderHanging(line: string, ctx: Pick<RenderContext, 'width'>): string {
  if (ctx.width === undefined || displayWidth(line) <= ctx.width) return line;
  const found = /^\s*(?:(?:[-\u2022]|\d+\.) )?/.exec(line)?.[0] ?? '';
  // A marker past half the line would leave too little room: the text then starts at the left.
  const marker = displayWidth(found) > ctx.width / 2 ? '' : found;
  const hang = ' '.repeat(displayWidth(marker));
  const [first, ...rest] = wrapWords(line.slice(marker.length), ctx.width - hang.length);
  return [marker + (first ?? ''), ...rest.map((l) => hang + l)].join('\n');
}
