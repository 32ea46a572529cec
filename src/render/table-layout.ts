/**
 * Which columns a terminal table keeps and how wide each is, so that it fits a width: headers
 * wrap first (no data is lost), then the long texts, down to what still reads as a column.
 * When even that is too wide, the columns that repeat another's information go; when that is
 * not enough either, there is no layout and the table is stacked (table.ts).
 */
import { displayWidth } from './display-width.js';
import type { TableView } from './view.js';

/** The kept columns (indices into the view's) and the width of each, padding and borders apart. */
export interface TableLayout {
  keep: number[];
  widths: number[];
}

/** A long text is never narrower than this in a table: fewer columns per word stop reading as text. */
const MIN_FLEXIBLE = 12;

const flat = (text: string): string => text.replace(/\s+/g, ' ').trim();
const longestWord = (text: string): number => Math.max(0, ...flat(text).split(' ').map(displayWidth));

/** Borders and padding around `count` columns: `│ a │ b │`. */
const chrome = (count: number) => count * 3 + 1;

function fit(view: TableView, keep: readonly number[], width: number | undefined): TableLayout | null {
  const columns = keep.map((i) => view.columns[i]!);
  const texts = keep.map((i) => view.rows.map((r) => flat(r[i]?.text ?? '')));
  const data = texts.map((cells) => Math.max(0, ...cells.map(displayWidth)));
  const widths = columns.map((c, j) => Math.max(displayWidth(flat(c.header)), data[j]!));
  if (width === undefined) return { keep: [...keep], widths };
  const budget = width - chrome(keep.length);
  // What each column can shrink to: a figure keeps its width but its header wraps; a long
  // text wraps down to its longest word, and never below MIN_FLEXIBLE unless it is shorter.
  const floors = columns.map((c, j) => {
    const header = longestWord(c.header);
    if (c.isFlexible !== true) return Math.max(header, data[j]!);
    const words = Math.max(header, ...texts[j]!.map(longestWord));
    return Math.min(widths[j]!, Math.max(words, MIN_FLEXIBLE));
  });
  if (floors.reduce((sum, w) => sum + w, 0) > budget) return null;
  let total = widths.reduce((sum, w) => sum + w, 0);
  // First the headers of figures wrap; then the widest long text gives a column at a time,
  // so long texts end up about equally wide.
  for (let j = 0; j < widths.length && total > budget; j++) {
    if (columns[j]!.isFlexible === true) continue;
    const give = Math.min(widths[j]! - floors[j]!, total - budget);
    widths[j]! -= give;
    total -= give;
  }
  while (total > budget) {
    let widest = -1;
    widths.forEach((w, j) => {
      if (w > floors[j]! && (widest < 0 || w > widths[widest]!)) widest = j;
    });
    if (widest < 0) return null;
    widths[widest]! -= 1;
    total -= 1;
  }
  return { keep: [...keep], widths };
}

/**
 * The layout of `view` within `width` columns (no limit when undefined): every column if they
 * fit, else without the optional ones; null when neither fits.
 */
export function layoutTable(view: TableView, width: number | undefined): TableLayout | null {
  const all = view.columns.map((_, i) => i);
  const full = fit(view, all, width);
  if (full !== null) return full;
  const essential = all.filter((i) => view.columns[i]?.isOptional !== true);
  return essential.length < all.length ? fit(view, essential, width) : null;
}
