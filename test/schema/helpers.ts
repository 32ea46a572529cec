/** Fixtures for the schema tests: the worked example, parsed, and a way to spoil a copy of it. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');

type Doc = Record<string, unknown>;

export const validRubric = (): Doc => parse(fixture('uji-mini.rubric.yaml')) as Doc;
export const validAnswers = (): Doc => parse(fixture('kota-uji.answers.yaml')) as Doc;
export const expectedReport = (): Doc => JSON.parse(fixture('kota-uji.expected.json')) as Doc;

/** Follows `path` (keys and indexes) into a document; for setting up a broken copy. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function at(doc: unknown, ...path: (string | number)[]): any {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return path.reduce<any>((node, key) => node[key], doc);
}

/** A fresh copy of `make()` changed by `spoil`. */
export function spoiled(make: () => Doc, spoil: (doc: Doc) => void): Doc {
  const doc = make();
  spoil(doc);
  return doc;
}
