import type { Issue } from '../core/types.js';
import { fill, type Lang } from '../i18n/index.js';
import { cliMessages } from '../i18n/cli-messages.js';
import { ioMessages, YAML_PARSER_DETAILS_ID } from '../i18n/io-messages.js';
import { ruleMessages } from '../i18n/rule-messages.js';
import { schemaMessages } from '../i18n/schema-messages.js';
import { workbookMessages } from '../i18n/workbook-messages.js';
import { ioIssue, MAX_LISTED } from '../io/issues.js';
import { formatNumber } from '../render/format.js';
import { safeLine } from '../render/safe-text.js';

const catalogs = [ruleMessages, schemaMessages, ioMessages, workbookMessages] as const;

const DID_YOU_MEAN = { id: '; maksud Anda "{suggestion}"?', en: '; did you mean "{suggestion}"?' } as const;

/** Words the checks put in their params (scopes, JSON types), as a reader says them. */
const WORDS: Record<Lang, Record<string, string>> = {
  id: {
    service: 'layanan',
    opd: 'OPD',
    city: 'kota',
    string: 'teks',
    number: 'angka',
    'whole number': 'bilangan bulat',
    list: 'daftar',
    mapping: 'mapping (kunci: nilai)',
    boolean: 'true/false',
    null: 'kosong',
    'rubric file': 'rubrik',
    'answers file': 'berkas jawaban',
    'report JSON': 'laporan JSON (dari opdm score --format json)',
    FIFO: 'FIFO (named pipe)',
    'character device': 'perangkat karakter',
    'block device': 'perangkat blok (disk)',
    socket: 'soket',
    'special file': 'berkas khusus',
  },
  en: {
    service: 'service',
    opd: 'OPD',
    city: 'city',
    'rubric file': 'a rubric',
    'answers file': 'an answers file',
    'report JSON': 'a report JSON (from opdm score --format json)',
    FIFO: 'FIFO (named pipe)',
    'block device': 'block device (a disk)',
  },
};
const OR: Record<Lang, string> = { id: ' atau ', en: ' or ' };

/** `string, number or list` -> `teks, angka atau daftar`: each word, and the "or". */
function localizeWords(value: string | number | undefined, lang: Lang): string | number | undefined {
  if (typeof value !== 'string') return value;
  const words = WORDS[lang];
  return value
    .split(' or ')
    .map((part) =>
      part
        .split(', ')
        .map((w) => words[w] ?? w)
        .join(', '),
    )
    .join(OR[lang]);
}

function localizeParams(params: Issue['params'], lang: Lang): Issue['params'] {
  const localized: Record<string, string | number> = { ...params };
  // A count for people: 59.800 in Indonesian, 59,800 in English.
  if (typeof params.count === 'number') localized.count = formatNumber(params.count, lang);
  for (const key of ['scope', 'expected', 'found'] as const) {
    if (key in params) localized[key] = localizeWords(params[key], lang)!;
  }
  // The YAML parser speaks English: its complaint by its code, when we have words for it.
  const detail =
    lang === 'id' && typeof params.parser_code === 'string' ? YAML_PARSER_DETAILS_ID[params.parser_code] : undefined;
  if (detail !== undefined) localized.message = detail;
  return localized;
}

/** One issue as a line: `file:line:col: message` (warnings say so), in the user's language. */
export function formatIssue(issue: Issue, lang: Lang): string {
  const template =
    catalogs.map((c) => (c[lang] as Record<string, string>)[issue.code]).find((m) => m !== undefined) ?? issue.code;
  let message = fill(template, localizeParams(issue.params, lang));
  if (issue.params.suggestion !== undefined && !template.includes('{suggestion}'))
    message += fill(DID_YOU_MEAN[lang], issue.params);
  // A workbook's cell stands where a YAML file's line:col would: `kota.xlsx:disdukcapil!E12`.
  const at = issue.cell === undefined ? [issue.line, issue.col] : [issue.cell];
  const where = [issue.file, ...at].filter((p) => p !== undefined).join(':');
  const severity = issue.severity === 'warning' ? `${cliMessages[lang]['issues.warning']}: ` : '';
  // One issue, one line: a file name, a key or an id quoting user input cannot start another
  // line or move the cursor (an unknown key holding ESC).
  return safeLine(`${where ? `${where}: ` : ''}${severity}${message}`);
}

/**
 * Every issue on its own line, by file, then line and column; an issue found again (a rubric's
 * warning for each answers file of a batch) is said once. Past MAX_LISTED lines for one file,
 * the rest are counted in one last line for it ("... and 59,800 more"), in whatever way they
 * arrived (a loader counts them before locating them; a list may also just be long).
 */
export function formatIssues(issues: readonly Issue[], lang: Lang): string {
  const isMore = (issue: Issue) => issue.code === 'issues.more';
  const sorted = [...issues].sort(
    (a, b) =>
      (a.file ?? '').localeCompare(b.file ?? '') ||
      Number(isMore(a)) - Number(isMore(b)) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.col ?? 0) - (b.col ?? 0),
  );
  const lines: string[] = [];
  const seen = new Set<string>();
  let file: string | undefined;
  let listed = 0;
  let more = 0;
  const closeFile = () => {
    if (more > 0) lines.push(formatIssue(ioIssue('issues.more', file ?? '', { count: more }), lang));
    listed = 0;
    more = 0;
  };
  for (const issue of sorted) {
    if (issue.file !== file) {
      closeFile();
      file = issue.file;
    }
    if (isMore(issue)) {
      more += Number(issue.params.count ?? 0);
      continue;
    }
    const line = formatIssue(issue, lang);
    if (seen.has(line)) continue;
    seen.add(line);
    if (listed < MAX_LISTED) {
      lines.push(line);
      listed += 1;
    } else more += 1;
  }
  closeFile();
  return lines.map((line) => `${line}\n`).join('');
}
