import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { ALLOWED_ROLES, IS_PUBLIC } from '../common/auth/auth.decorator';
import { Role } from '../common/auth/roles';
import { ForbiddenError } from '../common/errors/domain-error';
import { AuthenticationRequiredError } from './auth.errors';
import { AuthService } from './auth.service';
import { sessionTokenOf } from './session-cookie';

/**
 * The one global guard: every route needs a valid session unless marked @Public(), and a role listed
 * in @Auth(...) when it lists any. The session is a bearer token or, for the web pages, the same token
 * in an HttpOnly cookie.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const token = sessionTokenOf(request);
    if (!token) throw new AuthenticationRequiredError();
    const actor = await this.auth.actorFor(token, String(request.id));
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ALLOWED_ROLES, targets) ?? [];
    if (roles.length > 0 && !roles.includes(actor.role)) {
      throw new ForbiddenError(`This is for ${roles.join(', ')} only.`);
    }
    request.actor = actor;
    return true;
  }
}
