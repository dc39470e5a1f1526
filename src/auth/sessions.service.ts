import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { Actor } from '../common/auth/actor';
import { User } from '../users/user.entity';
import { InvalidCredentialsError } from './auth.errors';
import { SessionDto, toSessionDto } from './dto/session.dto';
import { SessionEndReason } from './session.entity';
import { NewSession, SessionsRepository } from './sessions.repository';

/**
 * Server-side sessions. The database decides whether a token still works, on every request and so on every
 * replica: a session ends by logout, by a password change or reset, when its user is deactivated or changes
 * role, or when an admin ends it.
 */
@Injectable()
export class SessionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessions: SessionsRepository,
    private readonly audit: AuditService,
  ) {}

  /**
   * Opens a session for a user who has just proved their password (`checked`: the hash and role it was checked
   * against); its id is the token's `jti`. Refused if the account changed in the meantime.
   */
  async open(actor: Actor, session: NewSession, checked: { passwordHash: string; role: string }): Promise<string> {
    return this.dataSource.transaction(async (em) => {
      await this.sessions.deleteLongEndedOf(session.userId, em);
      const id = await this.sessions.insertIfStillValid(session, checked, em);
      if (!id) throw new InvalidCredentialsError();
      await this.audit.record(em, actor, {
        action: 'session.create',
        entity: 'session',
        entityId: id,
        after: { userId: session.userId, expiresAt: session.expiresAt.toISOString(), address: session.address, userAgent: session.userAgent },
      });
      return id;
    });
  }

  /** The active user of a live session (one statement), or null; refreshes its last use now and then. */
  async liveUser(sessionId: string, userId: string): Promise<User | null> {
    const found = await this.sessions.findLiveWithUser(sessionId, userId);
    if (!found) return null;
    if (found.touchDue) await this.sessions.touch(sessionId);
    return found.user;
  }

  /** Ends the actor's own session (logout). */
  async endOwn(actor: Actor, sessionId: string): Promise<void> {
    await this.dataSource.transaction(async (em) => {
      if (!(await this.sessions.revoke(sessionId, actor.userId, 'logout', em))) return;
      await this.audit.record(em, actor, { action: 'session.end', entity: 'session', entityId: sessionId, after: { reason: 'logout' } });
    });
  }

  /** Ends every live session of a user but `exceptId`, inside the caller's transaction (audited there). */
  async endAllOf(em: EntityManager, actor: Actor, userId: string, reason: SessionEndReason, exceptId?: string): Promise<number> {
    const ended = await this.sessions.revokeAllOf(userId, reason, em, exceptId);
    await this.audit.record(em, actor, { action: 'user.end_sessions', entity: 'user', entityId: userId, after: { ended, reason } });
    return ended;
  }

  async list(userId: string): Promise<SessionDto[]> {
    const now = new Date();
    return (await this.sessions.findAllOf(userId)).map((session) => toSessionDto(session, now));
  }
}
