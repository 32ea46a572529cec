/**
 * What the table and Markdown renderers share: a format-neutral table of already formatted
 * cells. Views are built once per report (score-view, gap-view, ranking-view) so that the
 * terminal and Markdown outputs always show the same figures.
 */

/** Where a score or rating sits among the rubric's ratings; the terminal colours by it. */
export type Band = 'high' | 'middle' | 'low';

export interface Cell {
  text: string;
  band?: Band | null;
}

export interface Column {
  header: string;
  align?: 'left' | 'right';
  /** May be cut with an ellipsis to fit the terminal width (names, titles, advice). */
  isFlexible?: boolean;
}

export interface TableView {
  columns: Column[];
  rows: Cell[][];
}

/** One headline figure: a label and its value. */
export interface Fact {
  label: string;
  value: Cell;
}

export const cell = (text: string, band?: Band | null): Cell => (band == null ? { text } : { text, band });
