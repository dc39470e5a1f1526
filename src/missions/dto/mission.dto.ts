import { ApiProperty, OmitType, PartialType } from '@nestjs/swagger';
import {
  CalendarDate,
  ClosedSchema,
  Code,
  Id,
  Ids,
  Integer,
  NestedList,
  ReadVersion,
  Text,
} from '../../common/validation/fields.decorator';
import { SECTORS } from '../../reference/catalogs';
import { Consultation } from '../consultation.entity';
import { Mission, MISSION_TYPES, MissionType } from '../mission.entity';

const SECTOR_CODES = SECTORS.map((sector) => sector.code);

@ClosedSchema()
export class DocumentReviewedDto {
  @Text({ min: 2, max: 500, example: 'National counter-terrorism strategy (2019)' })
  title!: string;

  @Text({ max: 500, optional: true, example: 'Decree 2019-014' })
  reference?: string;
}

@ClosedSchema()
export class CreateMissionDto {
  @Code(MISSION_TYPES)
  type!: MissionType;

  @CalendarDate({ optional: true, example: '2026-03-02' })
  startDate?: string;

  @CalendarDate({ optional: true, example: '2026-03-06' })
  endDate?: string;

  @Id({ optional: true, description: 'A mission lead of this engagement' })
  leadId?: string;

  @Ids({ maxItems: 50, optional: true, description: 'Members of the mission team of this engagement' })
  teamIds?: string[];

  @NestedList(DocumentReviewedDto, { maxItems: 500, optional: true })
  documentsReviewed?: DocumentReviewedDto[];
}

@ClosedSchema()
export class UpdateMissionDto extends PartialType(OmitType(CreateMissionDto, ['type'] as const), { skipNullProperties: false }) {
  @ReadVersion()
  version!: number;
}

@ClosedSchema()
export class CreateConsultationDto {
  @Text({ min: 2, max: 300, example: 'Ministry of Security and Civil Protection' })
  institution!: string;

  @Text({
    min: 2,
    max: 100,
    example: 'local_government',
    description:
      'Free text, or one of the sector codes of GET /api/reference (`sectors`), which documents print by name in their language: ' +
      SECTOR_CODES.join(', '),
  })
  sector!: string;

  @CalendarDate({ example: '2026-03-03' })
  date!: string;

  @Integer({ min: 1, max: 10000 })
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
