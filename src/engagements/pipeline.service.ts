import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { Actor, actingUserId } from '../common/auth/actor';
import { ForbiddenError, StaleVersionError } from '../common/errors/domain-error';
import { EngagementDto } from './dto/engagement.dto';
import { HistoryEntryDto, PipelineEventDto, TransitionOptionDto } from './dto/pipeline-event.dto';
import { isAllowed, seesEveryEngagement } from './engagement-access';
import { EngagementAccessService } from './engagement-access.service';
import { Engagement } from './engagement.entity';
import { EngagementTransition } from './engagement-transition.entity';
import { EventRefusedError } from './engagement.errors';
import { EngagementsRepository } from './engagements.repository';
import { EngagementsService } from './engagements.service';
import {
  decide,
  EngagementEventType,
  EngagementSnapshot,
  FACTS_SATISFYING_EVERY_GUARD,
  fromStored,
  initialSnapshot,
  MISSION_LEAD_EVENTS,
  stageOf,
  toStored,
  transitionOptions,
} from './machine/engagement.machine';
import { PipelineFactsRepository } from './pipeline-facts.repository';
import { PipelineRegistry } from './pipeline-registry';

/** Moves engagements through the pipeline: the service loads facts and persists; the machine decides. */
@Injectable()
export class PipelineService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: EngagementAccessService,
    private readonly engagements: EngagementsRepository,
    private readonly engagementsService: EngagementsService,
    private readonly facts: PipelineFactsRepository,
    private readonly registry: PipelineRegistry,
    private readonly audit: AuditService,
  ) {}

  /** One event, one transaction: lock the row, load the facts, decide, persist the state and one history row. */
  async send(actor: Actor, engagementId: string, input: PipelineEventDto): Promise<EngagementDto> {
    return this.dataSource.transaction((em) => this.sendIn(em, actor, engagementId, input));
  }

  /** The same, inside a caller's transaction (releasing a version sends RELEASE_DRAFT with it). */
  async sendIn(em: EntityManager, actor: Actor, engagementId: string, input: PipelineEventDto): Promise<EngagementDto> {
    {
      const { engagement } = await this.access.require(actor, engagementId, 'pipeline.send', em, { lock: true });
      if (!mayActorSend(actor, input.type)) {
        throw new ForbiddenError(`Only programme managers send ${input.type}; mission leads send ${MISSION_LEAD_EVENTS.join(', ')}.`);
      }
      if (input.version !== undefined && input.version !== engagement.version) {
        throw new StaleVersionError('engagement', input.version, engagement.version);
      }
      const facts = await this.facts.load(engagement, em);
      const outcome = decide(restore(engagement), { type: input.type, facts, comment: input.comment });
      if (!outcome.allowed) throw new EventRefusedError(input.type, outcome.reasons);
      const from = engagement.stage;
      const to = stageOf(outcome.next.value);
      const stored = toStored(outcome.next);
      await this.engagements.recordTransition(engagement.id, { ...stored, stage: to }, em);
      // What the event changes in other modules' tables (a version made final, …), by the modules that own them.
      for (const effect of this.registry.effectsOf(input.type)) await effect(engagement.id, em);
      await em.insert(EngagementTransition, {
        engagementId: engagement.id,
        fromStage: from,
        toStage: to,
        event: input.type,
        actorId: actingUserId(actor),
        actorEmail: actor.email,
        comment: input.comment ?? null,
      });
      await this.audit.record(em, actor, {
        action: 'engagement.event',
        entity: 'engagement',
        entityId: engagement.id,
        engagementId: engagement.id,
        before: { stage: from, version: engagement.version },
        after: { stage: to, version: engagement.version + 1, event: input.type, comment: input.comment ?? null },
      });
      return this.engagementsService.present(await this.engagements.findByIdOrFail(engagement.id, em));
    }
  }

  async transitions(actor: Actor, engagementId: string): Promise<TransitionOptionDto[]> {
    return this.dataSource.transaction('REPEATABLE READ', async (em: EntityManager) => {
      const { engagement, membership, audience } = await this.access.require(actor, engagementId, 'pipeline.read', em);
      const facts = await this.facts.load(engagement, em);
      const maySend = (type: EngagementEventType): boolean =>
        mayActorSend(actor, type) && isAllowed(actor, membership?.role ?? null, 'pipeline.send');
      // The guards' reasons name working findings (the codes of uncovered gaps): only the programme reads them.
      const readsReasons = audience === 'internal';
      return transitionOptions(restore(engagement), facts).map((option) =>
        maySend(option.type) || (!option.allowed && readsReasons)
          ? option
          : { ...option, allowed: false, reasons: ['Your part in this engagement does not allow sending this event.'] },
      );
    });
  }

  /** Whether the engagement's current stage has this event at all (its guard may still refuse it). */
  async hasEventInStage(engagementId: string, type: EngagementEventType, em: EntityManager): Promise<boolean> {
    const engagement = await this.engagements.findByIdOrFail(engagementId, em);
    return transitionOptions(restore(engagement), FACTS_SATISFYING_EVERY_GUARD).some((option) => option.type === type && option.inStage);
  }

  async history(actor: Actor, engagementId: string): Promise<HistoryEntryDto[]> {
    const { audience } = await this.access.require(actor, engagementId, 'pipeline.read');
    // The programme's reasons (why the assessment reopened, why the engagement is suspended) may name working
    // findings: only the programme reads them.
    const readsComments = audience === 'internal';
    const rows = await this.dataSource.manager.find(EngagementTransition, {
      where: { engagementId },
      order: { id: 'ASC' },
    });
    return rows.map((row) => ({
      from: row.fromStage,
      to: row.toStage,
      event: row.event,
      actorId: row.actorId,
      actorEmail: row.actorEmail,
      comment: readsComments ? row.comment : null,
      at: row.at.toISOString(),
    }));
  }

}

function mayActorSend(actor: Actor, type: EngagementEventType): boolean {
  return seesEveryEngagement(actor) || MISSION_LEAD_EVENTS.includes(type);
}

/** The engagement's machine state; one that has never moved has no snapshot yet and is at the start. */
function restore(engagement: Engagement): EngagementSnapshot {
  if (engagement.snapshot && engagement.machineVersion !== null) {
    return fromStored({ snapshot: engagement.snapshot, machineVersion: engagement.machineVersion });
  }
  const initial = initialSnapshot();
  if (stageOf(initial.value) !== engagement.stage) {
    throw new Error(`Engagement ${engagement.id} is in ${engagement.stage} but has no stored machine state`);
  }
  return initial;
}
