/**
 * The random generator: same seed, same files; contract 1 files unchanged; every generated file
 * valid under SPEC (spec-valid.ts, from SPEC alone); and the contract 2 seeds of the cross-check
 * exercise every contract 2 rule at least once.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { generate } from './generate.js';
import { referenceReport, type RefOutcome, type RefQuestion, type RefReport } from './spec-reference.js';
import { answersProblems, rubricProblems } from './spec-valid.js';

const SEEDS = Array.from({ length: 300 }, (_, i) => i + 1);

describe('generate', () => {
  it('gives the same files from the same seed, in both contracts', () => {
    expect(generate(7)).toEqual(generate(7));
    expect(generate(7, { contract: 2 })).toEqual(generate(7, { contract: 2 }));
    expect(generate(7, { contract: 2 })).not.toEqual(generate(8, { contract: 2 }));
    expect(generate(7, { contract: 1 })).toEqual(generate(7));
  });

  it('writes the contract 1 files of before contract 2 byte for byte (the contract 1 cross-check needs them)', () => {
    const hash = createHash('sha256');
    for (const seed of SEEDS) hash.update(JSON.stringify(generate(seed)));
    expect(hash.digest('hex')).toBe('81f8c1bb6241758d69f42492d017dfb76abfc38ebbe59ad6813ab01d1482cdc2');
  });

  it.each([1, 2] as const)('contract %i: every generated rubric and answers file is valid under SPEC', (contract) => {
    const problems: string[] = [];
    for (const seed of SEEDS) {
      const { rubric, answers } = generate(seed, { contract });
      for (const p of [...rubricProblems(rubric), ...answersProblems(rubric, answers)])
        problems.push(`seed ${seed}: ${p}`);
    }
    expect(problems).toEqual([]);
  });
});

/** What the contract 2 seeds exercise, counted over their rubrics, answers and reference reports. */
function coverage(): Record<string, number> {
  const count: Record<string, number> = {};
  const seen = (name: string, yes = true) => {
    count[name] = (count[name] ?? 0) + (yes ? 1 : 0);
  };
  for (const seed of SEEDS) {
    const { rubric, answers } = generate(seed, { contract: 2 });
    const report: RefReport = referenceReport(rubric, answers);
    const scoped = rubric.sections.flatMap((s) => s.questions.map((q) => ({ q, scope: s.scope })));
    const outcomes = (q: RefQuestion): RefOutcome[] =>
      Array.isArray(q.options)
        ? q.options
        : q.type === 'boolean'
          ? [q.options?.true ?? {}, q.options?.false ?? {}]
          : (q.bands ?? []);
    for (const { q, scope } of scoped) {
      if (scope === 'service')
        seen(q.trip === undefined ? 'service question without trip' : 'service question with trip');
      if (q.type === 'multi') seen(`multi combine ${q.combine ?? 'default'}`);
      if (q.when !== undefined && 'equals' in q.when && Array.isArray(q.when.equals)) seen('when equals a list');
      for (const o of outcomes(q)) {
        seen(`visit ${o.inherent === true ? 'true + inherent' : String(o.visit)}`);
        if ((o.visit === 'rule' || o.visit === 'physical') && o.basis !== undefined) seen(`${o.visit} with basis`);
        if (o.score === null)
          seen(`neutral ${q.type === 'number' ? 'band' : q.type === 'boolean' ? 'branch' : 'option'}`);
      }
    }
    seen('uptake', rubric.uptake !== undefined);
    seen('catalog', rubric.catalog !== undefined);
    seen('empty catalog', rubric.catalog?.length === 0);
    seen('catalog service missing', report.gap.catalog_missing.length > 0);
    seen('catalog service assessed', (report.summary.catalog?.services_assessed ?? 0) > 0);
    const catalogPairs = new Set((rubric.catalog ?? []).flatMap((o) => o.services.map((s) => `${o.id}/${s.id}`)));
    for (const o of report.opds) {
      for (const s of o.services) {
        if (rubric.catalog !== undefined) seen('service outside the catalog', !catalogPairs.has(`${o.id}/${s.id}`));
        seen('unfinished service, visits unknown', s.no_visit === null);
        seen('unfinished service with a trip', s.no_visit === false && s.completeness < 1);
        seen(
          'trip of 2+ answers',
          s.trips.some((t) => t.questions.length > 1),
        );
        seen('field visit', (s.field_visits_per_transaction ?? 0) > 0);
        seen('online share known', s.online_share !== null);
        for (const [qid, a] of Object.entries(s.answers)) {
          const q = scoped.find((x) => x.q.id === qid)?.q;
          if (q?.type === 'multi' && Array.isArray(a) && a.length > 0) {
            const options = Array.isArray(q.options) ? q.options : [];
            seen(
              'multi answer all neutral',
              a.every((v) => options.find((op) => op.value === v)?.score === null),
            );
          }
        }
      }
    }
    seen(
      'action of 2+ steps',
      report.gap.actions.some((a) => a.steps.length > 1),
    );
    seen(
      'action on a declared trip',
      report.gap.actions.some((a) => a.trip !== null),
    );
    seen(
      'inherent trip with an office step',
      report.gap.inherent.some((i) => i.steps.some((st) => st.kind === 'office')),
    );
    seen(
      'inherent trip of kind rule',
      report.gap.inherent.some((i) => i.kind === 'rule'),
    );
    seen('underused service', report.gap.underused.length > 0);
    seen('annual_volume_online known', report.summary.annual_volume_online !== null && report.summary.services > 0);
  }
  return count;
}

describe('the contract 2 seeds of the cross-check exercise every contract 2 rule', () => {
  const count = coverage();
  it.each([
    'service question without trip',
    'service question with trip',
    'multi combine default',
    'multi combine sum',
    'multi combine max',
    'when equals a list',
    'visit undefined',
    'visit none',
    'visit false',
    'visit office',
    'visit true',
    'visit true + inherent',
    'visit rule',
    'visit physical',
    'visit field',
    'rule with basis',
    'physical with basis',
    'neutral option',
    'neutral band',
    'neutral branch',
    'uptake',
    'catalog',
    'empty catalog',
    'catalog service missing',
    'catalog service assessed',
    'service outside the catalog',
    'unfinished service, visits unknown',
    'unfinished service with a trip',
    'trip of 2+ answers',
    'field visit',
    'online share known',
    'multi answer all neutral',
    'action of 2+ steps',
    'action on a declared trip',
    'inherent trip with an office step',
    'inherent trip of kind rule',
    'underused service',
    'annual_volume_online known',
  ])('%s', (name) => {
    expect(count[name] ?? 0, JSON.stringify(count)).toBeGreaterThan(0);
  });
});
