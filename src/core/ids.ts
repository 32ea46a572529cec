/** SPEC's ids: lowercase letters, digits and single '-' between them. */
export const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** `Dinas Pekerjaan Umum & Penataan Ruang` -> `dinas-pekerjaan-umum-penataan-ruang`; '' when nothing is left. */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * Keys a YAML or JSON object may not have (they would reach JavaScript's object machinery); the
 * loaders refuse them, so no rubric may use them as ids either.
 */
export const RESERVED_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);
