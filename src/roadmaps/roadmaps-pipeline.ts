import { Injectable, OnModuleInit } from '@nestjs/common';
import { PipelineRegistry } from '../engagements/pipeline-registry';
import { VersionEvents } from './version-events';
import { VersionsRepository } from './versions.repository';

/**
 * The roadmap's part in the pipeline: its facts (versions, validated priority gaps the latest version leaves
 * without an action, undecided comments), and submitting for adoption makes the latest version final.
 */
@Injectable()
export class RoadmapsPipeline implements OnModuleInit {
  constructor(
    private readonly registry: PipelineRegistry,
    private readonly versions: VersionsRepository,
    private readonly events: VersionEvents,
  ) {}

  onModuleInit(): void {
    this.registry.addFacts({
      columns: `(SELECT count(*)::int FROM roadmap_versions v WHERE v.engagement_id = $1) AS roadmap_versions,
         (SELECT array_agg(f.code ORDER BY f.number) FROM findings f
           WHERE f.engagement_id = $1 AND f.status = 'validated' AND f.kind = 'gap' AND f.level <= 2
             AND NOT EXISTS (SELECT 1 FROM (SELECT v.content::jsonb AS doc FROM roadmap_versions v
                                             WHERE v.engagement_id = $1 ORDER BY v.number DESC LIMIT 1) latest,
                                   jsonb_array_elements(latest.doc -> 'actions') a
                              WHERE a -> 'findingIds' ? f.id::text)) AS uncovered_priority_gaps,
         (SELECT count(*)::int FROM roadmap_comments c WHERE c.engagement_id = $1 AND c.decision IS NULL) AS undecided_comments`,
      facts: (row) => ({
        roadmapVersions: row.roadmap_versions as number,
        uncoveredPriorityGaps: (row.uncovered_priority_gaps as string[] | null) ?? [],
        undecidedComments: row.undecided_comments as number,
      }),
    });
    // The version submitted for adoption becomes final, and is released to the State that is to adopt it.
    this.registry.addEffect('SUBMIT_FOR_ADOPTION', async (engagementId, em) => {
      await this.versions.finalizeLatest(engagementId, em);
      const number = await this.versions.latestNumber(engagementId, em);
      if (number !== null) this.events.emitAfterCommit(em, { change: 'finalised', engagementId, number });
    });
  }
}
