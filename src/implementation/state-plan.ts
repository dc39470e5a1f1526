import { Audience, AUDIENCE_CEILING } from '../common/confidentiality';
import { PLAN_ADOPTING_EVENT } from '../engagements/machine/engagement.machine';

/**
 * Which actions a reader may see, in SQL, so that the implementation page, the portfolio and every route that
 * names an action apply one rule (issue #14). The relations have the columns of the `action_schedule` view:
 * action_id, engagement_id, code, number, title, thematic_area, responsible_entity, status, progress, due_on,
 * sensitivity.
 */

const COLUMNS = 'action_id, engagement_id, code, number, title, thematic_area, responsible_entity, status, progress, due_on, sensitivity';

/** The engagement's plan has been adopted (its history holds the adopting event). */
const adoptedSql = (engagementId: string): string =>
  `EXISTS (SELECT 1 FROM engagement_transitions t WHERE t.engagement_id = ${engagementId} AND t.event = '${PLAN_ADOPTING_EVENT}')`;

/**
 * The State's plan for each engagement of `engagements` (SQL giving a relation with an `id` column): once
 * adopted, the engagement's current actions (adopted and re-planned); before, the actions of the latest version
 * released to the State, as released, with their status and progress if any. Every sensitivity, audiences apart.
 */
export function statePlanSql(engagements: string): string {
  return `(
    SELECT ${COLUMNS.split(', ').map((column) => `s.${column}`).join(', ')}
      FROM action_schedule s JOIN ${engagements} pe ON pe.id = s.engagement_id
     WHERE ${adoptedSql('s.engagement_id')}
    UNION ALL
    SELECT (ca.item ->> 'id')::uuid, rv.engagement_id, ca.item ->> 'code', COALESCE(a.number, ca.ord::int), ca.item ->> 'title',
           ca.item ->> 'thematicArea', ca.item ->> 'responsibleEntity', COALESCE(a.status, 'not_started'), COALESCE(a.progress, 0),
           action_due_on((ca.item ->> 'endDate')::date, ca.item ->> 'timeframe', ad.adopted_on),
           -- A version holds each action's sensitivity as it was when made; older ones: its findings in that version decide.
           COALESCE(ca.item ->> 'sensitivity', action_sensitivity(NULL, NULL,
             ARRAY(SELECT cf.item ->> 'sensitivity' FROM jsonb_array_elements_text(ca.item -> 'findingIds') AS l(id)
                     LEFT JOIN jsonb_array_elements(rv.doc -> 'findings') AS cf(item) ON cf.item ->> 'id' = l.id)))
      FROM (SELECT DISTINCT ON (v.engagement_id) v.engagement_id, v.content::jsonb AS doc
              FROM roadmap_versions v JOIN ${engagements} pe ON pe.id = v.engagement_id
             WHERE v.released AND NOT ${adoptedSql('v.engagement_id')}
             ORDER BY v.engagement_id, v.number DESC) rv
     CROSS JOIN LATERAL jsonb_array_elements(rv.doc -> 'actions') WITH ORDINALITY AS ca(item, ord)
      LEFT JOIN actions a ON a.id = (ca.item ->> 'id')::uuid AND a.engagement_id = rv.engagement_id
      LEFT JOIN adoptions ad ON ad.engagement_id = rv.engagement_id
  )`;
}

/** The row's sensitivity is one this audience may read (`audienceMayRead`). */
export const readableBySql = (alias: string, audience: Audience): string =>
  `sensitivity_rank(${alias}.sensitivity) <= sensitivity_rank('${AUDIENCE_CEILING[audience]}')`;

/**
 * The actions of `engagements` a reader of this audience may see: the programme (internal) every working
 * action; anyone else the State's plan, at or below their audience.
 */
export function readableActionsSql(audience: Audience, engagements: string): string {
  if (audience === 'internal') {
    return `(SELECT ${COLUMNS.split(', ').map((column) => `s.${column}`).join(', ')} FROM action_schedule s JOIN ${engagements} pe ON pe.id = s.engagement_id)`;
  }
  return `(SELECT ${COLUMNS.split(', ').map((column) => `p.${column}`).join(', ')} FROM ${statePlanSql(engagements)} p WHERE ${readableBySql('p', audience)})`;
}
