import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { randomUUID } from 'node:crypto';
import { Actor } from '../common/auth/actor';
import { ValidationFailedError } from '../common/errors/domain-error';
import { toUserDto, UserDto } from '../users/dto/user.dto';
import { credentialStamp } from '../users/password';
import { User } from '../users/user.entity';
import { UsersService } from '../users/users.service';
import { InvalidCredentialsError, SessionInvalidError } from './auth.errors';
import { CountedAttempt, LoginThrottleService } from './login-throttle.service';
import { PasswordCheckLimiter } from './password-check-limiter';
import { SessionsService } from './sessions.service';

export const SESSION_TTL_SECONDS = 8 * 60 * 60;
/** How long a browser that signed in is remembered as this account's device (see LoginThrottleService). */
export const DEVICE_TTL_SECONDS = 180 * 24 * 60 * 60;

/** Who issues the tokens, and for what: a session token is not a device token, and neither is another service's. */
export const TOKEN_ISSUER = 'vt-roadmaps';
export const SESSION_AUDIENCE = 'vt-roadmaps/session';
const DEVICE_AUDIENCE = 'vt-roadmaps/device';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface SessionClaims {
  sub: string;
  jti: string;
}

/** Where a sign-in comes from. */
export interface SignInContext {
  address: string;
  userAgent?: string;
  /** The device cookie the browser sent, if any. */
  deviceToken?: string;
  requestId: string;
}

export interface SignedIn {
  accessToken: string;
  user: UserDto;
  /** To keep in the device cookie. */
  deviceToken: string;
}

/** How many checked tokens are remembered: one per live session is plenty; past it the oldest go first. */
const VERIFIED_TOKENS_KEPT = 10_000;

@Injectable()
export class AuthService {
  constructor(
    private readonly users: UsersService,
    private readonly jwt: JwtService,
    private readonly throttle: LoginThrottleService,
    private readonly limiter: PasswordCheckLimiter,
    private readonly sessions: SessionsService,
  ) {}

  /**
   * Tokens whose signature was checked, with their claims and expiry. A session sends the same token with
   * every request, and the token cannot change: checking its signature once is enough. Whether its session
   * is still live is asked of the database on every request (SessionsService.liveUser), never remembered here.
   */
  private readonly verified = new Map<string, SessionClaims & { expiresAtMs: number }>();

  async login(email: string, password: string, context: SignInContext): Promise<SignedIn> {
    const normalized = email.trim().toLowerCase();
    const deviceId = await this.deviceIdFor(context.deviceToken, normalized);
    // Sign-ins from devices wait in one queue per account: many device cookies of one account are one client.
    const client = deviceId ? `devices:${normalized}` : context.address;
    const user = await this.checkPassword(this.throttle.keys(normalized, context.address, deviceId), client, () =>
      this.users.authenticate(normalized, password),
    );
    if (!user) throw new InvalidCredentialsError();
    const actor: Actor = { userId: user.id, email: user.email, role: user.role, requestId: context.requestId };
    const expiresAt = new Date(Date.now() + SESSION_TTL_SECONDS * 1000);
    const sessionId = await this.sessions.open(
      actor,
      { userId: user.id, expiresAt, userAgent: context.userAgent?.slice(0, 300) ?? null, address: context.address },
      { passwordHash: user.passwordHash, role: user.role },
    );
    const accessToken = await this.jwt.signAsync({ sub: user.id } satisfies Partial<SessionClaims>, {
      jwtid: sessionId,
      issuer: TOKEN_ISSUER,
      audience: SESSION_AUDIENCE,
      expiresIn: SESSION_TTL_SECONDS,
    });
    const deviceToken = await this.jwt.signAsync(
      { sub: normalized, cred: credentialStamp(user) },
      { jwtid: deviceId ?? randomUUID(), issuer: TOKEN_ISSUER, audience: DEVICE_AUDIENCE, expiresIn: DEVICE_TTL_SECONDS },
    );
    return { accessToken, user: toUserDto(user), deviceToken };
  }

