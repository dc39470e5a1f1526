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
import { IsCalendarDate } from '../../common/validation/is-calendar-date.decorator';
import { Trim } from '../../common/validation/transforms';
import { Consultation } from '../consultation.entity';
import { Mission, MISSION_TYPES, MissionType } from '../mission.entity';

export class DocumentReviewedDto {
  @ApiProperty({ example: 'National counter-terrorism strategy (2019)' })
  @Trim()
  @MaxLength(500)
  @MinLength(2)
  @IsString()
  title!: string;

  @ApiPropertyOptional({ example: 'Decree 2019-014' })
  @Optional()
  @Trim()
  @MaxLength(500)
  @IsString()
  reference?: string;
}

export class CreateMissionDto {
  @ApiProperty({ enum: MISSION_TYPES })
  @IsIn(MISSION_TYPES)
  type!: MissionType;

  @ApiPropertyOptional({ example: '2026-03-02' })
  @Optional()
  @IsCalendarDate()
  startDate?: string;

  @ApiPropertyOptional({ example: '2026-03-06' })
  @Optional()
  @IsCalendarDate()
  endDate?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'A mission lead of this engagement' })
  @Optional()
  @IsUUID()
  leadId?: string;

  @ApiPropertyOptional({ type: [String], description: 'Members of the mission team of this engagement' })
  @Optional()
  @IsUUID('all', { each: true })
  @ArrayUnique()
  @ArrayMaxSize(50)
  @IsArray()
  teamIds?: string[];

  @ApiPropertyOptional({ type: [DocumentReviewedDto] })
  @Optional()
  @ValidateNested({ each: true })
  @Type(() => DocumentReviewedDto)
  @ArrayMaxSize(500)
  @IsArray()
  documentsReviewed?: DocumentReviewedDto[];
}

export class UpdateMissionDto extends PartialType(OmitType(CreateMissionDto, ['type'] as const), { skipNullProperties: false }) {
  @ApiProperty({ description: 'The version you last read; a stale one answers 409' })
  @Min(1)
  @IsInt()
  version!: number;
}

export class CreateConsultationDto {
  @ApiProperty({ example: 'Ministry of Security and Civil Protection' })
  @Trim()
  @MaxLength(300)
  @MinLength(2)
  @IsString()
  institution!: string;

  @ApiProperty({ example: 'security' })
  @Trim()
  @MaxLength(100)
  @MinLength(2)
  @IsString()
  sector!: string;

  @ApiProperty({ example: '2026-03-03' })
  @IsCalendarDate()
  date!: string;

  @ApiProperty({ minimum: 1, maximum: 10000 })
  @Max(10000)
  @Min(1)
  @IsInt()
  participants!: number;
}

export class ConsultationDto extends CreateConsultationDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
}

export class MissionDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) engagementId!: string;
  @ApiProperty({ enum: MISSION_TYPES }) type!: MissionType;
  @ApiProperty({ nullable: true, type: String }) startDate!: string | null;
  @ApiProperty({ nullable: true, type: String }) endDate!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) leadId!: string | null;
  @ApiProperty({ type: [String] }) teamIds!: string[];
  @ApiProperty({ type: [DocumentReviewedDto] }) documentsReviewed!: DocumentReviewedDto[];
  @ApiProperty({ type: [ConsultationDto] }) consultations!: ConsultationDto[];
  @ApiProperty() version!: number;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export function toConsultationDto(consultation: Consultation): ConsultationDto {
  return {
    id: consultation.id,
    institution: consultation.institution,
    sector: consultation.sector,
    date: consultation.date,
    participants: consultation.participants,
  };
}

export function toMissionDto(mission: Mission, consultations: Consultation[]): MissionDto {
  return {
    id: mission.id,
    engagementId: mission.engagementId,
    type: mission.type,
    startDate: mission.startDate,
    endDate: mission.endDate,
    leadId: mission.leadId,
    teamIds: mission.teamIds,
    documentsReviewed: mission.documentsReviewed,
    consultations: consultations.map(toConsultationDto),
    version: mission.version,
    createdAt: mission.createdAt.toISOString(),
    updatedAt: mission.updatedAt.toISOString(),
  };
}
