/**
 * SPEC: "A rubric that uses none of the new keys scores exactly as under contract 1 (same scores,
 * levels, visits and completeness); only the report's shape changes where this text says so."
 * The contract 2 reference against the frozen contract 1 reference, on contract 1 files (the
 * worked example kota-uji and the contract 1 seeds of the generator).
 *
 * What contract 2 changed on purpose, and is therefore not compared:
 * - an unfinished service without a trip (no visit needed unknown) has unknown visits: null where
 *   contract 1 wrote 0 (visits_per_transaction, annual_visits);
 * - sums leave out unknown values and are null only when none is known ("Sums"), so a summary
 *   sum that contract 2 reports as null may have been a number under contract 1, and
 *   annual_volume_no_visit is compared only when some volume is known;
 * - actions and inherent visits are grouped by trip (without `trip`, one trip of one step each).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { firstDifference, showDifference } from './compare.js';
import { generate } from './generate.js';
import * as c1 from './spec-reference-c1.js';
import { referenceReport, type RefCityAnswers, type RefReport, type RefRubric } from './spec-reference.js';

const fixture = (name: string): string =>
  readFileSync(fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url)), 'utf8');

const known = <K extends string>(key: K, value: number | null): Partial<Record<K, number>> =>
  value === null ? {} : ({ [key]: value } as Record<K, number>);

/** The contract 1 fields a contract 2 report holds for a contract 1 file. */
function asContract1(r: RefReport): unknown {
  const s = r.summary;
  return {
    rubric: r.rubric,
    city: r.city,
    summary: {
      score: s.score,
      rating: s.rating,
      completeness: s.completeness,
      services: s.services,
      services_no_visit: s.services_no_visit,
      services_unknown: s.services_unknown,
      annual_volume: s.annual_volume,
      ...(s.annual_volume === null ? {} : known('annual_volume_no_visit', s.annual_volume_no_visit)),
      ...known('annual_visits', s.annual_visits),
      ...known('annual_visits_inherent', s.annual_visits_inherent),
      levels: s.levels,
    },
    sections: r.sections,
    opds: r.opds.map((o) => ({
      id: o.id,
      name: o.name,
      score: o.score,
      rating: o.rating,
      completeness: o.completeness,
      sections: o.sections,
      services: o.services.map((v) => ({
        id: v.id,
        name: v.name,
        annual_volume: v.annual_volume,
        score: v.score,
        level: v.level,
        ...known('visits_per_transaction', v.visits_per_transaction),
        ...known('annual_visits', v.annual_visits),
        no_visit: v.no_visit,
        completeness: v.completeness,
        sections: v.sections,
        answers: v.answers,
        not_applicable: v.not_applicable,
      })),
    })),
    gap: {
      target_level: r.gap.target_level,
      actions: r.gap.actions.flatMap((a) =>
        a.steps.map((step) => ({ opd: a.opd, service: a.service, ...step, visits_avoided: a.visits_avoided })),
      ),
      inherent: r.gap.inherent.flatMap((i) =>
        i.steps.map((step) => ({
          opd: i.opd,
          service: i.service,
          question: step.question,
          current: step.current,
          basis: step.basis,
          annual_visits: i.annual_visits,
        })),
      ),
      below_target: r.gap.below_target,
    },
  };
}

/** What a contract 1 file must give in the contract 2 fields. */
function contract2Problems(r: RefReport): string[] {
  const problems: string[] = [];
  for (const o of r.opds)
    for (const v of o.services) {
      const where = `${o.id}/${v.id}`;
      if (v.trips.some((t) => t.trip !== null || t.questions.length !== 1 || t.kind === 'rule'))
        problems.push(`${where}: a trip that is not one question of kind office or physical`);
      if (v.field_visits_per_transaction !== null && v.field_visits_per_transaction !== 0)
        problems.push(`${where}: field visits`);
      if (v.online_share !== null) problems.push(`${where}: online share`);
    }
  const s = r.summary;
  if (s.annual_visits_rule !== null && s.annual_visits_rule !== 0) problems.push('rule visits');
  if (s.annual_field_visits !== null && s.annual_field_visits !== 0) problems.push('field visits');
  if (s.annual_volume_online !== null) problems.push('online volume without uptake');
  if (r.gap.underused.length > 0) problems.push('underused without uptake');
  if (r.gap.actions.some((a) => a.trip !== null || a.steps.length !== 1)) problems.push('an action of a declared trip');
  return problems;
}

function compare(name: string | number, rubric: RefRubric, answers: RefCityAnswers): (string | null)[] {
  const r2 = referenceReport(structuredClone(rubric), structuredClone(answers));
  const r1 = c1.referenceReport(
    structuredClone(rubric) as unknown as c1.RefRubric,
    structuredClone(answers) as unknown as c1.RefCityAnswers,
  );
  const d = firstDifference(asContract1(r2), r1);
  return [
    d === null ? null : showDifference(name, d, ['contract 2 reference', 'contract 1 reference']),
    ...contract2Problems(r2),
  ];
}

describe('the contract 2 reference scores contract 1 files as the contract 1 reference did', () => {
  it('kota-uji', () => {
    const rubric = parse(fixture('uji-mini.rubric.yaml')) as RefRubric;
    const answers = parse(fixture('kota-uji.answers.yaml')) as RefCityAnswers;
    expect(compare('kota-uji', rubric, answers)).toEqual([null]);
    // Complete: nothing left out of the comparison.
    const r2 = referenceReport(rubric, answers);
    expect(r2.opds.flatMap((o) => o.services).every((v) => v.visits_per_transaction !== null)).toBe(true);
  });

  it.each(Array.from({ length: 300 }, (_, i) => i + 1))('seed %i', (seed) => {
    const { rubric, answers } = generate(seed);
    expect(compare(seed, rubric, answers)).toEqual([null]);
  });
});
