/**
 * A cell's text never carries a control character to the terminal, not even a colour code that
 * opdm itself paints with (the writer keeps those in coloured output, so a cell must not bring
 * one of its own): a rubric's or a name's `ESC[31m` is shown as `␛[31m`.
 */
import { describe, expect, it } from 'vitest';
import { renderFacts, renderTable } from '../../src/render/table.js';

const RED = '\u001b[31m';

describe('table cells in coloured output', () => {
  it('show a colour code inside a cell as a visible stand-in', () => {
    const out = renderTable(
      {
        columns: [{ header: 'Layanan', isFlexible: true }, { header: 'Skor' }],
        rows: [[{ text: `NIB ${RED}palsu` }, { text: '99,99', band: 'high' }]],
      },
      { isColor: true, width: 80 },
    );
    expect(out).toContain('␛[31mpalsu');
    expect(out).not.toContain(`${RED}palsu`);
    // opdm's own colour of the score band is still there.
    expect(out).toMatch(new RegExp(`${String.fromCharCode(27)}\\[\\d+m99,99`));
  });

  it('show a control character in a fact as a stand-in, and a line break as a space', () => {
    const out = renderFacts([{ label: 'Kota', value: { text: `Bandung\u0007\nSkor 99,99` } }], {
      isColor: false,
      width: 80,
    });
    expect(out).toContain('Bandung␇ Skor 99,99');
    expect(out.split('\n').filter((l) => l.includes('Skor 99,99'))).toHaveLength(1);
  });
});
