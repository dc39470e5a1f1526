import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiProblem } from '../common/openapi/api-problem.decorator';
import { EngagementPermission, isRefusableToMembers } from './engagement-access';

export const ENGAGEMENT_ACCESS = 'vt:engagementAccess';

/**
 * The route acts on the engagement of its `:id` with this permission. The global guard asks the gate
 * (EngagementAccessService) before any pipe runs, so a caller who may not act is refused (404 outside their
 * engagements, 403 inside) whatever the body or the other ids say: validation never answers first. The
 * services still ask the gate themselves, inside their transactions.
 */
export const EngagementAccess = (permission: EngagementPermission): MethodDecorator =>
  applyDecorators(
    SetMetadata(ENGAGEMENT_ACCESS, permission),
    ApiProblem(404, 'No such engagement, or not one of yours'),
    ...(isRefusableToMembers(permission) ? [ApiProblem(403, `Your part in this engagement does not allow it (${permission})`)] : []),
  );
