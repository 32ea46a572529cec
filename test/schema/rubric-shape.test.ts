import { SCHEMA_MESSAGE_KEYS } from '../../src/i18n/schema-messages.js';
import { describe, expect, it } from 'vitest';
import { checkRubricShape } from '../../src/schema/validate.js';
import { at, spoiled, validRubric } from './helpers.js';

const question = (doc: unknown, section: number, index: number) => at(doc, 'sections', section, 'questions', index);
const Q0 = ['sections', 0, 'questions', 0];

describe('checkRubricShape', () => {
  it('accepts the worked example rubric', () => {
    expect(checkRubricShape(validRubric())).toEqual([]);
  });

  it('accepts x- extension keys anywhere', () => {
    const doc = spoiled(validRubric, (d) => {
      d['x-owner'] = 'Diskominfo';
      question(d, 0, 0)['x-note'] = { any: 'thing' };
      question(d, 0, 0).options[0]['x-source'] = 'Permen PANRB 59/2020';
    });
    expect(checkRubricShape(doc)).toEqual([]);
  });

  it('accepts boolean branches, number bounds, na, a nested when and a catalog', () => {
    const doc = spoiled(validRubric, (d) => {
      Object.assign(question(d, 0, 1), {
        allow_na: true,
        options: {
          true: { label: 'Ya', score: 0, visit: true, inherent: true, basis: 'Perda' },
          false: { score: 1, level: 4 },
        },
      });
      Object.assign(question(d, 1, 0), { unit: { id: 'persen', en: 'percent' }, required: false });
      question(d, 0, 3).when = {
        any: [
          { question: 'pengajuan', in: ['daring', 'otomatis'] },
          { all: [{ question: 'berbayar', equals: false }] },
        ],
      };
      d.catalog = [
        {
          id: 'dukcapil',
          name: 'Disdukcapil',
          short: 'Dukcapil',
          services: [{ id: 'kk', name: { id: 'Kartu Keluarga' } }],
        },
      ];
    });
    expect(checkRubricShape(doc)).toEqual([]);
  });

  it('reports a question that is not a mapping once', () => {
    const doc = spoiled(validRubric, (d) => {
      at(d, 'sections', 0, 'questions')[1] = 'berbayar';
    });
    expect(checkRubricShape(doc)).toEqual([
      {
        severity: 'error',
        code: 'schema.type',
        path: ['sections', 0, 'questions', 1],
        params: { expected: 'mapping' },
      },
    ]);
  });

  it.each([
    {
      name: 'a typo key, with a suggestion, pointing at the key',
      spoil: (d: unknown) => {
        const q = question(d, 0, 0);
        q.wieght = q.weight;
        delete q.weight;
      },
      code: 'schema.unknown-key',
      path: [...Q0, 'wieght'],
      params: { key: 'wieght', suggestion: 'weight' },
    },
    {
      name: 'an unknown key with nothing close',
      spoil: (d: unknown) => {
        question(d, 0, 0).colour = 'red';
      },
      code: 'schema.unknown-key',
      path: [...Q0, 'colour'],
      params: { key: 'colour' },
    },
    {
      name: 'a score of 1.5',
      spoil: (d: unknown) => {
        question(d, 0, 0).options[4].score = 1.5;
      },
      code: 'schema.range',
      path: [...Q0, 'options', 4, 'score'],
      params: { limit: 1, comparison: '<=' },
    },
    {
      name: 'a band without score',
      spoil: (d: unknown) => {
        delete question(d, 1, 0).bands[1].score;
      },
      code: 'schema.required',
      path: ['sections', 1, 'questions', 0, 'bands', 1],
      params: { key: 'score' },
    },
    {
      name: 'a question of unknown type, and nothing else about it',
      spoil: (d: unknown) => {
        question(d, 0, 0).type = 'slider';
      },
      code: 'schema.enum',
      path: [...Q0, 'type'],
      params: { value: 'slider', allowed: 'choice, multi, boolean, number, text' },
    },
    {
      name: 'a choice question without options',
      spoil: (d: unknown) => {
        delete question(d, 0, 0).options;
      },
      code: 'schema.required',
      path: Q0,
      params: { key: 'options' },
    },
    {
      name: 'bands on a text question',
      spoil: (d: unknown) => {
        question(d, 1, 1).bands = [];
      },
      code: 'schema.unknown-key',
      path: ['sections', 1, 'questions', 1, 'bands'],
      params: { key: 'bands' },
    },
    {
      name: 'boolean options written as a list',
      spoil: (d: unknown) => {
        question(d, 0, 1).options = [{ score: 1 }];
      },
      code: 'schema.type',
      path: ['sections', 0, 'questions', 1, 'options'],
      params: { expected: 'mapping' },
    },
    {
      name: 'a bad section id',
      spoil: (d: unknown) => {
        at(d, 'sections', 0).id = 'Alur Layanan';
      },
      code: 'schema.pattern-id',
      path: ['sections', 0, 'id'],
      params: { what: 'id' },
    },
    {
      name: 'a version that is not semver',
      spoil: (d: unknown) => {
        (d as Record<string, unknown>).version = '1.2';
      },
      code: 'schema.pattern-version',
      path: ['version'],
      params: { what: 'version' },
    },
    {
      name: 'a number where text is expected',
      spoil: (d: unknown) => {
        at(d, 'ratings', 0).label = 80;
      },
      code: 'schema.type-quote',
      path: ['ratings', 0, 'label'],
      params: { expected: 'string or mapping', value: '80' },
    },
    {
      name: 'a bad language code in localized text, pointing at the key',
      spoil: (d: unknown) => {
        (d as Record<string, unknown>).title = { ID: 'Rubrik', en: 'Rubric' };
      },
      code: 'schema.pattern-language',
      path: ['title', 'ID'],
      params: { what: 'language' },
    },
    {
      name: 'an empty translation',
      spoil: (d: unknown) => {
        (d as Record<string, unknown>).title = { id: 'Rubrik', en: '' };
      },
      code: 'schema.empty',
      path: ['title', 'en'],
      params: {},
    },
    {
      name: 'a repeated language',
      spoil: (d: unknown) => {
        (d as Record<string, unknown>).languages = ['id', 'en', 'id'];
      },
      code: 'schema.unique',
      path: ['languages', 2],
      params: {},
    },
    {
      name: 'an unknown scope',
      spoil: (d: unknown) => {
        at(d, 'sections', 0).scope = 'layanan';
      },
      code: 'schema.enum',
      path: ['sections', 0, 'scope'],
      params: { value: 'layanan', allowed: 'service, opd, city' },
    },
    {
      name: 'a negative weight',
      spoil: (d: unknown) => {
        at(d, 'aggregation', 'opd').services = -1;
      },
      code: 'schema.range',
      path: ['aggregation', 'opd', 'services'],
      params: { limit: 0, comparison: '>=' },
    },
    {
      name: 'a fractional level',
      spoil: (d: unknown) => {
        at(d, 'scale', 1).level = 1.5;
      },
      code: 'schema.type',
      path: ['scale', 1, 'level'],
      params: { expected: 'whole number' },
    },
    {
      name: 'a when with neither equals nor in',
      spoil: (d: unknown) => {
        question(d, 0, 2).when = { question: 'berbayar' };
      },
      code: 'schema.required',
      path: ['sections', 0, 'questions', 2, 'when'],
      params: { key: 'equals' },
    },
    {
      name: 'an empty list inside a nested when',
      spoil: (d: unknown) => {
        question(d, 0, 2).when = { all: [{ any: [{ question: 'berbayar', in: [] }] }] };
      },
      code: 'schema.min-items',
      path: ['sections', 0, 'questions', 2, 'when', 'all', 0, 'any', 0, 'in'],
      params: { limit: 1 },
    },
  ])('reports $name', ({ spoil, code, path, params }) => {
    expect(SCHEMA_MESSAGE_KEYS).toContain(code);
    const issues = checkRubricShape(spoiled(validRubric, spoil));
    expect(issues).toEqual([{ severity: 'error', code, path, params }]);
  });

  it('reports every problem, in document order', () => {
    const doc = spoiled(validRubric, (d) => {
      delete (d as Record<string, unknown>).title;
      question(d, 1, 0).bands[0].score = 2;
      question(d, 0, 0).options[0].score = -1;
      at(d, 'sections', 3).scope = 'kota';
    });
    expect(checkRubricShape(doc).map((issue) => [issue.code, issue.path.join('.')])).toEqual([
      ['schema.required', ''],
      ['schema.range', 'sections.0.questions.0.options.0.score'],
      ['schema.range', 'sections.1.questions.0.bands.0.score'],
      ['schema.enum', 'sections.3.scope'],
    ]);
  });

  it('reports each missing key of one object', () => {
    const issues = checkRubricShape({ rubric: 'x', version: '1.0.0' });
    expect(issues.map((issue) => issue.params.key)).toEqual([
      'title',
      'languages',
      'target_level',
      'scale',
      'ratings',
      'aggregation',
      'sections',
    ]);
  });

  it('reports a document that is not a mapping', () => {
    expect(checkRubricShape(['rubric'])).toEqual([
      { severity: 'error', code: 'schema.type', path: [], params: { expected: 'mapping' } },
    ]);
  });
});
