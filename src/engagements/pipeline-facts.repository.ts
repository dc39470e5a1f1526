import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Engagement } from './engagement.entity';
import { EngagementFacts, FACTS_SATISFYING_EVERY_GUARD } from './machine/engagement.machine';
import { PipelineRegistry } from './pipeline-registry';

const FACT_NAMES = Object.keys(FACTS_SATISFYING_EVERY_GUARD) as (keyof EngagementFacts)[];

/**
 * Reads the facts the pipeline's guards decide on, as the modules registered them (PipelineRegistry): one
 * statement inside the event's transaction, so the facts and the decision see the same data.
 */
@Injectable()
export class PipelineFactsRepository {
  constructor(private readonly registry: PipelineRegistry) {}

  async load(engagement: Engagement, em: EntityManager): Promise<EngagementFacts> {
    const sources = this.registry.factSources();
    const [row] = await em.query<Record<string, unknown>[]>(`SELECT ${sources.map((source) => source.columns).join(',\n')}`, [engagement.id]);
    const facts = sources.reduce<Partial<EngagementFacts>>((all, source) => ({ ...all, ...source.facts(row, engagement) }), {});
    const missing = FACT_NAMES.filter((name) => facts[name] === undefined);
    if (missing.length > 0) throw new Error(`No module gives the pipeline's facts ${missing.join(', ')}`);
    return facts as EngagementFacts;
  }
}
