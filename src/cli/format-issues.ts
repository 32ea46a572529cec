import type { Issue } from '../core/types.js';
import { fill, type Lang } from '../i18n/index.js';
import { cliMessages } from '../i18n/cli-messages.js';
import { ioMessages } from '../i18n/io-messages.js';
import { ruleMessages } from '../i18n/rule-messages.js';
import { schemaMessages } from '../i18n/schema-messages.js';

const catalogs = [ruleMessages, schemaMessages, ioMessages] as const;

const DID_YOU_MEAN = { id: '; maksud Anda "{suggestion}"?', en: '; did you mean "{suggestion}"?' } as const;

/** The rubric's scope names, as a reader says them. */
const SCOPE_WORDS: Record<Lang, Record<string, string>> = {
  id: { service: 'layanan', opd: 'OPD', city: 'kota' },
  en: { service: 'service', opd: 'OPD', city: 'city' },
};

function localizeParams(params: Issue['params'], lang: Lang): Issue['params'] {
  const words = SCOPE_WORDS[lang];
  const word = (value: string | number | undefined) => (typeof value === 'string' ? (words[value] ?? value) : value);
  return { ...params, ...('scope' in params ? { scope: word(params.scope)! } : {}), ...('expected' in params ? { expected: word(params.expected)! } : {}) };
}

/** One issue as a line: `file:line:col: message` (warnings say so), in the user's language. */
export function formatIssue(issue: Issue, lang: Lang): string {
  const template = catalogs.map((c) => (c[lang] as Record<string, string>)[issue.code]).find((m) => m !== undefined) ?? issue.code;
  let message = fill(template, localizeParams(issue.params, lang));
  if (issue.params.suggestion !== undefined && !template.includes('{suggestion}')) message += fill(DID_YOU_MEAN[lang], issue.params);
  const where = [issue.file, issue.line, issue.col].filter((p) => p !== undefined).join(':');
  const severity = issue.severity === 'warning' ? `${cliMessages[lang]['issues.warning']}: ` : '';
  return `${where ? `${where}: ` : ''}${severity}${message}`;
}

/** Every issue on its own line, by file, then line and column. */
export function formatIssues(issues: readonly Issue[], lang: Lang): string {
  const sorted = [...issues].sort(
    (a, b) => (a.file ?? '').localeCompare(b.file ?? '') || (a.line ?? 0) - (b.line ?? 0) || (a.col ?? 0) - (b.col ?? 0),
  );
  return sorted.map((i) => `${formatIssue(i, lang)}\n`).join('');
}
