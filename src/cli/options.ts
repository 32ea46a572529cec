import { UsageError } from '../errors.js';

/** Option values -> typed values, or a UsageError that names the option and the allowed values. */
export function parseFormat<F extends string>(value: unknown, allowed: readonly F[]): F {
  const format = String(value ?? allowed[0]);
  if (!(allowed as readonly string[]).includes(format)) throw new UsageError('usage.bad-format', { value: format, allowed: allowed.join(', ') });
  return format as F;
}

export function parseNumber(option: string, value: unknown): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (String(value).trim() === '' || !Number.isFinite(number)) throw new UsageError('usage.bad-number', { option, value: String(value) });
  return number;
}

export function parseDelimiter(value: unknown): ',' | ';' {
  const delimiter = String(value ?? ',');
  if (delimiter !== ',' && delimiter !== ';') throw new UsageError('usage.bad-delimiter', { value: delimiter });
  return delimiter;
}

export function parseLangOption(value: unknown): void {
  if (value !== undefined && value !== 'id' && value !== 'en') throw new UsageError('usage.bad-lang', { value: String(value) });
}
