/**
 * Messages for shape issues (src/schema): each issue's `code` is its key here and its `params`
 * fill the placeholders. One line each: what is wrong, then what to do. A `suggestion` param
 * (unknown keys) is not in the text: the issue formatter appends "did you mean" itself.
 */
import type { Catalog } from './index.js';

export const SCHEMA_MESSAGE_KEYS = [
  'schema.required',
  'schema.unknown-key',
  'schema.type',
  'schema.type-quote',
  'schema.not-finite',
  'schema.enum',
  'schema.pattern',
  'schema.pattern-id',
  'schema.pattern-version',
  'schema.pattern-rubric-ref',
  'schema.pattern-language',
  'schema.range',
  'schema.min-items',
  'schema.empty',
  'schema.unique',
  'schema.other',
] as const;
export type SchemaMessageKey = (typeof SCHEMA_MESSAGE_KEYS)[number];

export const schemaMessages: Catalog<SchemaMessageKey> = {
  id: {
    'schema.required': 'kunci wajib "{key}" tidak ada; tambahkan',
    'schema.unknown-key': 'kunci "{key}" tidak dikenal (kunci tambahan harus diawali "x-")',
    'schema.type': 'tipe salah: harus berupa {expected}',
    'schema.type-quote': 'harus berupa teks: beri tanda kutip, misalnya "{value}"',
    'schema.not-finite': '{value} bukan angka yang bisa dihitung: tulis angka biasa, misalnya 75',
    'schema.enum': 'nilai "{value}" tidak dikenal; pilih salah satu dari: {allowed}',
    'schema.pattern': 'bentuknya salah: harus cocok dengan pola {what}',
    'schema.pattern-id': 'id tidak valid: pakai huruf kecil, angka dan "-" di antaranya, misalnya "kota-bandung"',
    'schema.pattern-version': 'versi tidak valid: tulis seperti 1.0.0',
    'schema.pattern-rubric-ref': 'rujukan rubrik tidak valid: tulis id@versi, misalnya "opd-digital-maturity@1.0.0"',
    'schema.pattern-language': 'kode bahasa tidak valid: tulis seperti "id", "en" atau "en-GB"',
    'schema.range': 'di luar rentang: harus {comparison} {limit}',
    'schema.min-items': 'daftar terlalu pendek: isi sedikitnya {limit} butir',
    'schema.empty': 'tidak boleh kosong; isi nilainya',
    'schema.unique': 'butir ganda; setiap butir hanya boleh muncul sekali',
    'schema.other': 'tidak valid: {message}',
  },
  en: {
    'schema.required': 'required key "{key}" is missing; add it',
    'schema.unknown-key': 'unknown key "{key}" (keys of your own must start with "x-")',
    'schema.type': 'wrong type: must be {expected}',
    'schema.type-quote': 'must be a string: quote it, e.g. "{value}"',
    'schema.not-finite': '{value} is not a number that can be computed with: write a plain number, e.g. 75',
    'schema.enum': 'unknown value "{value}"; use one of: {allowed}',
    'schema.pattern': 'wrong form: must match the pattern {what}',
    'schema.pattern-id': 'invalid id: use lowercase letters, digits and "-" between them, e.g. "kota-bandung"',
    'schema.pattern-version': 'invalid version: write it like 1.0.0',
    'schema.pattern-rubric-ref': 'invalid rubric reference: write id@version, e.g. "opd-digital-maturity@1.0.0"',
    'schema.pattern-language': 'invalid language code: write it like "id", "en" or "en-GB"',
    'schema.range': 'out of range: must be {comparison} {limit}',
    'schema.min-items': 'list too short: give at least {limit} item(s)',
    'schema.empty': 'must not be empty; fill it in',
    'schema.unique': 'duplicate item; each item may appear only once',
    'schema.other': 'invalid: {message}',
  },
};
