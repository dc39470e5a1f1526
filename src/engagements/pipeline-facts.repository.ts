import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { EngagementFacts } from './machine/engagement.machine';
import { Engagement } from './engagement.entity';

interface CountsRow {
  mission_planned: boolean;
  consultations: number;
  validated_findings: number;
  draft_findings: number;
  validated_areas: string[] | null;
  priority_gaps: string[] | null;
}

/**
 * Counts, from the database, the facts the pipeline's guards decide on. One read across missions and
 * findings, inside the event's transaction, so the facts and the decision see the same data.
 */
@Injectable()
export class PipelineFactsRepository {
  async load(engagement: Engagement, em: EntityManager): Promise<EngagementFacts> {
    const [row] = await em.query<CountsRow[]>(
      `SELECT
         EXISTS (SELECT 1 FROM missions m WHERE m.engagement_id = $1
                  AND m.start_date IS NOT NULL AND m.end_date IS NOT NULL AND m.lead_id IS NOT NULL) AS mission_planned,
         (SELECT count(*)::int FROM consultations c JOIN missions m ON m.id = c.mission_id WHERE m.engagement_id = $1) AS consultations,
         (SELECT count(*)::int FROM findings f WHERE f.engagement_id = $1 AND f.status = 'validated') AS validated_findings,
         (SELECT count(*)::int FROM findings f WHERE f.engagement_id = $1 AND f.status = 'draft') AS draft_findings,
         (SELECT array_agg(DISTINCT f.thematic_area) FROM findings f WHERE f.engagement_id = $1 AND f.status = 'validated') AS validated_areas,
         (SELECT array_agg(f.code ORDER BY f.number) FROM findings f
           WHERE f.engagement_id = $1 AND f.status = 'validated' AND f.kind = 'gap' AND f.level <= 2) AS priority_gaps`,
      [engagement.id],
    );
    const validatedAreas = new Set(row.validated_areas ?? []);
    return {
      missionPlanned: row.mission_planned,
      consultations: row.consultations,
      validatedFindings: row.validated_findings,
      draftFindings: row.draft_findings,
      areasWithoutValidatedFinding: engagement.thematicAreas.filter((area) => !validatedAreas.has(area)),
      // Roadmap versions, actions, comments, adoption and implementation arrive with their own tables
      // (roadmap and implementation issues); until then none exist, so none cover a gap or can be adopted.
      roadmapVersions: 0,
      uncoveredPriorityGaps: row.priority_gaps ?? [],
      undecidedComments: 0,
      adoptionRecorded: false,
      openActions: 0,
      cancelledActionsWithoutReason: 0,
    };
  }
}
