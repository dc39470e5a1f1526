import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { PageQuery } from '../../common/pagination';
import {
  CalendarDate,
  CapacityLevel,
  ClosedSchema,
  Code,
  Codes,
  Id,
  NestedList,
  ReadVersion,
  Text,
} from '../../common/validation/fields.decorator';
import { SPREADSHEET_FORMATS, SpreadsheetFormat } from '../findings-spreadsheet';
import { CROSS_CUTTING, DIMENSIONS, FRAMEWORK_INSTRUMENTS, PHASES, THEMATIC_AREA_CODES } from '../../reference/catalogs';
import { EVIDENCE_KINDS, EvidenceKind, FINDING_KINDS, FINDING_STATUSES, FindingKind, SENSITIVITIES, Sensitivity } from '../finding.entity';

export const AREA_CODES = [...THEMATIC_AREA_CODES, CROSS_CUTTING];
export const DIMENSION_CODES = DIMENSIONS.map((d) => d.code as string);
export const PHASE_CODES = PHASES.map((p) => p.code as string);
export const FRAMEWORK_CODES = FRAMEWORK_INSTRUMENTS.map((i) => i.code);

@ClosedSchema()
export class EvidenceDto {
  @Code(EVIDENCE_KINDS)
  kind!: EvidenceKind;

  @Text({ min: 2, max: 500, example: 'Interview with the national police UAS unit' })
  reference!: string;

  @CalendarDate({ example: '2026-03-03' })
  date!: string;
}

@ClosedSchema()
export class CreateFindingDto {
  @Code(FINDING_KINDS)
  kind!: FindingKind;

  @Code(AREA_CODES, { description: "A thematic area in the engagement's scope, or cross_cutting" })
  thematicArea!: string;

  @Code(DIMENSION_CODES)
  dimension!: string;

  @Code(PHASE_CODES)
  phase!: string;

  @CapacityLevel()
  level!: number;

  @Text({ min: 3, max: 300, example: 'No legal basis for counter-UAS measures by the police' })
  title!: string;

  @Text({ min: 3, max: 20000 })
  observation!: string;

  @Code(SENSITIVITIES)
  sensitivity!: Sensitivity;

  @Codes(FRAMEWORK_CODES, { optional: true })
  frameworkRefs?: string[];

  @NestedList(EvidenceDto, { maxItems: 100, optional: true })
  evidence?: EvidenceDto[];

  @Id({ optional: true, description: 'The mission during which it was recorded' })
  missionId?: string;
}

@ClosedSchema()
export class UpdateFindingDto extends PartialType(OmitType(CreateFindingDto, ['missionId'] as const), { skipNullProperties: false }) {
  @ReadVersion()
  version!: number;
}

@ClosedSchema()
export class WithdrawFindingDto {
  @Text({ min: 3, max: 2000, example: 'Duplicate of TGO-F-004' })
  reason!: string;
}

@ClosedSchema()
export class RescoreFindingDto {
  @CapacityLevel()
  level!: number;

  @Id({ description: 'The follow-up mission that re-scored it' })
  missionId!: string;

  @Text({ max: 2000, optional: true })
  note?: string;
}

export class ListFindingsQuery extends PageQuery {
  @Code(AREA_CODES, { optional: true }) thematicArea?: string;
  @Code(DIMENSION_CODES, { optional: true }) dimension?: string;
  @Code(PHASE_CODES, { optional: true }) phase?: string;
  @Code(FINDING_KINDS, { optional: true }) kind?: string;
  @Code(FINDING_STATUSES, { optional: true }) status?: string;
  @CapacityLevel({ optional: true, fromQuery: true }) level?: number;

  @Text({ max: 200, trim: false, optional: true, description: 'Words to find in the title or observation (PostgreSQL full-text search)' })
  q?: string;
}

export class LevelChangeDto {
  @ApiProperty() level!: number;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) missionId!: string | null;
  @ApiProperty({ nullable: true, type: String }) note!: string | null;
  @ApiProperty({ format: 'date-time' }) at!: string;
}

export class FindingDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'TGO-F-012' }) code!: string;
  @ApiProperty({ enum: FINDING_KINDS }) kind!: string;
  @ApiProperty() thematicArea!: string;
  @ApiProperty() dimension!: string;
  @ApiProperty() phase!: string;
  @ApiProperty() level!: number;
  @ApiProperty() title!: string;
  @ApiProperty() observation!: string;
  @ApiProperty({ enum: SENSITIVITIES }) sensitivity!: string;
  @ApiProperty({ type: [String] }) frameworkRefs!: string[];
  @ApiProperty({ type: [EvidenceDto] }) evidence!: EvidenceDto[];
  @ApiProperty({ enum: FINDING_STATUSES }) status!: string;
  @ApiProperty({ nullable: true, type: String }) withdrawnReason!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) missionId!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) validatedBy!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) validatedAt!: string | null;
  @ApiPropertyOptional({ type: [LevelChangeDto], description: 'Only on GET of one finding' }) levelHistory?: LevelChangeDto[];
  @ApiProperty() version!: number;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class FindingPageDto {
  @ApiProperty({ type: [FindingDto] }) items!: FindingDto[];
  @ApiProperty() total!: number;
  @ApiProperty() limit!: number;
  @ApiProperty() offset!: number;
}

export class ExportFindingsQuery {
  @Code(SPREADSHEET_FORMATS, { optional: true, default: 'csv' })
  format?: SpreadsheetFormat;
}
