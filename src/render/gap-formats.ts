/** The formats of `opdm gap`: the distance to "no office visit needed", cut to `--top`, narrowed to `--opd`. */
import type { Report } from '../core/report.js';
import { format, type Format, type Renderer } from './formats.js';
import type { GapOptions } from './gap-view.js';

export type GapRenderer = Renderer<Report, GapOptions>;

export const GAP_FORMATS: readonly Format<GapRenderer>[] = [
  format('table', () => import('./gap-table.js').then((m) => m.renderGapTable)),
  format('json', () => import('./gap-json.js').then((m) => m.renderGapJson)),
  format('md', () => import('./gap-md.js').then((m) => m.renderGapMd)),
  format('csv', () => import('./gap-csv.js').then((m) => m.renderGapCsv)),
  format('html', () => import('./html/gap-html.js').then((m) => m.renderGapHtml)),
  format('xlsx', () => import('./xlsx.js').then((m) => m.renderGapXlsx), { isBinary: true }),
];
