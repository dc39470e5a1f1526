import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DomainError, ErrorCode } from '../common/errors/domain-error';

export const MAX_FAILURES = 10;
/** Failures per minute from all the known devices of one account together (each device also has MAX_FAILURES). */
export const MAX_DEVICE_FAILURES_PER_ACCOUNT = 30;
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

/** An attempt counted before its password is checked: the rows to give back if it turns out not to be a failure. */
export interface CountedAttempt {
  keys: string[];
  rowIds: string[];
}

/**
 * Counts sign-in attempts per key in the database (so every replica sees them): at most MAX_FAILURES within any
 * WINDOW_SECONDS per key. An attempt is counted *before* its password is checked, under an advisory lock per key,
 * so that concurrent attempts cannot all pass the check; it is given back when it succeeds.
 *
 * The keys: a browser that signed in to this account with its current password (its device cookie, see
 * AuthService) is counted on its own (`device:<id>`) and with the account's other devices (`devices:<email>`, a
 * higher ceiling), so that someone guessing from elsewhere cannot lock its owner out, and a hoard of old device
 * cookies gives no more than that ceiling; every other attempt counts for the account and for the address.
 */
@Injectable()
export class LoginThrottleService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  keys(email: string, address: string, deviceId?: string): string[] {
    const account = email.trim().toLowerCase();
    return deviceId ? [`device:${deviceId}`, `devices:${account}`] : [`account:${account}`, `address:${address}`];
  }

  /** Counts an attempt, or refuses it (429 with Retry-After) when one of its keys is at the limit. */
  async count(keys: string[]): Promise<CountedAttempt> {
    return this.dataSource.transaction(async (em) => {
      // In a fixed order, so that two attempts sharing keys cannot wait for each other.
      for (const key of [...keys].sort()) await em.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [key]);
      const full = await em.query<{ retry_after: number | null }[]>(
        `SELECT CEIL(EXTRACT(EPOCH FROM (min(failed_at) + make_interval(secs => $3) - now())))::int AS retry_after
           FROM login_failures
          WHERE key = ANY($1) AND failed_at > now() - make_interval(secs => $3)
          GROUP BY key
         HAVING count(*) >= CASE WHEN key LIKE 'devices:%' THEN $4::int ELSE $2::int END`,
        [keys, MAX_FAILURES, WINDOW_SECONDS, MAX_DEVICE_FAILURES_PER_ACCOUNT],
      );
      if (full.length > 0) throw new LoginThrottledError(Math.max(1, ...full.map((row) => row.retry_after ?? 1)));
      const inserted = await em.query<{ id: string }[]>(`INSERT INTO login_failures (key) SELECT unnest($1::text[]) RETURNING id`, [keys]);
      // Old attempts have no use left; trimming here keeps the table small without a scheduler.
      await em.query(`DELETE FROM login_failures WHERE key = ANY($1) AND failed_at < now() - interval '1 hour'`, [keys]);
      return { keys, rowIds: inserted.map((row) => String(row.id)) };
    });
  }

  /** The attempt was refused before its password was checked: it does not count. */
  async giveBack(attempt: CountedAttempt): Promise<void> {
    await this.dataSource.query(`DELETE FROM login_failures WHERE id = ANY($1::bigint[])`, [attempt.rowIds]);
  }

  /**
   * The password was right: the attempt does not count, and the earlier failures of its account (or device)
   * are forgiven. Its address's failures stay: one good account does not clear an address that guesses others.
   */
  async succeeded(attempt: CountedAttempt): Promise<void> {
    const forgiven = attempt.keys.filter((key) => !key.startsWith('address:'));
    await this.dataSource.query(`DELETE FROM login_failures WHERE id = ANY($1::bigint[]) OR key = ANY($2)`, [attempt.rowIds, forgiven]);
  }
}
