import { describe, expect, it } from 'vitest';
import { csvCell, csvFileName, toCsv } from './to-csv';

describe('toCsv', () => {
  it('quotes commas, quotes and line breaks, and starts with a BOM', () => {
    const csv = toCsv(['Name', 'Note'], [['Pérez, Ana', 'said "hi"\nthen left']]);
    expect(csv).toBe('\uFEFFName,Note\r\n"Pérez, Ana","said ""hi""\nthen left"\r\n');
  });

  it('defuses cells a spreadsheet would run as formulas', () => {
    expect(csvCell('=HYPERLINK("http://evil")')).toBe(`"'=HYPERLINK(""http://evil"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell(-5)).toBe('-5');
  });

  it('writes empty cells for null and undefined', () => {
    expect(toCsv(['a', 'b'], [[null, undefined]])).toBe('\uFEFFa,b\r\n,\r\n');
  });
});

describe('csvFileName', () => {
  it('names the file after the view and the time, safely', () => {
    expect(csvFileName(['attendee types', 'page 3', 'q=a/b'], new Date('2026-11-28T06:30:12Z'))).toBe(
      'attendee-types_page-3_q-a-b_2026-11-28T06-30Z.csv',
    );
  });
});
