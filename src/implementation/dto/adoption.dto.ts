import { ApiProperty } from '@nestjs/swagger';
import { CalendarDate, ClosedSchema, Text, VersionNumber } from '../../common/validation/fields.decorator';
import { Adoption } from '../adoption.entity';

@ClosedSchema()
export class RecordAdoptionDto {
  @VersionNumber({ example: 2, description: 'The final version the State adopted' })
  versionNumber!: number;

  @CalendarDate({ example: '2026-10-14', description: 'The date of adoption; not in the future' })
  adoptedOn!: string;

  @Text({ min: 2, max: 300, example: 'Council of Ministers' })
  adoptingAuthority!: string;

  @Text({ min: 2, max: 300, example: 'Decree 2026-118 of 14 October 2026' })
  instrumentReference!: string;
}

export class SignedDocumentDto {
  @ApiProperty({ example: 481_220 }) size!: number;
  @ApiProperty({ example: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08' }) sha256!: string;
  @ApiProperty({ format: 'date-time' }) uploadedAt!: string;
  @ApiProperty({ example: '/api/engagements/…/adoption/document' }) href!: string;
}

export class AdoptionDto extends RecordAdoptionDto {
  @ApiProperty({ type: SignedDocumentDto, nullable: true }) signedDocument!: SignedDocumentDto | null;
  @ApiProperty({ format: 'date-time' }) recordedAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export function toAdoptionDto(adoption: Adoption): AdoptionDto {
  return {
    versionNumber: adoption.versionNumber,
    adoptedOn: adoption.adoptedOn,
    adoptingAuthority: adoption.adoptingAuthority,
    instrumentReference: adoption.instrumentReference,
    signedDocument:
      adoption.documentSha256 && adoption.documentSize !== null && adoption.documentUploadedAt
        ? {
            size: adoption.documentSize,
            sha256: adoption.documentSha256,
            uploadedAt: adoption.documentUploadedAt.toISOString(),
            href: `/api/engagements/${adoption.engagementId}/adoption/document`,
          }
        : null,
    recordedAt: adoption.createdAt.toISOString(),
    updatedAt: adoption.updatedAt.toISOString(),
  };
}
