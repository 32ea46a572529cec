/**
 * GitHub-flavoured Markdown helpers. Names and answers come from users' files, so every text
 * cell is escaped: a stray `|` would split a table cell, `*`/`_` would turn text bold, `<` could
 * open an HTML tag in a PR comment.
 */
import type { Fact, TableView } from './view.js';

/** Backslash-escapes the characters that are active inside a Markdown line; newlines become spaces. */
export function escapeMd(text: string): string {
  return text.replace(/\r\n|\r|\n/g, ' ').replace(/[\\`*_[\]<>#|~&]/g, '\\$&');
}

/** For text inside raw HTML (`<summary>`), where backslash escapes do not apply. */
export function escapeHtml(text: string): string {
  return text
    .replace(/\r\n|\r|\n/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** A GFM table; numbers right-aligned as the view says. */
export function renderMdTable(view: TableView): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [
    line(view.columns.map((c) => escapeMd(c.header))),
    line(view.columns.map((c) => (c.align === 'right' ? '---:' : '---'))),
    ...view.rows.map((row) => line(row.map((c) => escapeMd(c.text)))),
  ].join('\n');
}

/** Headline figures as a two-column table. */
export function renderMdFacts(facts: readonly Fact[], headers: readonly [string, string]): string {
  return renderMdTable({
    columns: [{ header: headers[0] }, { header: headers[1], align: 'right' }],
    rows: facts.map((f) => [{ text: f.label }, f.value]),
  });
}
