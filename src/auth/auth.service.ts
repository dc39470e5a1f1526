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

@Injectable()
export class AuthService {
  constructor(
    private readonly users: UsersService,
    private readonly jwt: JwtService,
    private readonly throttle: LoginThrottleService,
  ) {}

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
    let claims: SessionClaims;
    try {
      claims = await this.jwt.verifyAsync<SessionClaims & object>(token);
    } catch {
      throw new SessionInvalidError();
    }
    const user = typeof claims.sub === 'string' ? await this.users.findActive(claims.sub) : null;
    if (!user) throw new SessionInvalidError();
    return { userId: user.id, email: user.email, role: user.role, requestId };
  }
}
