import { Injectable, OnModuleInit } from '@nestjs/common';
import { PipelineRegistry } from '../engagements/pipeline-registry';

/** The findings' share of the pipeline's facts: how many are validated or in draft, and which areas lack one. */
@Injectable()
export class FindingsPipeline implements OnModuleInit {
  constructor(private readonly registry: PipelineRegistry) {}

  onModuleInit(): void {
    this.registry.addFacts({
      columns: `(SELECT count(*)::int FROM findings f WHERE f.engagement_id = $1 AND f.status = 'validated') AS validated_findings,
         (SELECT count(*)::int FROM findings f WHERE f.engagement_id = $1 AND f.status = 'draft') AS draft_findings,
         (SELECT array_agg(DISTINCT f.thematic_area) FROM findings f WHERE f.engagement_id = $1 AND f.status = 'validated') AS validated_areas`,
      facts: (row, engagement) => {
        const validatedAreas = new Set((row.validated_areas as string[] | null) ?? []);
        return {
          validatedFindings: row.validated_findings as number,
          draftFindings: row.draft_findings as number,
          areasWithoutValidatedFinding: engagement.thematicAreas.filter((area) => !validatedAreas.has(area)),
        };
      },
    });
  }
}
