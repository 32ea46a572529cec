/** The formats of `opdm rubric show`: a terminal overview, a questionnaire document, or the rubric as JSON. */
import type { Rubric } from '../core/types.js';
import { format, type Format, type Renderer } from './formats.js';

export const RUBRIC_FORMATS: readonly Format<Renderer<Rubric>>[] = [
  format('table', () => import('./rubric-table.js').then((m) => m.renderRubricTable)),
  format('md', () => import('./rubric-md.js').then((m) => m.renderRubricMd)),
  format('json', () => import('./json.js').then((m) => m.renderJson)),
];
