import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AuditEntryDto, AuditQuery } from '../audit/dto/audit-entry.dto';
import { Actor } from '../common/auth/actor';
import { ForbiddenError, StaleVersionError } from '../common/errors/domain-error';
import { isUniqueViolation } from '../common/database-errors';
import { Page, pageBounds } from '../common/pagination';
import { countryName } from '../reference/countries';
import { CreateEngagementDto } from './dto/create-engagement.dto';
import { EngagementDto, toEngagementDto } from './dto/engagement.dto';
import { ListEngagementsQuery } from './dto/list-engagements.query';
import { UpdateEngagementDto } from './dto/update-engagement.dto';
import { seesEveryEngagement } from './engagement-access';
import { EngagementAccessService } from './engagement-access.service';
import { Engagement } from './engagement.entity';
import { EngagementAlreadyActiveError } from './engagement.errors';
import { EngagementSequence, EngagementsRepository } from './engagements.repository';
import { STAGE_TARGET_DAYS, StageTargetDays } from './stage-target-days';
import { FINAL_STAGES } from './machine/engagement.machine';

const ONE_ACTIVE_PER_COUNTRY = 'engagements_one_active_per_country';

@Injectable()
export class EngagementsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly engagements: EngagementsRepository,
    private readonly access: EngagementAccessService,
    private readonly audit: AuditService,
    @Inject(STAGE_TARGET_DAYS) private readonly stageTargetDays: StageTargetDays,
  ) {}

  async list(actor: Actor, query: ListEngagementsQuery): Promise<Page<EngagementDto>> {
    const bounds = pageBounds(query);
    const [rows, total] = await this.engagements.findPage({
      ...bounds,
      ...this.access.visibility(actor),
      country: query.country,
      stage: query.stage,
    });
    return { items: rows.map((row) => this.present(row)), total, ...bounds };
  }

  /** The engagement as the API shows it, with its days in stage and whether it is overdue. */
  present(engagement: Engagement, now: Date = new Date()): EngagementDto {
    return toEngagementDto(engagement, countryName(engagement.country), this.stageTargetDays, now);
  }

  /**
   * The engagement's next finding or action number, inside the caller's transaction: the engagement row stays
   * locked until it ends, so concurrent creations take turns and a rolled-back one gives its number back.
   */
  nextNumber(engagementId: string, sequence: EngagementSequence, em: EntityManager): Promise<number> {
    return this.engagements.nextNumber(engagementId, sequence, em);
  }

  async countAll(): Promise<number> {
    return this.engagements.count();
  }

  /** Country code → id of its engagement in progress. */
  async activeIdsByCountry(): Promise<Map<string, string>> {
    const [rows] = await this.engagements.findPage({ limit: 1000, offset: 0 });
    return new Map(rows.filter((e) => !FINAL_STAGES.includes(e.stage)).map((e) => [e.country, e.id]));
  }

  async get(actor: Actor, id: string): Promise<EngagementDto> {
    const { engagement } = await this.access.require(actor, id, 'engagement.read');
    return this.present(engagement);
  }

  async create(actor: Actor, input: CreateEngagementDto): Promise<EngagementDto> {
    if (!seesEveryEngagement(actor)) throw new ForbiddenError('Only programme managers open engagements.');
    try {
      return await this.dataSource.transaction(async (em) => {
        const engagement = await this.engagements.insert(input, em);
        await this.audit.record(em, actor, {
          action: 'engagement.create',
          entity: 'engagement',
          entityId: engagement.id,
          engagementId: engagement.id,
          after: this.present(engagement),
        });
        return this.present(engagement);
      });
    } catch (error) {
      if (isUniqueViolation(error, ONE_ACTIVE_PER_COUNTRY)) {
        throw new EngagementAlreadyActiveError(input.country, countryName(input.country));
      }
      throw error;
    }
  }

  async auditTrail(actor: Actor, id: string, query: AuditQuery): Promise<Page<AuditEntryDto>> {
    await this.access.require(actor, id, 'audit.read');
    return this.audit.list({ ...pageBounds(query), engagementId: id, entity: query.entity, action: query.action, actorId: query.actorId });
  }

  async update(actor: Actor, id: string, input: UpdateEngagementDto): Promise<EngagementDto> {
    const { version, ...changes } = input;
    return this.dataSource.transaction(async (em) => {
      const { engagement: current } = await this.access.require(actor, id, 'engagement.update', em);
      if (current.version !== version) throw new StaleVersionError('engagement', version, current.version);
      if (Object.keys(changes).length === 0) return this.present(current);
      // The conditional update also catches a writer that committed between our read and our write.
      if (!(await this.engagements.updateIfVersion(id, version, changes, em))) {
        throw new StaleVersionError('engagement', version);
      }
      const updated = this.present(await this.engagements.findByIdOrFail(id, em));
      await this.audit.record(em, actor, {
        action: 'engagement.update',
        entity: 'engagement',
        entityId: id,
        engagementId: id,
        before: this.present(current),
        after: updated,
      });
      return updated;
    });
  }
}


