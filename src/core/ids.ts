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
