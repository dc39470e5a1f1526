import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One write, as it happened: who, what, on which entity, the state before and after, and the request. */
@Entity({ name: 'audit_log' })
@Index('audit_log_engagement_at', ['engagementId', 'at'])
export class AuditEntry {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  at!: Date;

  /** Null for the system (start-up tasks). */
  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId!: string | null;

  @Column({ name: 'actor_email', type: 'text' })
  actorEmail!: string;

  /** `<entity>.<verb>`, e.g. `engagement.update`. */
  @Column({ type: 'text' })
  action!: string;

  @Column({ type: 'text' })
  entity!: string;

  @Column({ name: 'entity_id', type: 'text' })
  entityId!: string;

  /** The engagement the entity belongs to, so that a programme manager can read one engagement's trail. */
  @Column({ name: 'engagement_id', type: 'uuid', nullable: true })
  engagementId!: string | null;

  @Column({ type: 'jsonb', nullable: true })
  before!: object | null;

  @Column({ type: 'jsonb', nullable: true })
  after!: object | null;

  @Column({ name: 'request_id', type: 'text' })
  requestId!: string;
}
