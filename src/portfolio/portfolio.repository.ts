import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { MEMBERSHIP_ROLES, MembershipRole } from '../common/auth/roles';
import { Audience } from '../common/confidentiality';
import { escapeLike, MEMBERSHIP_FITS_ROLE } from '../engagements/engagements.repository';
import { openSql, overdueSql, progressSql } from '../implementation/action-schedule';
import { readableActionsSql } from '../implementation/state-plan';

export interface PortfolioFilter {
  /** Only this user's engagements (memberships that fit the user's role); all when absent. */
  memberUserId?: string;
  /** With `memberUserId`: whom each part reads as; every action figure comes from the actions that audience may see. */
  audienceOf?: (membership: MembershipRole) => Audience;
  country?: string;
  stage?: string;
}

export interface PortfolioRow {
  id: string;
  country: string;
  title: string;
  stage: string;
  stage_entered_at: Date;
  membership: MembershipRole | null;
  level_1: number;
  level_2: number;
  level_3: number;
  level_4: number;
  level_5: number;
  actions_total: number;
  actions_completed: number;
  actions_overdue: number;
  progress: number | null;
  next_action_id: string | null;
  next_action_code: string | null;
  next_action_title: string | null;
  next_action_due_on: string | null;
  last_activity: Date | null;
}

/**
 * The portfolio in one query, whatever the number of engagements: each aggregate is computed once per
 * table over the visible engagements and joined, never one query per engagement.
 */
@Injectable()
export class PortfolioRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  rows(filter: PortfolioFilter): Promise<PortfolioRow[]> {
    const parameters: unknown[] = [];
    const conditions: string[] = [];
    const parameter = (value: unknown): string => `$${parameters.push(value)}`;
    let membership = 'NULL::text';
    let memberJoin = '';
    // Programme managers read every working action; members only the actions their audience may see.
    let readable = `action_schedule s JOIN visible v ON v.id = s.engagement_id`;
    let readableCte = '';
    if (filter.memberUserId) {
      memberJoin = `JOIN engagement_members m ON m.engagement_id = e.id AND m.user_id = ${parameter(filter.memberUserId)}
                    JOIN users u ON u.id = m.user_id AND ${MEMBERSHIP_FITS_ROLE}`;
      membership = 'm.role';
      const byAudience = new Map<Audience, MembershipRole[]>();
      for (const role of MEMBERSHIP_ROLES) {
        const audience = filter.audienceOf?.(role) ?? 'public';
        byAudience.set(audience, [...(byAudience.get(audience) ?? []), role]);
      }
      readableCte = `readable AS (${[...byAudience]
        .map(([audience, roles]) => `SELECT * FROM ${readableActionsSql(audience, `(SELECT id FROM visible WHERE membership = ANY(${parameter(roles)}::text[]))`)} r`)
        .join(' UNION ALL ')}),`;
      readable = 'readable s';
    }
    if (filter.country) conditions.push(`e.country = ${parameter(filter.country)}`);
    if (filter.stage) conditions.push(`(e.stage = ${parameter(filter.stage)} OR e.stage LIKE ${parameter(`${escapeLike(filter.stage)}.%`)})`);
    return this.dataSource.query<PortfolioRow[]>(
      `WITH visible AS (
         SELECT e.id, e.country, e.title, e.stage, e.stage_entered_at, e.created_at, ${membership} AS membership
           FROM engagements e ${memberJoin}
          ${conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : ''}
       ),
       ${readableCte}
       gaps AS (
         SELECT f.engagement_id,
                count(*) FILTER (WHERE f.level = 1)::int AS level_1, count(*) FILTER (WHERE f.level = 2)::int AS level_2,
                count(*) FILTER (WHERE f.level = 3)::int AS level_3, count(*) FILTER (WHERE f.level = 4)::int AS level_4,
                count(*) FILTER (WHERE f.level = 5)::int AS level_5
           FROM findings f JOIN visible v ON v.id = f.engagement_id
          WHERE f.status = 'validated' AND f.kind = 'gap'
          GROUP BY f.engagement_id
       ),
       actions AS (
         SELECT s.engagement_id, count(*)::int AS total,
                count(*) FILTER (WHERE s.status = 'completed')::int AS completed,
                count(*) FILTER (WHERE ${overdueSql('s')})::int AS overdue,
                ${progressSql('s')} AS progress
           FROM ${readable}
          GROUP BY s.engagement_id
       ),
       next_due AS (
         SELECT DISTINCT ON (s.engagement_id) s.engagement_id, s.action_id, s.code, s.title, s.due_on
           FROM ${readable}
          WHERE ${openSql('s')} AND s.due_on >= current_date
          ORDER BY s.engagement_id, s.due_on, s.number
       ),
       activity AS (
         SELECT a.engagement_id, max(a.at) AS last_activity
           FROM audit_log a JOIN visible v ON v.id = a.engagement_id
          GROUP BY a.engagement_id
       )
       SELECT v.id, v.country, v.title, v.stage, v.stage_entered_at, v.membership,
              COALESCE(g.level_1, 0) AS level_1, COALESCE(g.level_2, 0) AS level_2, COALESCE(g.level_3, 0) AS level_3,
              COALESCE(g.level_4, 0) AS level_4, COALESCE(g.level_5, 0) AS level_5,
              COALESCE(ac.total, 0) AS actions_total, COALESCE(ac.completed, 0) AS actions_completed,
              COALESCE(ac.overdue, 0) AS actions_overdue, ac.progress,
              n.action_id AS next_action_id, n.code AS next_action_code, n.title AS next_action_title,
              to_char(n.due_on, 'YYYY-MM-DD') AS next_action_due_on, act.last_activity
         FROM visible v
         LEFT JOIN gaps g ON g.engagement_id = v.id
         LEFT JOIN actions ac ON ac.engagement_id = v.id
         LEFT JOIN next_due n ON n.engagement_id = v.id
         LEFT JOIN activity act ON act.engagement_id = v.id
        ORDER BY v.country, v.created_at DESC`,
      parameters,
    );
  }
}