  /**
   * The actor behind a token: its signature, issuer, audience and expiry are checked (the signature once per
   * token), then the database says whether its session is live and its account active, in one statement.
   */
  async actorFor(token: string, requestId: string): Promise<Actor> {
    const claims = await this.verify(token);
    const user = await this.sessions.liveUser(claims.jti, claims.sub);
    if (!user) throw new SessionInvalidError();
    return { userId: user.id, email: user.email, role: user.role, requestId, sessionId: claims.jti };
  }

  /** Ends the session of this token, if it is live: the token stops working at once. Anything else: nothing to end. */
  async logoutToken(token: string | undefined, requestId: string): Promise<void> {
    if (!token) return;
    const actor = await this.actorFor(token, requestId).catch((error: unknown) => {
      if (error instanceof SessionInvalidError) return undefined;
      throw error;
    });
    if (actor?.sessionId) await this.sessions.endOwn(actor, actor.sessionId);
  }

  /**
   * Changes the caller's own password, checked like a sign-in (and counted by the same throttle), and ends
   * the account's other sessions; the one it is sent with goes on.
   */
  async changePassword(actor: Actor, currentPassword: string, newPassword: string, address: string): Promise<void> {
    if (newPassword === currentPassword) {
      throw new ValidationFailedError([{ field: 'newPassword', message: 'newPassword must differ from the current password' }]);
    }
    const matches = await this.checkPassword(this.throttle.keys(actor.email, address), address, () =>
      this.users.passwordMatches(actor.userId, currentPassword),
    );
    if (!matches) throw new ValidationFailedError([{ field: 'currentPassword', message: 'currentPassword is not your current password' }]);
    await this.users.changeOwnPassword(actor, newPassword);
  }

  /**
   * One password check: counted by the throttle first (atomically, so that concurrent attempts cannot all get
   * through), then run within the hashing limiter. A failure stays counted; a success or a refusal before
   * the check does not.
   */
  private async checkPassword<T extends User | boolean | null>(keys: string[], client: string, check: () => Promise<T>): Promise<T> {
    const attempt: CountedAttempt = await this.throttle.count(keys);
    let result: T;
    try {
      result = await this.limiter.run(client, check);
    } catch (error) {
      await this.throttle.giveBack(attempt);
      throw error;
    }
    if (result) await this.throttle.succeeded(attempt);
    return result;
  }

  /**
   * The id of a valid device cookie of this very account, given while its current password was set, or
   * undefined: a password change or reset (or a deactivation) takes every device's standing away.
   */
  private async deviceIdFor(token: string | undefined, email: string): Promise<string | undefined> {
    if (!token) return undefined;
    let claims: { sub?: unknown; jti?: unknown; cred?: unknown };
    try {
      claims = await this.jwt.verifyAsync<{ sub?: unknown; jti?: unknown; cred?: unknown }>(token, { audience: DEVICE_AUDIENCE, issuer: TOKEN_ISSUER });
    } catch {
      return undefined;
    }
    if (claims.sub !== email || typeof claims.jti !== 'string' || !UUID.test(claims.jti) || typeof claims.cred !== 'string') return undefined;
    return claims.cred === (await this.users.credentialStampOf(email)) ? claims.jti : undefined;
  }

  private async verify(token: string): Promise<SessionClaims> {
    const known = this.verified.get(token);
    if (known && Date.now() < known.expiresAtMs) return known;
    this.verified.delete(token);
    let claims: Partial<SessionClaims> & { exp?: number };
    try {
      claims = await this.jwt.verifyAsync<Partial<SessionClaims> & { exp?: number }>(token, { audience: SESSION_AUDIENCE, issuer: TOKEN_ISSUER });
    } catch {
      throw new SessionInvalidError();
    }
    if (typeof claims.sub !== 'string' || !UUID.test(claims.sub) || typeof claims.jti !== 'string' || !UUID.test(claims.jti) || typeof claims.exp !== 'number') {
      throw new SessionInvalidError();
    }
    if (this.verified.size >= VERIFIED_TOKENS_KEPT) this.verified.delete(this.verified.keys().next().value as string);
    const checked = { sub: claims.sub, jti: claims.jti, expiresAtMs: claims.exp * 1000 };
    this.verified.set(token, checked);
    return checked;
  }
}
