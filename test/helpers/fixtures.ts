import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { CityAnswers, Rubric } from '../../src/core/types.js';

/** Absolute path of a file under test/fixtures. */
export const fixture = (name: string): string => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));

export const readYamlFixture = <T>(name: string): T => parse(readFileSync(fixture(name), 'utf8')) as T;

/** The worked example of docs/SPEC.md, kept in the fixtures. */
export const ujiMini = (): Rubric => readYamlFixture<Rubric>('uji-mini.rubric.yaml');
export const kotaUji = (): CityAnswers => readYamlFixture<CityAnswers>('kota-uji.answers.yaml');
