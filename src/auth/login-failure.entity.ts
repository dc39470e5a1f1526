import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A failed login, counted per account and per address to throttle guessing (shared by every replica). */
@Entity({ name: 'login_failures' })
@Index('login_failures_key_at', ['key', 'failedAt'])
export class LoginFailure {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  /** `account:<email>` or `address:<ip>`. */
  @Column({ type: 'text' })
  key!: string;

  @Column({ name: 'failed_at', type: 'timestamptz', default: () => 'now()' })
  failedAt!: Date;
}
