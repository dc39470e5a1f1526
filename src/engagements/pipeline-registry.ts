import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Engagement } from './engagement.entity';
import { EngagementEventType, EngagementFacts } from './machine/engagement.machine';

/**
 * A module's share of the facts the pipeline's guards decide on. Its `columns` are SELECT items over the
 * engagement's id as `$1` (`count(*) … AS open_actions`), read with every other module's in one statement, so
 * that all the facts are one consistent read in the event's transaction; `facts` turns those columns into facts.
 */
export interface PipelineFactSource<K extends keyof EngagementFacts = keyof EngagementFacts> {
  columns: string;
  facts(row: Record<string, unknown>, engagement: Engagement): Pick<EngagementFacts, K>;
}

/** What an event changes besides the stage (in a module's own tables), inside the event's transaction. */
export type PipelineEffect = (engagementId: string, em: EntityManager) => Promise<void>;

/**
 * Where the modules that build on engagements plug into the pipeline: the engagements module knows no mission,
 * finding, roadmap or adoption, yet its guards decide on them. Each module registers at module init.
 */
@Injectable()
export class PipelineRegistry {
  private readonly sources: PipelineFactSource[] = [];
  private readonly effects = new Map<EngagementEventType, PipelineEffect[]>();

  addFacts<K extends keyof EngagementFacts>(source: PipelineFactSource<K>): void {
    this.sources.push(source as unknown as PipelineFactSource);
  }

  addEffect(event: EngagementEventType, effect: PipelineEffect): void {
    this.effects.set(event, [...(this.effects.get(event) ?? []), effect]);
  }

  factSources(): readonly PipelineFactSource[] {
    return this.sources;
  }

  effectsOf(event: EngagementEventType): readonly PipelineEffect[] {
    return this.effects.get(event) ?? [];
  }
}
