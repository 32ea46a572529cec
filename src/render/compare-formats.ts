/** The formats of `opdm compare`: two cities (or two periods) side by side, and what each can learn. */
import type { Comparison } from '../core/compare.js';
import { format, type Format, type Renderer } from './formats.js';

export const COMPARE_FORMATS: readonly Format<Renderer<Comparison>>[] = [
  format('table', () => import('./compare-table.js').then((m) => m.renderCompareTable)),
  format('json', () => import('./json.js').then((m) => m.renderJson)),
  format('md', () => import('./compare-md.js').then((m) => m.renderCompareMd)),
  format('csv', () => import('./compare-csv.js').then((m) => m.renderCompareCsv)),
  format('html', () => import('./html/compare-html.js').then((m) => m.renderCompareHtml)),
  format('xlsx', () => import('./compare-xlsx.js').then((m) => m.renderCompareXlsx), { isBinary: true }),
];
