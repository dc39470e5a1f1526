import { Actor } from '../common/auth/actor';
import { GLOBAL_ROLES, MembershipRole, MEMBERSHIPS_BY_ROLE } from '../common/auth/roles';
import { Audience } from '../common/confidentiality';

/** Everything one can do to an engagement's data; later modules add theirs here. */
export const ENGAGEMENT_PERMISSIONS = [
  'engagement.read',
  'engagement.update',
  'members.read',
  'members.manage',
  'audit.read',
  'pipeline.read',
  /** Mission leads only the mission events (MISSION_LEAD_EVENTS); programme managers every event. */
  'pipeline.send',
  'missions.read',
  'missions.write',
  'findings.read',
  'findings.write',
  'findings.validate',
  'roadmap.read',
  'roadmap.write',
  /** Setting an action's sensitivity below its findings': programme managers only, no membership grants it. */
  'roadmap.declassify',
  /** Focal points read only released versions, and only what their audience may see. */
  'versions.read',
  'versions.create',
  'versions.release',
  'comments.read',
  'comments.create',
  'comments.decide',
  'adoption.read',
  /** Programme managers only: no membership grants it. */
  'adoption.record',
  /** Action status, roll-ups, mentoring sessions and trainings. */
  'implementation.read',
  /** Recording mentoring sessions and trainings delivered by the programme. */
  'implementation.write',
  /** Reporting an action's progress: the State's focal points (and programme managers). */
  'progress.report',
] as const;

export type EngagementPermission = (typeof ENGAGEMENT_PERMISSIONS)[number];

/**
 * What each part in an engagement allows (DESIGN §4). Programme managers and admins may do everything
 * on every engagement; anyone else only what their membership grants, and nothing on other engagements.
 */
const GRANTED_BY_MEMBERSHIP: Record<MembershipRole, readonly EngagementPermission[]> = {
  mission_lead: [
    'engagement.read',
    'members.read',
    'pipeline.read',
    'pipeline.send',
    'missions.read',
    'missions.write',
    'findings.read',
    'findings.write',
    'findings.validate',
    'roadmap.read',
    'roadmap.write',
    'versions.read',
    'versions.create',
    'comments.read',
    'adoption.read',
    'implementation.read',
    'implementation.write',
  ],
  mission_member: [
    'engagement.read',
    'members.read',
    'pipeline.read',
    'missions.read',
    'missions.write',
    'findings.read',
    'findings.write',
    'roadmap.read',
    'roadmap.write',
    'versions.read',
    'comments.read',
    'adoption.read',
    'implementation.read',
    'implementation.write',
  ],
  // Focal points see findings only through released roadmap versions, never the working set.
  focal_point: ['engagement.read', 'versions.read', 'comments.read', 'comments.create', 'adoption.read', 'implementation.read', 'progress.report'],
  // Partner viewers read as the State does, read-only: released versions and the State's plan, not the working set.
  observer: ['engagement.read', 'pipeline.read', 'missions.read', 'versions.read', 'comments.read', 'adoption.read', 'implementation.read'],
};

/**
 * Whom each part reads as (DESIGN §4): the programme's own people read everything; the State's officials and
 * the partners read as the government does (restricted at most), and only what was released to the State.
 */
const AUDIENCE_OF_MEMBERSHIP: Record<MembershipRole, Audience> = {
  mission_lead: 'internal',
  mission_member: 'internal',
  focal_point: 'government',
  observer: 'government',
};

export function seesEveryEngagement(actor: Actor): boolean {
  return GLOBAL_ROLES.includes(actor.role);
}

/** A membership counts only if it fits the user's current role (a changed role never widens access). */
export function membershipCounts(actor: Actor, membershipRole: MembershipRole): boolean {
  return MEMBERSHIPS_BY_ROLE[actor.role].includes(membershipRole);
}

/** Every permission with whether this actor, in this part, has it (a page shows only what it may). */
export function permissionsOf(actor: Actor, membershipRole: MembershipRole | null): Record<EngagementPermission, boolean> {
  return Object.fromEntries(ENGAGEMENT_PERMISSIONS.map((permission) => [permission, isAllowed(actor, membershipRole, permission)])) as Record<
    EngagementPermission,
    boolean
  >;
}

/** The widest audience this actor reads an engagement's roadmap as; anyone without a part reads nothing beyond public. */
export function audienceOf(actor: Actor, membershipRole: MembershipRole | null): Audience {
  if (seesEveryEngagement(actor)) return 'internal';
  if (!membershipRole || !membershipCounts(actor, membershipRole)) return 'public';
  return AUDIENCE_OF_MEMBERSHIP[membershipRole];
}

/** Whether some part in an engagement lacks this permission, so that a member may be refused it (403). */
export function isRefusableToMembers(permission: EngagementPermission): boolean {
  return Object.values(GRANTED_BY_MEMBERSHIP).some((granted) => !granted.includes(permission));
}

export function isAllowed(actor: Actor, membershipRole: MembershipRole | null, permission: EngagementPermission): boolean {
  if (seesEveryEngagement(actor)) return true;
  if (!membershipRole || !membershipCounts(actor, membershipRole)) return false;
  return GRANTED_BY_MEMBERSHIP[membershipRole].includes(permission);
}
