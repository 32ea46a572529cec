import type { Rubric } from '../core/types.js';
import type { Lang } from '../i18n/index.js';

/** Everything a renderer needs besides its data; the CLI fills it from flags, env and the TTY. */
export interface RenderContext {
  lang: Lang;
  /** ANSI colour allowed (a TTY, no NO_COLOR, no --no-color). */
  isColor: boolean;
  /** Terminal width in columns, when known. */
  width?: number;
  /** The rubric of the report(s): question titles, option labels, advice in `lang`. */
  rubric: Rubric;
  /** CSV field separator: ',' (default) or ';' (Excel with Indonesian settings). */
  csvDelimiter: ',' | ';';
  /** Who wrote the output (`opd-maturity 0.1.0`), for a batch's JSON and a page's footer. */
  generator: string;
}
