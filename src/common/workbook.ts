import type * as ExcelJS from 'exceljs';
import { SpreadsheetValue, toSpreadsheetRow } from './spreadsheet-cells';

/** exceljs is large (a sixth of the start-up's module loading): it is loaded on the first spreadsheet, not at start. */
export async function newWorkbook(): Promise<ExcelJS.Workbook> {
  const excel = (await import('exceljs')) as typeof ExcelJS & { default?: typeof ExcelJS };
  return new (excel.default ?? excel).Workbook();
}

export interface SheetColumn<K extends string> {
  key: K;
  width?: number;
}

/**
 * The one way this service writes a spreadsheet (CSV or XLSX): one sheet, a header row of the column
 * keys, and every text cell neutralised against formula injection (common/spreadsheet-cells.ts).
 */
export async function spreadsheetFile<K extends string>(
  format: 'csv' | 'xlsx',
  sheetName: string,
  columns: readonly SheetColumn<K>[],
  rows: Iterable<Record<K, SpreadsheetValue>>,
): Promise<Buffer> {
  const workbook = await newWorkbook();
  const sheet = workbook.addWorksheet(sheetName);
  sheet.columns = columns.map(({ key, width }) => ({ header: key, key, ...(width ? { width } : {}) }));
  for (const row of rows) sheet.addRow(toSpreadsheetRow(row));
  const buffer = format === 'csv' ? await workbook.csv.writeBuffer() : await workbook.xlsx.writeBuffer();
  return Buffer.from(buffer);
}
