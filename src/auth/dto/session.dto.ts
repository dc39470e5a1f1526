import { ApiProperty } from '@nestjs/swagger';
import { Session, SESSION_END_REASONS, SessionEndReason } from '../session.entity';

/** A session as an admin sees it. */
export class SessionDto {
  @ApiProperty({ format: 'uuid', description: "The token's jti" }) id!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) expiresAt!: string;
  @ApiProperty({ format: 'date-time', description: 'Refreshed at most every 5 minutes' }) lastUsedAt!: string;
  @ApiProperty({ description: 'Neither ended nor expired: its token works' }) active!: boolean;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) revokedAt!: string | null;
  @ApiProperty({ enum: SESSION_END_REASONS, nullable: true }) revokedReason!: SessionEndReason | null;
  @ApiProperty({ nullable: true, type: String }) userAgent!: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'The address it signed in from' }) address!: string | null;
}

export class EndedSessionsDto {
  @ApiProperty({ description: 'How many live sessions were ended' }) ended!: number;
}

export function toSessionDto(session: Session, now = new Date()): SessionDto {
  return {
    id: session.id,
    createdAt: session.createdAt.toISOString(),
    expiresAt: session.expiresAt.toISOString(),
    lastUsedAt: session.lastUsedAt.toISOString(),
    active: session.revokedAt === null && session.expiresAt > now,
    revokedAt: session.revokedAt?.toISOString() ?? null,
    revokedReason: session.revokedReason,
    userAgent: session.userAgent,
    address: session.address,
  };
}
