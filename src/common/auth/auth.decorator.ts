import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth } from '@nestjs/swagger';
import { ApiProblem } from '../openapi/api-problem.decorator';
import { Role } from './roles';

export const IS_PUBLIC = 'vt:isPublic';
export const OPTIONAL_SESSION = 'vt:optionalSession';
export const ALLOWED_ROLES = 'vt:allowedRoles';
export const SESSION_COOKIE = 'vt_session';

/** The security scheme of the bearer token in the OpenAPI document (swagger's default name). */
export const BEARER_SCHEME = 'bearer';

/**
 * Requires a signed-in user; with roles, one of those roles. Engagement membership is checked by the
 * services through EngagementAccess, not here. Routes without this decorator need a session too.
 */
export function Auth(...roles: Role[]): MethodDecorator & ClassDecorator {
  return applyDecorators(
    SetMetadata(ALLOWED_ROLES, roles),
    ApiBearerAuth(),
    ApiCookieAuth(SESSION_COOKIE),
    ...(roles.length > 0 ? [ApiProblem(403, `Only for: ${roles.join(', ')}`)] : []),
  );
}

/** Open to anyone (login, health, the API documentation). */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(IS_PUBLIC, true);

/**
 * Open to anyone, and the caller is identified when they send a valid session (`request.actor`); a missing or
 * invalid one is the same as none (never a 401). For answers that say more to a signed-in user.
 */
export const PublicWithOptionalSession = (): MethodDecorator & ClassDecorator =>
  applyDecorators(SetMetadata(IS_PUBLIC, true), SetMetadata(OPTIONAL_SESSION, true));
