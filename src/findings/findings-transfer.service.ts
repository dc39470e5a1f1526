import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { DataSource } from 'typeorm';
import { Actor } from '../common/auth/actor';
import { DomainError, FieldError } from '../common/errors/domain-error';
import { unstorableTextErrors } from '../common/validation/api-validation.pipe';
import { toFieldErrors } from '../common/errors/validation-errors';
import { EngagementAccessService } from '../engagements/engagement-access.service';
import { CreateFindingDto } from './dto/finding.dto';
import { ImportResultDto } from './dto/import-result.dto';
import { ImportRejectedError, UnsupportedImportTypeError } from './finding.errors';
import {
  CONTENT_TYPES,
  IMPORT_ROW_LIMIT,
  parseEvidence,
  parseList,
  readFindings,
  SheetRow,
  SPREADSHEET_FORMATS,
  SpreadsheetFormat,
  UnreadableSpreadsheetError,
  writeFindings,
} from './findings-spreadsheet';
import { FindingsService } from './findings.service';

/** Findings to and from CSV and XLSX, with the same columns both ways so that an export can be edited and imported. */
@Injectable()
export class FindingsTransferService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: EngagementAccessService,
    private readonly findings: FindingsService,
  ) {}

  async export(actor: Actor, engagementId: string, format: SpreadsheetFormat): Promise<{ filename: string; contentType: string; body: Buffer }> {
    const { engagement, findings } = await this.findings.all(actor, engagementId);
    return {
      filename: `${engagement.country}-findings.${format}`,
      contentType: CONTENT_TYPES[format],
      body: await writeFindings(findings, format),
    };
  }

  /** All rows or none: every problem of every row is reported with its line, and nothing is stored. */
  async import(actor: Actor, engagementId: string, content: unknown, contentType: string | undefined): Promise<ImportResultDto> {
    await this.access.require(actor, engagementId, 'findings.write');
    const mediaType = contentType?.split(';')[0].trim();
    const format = SPREADSHEET_FORMATS.find((candidate) => CONTENT_TYPES[candidate] === mediaType);
    if (!format || !Buffer.isBuffer(content)) throw new UnsupportedImportTypeError(contentType);
    const rows = await this.read(content, format);
    const errors: FieldError[] = [];
    const parsed = rows.map((row) => ({ row, input: toInput(row, errors) }));
    return this.dataSource.transaction(async (em) => {
      const { engagement } = await this.access.require(actor, engagementId, 'findings.write', em);
      const result: ImportResultDto = { created: 0, updated: 0, unchanged: 0, codes: [] };
      const seenCodes = new Map<string, number>();
      for (const { row, input } of parsed) {
        if (!input) continue;
        const code = row.cells.code;
        try {
          if (!code) {
            const created = await this.findings.createIn(em, actor, engagement, input);
            result.created += 1;
            result.codes.push(created.code);
            continue;
          }
          if (seenCodes.has(code)) {
            errors.push({ line: row.line, field: 'code', message: `${code} is also on line ${seenCodes.get(code)}` });
            continue;
          }
          seenCodes.set(code, row.line);
          const current = await this.findings.findByCode(engagement.id, code, em);
          if (!current) {
            errors.push({ line: row.line, field: 'code', message: `there is no finding ${code} in this engagement (leave code empty for a new one)` });
            continue;
          }
          // The mission a finding was recorded on is history: an import does not move it.
          const changes: Partial<CreateFindingDto> = { ...input };
          delete changes.missionId;
          const after = await this.findings.updateIn(em, actor, engagement, current, changes);
          if (after.version === current.version) result.unchanged += 1;
          else result.updated += 1;
          result.codes.push(code);
        } catch (error) {
          if (!(error instanceof DomainError)) throw error;
          const fields = error.fieldErrors.length > 0 ? error.fieldErrors : [{ field: 'code', message: error.message }];
          errors.push(...fields.map((field) => ({ ...field, line: row.line })));
        }
      }
      if (errors.length > 0) throw new ImportRejectedError(errors.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)));
      return result;
    });
  }

  private async read(content: Buffer, format: SpreadsheetFormat): Promise<SheetRow[]> {
    let rows: SheetRow[];
    try {
      rows = await readFindings(content, format);
    } catch (error) {
      if (error instanceof UnreadableSpreadsheetError) throw new ImportRejectedError([{ line: 1, field: '(file)', message: error.message }]);
      throw error;
    }
    if (rows.length === 0) throw new ImportRejectedError([{ field: '(file)', message: 'The file has a header but no findings.' }]);
    if (rows.length > IMPORT_ROW_LIMIT) {
      throw new ImportRejectedError([{ field: '(file)', message: `At most ${IMPORT_ROW_LIMIT.toLocaleString('en')} findings can be imported at once.` }]);
    }
    return rows;
  }
}

/** A row as a finding body, validated like the API's; problems go to `errors` with the row's line. */
function toInput(row: SheetRow, errors: FieldError[]): CreateFindingDto | undefined {
  const cells = row.cells;
  const evidence = parseEvidence(cells.evidence ?? '');
  if (typeof evidence === 'string') {
    errors.push({ line: row.line, field: 'evidence', message: evidence });
    return undefined;
  }
  const level = cells.level ?? '';
  const candidate = plainToInstance(CreateFindingDto, {
    kind: cells.kind,
    thematicArea: cells.thematicArea,
    dimension: cells.dimension,
    phase: cells.phase,
    level: /^\d+$/.test(level) ? Number(level) : level,
    title: cells.title,
    observation: cells.observation,
    sensitivity: cells.sensitivity,
    frameworkRefs: parseList(cells.frameworkRefs ?? ''),
    evidence,
    ...(cells.missionId ? { missionId: cells.missionId } : {}),
  });
  const problems = [
    ...unstorableTextErrors({ ...cells }),
    ...toFieldErrors(validateSync(candidate, { whitelist: true, forbidNonWhitelisted: true, stopAtFirstError: true })),
  ];
  if (problems.length > 0) {
    errors.push(...problems.map((problem) => ({ ...problem, line: row.line })));
    return undefined;
  }
  return candidate;
}
