import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '../users/user.entity';

/** Why a session ended before its expiry (kept for the admin's list and the audit trail). */
export const SESSION_END_REASONS = ['logout', 'password_changed', 'password_reset', 'deactivated', 'role_changed', 'ended_by_admin'] as const;
export type SessionEndReason = (typeof SESSION_END_REASONS)[number];

/** A signed-in session: the `jti` of its access token. The token works only while its row says so. */
@Entity({ name: 'sessions' })
@Index('sessions_user_created', ['userId', 'createdAt'])
@Check('sessions_revoked_with_reason', `("revoked_at" IS NULL) = ("revoked_reason" IS NULL)`)
export class Session {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'sessions_pkey' })
  id!: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  /** Updated at most every few minutes, not on every request (see SessionsService). */
  @Column({ name: 'last_used_at', type: 'timestamptz', default: () => 'now()' })
  lastUsedAt!: Date;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  @Column({ name: 'revoked_reason', type: 'text', nullable: true })
  revokedReason!: SessionEndReason | null;

  @Column({ name: 'user_agent', type: 'text', nullable: true })
  userAgent!: string | null;

  @Column({ type: 'text', nullable: true })
  address!: string | null;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'sessions_user_fk' })
  user?: User;
}
