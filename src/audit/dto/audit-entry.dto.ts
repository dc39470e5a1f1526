import { ApiProperty } from '@nestjs/swagger';
import { PageQuery } from '../../common/pagination';
import { Id, Text } from '../../common/validation/fields.decorator';
import { AuditEntry } from '../audit-entry.entity';

export class AuditEntryDto {
  @ApiProperty() id!: string;
  @ApiProperty({ format: 'date-time' }) at!: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) actorId!: string | null;
  @ApiProperty({ example: 'pm@un.org' }) actorEmail!: string;
  @ApiProperty({ example: 'engagement.update' }) action!: string;
  @ApiProperty({ example: 'engagement' }) entity!: string;
  @ApiProperty() entityId!: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) engagementId!: string | null;
  @ApiProperty({ type: 'object', nullable: true, additionalProperties: true }) before!: Record<string, unknown> | null;
  @ApiProperty({ type: 'object', nullable: true, additionalProperties: true }) after!: Record<string, unknown> | null;
  @ApiProperty() requestId!: string;
}

export class AuditPageDto {
  @ApiProperty({ type: [AuditEntryDto] }) items!: AuditEntryDto[];
  @ApiProperty() total!: number;
  @ApiProperty() limit!: number;
  @ApiProperty() offset!: number;
}

export class AuditQuery extends PageQuery {
  @Text({ max: 100, trim: false, optional: true, example: 'engagement' })
  entity?: string;

  @Text({ max: 100, trim: false, optional: true, example: 'engagement.update' })
  action?: string;

  @Id({ optional: true })
  actorId?: string;
}

export function toAuditEntryDto(entry: AuditEntry): AuditEntryDto {
  return {
    id: String(entry.id),
    at: entry.at.toISOString(),
    actorId: entry.actorId,
    actorEmail: entry.actorEmail,
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId,
    engagementId: entry.engagementId,
    before: entry.before as Record<string, unknown> | null,
    after: entry.after as Record<string, unknown> | null,
    requestId: entry.requestId,
  };
}
