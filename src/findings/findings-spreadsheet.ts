import type * as ExcelJS from 'exceljs';
import { calendarDate } from '../common/calendar-date';
import { newWorkbook } from '../common/workbook';
import { Readable } from 'node:stream';
import { Finding } from './finding.entity';

/** The largest spreadsheet an import accepts. */
export const IMPORT_LIMIT_BYTES = 10 * 1024 * 1024;

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

export async function writeFindings(findings: Finding[], format: SpreadsheetFormat): Promise<Buffer> {
  const workbook = await newWorkbook();
  const sheet = workbook.addWorksheet('findings');
  sheet.columns = COLUMNS.map((key) => ({ header: key, key, width: key === 'observation' ? 80 : key === 'title' ? 50 : 18 }));
  for (const finding of findings) sheet.addRow(toCells(finding));
  const buffer = format === 'csv' ? await workbook.csv.writeBuffer() : await workbook.xlsx.writeBuffer();
  return Buffer.from(buffer);
}

export class UnreadableSpreadsheetError extends Error {}

/** Reads the first sheet: the header names the columns (any order), every following non-empty row is a finding. */
export async function readFindings(content: Buffer, format: SpreadsheetFormat): Promise<SheetRow[]> {
  const workbook = await newWorkbook();
  let sheet: ExcelJS.Worksheet | undefined;
  try {
    if (format === 'csv') {
      // Keep every cell as text: exceljs would otherwise turn "2026-03-03" into a Date and "2" into a number.
      sheet = await workbook.csv.read(Readable.from([content]), { map: (value: unknown) => value });
    } else {
      await workbook.xlsx.load(content as unknown as ArrayBuffer);
      sheet = workbook.worksheets[0];
    }
  } catch (error) {
    throw new UnreadableSpreadsheetError(`The file is not a readable ${format.toUpperCase()} file: ${(error as Error).message}`);
  }
  if (!sheet || sheet.rowCount === 0) throw new UnreadableSpreadsheetError('The file has no rows.');
  const header = sheet.getRow(1);
  const columnOf = new Map<number, Column>();
  header.eachCell((cell, index) => {
    const name = cellText(cell.value).trim();
    if ((COLUMNS as readonly string[]).includes(name)) columnOf.set(index, name as Column);
  });
  const missing = COLUMNS.filter((column) => column !== 'status' && column !== 'code' && column !== 'missionId' && ![...columnOf.values()].includes(column));
  if (missing.length > 0) throw new UnreadableSpreadsheetError(`The header row lacks the columns ${missing.join(', ')}.`);
  const rows: SheetRow[] = [];
  sheet.eachRow((row, line) => {
    if (line === 1) return;
    const cells: SheetRow['cells'] = {};
    row.eachCell({ includeEmpty: false }, (cell, index) => {
      const column = columnOf.get(index);
      if (column) cells[column] = cellText(cell.value).trim();
    });
    if (Object.values(cells).some((value) => value !== '')) rows.push({ line, cells });
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
