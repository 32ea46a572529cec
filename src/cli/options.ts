/**
 * Command-line options, parsed once into one typed object (as ESLint's `translateOptions` and
 * changesets' `normalizeOptions` do): every command reads `Options`, none casts commander's
 * `Record<string, unknown>`. A value that cannot be right is a UsageError here, before any work.
 */
import { UsageError } from '../errors.js';
import type { Lang } from '../i18n/index.js';
import type { Format } from '../render/formats.js';
import { formatNames } from '../render/formats.js';

export interface Options {
  /** The language of messages and reports: `--lang`, else the locale, else Bahasa Indonesia. */
  lang: Lang;
  /** `--lang` was given: texts a report copies from the rubric (advice, basis) are in it too. */
  isLangGiven: boolean;
  /** `--no-color` gives false; undefined leaves it to the terminal and NO_COLOR. */
  color?: boolean;
  isDebug: boolean;
  rubric?: string;
  /** `-o`; `-` means stdout. */
  output?: string;
  /** As given; each command checks it against its own formats. */
  format?: string;
  delimiter: ',' | ';';
  /** score */
  failUnder?: number;
  requireComplete: boolean;
  baseline?: string;
  tolerance?: number;
  /** gap */
  top?: number;
  /** gap and explain take one OPD, init and assess several. */
  opd?: readonly string[];
  service?: string;
  /** init */
  cityId?: string;
  cityName?: string;
  province?: string;
  period?: string;
  force: boolean;
  from?: string;
  /** assess */
  isReview: boolean;
}

/** A number option; `60,5` (how Indonesian writes a decimal) is named and corrected. */
export function parseNumber(option: string, value: unknown): number | undefined {
  if (value === undefined) return undefined;
  const text = String(value);
  if (/^-?\d+,\d+$/.test(text))
    throw new UsageError('usage.decimal-comma', { option, value: text, fixed: text.replace(',', '.') });
  const number = Number(value);
  if (text.trim() === '' || !Number.isFinite(number)) throw new UsageError('usage.bad-number', { option, value: text });
  return number;
}

/** A score option (`--fail-under`): a number from 0 to 100, as scores are. */
function parseScore(option: string, value: unknown): number | undefined {
  const score = parseNumber(option, value);
  if (score !== undefined && (score < 0 || score > 100))
    throw new UsageError('usage.score-range', { option, value: String(value) });
  return score;
}

/** A count option (`--top`): a whole number of 1 or more. */
function parseCount(option: string, value: unknown): number | undefined {
  const count = parseNumber(option, value);
  if (count !== undefined && (count < 1 || !Number.isInteger(count))) {
    throw new UsageError('usage.whole-number', { option, value: String(value) });
  }
  return count;
}

function parseDelimiter(value: unknown): ',' | ';' {
  const delimiter = String(value ?? ',');
  if (delimiter !== ',' && delimiter !== ';') throw new UsageError('usage.bad-delimiter', { value: delimiter });
  return delimiter;
}

const text = (value: unknown): string | undefined => (value === undefined ? undefined : String(value));
const list = (value: unknown): readonly string[] | undefined =>
  value === undefined ? undefined : (Array.isArray(value) ? value : [value]).map(String);

/**
 * Commander's options (with the global ones) as `Options`. `lang` is the language already
 * resolved from `--lang` and the locale; an unknown `--lang` is refused here.
 */
export function parseOptions(raw: Readonly<Record<string, unknown>>, lang: Lang): Options {
  if (raw.lang !== undefined && raw.lang !== 'id' && raw.lang !== 'en') {
    throw new UsageError('usage.bad-lang', { value: String(raw.lang) });
  }
  const options: Options = {
    lang,
    isLangGiven: raw.lang !== undefined,
    isDebug: raw.debug === true,
    delimiter: parseDelimiter(raw.delimiter),
    requireComplete: raw.requireComplete === true,
    force: raw.force === true,
    isReview: raw.review === true,
  };
  const optional: Partial<Options> = {
    color: raw.color === false ? false : undefined,
    rubric: text(raw.rubric),
    output: text(raw.output),
    format: text(raw.format),
    failUnder: parseScore('--fail-under', raw.failUnder),
    baseline: text(raw.baseline),
    tolerance: parseNumber('--tolerance', raw.tolerance),
    top: parseCount('--top', raw.top),
    opd: list(raw.opd),
    service: text(raw.service),
    cityId: text(raw.cityId),
    cityName: text(raw.cityName),
    province: text(raw.province),
    period: text(raw.period),
    from: text(raw.from),
  };
  for (const [key, value] of Object.entries(optional))
    if (value !== undefined) Object.assign(options, { [key]: value });
  return options;
}

/** The format asked for among a report kind's formats (the first is the default); another is a UsageError. */
export function chooseFormat<R>(formats: readonly Format<R>[], options: Pick<Options, 'format'>): Format<R> {
  const name = options.format ?? formats[0]!.name;
  const chosen = formats.find((f) => f.name === name);
  if (chosen === undefined)
    throw new UsageError('usage.bad-format', { value: name, allowed: formatNames(formats).join(', ') });
  return chosen;
}
