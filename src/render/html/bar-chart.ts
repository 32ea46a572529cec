/**
 * A horizontal bar chart drawn as inline SVG: one row per item, its label above its bar(s), the
 * value at the end of each bar. One bar per item (OPD scores) or one per side (a comparison).
 * The SVG has a natural width and shrinks on narrow screens; its text is escaped like all text.
 */
import { html, px, type Markup } from './markup.js';

export interface Bar {
  /** null: unknown, drawn as an empty track with `text` (a dash) at its start. */
  value: number | null;
  text: string;
  color: string;
  /** The bar's tooltip, e.g. the side's name. */
  hint?: string;
  /** Parts of the value drawn one after the other (removable, then inherent visits); `color` is then unused. */
  stack?: readonly { value: number; color: string }[];
}

export interface BarItem {
  label: string;
  bars: readonly Bar[];
}

export interface BarChart {
  title: string;
  items: readonly BarItem[];
  /** The value of a full bar (100 for scores). */
  max: number;
  /** Dashed guide lines, e.g. where each rating starts. */
  guides?: readonly { at: number; label: string }[];
}

const WIDTH = 400;
/** Room right of a full bar for its value, at least; more when the longest value needs it. */
const MIN_VALUE_SPACE = 70;
/** Wider than any digit, separator or dash of a 12px bold value (digits are about 0.56em). */
const VALUE_CHAR_WIDTH = 12 * 0.64;
/** The gap between a bar's end and its value, and a margin past the value. */
const VALUE_GAP = 5;
const LABEL_HEIGHT = 18;
const BAR_HEIGHT = 12;
const BAR_GAP = 3;
const ROW_GAP = 9;
const TOP = 16;
// Cut labels that would run past the chart. A glyph of a 13px label averages about 0.56em in the
// system fonts of the page (a name of 58 letters ran 424px); 0.62em leaves room for wide letters.
const MAX_LABEL_CHARS = Math.floor(WIDTH / (13 * 0.62));

/** A label cut to fit the chart, with an ellipsis; the full text stays in the row's tooltip. */
export function fitLabel(label: string, maxChars = MAX_LABEL_CHARS): string {
  const chars = [...label];
  return chars.length <= maxChars
    ? label
    : `${chars
        .slice(0, maxChars - 1)
        .join('')
        .trimEnd()}…`;
}

/** The chart as an `<svg>` element. */
export function renderBarChart(chart: BarChart): Markup {
  // The longest value (1.689.100) must fit right of a full bar, or the SVG cuts it off.
  const longest = Math.max(0, ...chart.items.flatMap((item) => item.bars.map((bar) => [...bar.text].length)));
  const valueSpace = Math.max(MIN_VALUE_SPACE, Math.ceil(longest * VALUE_CHAR_WIDTH) + 2 * VALUE_GAP);
  const track = WIDTH - valueSpace;
  const scale = (value: number) => (Math.max(0, Math.min(value, chart.max)) / chart.max) * track;
  const rowHeight = (item: BarItem) => LABEL_HEIGHT + item.bars.length * (BAR_HEIGHT + BAR_GAP) + ROW_GAP;
  const height = TOP + chart.items.reduce((sum, item) => sum + rowHeight(item), 0);
  const guides = (chart.guides ?? []).map(
    (g) => html`<line x1="${px(scale(g.at))}" x2="${px(scale(g.at))}" y1="${TOP - 2}" y2="${height - ROW_GAP}" \
stroke="#9aa7b5" stroke-dasharray="3 3" stroke-width="1"/>
<text x="${px(scale(g.at))}" y="${TOP - 5}" font-size="10" text-anchor="middle" fill="#586575">${g.label}</text>`,
  );
  let y = TOP;
  const rows = chart.items.map((item) => {
    const top = y;
    y += rowHeight(item);
    const bars = item.bars.map((bar, i) => {
      const barY = top + LABEL_HEIGHT + i * (BAR_HEIGHT + BAR_GAP);
      const width = bar.value === null ? 0 : scale(bar.value);
      let x = 0;
      const parts = (bar.stack ?? [{ value: bar.value ?? 0, color: bar.color }]).map((part) => {
        const rect = html`<rect x="${px(x)}" y="${px(barY)}" width="${px(scale(part.value))}" \
height="${BAR_HEIGHT}" fill="${part.color}"/>`;
        x += scale(part.value);
        return rect;
      });
      const title = bar.hint ? html`<title>${bar.hint}: ${bar.text}</title>` : '';
      return html`<g>${title}\
<rect x="0" y="${px(barY)}" width="${track}" height="${BAR_HEIGHT}" fill="#eef2f6"/>${parts}\
<text x="${px(width + VALUE_GAP)}" y="${px(barY + BAR_HEIGHT - 2)}" font-size="12" font-weight="600" \
fill="#17212b">${bar.text}</text></g>`;
    });
    return html`<g><title>${item.label}</title>\
<text x="0" y="${top + 13}" font-size="13" fill="#17212b">${fitLabel(item.label)}</text>${bars}</g>\n`;
  });
  return html`<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${chart.title}" \
width="${WIDTH}" height="${px(height)}" viewBox="0 0 ${WIDTH} ${px(height)}">
<title>${chart.title}</title>
${guides}
${rows}</svg>`;
}
