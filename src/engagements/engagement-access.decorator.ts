import { SetMetadata } from '@nestjs/common';
import { EngagementPermission } from './engagement-access';

export const ENGAGEMENT_ACCESS = 'vt:engagementAccess';

/**
 * The route acts on the engagement of its `:id` with this permission. The global guard asks the gate
 * (EngagementAccessService) before any pipe runs, so a caller who may not act is refused (404 outside their
 * engagements, 403 inside) whatever the body or the other ids say: validation never answers first. The
 * services still ask the gate themselves, inside their transactions.
 */
export const EngagementAccess = (permission: EngagementPermission): MethodDecorator => SetMetadata(ENGAGEMENT_ACCESS, permission);
