/**
 * One cell of a fill-in workbook read as an answer: the cell's value as the spreadsheet saved it
 * (a number, a text, a yes/no), turned into what the answers file holds, or the reason it cannot be.
 */
import { answerLabels, oneLine, type YesNoWords } from './fill-in-plan.js';
import type { AnswerValue, Issue, OptionValue, Question, Rubric } from './types.js';

/** A cell as read: empty, a text, a number, TRUE/FALSE, or something else shown as text (a date, #N/A). */
export type CellValue = null | string | number | boolean | { kind: 'date' | 'error'; text: string };

/** An issue code and its params, not yet placed on a cell. */
export type Problem = { code: string; params: Issue['params'] };
export type Read<T> = { value: T } | { problem: Problem };

export const isBlank = (v: CellValue): boolean => v === null || (typeof v === 'string' && v.trim() === '');

/** The cell as a person sees it: for messages, and for text answers. */
export function cellText(v: CellValue): string {
  if (v === null) return '';
  if (typeof v === 'object') return v.text;
  return typeof v === 'string' ? v.trim() : String(v);
}

/** Line breaks (Alt+Enter in a cell) become spaces where the answers file allows one line only. */
export const singleLine = (text: string): string => text.replace(/[ \t]*(\r\n|\r|\n)[ \t]*/g, ' ').trim();

const THOUSANDS = /^[1-9]\d{0,2}(?:[.,]\d{3})+$/;
const DECIMAL_COMMA = /^-?\d+,\d+$/;
const PLAIN_NUMBER = /^-?\d+(?:\.\d+)?$/;

/** A number: a number cell, or a text that is plainly one; `95.000` and `60,5` are named, not guessed. */
export function readNumber(v: CellValue): Read<number> {
  if (typeof v === 'number') return Number.isFinite(v) ? { value: v } : { problem: notNumber(v) };
  const text = cellText(v);
  // `95.000` typed into a text cell is how Indonesian writes 95000, not 95: named, never guessed.
  if (typeof v === 'string' && THOUSANDS.test(text))
    return { problem: { code: 'workbook.thousands-separator', params: { text, fixed: text.replace(/[.,]/g, '') } } };
  if (typeof v === 'string' && PLAIN_NUMBER.test(text)) return { value: Number(text) };
  if (typeof v === 'string' && DECIMAL_COMMA.test(text))
    return { problem: { code: 'workbook.decimal-comma', params: { text, fixed: text.replace(',', '.') } } };
  return { problem: notNumber(v) };
}

const notNumber = (v: CellValue): Problem => ({ code: 'workbook.not-number', params: { value: cellText(v) } });

/** annual_volume: a whole number >= 0. */
export function readVolume(v: CellValue): Read<number> {
  const read = readNumber(v);
  if ('problem' in read) return read;
  if (!Number.isInteger(read.value) || read.value < 0)
    return { problem: { code: 'workbook.not-volume', params: { value: read.value } } };
  return read;
}

const normalize = (text: string): string => oneLine(text).toLowerCase();

/** Every text that names each option (labels in every language, the value itself), built once per question. */
const lookups = new WeakMap<Question, Map<string, OptionValue>>();
function optionLookup(
  question: Question & { options: readonly { value: OptionValue }[] },
  rubric: Rubric,
  words: YesNoWords,
) {
  let found = lookups.get(question);
  if (found) return found;
  found = new Map();
  for (const lang of rubric.languages) {
    answerLabels(question, lang, rubric, words).forEach((label, i) => {
      const key = normalize(label);
      if (!found!.has(key)) found!.set(key, question.options[i]!.value);
    });
  }
  for (const option of question.options)
    if (!found.has(normalize(String(option.value)))) found.set(normalize(String(option.value)), option.value);
  lookups.set(question, found);
  return found;
}

/** Yes or no: TRUE/FALSE, the words of either language, or the boolean's own branch labels. */
export function readYesNo(v: CellValue, words: YesNoWords, labels: readonly string[] = []): Read<boolean> {
  if (typeof v === 'boolean') return { value: v };
  const text = normalize(cellText(v));
  if (words.yesWords.includes(text) || (labels[0] !== undefined && normalize(labels[0]) === text))
    return { value: true };
  if (words.noWords.includes(text) || (labels[1] !== undefined && normalize(labels[1]) === text))
    return { value: false };
  return {
    problem: {
      code: 'workbook.not-yes-no',
      params: { value: cellText(v), yes: labels[0] ?? words.yes, no: labels[1] ?? words.no },
    },
  };
}

/**
 * The answer in a question's answer cell (not for `multi`, whose options have rows of their own).
 * `lang` is the workbook's language: the allowed values are listed in it.
 */
export function readAnswer(
  question: Question,
  v: CellValue,
  rubric: Rubric,
  lang: string,
  words: YesNoWords,
): Read<AnswerValue> {
  switch (question.type) {
    case 'choice': {
      const value = optionLookup(question, rubric, words).get(normalize(cellText(v)));
      if (value !== undefined) return { value };
      const allowed = answerLabels(question, lang, rubric, words).join('; ');
      return { problem: { code: 'workbook.not-in-list', params: { value: cellText(v), allowed } } };
    }
    case 'multi':
      return { problem: { code: 'workbook.multi-on-question-row', params: {} } };
    case 'boolean':
      return readYesNo(v, words, answerLabels(question, lang, rubric, words));
    case 'number': {
      const read = readNumber(v);
      if ('problem' in read) return read;
      const lowest = Math.max(question.min ?? -Infinity, question.bands[0]?.min ?? -Infinity);
      if (read.value < lowest)
        return { problem: { code: 'workbook.number-too-small', params: { value: read.value, min: lowest } } };
      if (question.max !== undefined && read.value > question.max)
        return { problem: { code: 'workbook.number-too-large', params: { value: read.value, max: question.max } } };
      return read;
    }
    case 'text':
      return { value: cellText(v) };
  }
}
