/**
 * How many services sit at each level of the rubric's scale, as inline SVG: one row per level,
 * the level's label on the left, one bar per side, the count and share at the end. Levels at or
 * above the target are green (done), below it grey (still work), so a reader sees at a glance
 * how much of the city is there.
 */
import { LEVEL_COLORS } from './colors.js';
import { fitLabel } from './bar-chart.js';
import { html, px, type Markup } from './markup.js';

export interface LevelRow {
  level: number;
  label: string;
  /** One count per side (one side for a city, two for a comparison). */
  counts: readonly { value: number; text: string; color?: string; hint?: string }[];
}

export interface LevelChart {
  title: string;
  rows: readonly LevelRow[];
  targetLevel: number;
  /** `target` in the report language, written beside the target row. */
  targetText: string;
}

const WIDTH = 380;
const LABEL_SPACE = 118;
const VALUE_SPACE = 92;
const BAR_HEIGHT = 14;
const BAR_GAP = 3;
const ROW_GAP = 10;

const TARGET_SPACE = 16;

/** The chart as an `<svg>` element; a dashed line marks where the target level starts. */
export function renderLevelChart(chart: LevelChart): Markup {
  const track = WIDTH - LABEL_SPACE - VALUE_SPACE;
  const max = Math.max(1, ...chart.rows.flatMap((r) => r.counts.map((c) => c.value)));
  const rowHeight = (row: LevelRow) => row.counts.length * (BAR_HEIGHT + BAR_GAP) - BAR_GAP + ROW_GAP;
  const hasTarget = chart.rows.some((r) => r.level === chart.targetLevel);
  const height = chart.rows.reduce((sum, row) => sum + rowHeight(row), 0) + 4 + (hasTarget ? TARGET_SPACE : 0);
  let y = 2;
  const rows = chart.rows.map((row) => {
    let target: Markup | string = '';
    if (row.level === chart.targetLevel) {
      const lineY = y + TARGET_SPACE / 2 - 3;
      target = html`<line x1="0" x2="${WIDTH}" y1="${px(lineY)}" y2="${px(lineY)}" \
stroke="${LEVEL_COLORS.atTarget}" stroke-dasharray="4 3" stroke-width="1"/>\
<text x="${WIDTH}" y="${px(lineY - 3)}" font-size="10" text-anchor="end" fill="${LEVEL_COLORS.atTarget}">\
${chart.targetText} &#9660;</text>`;
      y += TARGET_SPACE;
    }
    const top = y;
    y += rowHeight(row);
    const isDone = row.level >= chart.targetLevel;
    const middle = top + (rowHeight(row) - ROW_GAP) / 2;
    const bars = row.counts.map((count, i) => {
      const barY = top + i * (BAR_HEIGHT + BAR_GAP);
      const width = (count.value / max) * track;
      const fill = count.color ?? (isDone ? LEVEL_COLORS.atTarget : LEVEL_COLORS.below);
      const title = count.hint ? html`<title>${count.hint}: ${count.text}</title>` : '';
      return html`<g>${title}\
<rect x="${LABEL_SPACE}" y="${px(barY)}" width="${track}" height="${BAR_HEIGHT}" fill="#eef2f6" rx="2"/>\
<rect x="${LABEL_SPACE}" y="${px(barY)}" width="${px(width)}" height="${BAR_HEIGHT}" fill="${fill}" rx="2"/>\
<text x="${px(LABEL_SPACE + width + 5)}" y="${px(barY + BAR_HEIGHT - 3)}" font-size="12" font-weight="600" \
fill="#17212b">${count.text}</text></g>`;
    });
    const weight = isDone ? html` font-weight="600"` : '';
    const label = html`<text x="${LABEL_SPACE - 8}" y="${px(middle + 4.5)}" font-size="12.5" text-anchor="end" \
fill="#17212b"${weight}>${fitLabel(row.label, 17)}</text>`;
    return html`${target}<g><title>${row.label}</title>${label}${bars}</g>\n`;
  });
  return html`<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${chart.title}" \
width="${WIDTH}" height="${px(height)}" viewBox="0 0 ${WIDTH} ${px(height)}">
<title>${chart.title}</title>
${rows}</svg>`;
}
