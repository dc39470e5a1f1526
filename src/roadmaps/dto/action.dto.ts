import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { IsIn, ValidateIf } from 'class-validator';
import {
  CalendarDate,
  CapacityLevel,
  ClosedSchema,
  Code,
  Codes,
  Ids,
  Integer,
  NestedList,
  ReadVersion,
  Text,
} from '../../common/validation/fields.decorator';
import { AREA_CODES } from '../../findings/dto/finding.dto';
import { PARTNERS, TRAINING_COURSES } from '../../reference/catalogs';
import { SENSITIVITIES, Sensitivity } from '../../common/confidentiality';
import { ACTION_STATUSES, PRIORITIES, Priority, SUPPORT_KINDS, SupportKind, TIMEFRAMES, Timeframe } from '../action.entity';

const PARTNER_CODES = PARTNERS.map((p) => p.code as string);
const COURSE_CODES = TRAINING_COURSES.map((c) => c.code as string);

@ClosedSchema()
export class IndicatorDto {
  @Text({ min: 2, max: 500, example: 'Share of major events covered by UAS detection' })
  description!: string;

  @Text({ max: 300, example: '0 of 4 in 2026' })
  baseline!: string;

  @Text({ max: 300, example: '4 of 4 by 2028' })
  target!: string;
}

@ClosedSchema()
export class SupportDto {
  @Code(SUPPORT_KINDS)
  kind!: SupportKind;

  @ApiPropertyOptional({ enum: COURSE_CODES, description: 'Required for a training_course' })
  @ValidateIf((support: SupportDto) => support.kind === 'training_course' || support.course !== undefined)
  @IsIn(COURSE_CODES, { message: `course must be one of ${COURSE_CODES.join(', ')} (required for a training_course)` })
  course?: string;
}

@ClosedSchema()
export class CreateActionDto {
  @Text({ min: 3, max: 300, example: 'Deploy drone detection at major events' })
  title!: string;

  @Text({ min: 3, max: 10000 })
  description!: string;

  @Ids({ minItems: 1, maxItems: 100, description: 'Findings of this engagement that the action answers (one or more)' })
  findingIds!: string[];

  @Code(AREA_CODES)
  thematicArea!: string;

  @Text({ min: 2, max: 300, example: 'Ministry of Security and Civil Protection' })
  responsibleEntity!: string;

  @Codes(PARTNER_CODES, { optional: true })
  partners?: string[];

  @Code(PRIORITIES)
  priority!: Priority;

  @Code(TIMEFRAMES, { description: 'short 0–6 months, medium 6–18, long 18–36' })
  timeframe!: Timeframe;

  @CalendarDate({ optional: true, example: '2027-01-15' })
  startDate?: string;

  @CalendarDate({ optional: true, example: '2027-06-30' })
  endDate?: string;

  @NestedList(IndicatorDto, { maxItems: 20, optional: true })
  indicators?: IndicatorDto[];

  @NestedList(SupportDto, { maxItems: 10, optional: true })
  support?: SupportDto[];

  @Integer({ min: 0, max: 1_000_000_000, optional: true, description: 'Estimated cost in USD' })
  estimatedCostUsd?: number;

  @CapacityLevel({ optional: true, description: 'The capacity level the action aims for' })
  targetLevel?: number;

  @Code(SENSITIVITIES, {
    nullable: true,
    description:
      "An explicit sensitivity; null goes back to the default, the most restrictive of the findings'. Below the default only a programme manager, with sensitivityReason.",
    message: `sensitivity must be one of ${SENSITIVITIES.join(', ')}, or null for the default`,
  })
  sensitivity?: Sensitivity | null;

  @Text({ min: 3, max: 1000, nullable: true, description: 'Why the sensitivity was set; required to set it below the default' })
  sensitivityReason?: string | null;
}

@ClosedSchema()
export class UpdateActionDto extends PartialType(CreateActionDto, { skipNullProperties: false }) {
  @ReadVersion()
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
