import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { SCHEMA_MESSAGE_KEYS } from '../../src/i18n/schema-messages.js';
import { describe, expect, it } from 'vitest';
import { checkReportShape } from '../../src/schema/validate.js';
import { at, expectedReport, spoiled, validAnswers } from './helpers.js';

type Doc = Record<string, unknown>;
type Entity = { id: string; answers?: Doc; services?: Entity[] };

/**
 * The worked example's expected JSON holds only the numbers; a full report also has the
 * generator, the rubric's sha256 and each service's answers and not-applicable reasons.
 */
function fullReport(): Doc {
  const report = expectedReport();
  const rubricBytes = readFileSync(new URL('../fixtures/uji-mini.rubric.yaml', import.meta.url));
  report.generator = 'opd-maturity 0.1.0';
  Object.assign(at(report, 'rubric'), { sha256: createHash('sha256').update(rubricBytes).digest('hex') });
  const given = validAnswers().opds as Entity[];
  for (const opd of report.opds as Entity[]) {
    for (const service of opd.services ?? []) {
      const source = given.find((o) => o.id === opd.id)?.services?.find((s) => s.id === service.id);
      Object.assign(service, { answers: source?.answers ?? {}, not_applicable: {}, trips: [] });
    }
  }
  return report;
}
const S0 = ['opds', 0, 'services', 0];

describe('checkReportShape', () => {
  it('accepts the worked example as a full report', () => {
    expect(checkReportShape(fullReport())).toEqual([]);
  });

  it('accepts nulls for unknowns, the optional fields and fields it does not know', () => {
    const report = spoiled(fullReport, (r) => {
      Object.assign(at(r, 'summary'), {
        score: null,
        rating: null,
        share_services_no_visit: null,
        share_volume_no_visit: 0.25,
        opds: 3,
      });
      Object.assign(at(r, 'city'), { province: 'Jawa Uji', assessed_at: '2026-11-20' });
      Object.assign(at(r, ...S0), {
        annual_volume: null,
        annual_visits: null,
        score: null,
        level: null,
        no_visit: null,
      });
      Object.assign(at(r, 'opds', 0), { answers: { sop: true }, not_applicable: { integrasi: 'tidak ada sistem' } });
      Object.assign(at(r, 'gap', 'actions', 0), { visits_avoided: null, note: 'Buka layanan daring' });
      Object.assign(at(r, 'gap', 'actions', 0, 'steps', 0), { suggested: null, advice: null });
      at(r, 'gap', 'inherent', 0, 'steps', 0).basis = null;
      at(r, ...S0).trips = [{ trip: null, kind: 'office', questions: ['pengajuan'] }];
      r.warnings = ['jawaban "pembayaran" diabaikan'];
      r.future_field = { anything: true };
    });
    expect(checkReportShape(report)).toEqual([]);
  });

  it.each([
    {
      name: 'a missing generator',
      spoil: (r: Doc) => {
        delete r.generator;
      },
      code: 'schema.required',
      path: [],
      params: { key: 'generator' },
    },
    {
      name: 'a service without its answers',
      spoil: (r: Doc) => {
        delete at(r, ...S0).answers;
      },
      code: 'schema.required',
      path: S0,
      params: { key: 'answers' },
    },
    {
      name: 'an unknown left out instead of null',
      spoil: (r: Doc) => {
        delete at(r, ...S0).annual_visits;
      },
      code: 'schema.required',
      path: S0,
      params: { key: 'annual_visits' },
    },
    {
      name: 'a score above 100',
      spoil: (r: Doc) => {
        at(r, 'summary').score = 148.44;
      },
      code: 'schema.range',
      path: ['summary', 'score'],
      params: { limit: 100, comparison: '<=' },
    },
    {
      name: 'a completeness that is null',
      spoil: (r: Doc) => {
        at(r, 'summary').completeness = null;
      },
      code: 'schema.type',
      path: ['summary', 'completeness'],
      params: { expected: 'number' },
    },
    {
      name: 'another report version',
      spoil: (r: Doc) => {
        r.report_version = 3;
      },
      code: 'schema.enum',
      path: ['report_version'],
      params: { value: '3', allowed: '2' },
    },
    {
      name: 'a trip of another kind',
      spoil: (r: Doc) => {
        at(r, ...S0).trips = [{ trip: 'ajukan', kind: 'field', questions: ['pengajuan'] }];
      },
      code: 'schema.enum',
      path: [...S0, 'trips', 0, 'kind'],
      params: { value: 'field', allowed: 'office, rule, physical' },
    },
    {
      name: 'a level key that is not a level',
      spoil: (r: Doc) => {
        at(r, 'summary', 'levels').L5 = 0;
      },
      code: 'schema.pattern',
      path: ['summary', 'levels', 'L5'],
      params: { what: '^(0|[1-9][0-9]*)$' },
    },
  ])('reports $name', ({ spoil, code, path, params }) => {
    expect(SCHEMA_MESSAGE_KEYS).toContain(code);
    expect(checkReportShape(spoiled(fullReport, spoil))).toEqual([{ severity: 'error', code, path, params }]);
  });
});
