import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { EntityReader } from '../database/entity-reader';
import { User } from '../users/user.entity';
import { Session, SessionEndReason } from './session.entity';

/** How stale `last_used_at` may get before a request refreshes it: cheap writes, still useful to an admin. */
export const LAST_USED_PRECISION_SECONDS = 300;

/** Ended or expired sessions are kept this long for the admin's list, then deleted at the user's next sign-in. */
const KEPT_AFTER_END_DAYS = 30;

export type NewSession = Pick<Session, 'userId' | 'expiresAt' | 'userAgent' | 'address'>;

@Injectable()
export class SessionsRepository {
  /**
   * The read every authenticated request makes: the session (live: not revoked, not expired) and its active
   * account in one statement, instead of a second round trip beside the account's. This reads the users table
   * through its entity's column list (EntityReader) and never writes it.
   */
  private readonly liveSessionSql: string;
  private readonly users: EntityReader<User>;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    this.users = new EntityReader(dataSource, User);
    this.liveSessionSql = `SELECT ${this.users.selectList('u')},
        s."last_used_at" < now() - make_interval(secs => ${LAST_USED_PRECISION_SECONDS}) AS "sessionTouchDue"
      FROM "sessions" s JOIN "users" u ON u."id" = s."user_id"
     WHERE s."id" = $1 AND s."user_id" = $2 AND s."revoked_at" IS NULL AND s."expires_at" > now() AND u."active"`;
  }

  async findLiveWithUser(sessionId: string, userId: string): Promise<{ user: User; touchDue: boolean } | null> {
    const rows = await this.dataSource.query<(Record<string, unknown> & { sessionTouchDue: boolean })[]>(this.liveSessionSql, [sessionId, userId]);
    return rows.length > 0 ? { user: this.users.fromRow(rows[0]), touchDue: rows[0].sessionTouchDue } : null;
  }

  async touch(sessionId: string): Promise<void> {
    // The condition makes replicas that race here write once.
    await this.dataSource.query(
      `UPDATE "sessions" SET "last_used_at" = now() WHERE "id" = $1 AND "last_used_at" < now() - make_interval(secs => ${LAST_USED_PRECISION_SECONDS})`,
      [sessionId],
    );
  }

  /**
   * Opens a session only if the account still has the password (and role) that was just checked, and is active:
   * a sign-in racing a password reset, a role change or a deactivation cannot open a session that outlives it.
   * FOR SHARE waits for such a change in flight and then sees its result. Returns the session id, or null.
   */
  async insertIfStillValid(session: NewSession, checked: { passwordHash: string; role: string }, em: EntityManager): Promise<string | null> {
    const rows = await em.query<{ id: string }[]>(
      `INSERT INTO "sessions" ("user_id", "expires_at", "user_agent", "address")
       SELECT u."id", $2, $3, $4 FROM "users" u
        WHERE u."id" = $1 AND u."active" AND u."password_hash" = $5 AND u."role" = $6
          FOR SHARE
       RETURNING "id"`,
      [session.userId, session.expiresAt, session.userAgent, session.address, checked.passwordHash, checked.role],
    );
    return rows[0]?.id ?? null;
  }

  /** Ends one live session of a user; false when it was not live. */
  async revoke(sessionId: string, userId: string, reason: SessionEndReason, em: EntityManager): Promise<boolean> {
    const result = await em
      .createQueryBuilder()
      .update(Session)
      .set({ revokedAt: () => 'now()', revokedReason: reason })
      .where(`id = :sessionId AND user_id = :userId AND revoked_at IS NULL`, { sessionId, userId })
      .execute();
    return (result.affected ?? 0) > 0;
  }

  /** Ends every live session of a user (but `exceptId`); returns how many. */
  async revokeAllOf(userId: string, reason: SessionEndReason, em: EntityManager, exceptId?: string): Promise<number> {
    const query = em
      .createQueryBuilder()
      .update(Session)
      .set({ revokedAt: () => 'now()', revokedReason: reason })
      .where(`user_id = :userId AND revoked_at IS NULL AND expires_at > now()`, { userId });
    if (exceptId) query.andWhere('id <> :exceptId', { exceptId });
    return (await query.execute()).affected ?? 0;
  }

  findAllOf(userId: string, em: EntityManager = this.dataSource.manager): Promise<Session[]> {
    return em.find(Session, { where: { userId }, order: { createdAt: 'DESC' } });
  }

  /** Sessions long over have no use left; trimming at sign-in keeps the table small without a scheduler. */
  async deleteLongEndedOf(userId: string, em: EntityManager): Promise<void> {
    await em.query(
      `DELETE FROM "sessions" WHERE "user_id" = $1 AND COALESCE("revoked_at", "expires_at") < now() - make_interval(days => ${KEPT_AFTER_END_DAYS})`,
      [userId],
    );
  }
}
