import { Injectable, OnModuleInit } from '@nestjs/common';
import { PipelineRegistry } from '../engagements/pipeline-registry';
import { openSql } from './action-schedule';

/**
 * Implementation's share of the pipeline's facts: whether the final version's adoption is on record, how many
 * actions are still open, and how many were cancelled without a reason.
 */
@Injectable()
export class ImplementationPipeline implements OnModuleInit {
  constructor(private readonly registry: PipelineRegistry) {}

  onModuleInit(): void {
    this.registry.addFacts({
      columns: `EXISTS (SELECT 1 FROM adoptions ad JOIN roadmap_versions v ON v.engagement_id = ad.engagement_id AND v.number = ad.version_number
                  WHERE ad.engagement_id = $1 AND v.status = 'final'
                    AND v.number = (SELECT max(number) FROM roadmap_versions WHERE engagement_id = $1)) AS adoption_recorded,
         (SELECT count(*)::int FROM actions a WHERE a.engagement_id = $1 AND ${openSql('a')}) AS open_actions,
         (SELECT count(*)::int FROM actions a WHERE a.engagement_id = $1 AND a.status = 'cancelled'
            AND COALESCE((SELECT btrim(p.note) FROM progress_updates p WHERE p.action_id = a.id
                           ORDER BY p.reported_at DESC, p.id DESC LIMIT 1), '') = '') AS cancelled_without_reason`,
      facts: (row) => ({
        adoptionRecorded: row.adoption_recorded as boolean,
        openActions: row.open_actions as number,
        cancelledActionsWithoutReason: row.cancelled_without_reason as number,
      }),
    });
  }
}
