/**
 * What the table and Markdown renderers share: a format-neutral table of already formatted
 * cells. Views are built once per report (score-view, gap-view, ranking-view) so that the
 * terminal and Markdown outputs always show the same figures.
 */

/**
 * Where a score or rating sits among the rubric's ratings, from the best (`high`) to the worst
 * (`low`), in five steps as the HTML's rating palette; the terminal colours by it. A comparison's
 * statuses use three: better `high`, incomplete `middle`, worse `low`.
 */
export const BANDS = ['high', 'good', 'middle', 'poor', 'low'] as const;
export type Band = (typeof BANDS)[number];

/**
 * The step (0 best to 4 worst) of the rating at `index` among `count` ratings: the first is the
 * best step, the last the worst, the others spread between; five ratings take one step each.
 */
export function ratingStep(index: number, count: number): number {
  if (count <= 1) return 0;
  const step = Math.round((index / (count - 1)) * (BANDS.length - 1));
  return Math.min(Math.max(step, 0), BANDS.length - 1);
}

export interface Cell {
  text: string;
  band?: Band | null;
}

export interface Column {
  header: string;
  align?: 'left' | 'right';
  /** A long text (a name, a title, advice) that wraps onto more lines to fit the terminal. */
  isFlexible?: boolean;
  /**
   * Repeats what another column or the heading shows (an id beside its name): left out first when
   * the table is too wide.
   */
  isOptional?: boolean;
}

export interface TableView {
  columns: Column[];
  rows: Cell[][];
  /**
   * The columns whose texts title a row when the terminal stacks the table (`1 · rsud ·
   * Penyerahan Hasil`); by default the first long text.
   */
  titleColumns?: number[];
}

/** One headline figure: a label and its value. */
export interface Fact {
  label: string;
  value: Cell;
}

export const cell = (text: string, band?: Band | null): Cell => (band == null ? { text } : { text, band });
