import { SCHEMA_MESSAGE_KEYS } from '../../src/i18n/schema-messages.js';
import { describe, expect, it } from 'vitest';
import { checkAnswersShape } from '../../src/schema/validate.js';
import { at, spoiled, validAnswers } from './helpers.js';

type Doc = Record<string, unknown>;
const service = (doc: unknown) => at(doc, 'opds', 0, 'services', 0);
const S0 = ['opds', 0, 'services', 0];

describe('checkAnswersShape', () => {
  it('accepts the worked example answers', () => {
    expect(checkAnswersShape(validAnswers())).toEqual([]);
  });

  it('accepts every kind of answer value and the optional keys', () => {
    const doc = spoiled(validAnswers, (d) => {
      Object.assign(d, {
        assessed_at: '2026-11-20',
        assessors: ['Tim SPBE'],
        evidence: { 'kebijakan-spbe': 'Perwali 12/2024' },
      });
      Object.assign(at(d, 'city'), { province: 'Jawa Uji' });
      Object.assign(service(d), { notes: 'dicek', evidence: { pengajuan: 'https://example.org' } });
      Object.assign(service(d).answers, {
        catatan: 'teks',
        'persen-daring': 12.5,
        hasil: [],
        pembayaran: { na: 'gratis' },
      });
    });
    expect(checkAnswersShape(doc)).toEqual([]);
  });

  it.each([
    {
      name: 'a period written as a number',
      spoil: (d: Doc) => {
        d.period = 2026;
      },
      code: 'schema.type-quote',
      path: ['period'],
      params: { expected: 'string', value: '2026' },
    },
    {
      name: 'a bad OPD id',
      spoil: (d: Doc) => {
        at(d, 'opds', 0).id = 'Dukcapil';
      },
      code: 'schema.pattern-id',
      path: ['opds', 0, 'id'],
      params: { what: 'id' },
    },
    {
      name: 'a rubric reference without a version',
      spoil: (d: Doc) => {
        d.rubric = 'uji-mini';
      },
      code: 'schema.pattern-rubric-ref',
      path: ['rubric'],
      params: { what: 'rubric-ref' },
    },
    {
      name: 'a city without a name',
      spoil: (d: Doc) => {
        delete at(d, 'city').name;
      },
      code: 'schema.required',
      path: ['city'],
      params: { key: 'name' },
    },
    {
      name: 'an na without a reason',
      spoil: (d: Doc) => {
        service(d).answers.pengajuan = { na: '' };
      },
      code: 'schema.empty',
      path: [...S0, 'answers', 'pengajuan', 'na'],
      params: {},
    },
    {
      name: 'an na with no reason at all',
      spoil: (d: Doc) => {
        service(d).answers.pengajuan = { na: null };
      },
      code: 'schema.type',
      path: [...S0, 'answers', 'pengajuan', 'na'],
      params: { expected: 'string' },
    },
    {
      name: 'a mapping answer that is not na',
      spoil: (d: Doc) => {
        service(d).answers.pengajuan = {};
      },
      code: 'schema.required',
      path: [...S0, 'answers', 'pengajuan'],
      params: { key: 'na' },
    },
    {
      name: 'a repeated value in a list answer',
      spoil: (d: Doc) => {
        service(d).answers.hasil = ['ambil', 'ambil'];
      },
      code: 'schema.unique',
      path: [...S0, 'answers', 'hasil', 1],
      params: {},
    },
    {
      name: 'a null answer',
      spoil: (d: Doc) => {
        service(d).answers.pengajuan = null;
      },
      code: 'schema.type',
      path: [...S0, 'answers', 'pengajuan'],
      params: { expected: 'string, number, true/false, list or mapping' },
    },
    {
      name: 'a negative annual volume',
      spoil: (d: Doc) => {
        service(d).annual_volume = -5;
      },
      code: 'schema.range',
      path: [...S0, 'annual_volume'],
      params: { limit: 0, comparison: '>=' },
    },
    {
      name: 'a typo in a service key',
      spoil: (d: Doc) => {
        const s = service(d);
        s.anual_volume = s.annual_volume;
        delete s.annual_volume;
      },
      code: 'schema.unknown-key',
      path: [...S0, 'anual_volume'],
      params: { key: 'anual_volume', suggestion: 'annual_volume' },
    },
    {
      name: 'a capitalised key',
      spoil: (d: Doc) => {
        const c = at(d, 'city');
        c.Province = 'Jawa Uji';
      },
      code: 'schema.unknown-key',
      path: ['city', 'Province'],
      params: { key: 'Province', suggestion: 'province' },
    },
    {
      name: 'an OPD without services',
      spoil: (d: Doc) => {
        delete at(d, 'opds', 1).services;
      },
      code: 'schema.required',
      path: ['opds', 1],
      params: { key: 'services' },
    },
    {
      name: 'evidence that is not text',
      spoil: (d: Doc) => {
        service(d).evidence = { pengajuan: ['a', 'b'] };
      },
      code: 'schema.type',
      path: [...S0, 'evidence', 'pengajuan'],
      params: { expected: 'string' },
    },
  ])('reports $name', ({ spoil, code, path, params }) => {
    expect(SCHEMA_MESSAGE_KEYS).toContain(code);
    const issues = checkAnswersShape(spoiled(validAnswers, spoil));
    expect(issues).toEqual([{ severity: 'error', code, path, params }]);
  });

  it('keeps a mapping key that looks like a number a string in the path', () => {
    const doc = spoiled(validAnswers, (d) => {
      service(d).answers['2026'] = null;
    });
    expect(checkAnswersShape(doc)[0]?.path).toEqual([...S0, 'answers', '2026']);
  });
});
