/** The header above each question: where the interview stands. */
import type { Counts } from '../core/evaluate.js';
import type { Translate } from '../i18n/index.js';
import type { Lang } from '../i18n/index.js';
import type { AssessMessageKey } from '../i18n/assess-messages.js';
import { wrapWords } from '../render/table.js';

/** One step of a walk: `3 of 12` and the name of what is being asked about. */
export interface Step {
  n: number;
  total: number;
  name: string;
}

export interface Position {
  /** Set for city-scope questions: the city's name. */
  city?: string;
  opd?: Step;
  service?: Step;
}

const LOCALES: Record<Lang, string> = { id: 'id-ID', en: 'en-US' };

/**
 * `OPD 3 dari 12: Disdukcapil › Layanan 2 dari 6: Akta Kelahiran · 40% pertanyaan terjawab (48/120)`.
 * The share counts required questions over the whole file, as completeness does. Wrapped at
 * word boundaries to `width` (the terminal would break it inside a word), further lines
 * indented under the text.
 */
export function progressLine(
  position: Position,
  counts: Counts,
  t: Translate<AssessMessageKey>,
  lang: Lang,
  width?: number,
): string {
  const parts: string[] = [];
  if (position.city !== undefined) parts.push(t('assess.progress.city', { name: position.city }));
  if (position.opd) parts.push(t('assess.progress.opd', { ...position.opd }));
  if (position.service) parts.push(t('assess.progress.service', { ...position.service }));
  const ratio = counts.applicable === 0 ? 1 : counts.answered / counts.applicable;
  // Rounded down, so 99.6% is not shown as 100% while a question is still open.
  const percent = new Intl.NumberFormat(LOCALES[lang], { style: 'percent', maximumFractionDigits: 0 }).format(
    Math.floor(ratio * 100) / 100,
  );
  const answered = t('assess.progress.answered', { percent, answered: counts.answered, applicable: counts.applicable });
  const line = `[${parts.join(' › ')} · ${answered}]`;
  if (width === undefined) return line;
  return wrapWords(line, width - 1)
    .map((text, i) => (i === 0 ? text : ` ${text}`))
    .join('\n');
}
