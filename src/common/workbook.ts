import type * as ExcelJS from 'exceljs';

/** exceljs is large (a sixth of the start-up's module loading): it is loaded on the first spreadsheet, not at start. */
export async function newWorkbook(): Promise<ExcelJS.Workbook> {
  const excel = (await import('exceljs')) as typeof ExcelJS & { default?: typeof ExcelJS };
  return new (excel.default ?? excel).Workbook();
}
