import type { Catalog } from './index.js';

/** What `opdm compare` says: usage errors, headings, prompts. */
export type CompareMessageKey = 'compare.placeholder';

export const compareMessages: Catalog<CompareMessageKey> = {
  id: { 'compare.placeholder': '' },
  en: { 'compare.placeholder': '' },
};
