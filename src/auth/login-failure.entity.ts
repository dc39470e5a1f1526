import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A sign-in attempt counted by the throttle (shared by every replica): a failure, or one whose password is being
 * checked right now (counted first, so that concurrent attempts cannot all pass; removed if it succeeds).
 */
@Entity({ name: 'login_failures' })
@Index('login_failures_key_at', ['key', 'failedAt'])
export class LoginFailure {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  /** `account:<email>`, `address:<ip>` or `device:<device cookie id>`. */
  @Column({ type: 'text' })
  key!: string;

  @Column({ name: 'failed_at', type: 'timestamptz', default: () => 'now()' })
  failedAt!: Date;
}
