/** What a user is in the programme (DESIGN §4). */
export const ROLES = ['admin', 'programme_manager', 'mission_member', 'focal_point', 'partner_viewer'] as const;
export type Role = (typeof ROLES)[number];

/** What a user is in one engagement. */
export const MEMBERSHIP_ROLES = ['mission_lead', 'mission_member', 'focal_point', 'observer'] as const;
export type MembershipRole = (typeof MEMBERSHIP_ROLES)[number];

/** Roles that see every engagement without being a member of it. */
export const GLOBAL_ROLES: readonly Role[] = ['admin', 'programme_manager'];

/** The memberships a user of each role may hold; programme managers and admins need none. */
export const MEMBERSHIPS_BY_ROLE: Record<Role, readonly MembershipRole[]> = {
  admin: [],
  programme_manager: [],
  mission_member: ['mission_lead', 'mission_member'],
  focal_point: ['focal_point'],
  partner_viewer: ['observer'],
};
