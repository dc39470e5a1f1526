import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { SessionEndReason } from '../auth/session.entity';
import { SessionsService } from '../auth/sessions.service';
import { Actor } from '../common/auth/actor';
import { Role } from '../common/auth/roles';
import { DomainError, ErrorCode } from '../common/errors/domain-error';
import { isUniqueViolation } from '../common/database-errors';
import { CreateUserDto } from './dto/create-user.dto';
import { SessionDto } from '../auth/dto/session.dto';
import { ResetPasswordDto, UpdateUserDto } from './dto/update-user.dto';
import { toUserDto, UserDto } from './dto/user.dto';
import { credentialStamp, hashPassword, verifyAgainstDecoy, verifyPassword } from './password';
import { User } from './user.entity';
import { EmailTakenError, UserNotFoundError } from './user.errors';
import { UsersRepository } from './users.repository';

@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly users: UsersRepository,
    private readonly audit: AuditService,
    private readonly sessions: SessionsService,
  ) {}

  async list(): Promise<UserDto[]> {
    return (await this.users.findAll()).map(toUserDto);
  }

  countAll(): Promise<number> {
    return this.users.count();
  }

  async get(id: string): Promise<UserDto> {
    const user = await this.users.findById(id);
    if (!user) throw new UserNotFoundError(id);
    return toUserDto(user);
  }

  findByEmail(email: string): Promise<User | null> {
    return this.users.findByEmail(email.trim().toLowerCase());
  }

  /** For other modules: the user if it exists and may sign in. */
  async findActive(id: string, em?: EntityManager): Promise<User | null> {
    const user = await this.users.findById(id, em);
    return user?.active ? user : null;
  }

  /** The credential stamp of an active account (see `credentialStamp`), or null. */
  async credentialStampOf(email: string): Promise<string | null> {
    const user = await this.users.findWithPasswordByEmail(email.trim().toLowerCase());
    return user?.active ? credentialStamp(user) : null;
  }

  /** The user behind a login, or null; takes the same time whether or not the account exists. */
  async authenticate(email: string, password: string): Promise<User | null> {
    const user = await this.users.findWithPasswordByEmail(email.trim().toLowerCase());
    if (!user) return verifyAgainstDecoy(password).then(() => null);
    const matches = await verifyPassword(user.passwordHash, password);
    return matches && user.active ? user : null;
  }

  /** Whether this is the password of this active account (for changing it). */
  async passwordMatches(id: string, password: string): Promise<boolean> {
    const user = await this.users.findWithPasswordById(id);
    if (!user) return verifyAgainstDecoy(password);
    return (await verifyPassword(user.passwordHash, password)) && user.active;
  }

  async create(actor: Actor, input: CreateUserDto): Promise<UserDto> {
    const passwordHash = await hashPassword(input.password);
    try {
      return await this.dataSource.transaction(async (em) => {
        const user = toUserDto(await this.users.insert({ email: input.email, name: input.name, role: input.role, passwordHash }, em));
        await this.audit.record(em, actor, { action: 'user.create', entity: 'user', entityId: user.id, after: user });
        return user;
      });
    } catch (error) {
      if (isUniqueViolation(error, 'users_email_unique')) throw new EmailTakenError(input.email);
      throw error;
    }
  }

  async update(actor: Actor, id: string, input: UpdateUserDto): Promise<UserDto> {
    return this.dataSource.transaction(async (em) => {
      const before = await this.lockUser(id, em);
      const demotesOrDeactivatesAdmin =
        before.role === 'admin' && before.active && ((input.role && input.role !== 'admin') || input.active === false);
      if (demotesOrDeactivatesAdmin) await this.refuseIfLastAdmin(em);
      await this.users.update(id, { name: input.name, role: input.role, active: input.active }, em);
      const after = toUserDto(await this.lockUser(id, em));
      await this.audit.record(em, actor, { action: 'user.update', entity: 'user', entityId: id, before: toUserDto(before), after });
      // What a session may do was decided at sign-in by this role and activity: a change ends every session.
      const reason: SessionEndReason | undefined = before.active && !after.active ? 'deactivated' : before.role !== after.role ? 'role_changed' : undefined;
      if (reason) await this.sessions.endAllOf(em, actor, id, reason);
      return after;
    });
  }

  /** An admin's reset: every session of the account ends (whoever knew the old password is out). */
  async resetPassword(actor: Actor, id: string, input: ResetPasswordDto): Promise<void> {
    const passwordHash = await hashPassword(input.password);
    await this.dataSource.transaction(async (em) => {
      await this.lockUser(id, em);
      await this.users.update(id, { passwordHash }, em);
      await this.audit.record(em, actor, {
        action: 'user.reset_password',
        entity: 'user',
        entityId: id,
        after: { passwordChanged: true },
      });
      await this.sessions.endAllOf(em, actor, id, 'password_reset');
    });
  }

  /** The signed-in user's own change (its current password already checked): the other sessions end. */
  async changeOwnPassword(actor: Actor, newPassword: string): Promise<void> {
    const passwordHash = await hashPassword(newPassword);
    await this.dataSource.transaction(async (em) => {
      await this.lockUser(actor.userId, em);
      await this.users.update(actor.userId, { passwordHash }, em);
      await this.audit.record(em, actor, { action: 'user.change_password', entity: 'user', entityId: actor.userId, after: { passwordChanged: true } });
      await this.sessions.endAllOf(em, actor, actor.userId, 'password_changed', actor.sessionId);
    });
  }

  /** An admin ends every session of a user. */
  async endSessions(actor: Actor, id: string): Promise<number> {
    return this.dataSource.transaction(async (em) => {
      await this.lockUser(id, em);
      return this.sessions.endAllOf(em, actor, id, 'ended_by_admin');
    });
  }

  /** A user's sessions, newest first (admins). */
  async listSessions(id: string): Promise<SessionDto[]> {
    await this.get(id);
    return this.sessions.list(id);
  }

  /**
   * Makes sure an account exists with these credentials and role, and can sign in (ADMIN_EMAIL and
   * ADMIN_PASSWORD at start-up, demo users). Changes only what differs.
   */
  async ensure(actor: Actor, account: { email: string; password: string; name: string; role: Role }): Promise<User> {
    const email = account.email.trim().toLowerCase();
    const existing = await this.users.findWithPasswordByEmail(email);
    if (!existing) {
      await this.create(actor, { ...account, email });
      return (await this.users.findByEmail(email)) as User;
    }
    const passwordMatches = await verifyPassword(existing.passwordHash, account.password);
    if (existing.role === account.role && existing.active && passwordMatches) return existing;
    await this.dataSource.transaction(async (em) => {
      const changes = {
        role: account.role,
        active: true,
        ...(passwordMatches ? {} : { passwordHash: await hashPassword(account.password) }),
      };
      await this.users.update(existing.id, changes, em);
      await this.audit.record(em, actor, {
        action: 'user.ensure',
        entity: 'user',
        entityId: existing.id,
        before: { role: existing.role, active: existing.active },
        after: { role: account.role, active: true, passwordChanged: !passwordMatches },
      });
      // A new password or role ends the sessions opened under the old ones, as an admin's change would.
      const reason: SessionEndReason | undefined = !passwordMatches ? 'password_reset' : existing.role !== account.role ? 'role_changed' : undefined;
      if (reason) await this.sessions.endAllOf(em, actor, existing.id, reason);
    });
    return (await this.users.findById(existing.id)) as User;
  }

  private async lockUser(id: string, em: EntityManager): Promise<User> {
    const user = await em.createQueryBuilder(User, 'u').setLock('pessimistic_write').where('u.id = :id', { id }).getOne();
    if (!user) throw new UserNotFoundError(id);
    return user;
  }

  private async refuseIfLastAdmin(em: EntityManager): Promise<void> {
    const admins = await em
      .createQueryBuilder(User, 'u')
      .setLock('pessimistic_write')
      .where(`u.role = 'admin' AND u.active`)
      .getMany();
    if (admins.length <= 1) {
      throw new DomainError(ErrorCode.LastAdmin, 'This is the last active admin: make another admin first.');
    }
  }
}
