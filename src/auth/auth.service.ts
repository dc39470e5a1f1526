import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { Actor } from '../common/auth/actor';
import { toUserDto, UserDto } from '../users/dto/user.dto';
import { UsersService } from '../users/users.service';
import { InvalidCredentialsError, SessionInvalidError } from './auth.errors';
import { LoginThrottleService } from './login-throttle.service';

export const SESSION_TTL_SECONDS = 8 * 60 * 60;

interface SessionClaims {
  sub: string;
}

/** How many checked tokens are remembered: one per live session is plenty; past it the oldest go first. */
const VERIFIED_TOKENS_KEPT = 10_000;

@Injectable()
export class AuthService {
  constructor(
    private readonly users: UsersService,
    private readonly jwt: JwtService,
    private readonly throttle: LoginThrottleService,
  ) {}

  /**
   * Tokens whose signature was checked, with their subject and expiry. A session sends the same token with
   * every request, and the token cannot change: checking its signature once is enough, its expiry every time.
   * The account is still read on every request.
   */
  private readonly verified = new Map<string, { sub: string; expiresAtMs: number }>();

  async login(email: string, password: string, address: string): Promise<{ accessToken: string; user: UserDto }> {
    const keys = this.throttle.keys(email, address);
    await this.throttle.refuseIfThrottled(keys);
    const user = await this.users.authenticate(email, password);
    if (!user) {
      await this.throttle.recordFailure(keys);
      throw new InvalidCredentialsError();
    }
    await this.throttle.clearAccount(email);
    const accessToken = await this.jwt.signAsync({ sub: user.id } satisfies SessionClaims, { expiresIn: SESSION_TTL_SECONDS });
    return { accessToken, user: toUserDto(user) };
  }

  /** The actor behind a token: the signature and expiry are checked, then the account (it may be deactivated). */
  async actorFor(token: string, requestId: string): Promise<Actor> {
    const claims = await this.verify(token);
    const user = await this.users.findActive(claims.sub);
    if (!user) throw new SessionInvalidError();
    return { userId: user.id, email: user.email, role: user.role, requestId };
  }

  private async verify(token: string): Promise<{ sub: string }> {
    const known = this.verified.get(token);
    if (known && Date.now() < known.expiresAtMs) return known;
    this.verified.delete(token);
    let claims: SessionClaims & { exp?: number };
    try {
      claims = await this.jwt.verifyAsync<SessionClaims & { exp?: number }>(token);
    } catch {
      throw new SessionInvalidError();
    }
    if (typeof claims.sub !== 'string' || typeof claims.exp !== 'number') throw new SessionInvalidError();
    if (this.verified.size >= VERIFIED_TOKENS_KEPT) this.verified.delete(this.verified.keys().next().value as string);
    const checked = { sub: claims.sub, expiresAtMs: claims.exp * 1000 };
    this.verified.set(token, checked);
    return checked;
  }
}
