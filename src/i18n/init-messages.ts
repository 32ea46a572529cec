import type { Catalog } from './index.js';

/** What `opdm init` says: usage errors, headings, prompts. */
export type InitMessageKey = 'init.placeholder';

export const initMessages: Catalog<InitMessageKey> = {
  id: { 'init.placeholder': '' },
  en: { 'init.placeholder': '' },
};
