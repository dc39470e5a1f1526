import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DomainError, ErrorCode } from '../common/errors/domain-error';
import { LoginFailure } from './login-failure.entity';

export const MAX_FAILURES = 10;
export const WINDOW_SECONDS = 60;

export class LoginThrottledError extends DomainError {
  constructor(retryAfterSeconds: number) {
    super(
      ErrorCode.LoginThrottled,
      `Too many failed sign-ins. Try again in ${retryAfterSeconds} second${retryAfterSeconds === 1 ? '' : 's'}.`,
      [],
      { 'retry-after': String(retryAfterSeconds) },
    );
  }
}

/**
 * Counts failed logins per account and per address in the database (so every replica sees them):
 * after MAX_FAILURES within WINDOW_SECONDS, further attempts are refused until the window has moved on.
 */
@Injectable()
export class LoginThrottleService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  keys(email: string, address: string): string[] {
    return [`account:${email.trim().toLowerCase()}`, `address:${address}`];
  }

  async refuseIfThrottled(keys: string[]): Promise<void> {
    const rows = await this.dataSource.query<{ retry_after: number | null }[]>(
      `SELECT CEIL(EXTRACT(EPOCH FROM (min(failed_at) + make_interval(secs => $3) - now())))::int AS retry_after
         FROM (SELECT key, failed_at FROM login_failures
                WHERE key = ANY($1) AND failed_at > now() - make_interval(secs => $3)) recent
        GROUP BY key
       HAVING count(*) >= $2`,
      [keys, MAX_FAILURES, WINDOW_SECONDS],
    );
    if (rows.length === 0) return;
    const retryAfter = Math.max(1, ...rows.map((row) => row.retry_after ?? 1));
    throw new LoginThrottledError(retryAfter);
  }

  async recordFailure(keys: string[]): Promise<void> {
    await this.dataSource.transaction(async (em) => {
      await em.insert(LoginFailure, keys.map((key) => ({ key })));
      // Old failures have no use left; trimming here keeps the table small without a scheduler.
      await em.query(`DELETE FROM login_failures WHERE key = ANY($1) AND failed_at < now() - interval '1 hour'`, [keys]);
    });
  }

  async clearAccount(email: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM login_failures WHERE key = $1`, [`account:${email.trim().toLowerCase()}`]);
  }
}
