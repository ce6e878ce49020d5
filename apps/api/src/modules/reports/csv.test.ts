import { describe, expect, it } from 'vitest';
import { toCsv } from './csv.js';

describe('toCsv', () => {
  it('quotes text, leaves numbers and blanks, and starts with a byte order mark', () => {
    expect(
      toCsv([
        ['Titre', 'Montant'],
        ['Atelier « A », "B"', 1250.5],
        [null, 0],
      ]),
    ).toBe('\uFEFF"Titre","Montant"\r\n"Atelier « A », ""B""",1250.5\r\n,0\r\n');
  });

  it('defuses cells a spreadsheet would run as formulas', () => {
    expect(toCsv([['=HYPERLINK("http://evil")', '+1', '-2', '@SUM(A1)']])).toBe(
      '\uFEFF"\'=HYPERLINK(""http://evil"")","\'+1","\'-2","\'@SUM(A1)"\r\n',
    );
  });
});
