import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { Optional } from '../../common/validation/optional.decorator';
import { IsCalendarDate } from '../../common/validation/is-calendar-date.decorator';
import { Trim } from '../../common/validation/transforms';
import { AREA_CODES } from '../../findings/dto/finding.dto';
import { PARTNERS, TRAINING_COURSES } from '../../reference/catalogs';
import { SENSITIVITIES, Sensitivity } from '../../common/confidentiality';
import { ACTION_STATUSES, PRIORITIES, Priority, SUPPORT_KINDS, SupportKind, TIMEFRAMES, Timeframe } from '../action.entity';

const PARTNER_CODES = PARTNERS.map((p) => p.code as string);
const COURSE_CODES = TRAINING_COURSES.map((c) => c.code as string);

export class IndicatorDto {
  @ApiProperty({ example: 'Share of major events covered by UAS detection' })
  @Trim()
  @MaxLength(500)
  @MinLength(2)
  @IsString()
  description!: string;

  @ApiProperty({ example: '0 of 4 in 2026' })
  @Trim()
  @MaxLength(300)
  @IsString()
  baseline!: string;

  @ApiProperty({ example: '4 of 4 by 2028' })
  @Trim()
  @MaxLength(300)
  @IsString()
  target!: string;
}

export class SupportDto {
  @ApiProperty({ enum: SUPPORT_KINDS })
  @IsIn(SUPPORT_KINDS)
  kind!: SupportKind;

  @ApiPropertyOptional({ enum: COURSE_CODES, description: 'Required for a training_course' })
  @ValidateIf((support: SupportDto) => support.kind === 'training_course' || support.course !== undefined)
  @IsIn(COURSE_CODES, { message: `course must be one of ${COURSE_CODES.join(', ')} (required for a training_course)` })
  course?: string;
}

export class CreateActionDto {
  @ApiProperty({ example: 'Deploy drone detection at major events' })
  @Trim()
  @MaxLength(300)
  @MinLength(3)
  @IsString()
  title!: string;

  @ApiProperty()
  @Trim()
  @MaxLength(10000)
  @MinLength(3)
  @IsString()
  description!: string;

  @ApiProperty({ type: [String], description: 'Findings of this engagement that the action answers (one or more)' })
  @IsUUID('all', { each: true })
  @ArrayUnique()
  @ArrayMaxSize(100)
  @ArrayMinSize(1)
  @IsArray()
  findingIds!: string[];

  @ApiProperty({ enum: AREA_CODES })
  @IsIn(AREA_CODES)
  thematicArea!: string;

  @ApiProperty({ example: 'Ministry of Security and Civil Protection' })
  @Trim()
  @MaxLength(300)
  @MinLength(2)
  @IsString()
  responsibleEntity!: string;

  @ApiPropertyOptional({ enum: PARTNER_CODES, isArray: true })
  @Optional()
  @IsIn(PARTNER_CODES, { each: true })
  @ArrayUnique()
  @IsArray()
  partners?: string[];

  @ApiProperty({ enum: PRIORITIES })
  @IsIn(PRIORITIES)
  priority!: Priority;

  @ApiProperty({ enum: TIMEFRAMES, description: 'short 0–6 months, medium 6–18, long 18–36' })
  @IsIn(TIMEFRAMES)
  timeframe!: Timeframe;

  @ApiPropertyOptional({ example: '2027-01-15' })
  @Optional()
  @IsCalendarDate()
  startDate?: string;

  @ApiPropertyOptional({ example: '2027-06-30' })
  @Optional()
  @IsCalendarDate()
  endDate?: string;

  @ApiPropertyOptional({ type: [IndicatorDto] })
  @Optional()
  @ValidateNested({ each: true })
  @Type(() => IndicatorDto)
  @ArrayMaxSize(20)
  @IsArray()
  indicators?: IndicatorDto[];

  @ApiPropertyOptional({ type: [SupportDto] })
  @Optional()
  @ValidateNested({ each: true })
  @Type(() => SupportDto)
  @ArrayMaxSize(10)
  @IsArray()
  support?: SupportDto[];

  @ApiPropertyOptional({ minimum: 0, description: 'Estimated cost in USD' })
  @Optional()
  @Max(1_000_000_000)
  @Min(0)
  @IsInt()
  estimatedCostUsd?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: 5 })
  @Optional()
  @Max(5)
  @Min(1)
  @IsInt()
  targetLevel?: number;

  @ApiPropertyOptional({
    enum: SENSITIVITIES,
    nullable: true,
    description:
      'An explicit sensitivity; null goes back to the default, the most restrictive of the findings\'. Below the default only a programme manager, with sensitivityReason.',
  })
  @IsOptional()
  @IsIn(SENSITIVITIES, { message: `sensitivity must be one of ${SENSITIVITIES.join(', ')}, or null for the default` })
  sensitivity?: Sensitivity | null;

  @ApiPropertyOptional({ nullable: true, type: String, description: 'Why the sensitivity was set; required to set it below the default' })
  @IsOptional()
  @Trim()
  @MaxLength(1000)
  @MinLength(3)
  @IsString()
  sensitivityReason?: string | null;
}

export class UpdateActionDto extends PartialType(CreateActionDto, { skipNullProperties: false }) {
  @ApiProperty({ description: 'The version you last read; a stale one answers 409' })
  @Min(1)
  @IsInt()
  version!: number;
}

export class ActionDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'A-07' }) code!: string;
  @ApiProperty() title!: string;
  @ApiProperty() description!: string;
  @ApiProperty({ type: [String] }) findingIds!: string[];
  @ApiProperty() thematicArea!: string;
  @ApiProperty() responsibleEntity!: string;
  @ApiProperty({ type: [String] }) partners!: string[];
  @ApiProperty({ enum: PRIORITIES }) priority!: string;
  @ApiProperty({ enum: TIMEFRAMES }) timeframe!: string;
  @ApiProperty({ nullable: true, type: String }) startDate!: string | null;
  @ApiProperty({ nullable: true, type: String }) endDate!: string | null;
  @ApiProperty({ type: [IndicatorDto] }) indicators!: IndicatorDto[];
  @ApiProperty({ type: [SupportDto] }) support!: SupportDto[];
  @ApiProperty({ nullable: true, type: Number }) estimatedCostUsd!: number | null;
  @ApiProperty({ nullable: true, type: Number }) targetLevel!: number | null;
  @ApiProperty({ nullable: true, type: String, description: 'The action library entry it came from' }) libraryKey!: string | null;
  @ApiProperty({ enum: SENSITIVITIES, description: 'Effective: the explicit sensitivity if set, else defaultSensitivity' }) sensitivity!: Sensitivity;
  @ApiProperty({ description: 'Whether sensitivity was set explicitly' }) sensitivityExplicit!: boolean;
  @ApiProperty({ nullable: true, type: String }) sensitivityReason!: string | null;
  @ApiProperty({ enum: SENSITIVITIES, description: 'The most restrictive of its findings\' sensitivities' }) defaultSensitivity!: Sensitivity;
  @ApiProperty({ enum: ACTION_STATUSES }) status!: string;
  @ApiProperty({ minimum: 0, maximum: 100 }) progress!: number;
  @ApiProperty() version!: number;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}
