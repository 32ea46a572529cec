import type { Catalog } from './index.js';

/** What `opdm assess` says: usage errors, headings, prompts. */
export type AssessMessageKey = 'assess.placeholder';

export const assessMessages: Catalog<AssessMessageKey> = {
  id: { 'assess.placeholder': '' },
  en: { 'assess.placeholder': '' },
};
