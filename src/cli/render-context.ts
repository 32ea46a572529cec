import type { Rubric } from '../core/types.js';
import type { RenderContext } from '../render/context.js';
import { isColorWanted, terminalWidth, type CliEnv } from './env.js';
import type { Options } from './options.js';
import { GENERATOR } from './version.js';

/**
 * The one render context of a command: the language, colour only on a terminal that wants it
 * (never into a file), the shared width rule, the rubric, the CSV delimiter and the generator.
 */
export function renderContextOf(options: Options, env: CliEnv, rubric: Rubric): RenderContext {
  const isToFile = options.output !== undefined && options.output !== '-';
  return {
    lang: options.lang,
    isColor: isColorWanted(options.color, env) && !isToFile,
    width: terminalWidth(env),
    rubric,
    csvDelimiter: options.delimiter,
    generator: GENERATOR,
  };
}
