import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { Optional } from '../../common/validation/optional.decorator';
import { PageQuery } from '../../common/pagination';
import { SPREADSHEET_FORMATS, SpreadsheetFormat } from '../findings-spreadsheet';
import { IsCalendarDate } from '../../common/validation/is-calendar-date.decorator';
import { Trim } from '../../common/validation/transforms';
import { CROSS_CUTTING, DIMENSIONS, FRAMEWORK_INSTRUMENTS, PHASES, THEMATIC_AREA_CODES } from '../../reference/catalogs';
import { EVIDENCE_KINDS, EvidenceKind, FINDING_KINDS, FINDING_STATUSES, FindingKind, SENSITIVITIES, Sensitivity } from '../finding.entity';

export const AREA_CODES = [...THEMATIC_AREA_CODES, CROSS_CUTTING];
export const DIMENSION_CODES = DIMENSIONS.map((d) => d.code as string);
export const PHASE_CODES = PHASES.map((p) => p.code as string);
export const FRAMEWORK_CODES = FRAMEWORK_INSTRUMENTS.map((i) => i.code);

export class EvidenceDto {
  @ApiProperty({ enum: EVIDENCE_KINDS })
  @IsIn(EVIDENCE_KINDS)
  kind!: EvidenceKind;

  @ApiProperty({ example: 'Interview with the national police UAS unit' })
  @Trim()
  @MaxLength(500)
  @MinLength(2)
  @IsString()
  reference!: string;

  @ApiProperty({ example: '2026-03-03' })
  @IsCalendarDate()
  date!: string;
}

export class CreateFindingDto {
  @ApiProperty({ enum: FINDING_KINDS })
  @IsIn(FINDING_KINDS)
  kind!: FindingKind;

  @ApiProperty({ enum: AREA_CODES, description: 'A thematic area in the engagement\'s scope, or cross_cutting' })
  @IsIn(AREA_CODES)
  thematicArea!: string;

  @ApiProperty({ enum: DIMENSION_CODES })
  @IsIn(DIMENSION_CODES)
  dimension!: string;

  @ApiProperty({ enum: PHASE_CODES })
  @IsIn(PHASE_CODES)
  phase!: string;

  @ApiProperty({ minimum: 1, maximum: 5, description: '1 none, 2 limited, 3 developed, 4 demonstrated, 5 sustainable' })
  @Max(5)
  @Min(1)
  @IsInt()
  level!: number;

  @ApiProperty({ example: 'No legal basis for counter-UAS measures by the police' })
  @Trim()
  @MaxLength(300)
  @MinLength(3)
  @IsString()
  title!: string;

  @ApiProperty()
  @Trim()
  @MaxLength(20000)
  @MinLength(3)
  @IsString()
  observation!: string;

  @ApiProperty({ enum: SENSITIVITIES })
  @IsIn(SENSITIVITIES)
  sensitivity!: Sensitivity;

  @ApiPropertyOptional({ enum: FRAMEWORK_CODES, isArray: true })
  @Optional()
  @IsIn(FRAMEWORK_CODES, { each: true })
  @ArrayUnique()
  @IsArray()
  frameworkRefs?: string[];

  @ApiPropertyOptional({ type: [EvidenceDto] })
  @Optional()
  @ValidateNested({ each: true })
  @Type(() => EvidenceDto)
  @ArrayMaxSize(100)
  @IsArray()
  evidence?: EvidenceDto[];

  @ApiPropertyOptional({ format: 'uuid', description: 'The mission during which it was recorded' })
  @Optional()
  @IsUUID()
  missionId?: string;
}

export class UpdateFindingDto extends PartialType(OmitType(CreateFindingDto, ['missionId'] as const), { skipNullProperties: false }) {
  @ApiProperty({ description: 'The version you last read; a stale one answers 409' })
  @Min(1)
  @IsInt()
  version!: number;
}

export class WithdrawFindingDto {
  @ApiProperty({ example: 'Duplicate of TGO-F-004' })
  @Trim()
  @MaxLength(2000)
  @MinLength(3)
  @IsString()
  reason!: string;
}

export class RescoreFindingDto {
  @ApiProperty({ minimum: 1, maximum: 5 })
  @Max(5)
  @Min(1)
  @IsInt()
  level!: number;

  @ApiProperty({ format: 'uuid', description: 'The follow-up mission that re-scored it' })
  @IsUUID()
  missionId!: string;

  @ApiPropertyOptional()
  @Optional()
  @Trim()
  @MaxLength(2000)
  @IsString()
  note?: string;
}

export class ListFindingsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: AREA_CODES }) @Optional() @IsIn(AREA_CODES) thematicArea?: string;
  @ApiPropertyOptional({ enum: DIMENSION_CODES }) @Optional() @IsIn(DIMENSION_CODES) dimension?: string;
  @ApiPropertyOptional({ enum: PHASE_CODES }) @Optional() @IsIn(PHASE_CODES) phase?: string;
  @ApiPropertyOptional({ enum: FINDING_KINDS }) @Optional() @IsIn(FINDING_KINDS) kind?: string;
  @ApiPropertyOptional({ enum: FINDING_STATUSES }) @Optional() @IsIn(FINDING_STATUSES) status?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 5 })
  @Optional()
  @Type(() => Number)
  @Max(5)
  @Min(1)
  @IsInt()
  level?: number;

  @ApiPropertyOptional({ description: 'Words to find in the title or observation (PostgreSQL full-text search)' })
  @Optional()
  @MaxLength(200)
  @IsString()
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
  @ApiPropertyOptional({ enum: SPREADSHEET_FORMATS, default: 'csv' })
  @Optional()
  @IsIn(SPREADSHEET_FORMATS)
  format?: SpreadsheetFormat;
}
