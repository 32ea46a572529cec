/** `opdm gap --format json`: the report's headline and gap, narrowed to `--opd` and cut to `--top`. */
import type { Report } from '../core/report.js';
import type { RenderContext } from './context.js';
import type { GapOptions } from './gap-view.js';
import { renderJson } from './json.js';

export function renderGapJson(report: Report, _ctx: RenderContext, options: GapOptions = {}): string {
  const { top, opd } = options;
  const keep = <T extends { opd: string }>(items: readonly T[]) =>
    items.filter((i) => opd === undefined || i.opd === opd);
  const actions = keep(report.gap.actions);
  return renderJson({
    report_version: report.report_version,
    generator: report.generator,
    rubric: report.rubric,
    city: report.city,
    summary: report.summary,
    gap: {
      ...report.gap,
      actions: top === undefined ? actions : actions.slice(0, top),
      inherent: keep(report.gap.inherent),
      underused: keep(report.gap.underused),
      below_target: keep(report.gap.below_target),
      catalog_missing: keep(report.gap.catalog_missing),
    },
  });
}
