import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { ModuleRef, Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { Actor } from '../common/auth/actor';
import { ALLOWED_ROLES, IS_PUBLIC, OPTIONAL_SESSION } from '../common/auth/auth.decorator';
import { Role } from '../common/auth/roles';
import { ForbiddenError } from '../common/errors/domain-error';
import { ParseIdPipe } from '../common/validation/parse-id.pipe';
import { EngagementPermission } from '../engagements/engagement-access';
import { ENGAGEMENT_ACCESS } from '../engagements/engagement-access.decorator';
import { EngagementAccessService } from '../engagements/engagement-access.service';
import { EngagementNotFoundError } from '../engagements/engagement.errors';
import { AuthenticationRequiredError } from './auth.errors';
import { AuthService } from './auth.service';
import { sessionTokenOf } from '../common/auth/session-token';

const engagementIdOf = new ParseIdPipe((id) => new EngagementNotFoundError(id));

/**
 * The one global guard: every route needs a valid session unless marked @Public(), and a role listed
 * in @Auth(...) when it lists any. The session is a bearer token or, for the web pages, the same token
 * in an HttpOnly cookie. A route marked @EngagementAccess(permission) is also asked of the engagement gate
 * here, before Nest runs the pipes, so access is decided before the body is validated.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  private gate?: EngagementAccessService;

  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
    private readonly moduleRef: ModuleRef,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) {
      if (this.reflector.getAllAndOverride<boolean>(OPTIONAL_SESSION, targets)) request.actor = await this.optionalActor(request);
      return true;
    }
    const token = sessionTokenOf(request);
    if (!token) throw new AuthenticationRequiredError();
    const actor = await this.auth.actorFor(token, String(request.id));
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ALLOWED_ROLES, targets) ?? [];
    if (roles.length > 0 && !roles.includes(actor.role)) {
      throw new ForbiddenError(`This is for ${roles.join(', ')} only.`);
    }
    request.actor = actor;
    const permission = this.reflector.getAllAndOverride<EngagementPermission | undefined>(ENGAGEMENT_ACCESS, targets);
    if (permission) {
      const params = request.params as Record<string, string | undefined>;
      await this.engagementGate().require(actor, engagementIdOf.transform(params.id ?? ''), permission);
    }
    return true;
  }

  private async optionalActor(request: FastifyRequest): Promise<Actor | undefined> {
    const token = sessionTokenOf(request);
    return token ? this.auth.actorFor(token, String(request.id)).catch(() => undefined) : undefined;
  }

  /** Looked up once, not injected: the engagements module is not the auth module's to import. */
  private engagementGate(): EngagementAccessService {
    this.gate ??= this.moduleRef.get(EngagementAccessService, { strict: false });
    return this.gate;
  }
}
