/**
 * What a planner sees in a terminal of 60, 80 or 120 columns: every line of score, gap, ranking,
 * compare and explain fits, measured in display width by string-width (not by the code under
 * test), and no word of a city's, OPD's or service's name goes missing on the way.
 */
import { readFileSync } from 'node:fs';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { fixture } from '../helpers/fixtures.js';
import { runCli } from '../helpers/run-cli.js';

const WIDTHS = [60, 80, 120] as const;

const EXAMPLES = {
  'Kota Bandung 2.0.0': 'examples/kota-bandung.answers.yaml',
  'Kota Palangka Raya 2.0.0': 'examples/kota-palangka-raya.answers.yaml',
  'Kota Bandung 1.0.0': fixture('examples-1.0.0/kota-bandung.answers.yaml'),
  'Kota Palangka Raya 1.0.0': fixture('examples-1.0.0/kota-palangka-raya.answers.yaml'),
};

interface Names {
  city: string;
  opds: string[];
  services: string[];
  firstService: string;
}

function namesIn(file: string): Names {
  const doc = parse(readFileSync(file, 'utf8')) as {
    city: { name: string };
    opds: { id: string; name: string; services: { id: string; name: string }[] }[];
  };
  const first = doc.opds[0]!;
  return {
    city: doc.city.name,
    opds: doc.opds.map((o) => o.name),
    services: doc.opds.flatMap((o) => o.services.map((s) => s.name)),
    firstService: `${first.id}/${first.services[0]!.id}`,
  };
}

async function show(argv: string[], width: number): Promise<string> {
  const run = await runCli(argv, { env: { COLUMNS: String(width) } });
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return run.stdout;
}

function expectFits(out: string, width: number): void {
  const tooWide = out.split('\n').filter((line) => stringWidth(line) > width);
  expect(tooWide).toEqual([]);
}

/** Every word of every name stands in the output as a whole word (no `Pener / bitan`, no `Kependud…`). */
function expectWords(out: string, names: readonly string[]): void {
  // Brackets and commas aside: a name may close in `(B: …)` or stand in a list.
  const bare = (word: string) => word.replace(/^[([,;:]+|[)\],;:.]+$/gu, '');
  const words = new Set(out.split(/[\s│·]+/u).map(bare));
  const missing = names.flatMap((name) => name.split(/\s+/u).filter((word) => !words.has(bare(word))));
  expect(missing).toEqual([]);
}

describe.each(WIDTHS)('at %i columns', (width) => {
  describe.each(Object.entries(EXAMPLES))('%s', (_, file) => {
    const names = namesIn(file);

    it('score fits and names every OPD and service in full', async () => {
      const out = await show(['score', file], width);
      expectFits(out, width);
      expectWords(out, [names.city, ...names.opds, ...names.services]);
    });

    it('gap fits', async () => {
      const out = await show(['gap', file], width);
      expectFits(out, width);
      expectWords(out, [names.city]);
    });

    it('explain of a service, of the city, fits', async () => {
      expectFits(await show(['explain', file, '--service', names.firstService], width), width);
      expectFits(await show(['explain', file], width), width);
    });
  });

  it.each([
    ['2.0.0', EXAMPLES['Kota Bandung 2.0.0'], EXAMPLES['Kota Palangka Raya 2.0.0']],
    ['1.0.0', EXAMPLES['Kota Bandung 1.0.0'], EXAMPLES['Kota Palangka Raya 1.0.0']],
  ])('compare of the %s examples fits and names every OPD in full, both ways', async (_, a, b) => {
    const opds = [...namesIn(a).opds, ...namesIn(b).opds];
    for (const [x, y] of [
      [a, b],
      [b, a],
    ] as const) {
      const out = await show(['compare', x, y], width);
      expectFits(out, width);
      expectWords(out, [namesIn(x).city, namesIn(y).city, ...opds]);
    }
  });

  it('the ranking of the examples folder fits and names both cities in full', async () => {
    const out = await show(['score', 'examples/'], width);
    expectFits(out, width);
    expectWords(out, [
      namesIn(EXAMPLES['Kota Bandung 2.0.0']).city,
      namesIn(EXAMPLES['Kota Palangka Raya 2.0.0']).city,
    ]);
  });
});
