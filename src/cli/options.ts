import { UsageError } from '../errors.js';

/** Option values -> typed values, or a UsageError that names the option and the allowed values. */
export function parseFormat<F extends string>(value: unknown, allowed: readonly F[]): F {
  const format = String(value ?? allowed[0]);
  if (!(allowed as readonly string[]).includes(format))
    throw new UsageError('usage.bad-format', { value: format, allowed: allowed.join(', ') });
  return format as F;
}

export function parseNumber(option: string, value: unknown): number | undefined {
  if (value === undefined) return undefined;
  // 60,5: how Indonesian writes a decimal; the command line wants 60.5.
  if (/^-?\d+,\d+$/.test(String(value)))
    throw new UsageError('usage.decimal-comma', {
      option,
      value: String(value),
      fixed: String(value).replace(',', '.'),
    });
  const number = Number(value);
  if (String(value).trim() === '' || !Number.isFinite(number))
    throw new UsageError('usage.bad-number', { option, value: String(value) });
  return number;
}

/** A score option (`--fail-under`): a number from 0 to 100, as scores are. */
export function parseScore(option: string, value: unknown): number | undefined {
  const score = parseNumber(option, value);
  if (score !== undefined && (score < 0 || score > 100))
    throw new UsageError('usage.score-range', { option, value: String(value) });
  return score;
}

export function parseDelimiter(value: unknown): ',' | ';' {
  const delimiter = String(value ?? ',');
  if (delimiter !== ',' && delimiter !== ';') throw new UsageError('usage.bad-delimiter', { value: delimiter });
  return delimiter;
}

export function parseLangOption(value: unknown): void {
  if (value !== undefined && value !== 'id' && value !== 'en')
    throw new UsageError('usage.bad-lang', { value: String(value) });
}
