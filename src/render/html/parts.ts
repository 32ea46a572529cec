/**
 * Building blocks of the HTML reports: tables that turn into one card per row on a phone,
 * sections, badges by rating band, yes/no marks and machine-readable numbers (`<data>`), so that
 * a test (or a script) reads the exact figure behind the formatted text.
 */
import { formatYesNo } from '../format.js';
import { html, type Markup, type Part } from './markup.js';
import type { Lang } from '../../i18n/index.js';
import type { Band, TableView } from '../view.js';

export interface Column {
  header: string;
  /** Right-aligned, tabular digits. */
  isNumeric?: boolean;
  /** Long text: on a phone the value goes under its label instead of beside it. */
  isWide?: boolean;
  /** A share of the table's width (`30%`): tables of the same kind then line up. */
  width?: string;
}

export interface Table {
  columns: readonly Column[];
  rows: readonly (readonly Part[])[];
  /** Attributes per row, e.g. `data-opd`; values are escaped. */
  rowData?: readonly Readonly<Record<string, string>>[];
}

const attrs = (data: Readonly<Record<string, string>> | undefined): Markup[] =>
  Object.entries(data ?? {}).map(([name, value]) => html` data-${name}="${value}"`);

/** A table; each cell carries its column's header so that a phone can show rows as cards. */
export function renderTable(table: Table): Markup {
  const cls = (c: Column) => (c.isNumeric ? 'num' : c.isWide ? 'wide' : null);
  const head = table.columns.map(
    (c) => html`<th scope="col"${cls(c) ? html` class="${cls(c)}"` : ''}>${c.header}</th>`,
  );
  const rows = table.rows.map(
    (row, r) =>
      html`<tr${attrs(table.rowData?.[r])}>${row.map((value, i) => {
        const column = table.columns[i] ?? { header: '' };
        return html`<td data-label="${column.header}"${cls(column) ? html` class="${cls(column)}"` : ''}>${value}</td>`;
      })}</tr>\n`,
  );
  const isFixed = table.columns.every((c) => c.width !== undefined);
  const cols = isFixed
    ? html`<colgroup>${table.columns.map((c) => html`<col style="width:${c.width ?? ''}">`)}</colgroup>`
    : '';
  return html`<div class="table-wrap"><table class="stack${isFixed ? ' fixed' : ''}">${cols}\
<thead><tr>${head}</tr></thead><tbody>\n${rows}</tbody></table></div>`;
}

/** A format-neutral view (score-view, gap-tables) as an HTML table; banded cells become badges. */
export function viewTable(view: TableView): Markup {
  return renderTable({
    columns: view.columns.map((c) => ({
      header: c.header,
      isNumeric: c.align === 'right',
      isWide: c.isFlexible === true,
    })),
    rows: view.rows.map((row) => row.map((c) => (c.band == null ? c.text : badge(c.text, c.band)))),
  });
}

/** A titled block of the report. */
export function block(title: string, body: Part, lead?: string): Markup {
  const leadLine = lead ? html`<p class="lead">${lead}</p>\n` : '';
  return html`<section class="block">\n<h2>${title}</h2>\n${leadLine}${body}\n</section>\n`;
}

/** A rating, level or status as a coloured pill. */
export const badge = (text: string, band?: Band | null): Markup =>
  html`<span class="badge${band ? ` ${band}` : ''}">${text}</span>`;

/** A rating (or a score with its rating) as a pill with a dot in the rating's chart colour. */
export const ratingBadge = (text: string, color: string): Markup =>
  html`<span class="badge"><i style="background:${color}"></i>${text}</span>`;

/** Yes / no / unknown, coloured: "no office visit needed" is good news. */
export function yesNo(value: boolean | null, lang: Lang): Markup {
  const className = value === true ? 'yes' : value === false ? 'no' : 'muted';
  return html`<span class="${className}">${formatYesNo(value, lang)}</span>`;
}

/**
 * A formatted figure with its exact value in `<data value>`; `field` names the report field
 * it shows (`summary.score`), for readers that check the page against the JSON.
 */
export function figure(text: string, value: number | string | null, field?: string): Markup {
  const fieldAttr = field === undefined ? '' : html` data-field="${field}"`;
  return html`<data value="${value === null ? '' : String(value)}"${fieldAttr}>${text}</data>`;
}
