import type * as ExcelJS from 'exceljs';
import { calendarDate } from '../common/calendar-date';
import { CsvSyntaxError, csvRecords } from '../common/csv';
import { fromSpreadsheetText } from '../common/spreadsheet-cells';
import { newWorkbook, spreadsheetFile } from '../common/workbook';
import { inspectZip, ZipEntryText, ZipLimits, ZipRefusedError } from '../common/zip-inspection';
import { Finding } from './finding.entity';

/** The largest spreadsheet an import accepts, as sent. */
export const IMPORT_LIMIT_BYTES = 10 * 1024 * 1024;
/** The most rows below the header an import reads; a longer file is refused as soon as the reader gets past it. */
export const IMPORT_ROW_LIMIT = 2000;
/** What an .xlsx may unpack to (its parts together), and how many parts it may have: checked before it is parsed. */
export const XLSX_LIMITS: ZipLimits = { maxEntries: 500, maxExpandedBytes: 20 * 1024 * 1024 };

export const SPREADSHEET_FORMATS = ['csv', 'xlsx'] as const;
export type SpreadsheetFormat = (typeof SPREADSHEET_FORMATS)[number];

export const CONTENT_TYPES: Record<SpreadsheetFormat, string> = {
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** The columns of an export, in order; an import reads the same ones (status is shown, never imported). */
export const COLUMNS = [
  'code',
  'kind',
  'thematicArea',
  'dimension',
  'phase',
  'level',
  'title',
  'observation',
  'sensitivity',
  'frameworkRefs',
  'evidence',
  'missionId',
  'status',
] as const;
export type Column = (typeof COLUMNS)[number];

/** One spreadsheet row as text, with the line it came from (line 1 is the header). */
export interface SheetRow {
  line: number;
  cells: Partial<Record<Column, string>>;
}

const LIST_SEPARATOR = ';';
const EVIDENCE_FIELD_SEPARATOR = '|';

/** Evidence as people edit it: one `kind | reference | date` per line of the cell. */
export function formatEvidence(evidence: Finding['evidence']): string {
  return evidence.map((e) => [e.kind, e.reference, e.date].join(` ${EVIDENCE_FIELD_SEPARATOR} `)).join('\n');
}

export function parseEvidence(text: string): { kind: string; reference: string; date: string }[] | string {
  const entries = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
  const parsed = [];
  for (const entry of entries) {
    const parts = entry.split(EVIDENCE_FIELD_SEPARATOR).map((part) => part.trim());
    if (parts.length !== 3) return `each evidence line must be "kind | reference | date", not "${entry.slice(0, 80)}"`;
    parsed.push({ kind: parts[0], reference: parts[1], date: parts[2] });
  }
  return parsed;
}

export function parseList(text: string): string[] {
  return text
    .split(LIST_SEPARATOR)
    .map((item) => item.trim())
    .filter(Boolean);
}

function toCells(finding: Finding): Record<Column, string | number> {
  return {
    code: finding.code,
    kind: finding.kind,
    thematicArea: finding.thematicArea,
    dimension: finding.dimension,
    phase: finding.phase,
    level: finding.level,
    title: finding.title,
    observation: finding.observation,
    sensitivity: finding.sensitivity,
    frameworkRefs: finding.frameworkRefs.join(`${LIST_SEPARATOR} `),
    evidence: formatEvidence(finding.evidence),
    missionId: finding.missionId ?? '',
    status: finding.status,
  };
}

const COLUMN_WIDTHS: Partial<Record<Column, number>> = { observation: 80, title: 50 };

export function writeFindings(findings: Finding[], format: SpreadsheetFormat): Promise<Buffer> {
  const columns = COLUMNS.map((key) => ({ key, width: COLUMN_WIDTHS[key] ?? 18 }));
  return spreadsheetFile(format, 'findings', columns, findings.map(toCells));
}

export class UnreadableSpreadsheetError extends Error {}

/** Reads the first sheet: the header names the columns (any order), every following non-empty row is a finding. */
export async function readFindings(content: Buffer, format: SpreadsheetFormat): Promise<SheetRow[]> {
  return format === 'csv' ? readCsv(content) : readXlsx(content);
}

function tooManyRows(): UnreadableSpreadsheetError {
  return new UnreadableSpreadsheetError(
    `The file has more than ${IMPORT_ROW_LIMIT.toLocaleString('en')} rows below its header; an import takes at most ${IMPORT_ROW_LIMIT.toLocaleString('en')} findings at once. Split it into smaller files.`,
  );
}

/** The header's columns by position; refuses a header that lacks a column an import needs. */
function headerColumns(names: string[]): Map<number, Column> {
  const columnOf = new Map<number, Column>();
  names.forEach((name, index) => {
    const trimmed = name.trim();
    if ((COLUMNS as readonly string[]).includes(trimmed)) columnOf.set(index, trimmed as Column);
  });
  const missing = COLUMNS.filter((column) => column !== 'status' && column !== 'code' && column !== 'missionId' && ![...columnOf.values()].includes(column));
  if (missing.length > 0) throw new UnreadableSpreadsheetError(`The header row lacks the columns ${missing.join(', ')}.`);
  return columnOf;
}

/** A row's cells as text, with the formula guard of the export undone. */
function rowOf(line: number, values: Iterable<[number, string]>, columnOf: Map<number, Column>): SheetRow | undefined {
  const cells: SheetRow['cells'] = {};
  for (const [index, value] of values) {
    const column = columnOf.get(index);
    if (column) cells[column] = fromSpreadsheetText(value.trim());
  }
  return Object.values(cells).some((value) => value !== '') ? { line, cells } : undefined;
}

/** CSV, read record by record and abandoned at the row limit: a file of a million short rows costs no more than 2,000. */
function readCsv(content: Buffer): SheetRow[] {
  const rows: SheetRow[] = [];
  let columnOf: Map<number, Column> | undefined;
  let line = 0;
  try {
    for (const record of csvRecords(content.toString('utf8'))) {
      line += 1;
      if (!columnOf) {
        columnOf = headerColumns(record);
        continue;
      }
      if (line - 1 > IMPORT_ROW_LIMIT) throw tooManyRows();
      const row = rowOf(line, record.entries(), columnOf);
      if (row) rows.push(row);
    }
  } catch (error) {
    if (error instanceof CsvSyntaxError) throw new UnreadableSpreadsheetError(`The file is not a readable CSV file: ${error.message}`);
    throw error;
  }
  if (!columnOf) throw new UnreadableSpreadsheetError('The file has no rows.');
  return rows;
}

const WORKSHEET = /^xl\/worksheets\/[^/]+\.xml$/;

/** How many `<row>` elements a sheet's XML holds, counted in the bytes without parsing them. */
function countRows(xml: Buffer): number {
  let count = 0;
  for (let at = xml.indexOf('<row'); at !== -1; at = xml.indexOf('<row', at + 4)) {
    const next = xml[at + 4];
    // `<row ` or `<row>`, not `<rowBreaks`.
    if (next === 0x20 || next === 0x3e || next === 0x2f || next === 0x09 || next === 0x0a || next === 0x0d) count += 1;
  }
  return count;
}

/**
 * XLSX: the ZIP is checked before exceljs sees it (entries, unpacked size, sizes that lie, rows per sheet),
 * so a small file that unpacks to gigabytes of XML, or to a million rows, is refused without being parsed.
 */
async function readXlsx(content: Buffer): Promise<SheetRow[]> {
  let sheets: ZipEntryText[];
  try {
    sheets = inspectZip(content, XLSX_LIMITS, (name) => WORKSHEET.test(name));
  } catch (error) {
    if (error instanceof ZipRefusedError) throw new UnreadableSpreadsheetError(error.message);
    throw error;
  }
  if (sheets.some((sheet) => countRows(sheet.content) > IMPORT_ROW_LIMIT + 1)) throw tooManyRows();
  const workbook = await newWorkbook();
  let sheet: ExcelJS.Worksheet | undefined;
  try {
    await workbook.xlsx.load(content as unknown as ArrayBuffer);
    sheet = workbook.worksheets[0];
  } catch (error) {
    throw new UnreadableSpreadsheetError(`The file is not a readable XLSX file: ${(error as Error).message}`);
  }
  if (!sheet || sheet.rowCount === 0) throw new UnreadableSpreadsheetError('The file has no rows.');
  if (sheet.rowCount - 1 > IMPORT_ROW_LIMIT) throw tooManyRows();
  const header: string[] = [];
  sheet.getRow(1).eachCell((cell, index) => (header[index] = cellText(cell.value)));
  const columnOf = headerColumns(Array.from(header, (name) => name ?? ''));
  const rows: SheetRow[] = [];
  sheet.eachRow((row, line) => {
    if (line === 1) return;
    const values: [number, string][] = [];
    row.eachCell({ includeEmpty: false }, (cell, index) => values.push([index, cellText(cell.value)]));
    const read = rowOf(line, values, columnOf);
    if (read) rows.push(read);
  });
  return rows;
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return calendarDate(value);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('text' in value) return String(value.text);
    if ('result' in value) return cellText(value.result);
    return '';
  }
  return String(value);
}
