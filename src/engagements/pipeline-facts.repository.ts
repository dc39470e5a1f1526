import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { EngagementEventType, EngagementFacts } from './machine/engagement.machine';
import { openSql } from '../implementation/action-schedule';
import { Engagement } from './engagement.entity';

interface CountsRow {
  roadmap_versions: number;
  uncovered_priority_gaps: string[] | null;
  undecided_comments: number;
  mission_planned: boolean;
  consultations: number;
  validated_findings: number;
  draft_findings: number;
  validated_areas: string[] | null;
  adoption_recorded: boolean;
  open_actions: number;
  cancelled_without_reason: number;
}

/**
 * Counts, from the database, the facts the pipeline's guards decide on. One read across missions,
 * findings, roadmap versions, comments, the adoption and the actions' progress, inside the event's transaction, so the facts and the decision see the same data.
 */
@Injectable()
export class PipelineFactsRepository {
  async load(engagement: Engagement, em: EntityManager): Promise<EngagementFacts> {
    const [row] = await em.query<CountsRow[]>(
      `WITH latest AS (SELECT content::jsonb AS doc FROM roadmap_versions WHERE engagement_id = $1 ORDER BY number DESC LIMIT 1)
       SELECT
         (SELECT count(*)::int FROM roadmap_versions v WHERE v.engagement_id = $1) AS roadmap_versions,
         (SELECT array_agg(f.code ORDER BY f.number) FROM findings f
           WHERE f.engagement_id = $1 AND f.status = 'validated' AND f.kind = 'gap' AND f.level <= 2
             AND NOT EXISTS (SELECT 1 FROM latest, jsonb_array_elements(latest.doc -> 'actions') a
                              WHERE a -> 'findingIds' ? f.id::text)) AS uncovered_priority_gaps,
         (SELECT count(*)::int FROM roadmap_comments c WHERE c.engagement_id = $1 AND c.decision IS NULL) AS undecided_comments,
         EXISTS (SELECT 1 FROM missions m WHERE m.engagement_id = $1
                  AND m.start_date IS NOT NULL AND m.end_date IS NOT NULL AND m.lead_id IS NOT NULL) AS mission_planned,
         (SELECT count(*)::int FROM consultations c JOIN missions m ON m.id = c.mission_id WHERE m.engagement_id = $1) AS consultations,
         (SELECT count(*)::int FROM findings f WHERE f.engagement_id = $1 AND f.status = 'validated') AS validated_findings,
         (SELECT count(*)::int FROM findings f WHERE f.engagement_id = $1 AND f.status = 'draft') AS draft_findings,
         (SELECT array_agg(DISTINCT f.thematic_area) FROM findings f WHERE f.engagement_id = $1 AND f.status = 'validated') AS validated_areas,
         EXISTS (SELECT 1 FROM adoptions ad JOIN roadmap_versions v ON v.engagement_id = ad.engagement_id AND v.number = ad.version_number
                  WHERE ad.engagement_id = $1 AND v.status = 'final'
                    AND v.number = (SELECT max(number) FROM roadmap_versions WHERE engagement_id = $1)) AS adoption_recorded,
         (SELECT count(*)::int FROM actions a WHERE a.engagement_id = $1 AND ${openSql('a')}) AS open_actions,
         (SELECT count(*)::int FROM actions a WHERE a.engagement_id = $1 AND a.status = 'cancelled'
            AND COALESCE((SELECT btrim(p.note) FROM progress_updates p WHERE p.action_id = a.id
                           ORDER BY p.reported_at DESC, p.id DESC LIMIT 1), '') = '') AS cancelled_without_reason`,
      [engagement.id],
    );
    const validatedAreas = new Set(row.validated_areas ?? []);
    return {
      missionPlanned: row.mission_planned,
      consultations: row.consultations,
      validatedFindings: row.validated_findings,
      draftFindings: row.draft_findings,
      areasWithoutValidatedFinding: engagement.thematicAreas.filter((area) => !validatedAreas.has(area)),
      roadmapVersions: row.roadmap_versions,
      uncoveredPriorityGaps: row.uncovered_priority_gaps ?? [],
      undecidedComments: row.undecided_comments,
      adoptionRecorded: row.adoption_recorded,
      openActions: row.open_actions,
      cancelledActionsWithoutReason: row.cancelled_without_reason,
    };
  }

  /** What an event changes besides the stage, in the same transaction. */
  async applyEffects(engagementId: string, event: EngagementEventType, em: EntityManager): Promise<void> {
    if (event === 'SUBMIT_FOR_ADOPTION') {
      // The version submitted for adoption becomes final, and is released to the State that is to adopt it.
      await em.query(
        `UPDATE roadmap_versions SET status = 'final', released = true, released_at = COALESCE(released_at, now())
          WHERE engagement_id = $1 AND number = (SELECT max(number) FROM roadmap_versions WHERE engagement_id = $1)`,
        [engagementId],
      );
    }
  }
}
