import { Injectable, OnModuleInit } from '@nestjs/common';
import { PipelineRegistry } from '../engagements/pipeline-registry';

/** The missions' share of the pipeline's facts: whether a mission is planned, and how many consultations it held. */
@Injectable()
export class MissionsPipeline implements OnModuleInit {
  constructor(private readonly registry: PipelineRegistry) {}

  onModuleInit(): void {
    this.registry.addFacts({
      columns: `EXISTS (SELECT 1 FROM missions m WHERE m.engagement_id = $1
                   AND m.start_date IS NOT NULL AND m.end_date IS NOT NULL AND m.lead_id IS NOT NULL) AS mission_planned,
         (SELECT count(*)::int FROM consultations c JOIN missions m ON m.id = c.mission_id WHERE m.engagement_id = $1) AS consultations`,
      facts: (row) => ({ missionPlanned: row.mission_planned as boolean, consultations: row.consultations as number }),
    });
  }
}
