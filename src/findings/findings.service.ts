import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { Actor, actingUserId } from '../common/auth/actor';
import { FieldError, StaleVersionError, ValidationFailedError } from '../common/errors/domain-error';
import { Page, pageBounds } from '../common/pagination';
import { EngagementAccessService } from '../engagements/engagement-access.service';
import { EngagementsService } from '../engagements/engagements.service';
import { Engagement } from '../engagements/engagement.entity';
import { CROSS_CUTTING, CapacityLevel, Dimension, Phase } from '../reference/catalogs';
import { MissionsService } from '../missions/missions.service';
import {
  CreateFindingDto,
  FindingDto,
  ListFindingsQuery,
  RescoreFindingDto,
  UpdateFindingDto,
  WithdrawFindingDto,
} from './dto/finding.dto';
import { FindingLevel } from './finding-level.entity';
import { Finding } from './finding.entity';
import { FindingNotFoundError, FindingStateError } from './finding.errors';
import { FindingContent, FindingsRepository } from './findings.repository';

@Injectable()
export class FindingsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: EngagementAccessService,
    private readonly findings: FindingsRepository,
    private readonly engagements: EngagementsService,
    private readonly missions: MissionsService,
    private readonly audit: AuditService,
  ) {}

  async list(actor: Actor, engagementId: string, query: ListFindingsQuery): Promise<Page<FindingDto>> {
    await this.access.require(actor, engagementId, 'findings.read');
    const bounds = pageBounds(query);
    return { ...(await this.findings.page(engagementId, { ...query, ...bounds })), ...bounds };
  }

  async get(actor: Actor, engagementId: string, id: string): Promise<FindingDto> {
    await this.access.require(actor, engagementId, 'findings.read');
    const finding = await this.findings.find(engagementId, id);
    if (!finding) throw new FindingNotFoundError(id);
    return toFindingDto(finding, await this.findings.levelHistory(id));
  }

  async create(actor: Actor, engagementId: string, input: CreateFindingDto): Promise<FindingDto> {
    return this.dataSource.transaction(async (em) => {
      const { engagement } = await this.access.require(actor, engagementId, 'findings.write', em);
      return this.createIn(em, actor, engagement, input);
    });
  }

  /** Creates one finding inside the caller's transaction (used by create and by imports). */
  async createIn(em: EntityManager, actor: Actor, engagement: Engagement, input: CreateFindingDto): Promise<FindingDto> {
    await this.checkScope(engagement, input, em);
    const number = await this.engagements.nextNumber(engagement.id, 'finding', em);
    const finding = await this.findings.insert(
      {
        ...content(input),
        engagementId: engagement.id,
        number,
        code: `${engagement.country}-F-${String(number).padStart(3, '0')}`,
        missionId: input.missionId ?? null,
      },
      actingUserId(actor),
      em,
    );
    const dto = toFindingDto(finding);
    await this.audit.record(em, actor, { action: 'finding.create', entity: 'finding', entityId: finding.id, engagementId: engagement.id, after: dto });
    return dto;
  }

  async update(actor: Actor, engagementId: string, id: string, input: UpdateFindingDto): Promise<FindingDto> {
    return this.dataSource.transaction(async (em) => {
      const { engagement } = await this.access.require(actor, engagementId, 'findings.write', em);
      const current = await this.lockFinding(engagementId, id, em);
      if (current.version !== input.version) throw new StaleVersionError('finding', input.version, current.version);
      return this.updateIn(em, actor, engagement, current, input);
    });
  }

  /** Edits a finding inside the caller's transaction; a validated finding that changes goes back to draft. */
  async updateIn(
    em: EntityManager,
    actor: Actor,
    engagement: Engagement,
    current: Finding,
    input: Partial<CreateFindingDto>,
  ): Promise<FindingDto> {
    if (current.status === 'withdrawn') throw new FindingStateError(`${current.code} is withdrawn and can no longer change.`);
    const changes = changedContent(current, input);
    if (Object.keys(changes).length === 0) return toFindingDto(current);
    if (changes.level !== undefined && current.status === 'validated') {
      throw new FindingStateError(`${current.code} is validated: its level changes only by re-scoring on a follow-up mission.`);
    }
    await this.checkScope(engagement, { ...content(current), ...changes }, em);
    const revalidate = current.status === 'validated';
    await this.findings.update(
      current.id,
      { ...changes, ...(revalidate ? { status: 'draft', validatedBy: null, validatedAt: null } : {}) },
      em,
    );
    if (changes.level !== undefined) {
      await this.findings.recordLevel({ findingId: current.id, level: changes.level, missionId: current.missionId, note: 'corrected in draft', recordedBy: actingUserId(actor) }, em);
    }
    const after = toFindingDto((await this.findings.find(engagement.id, current.id, em)) as Finding);
    await this.audit.record(em, actor, {
      action: 'finding.update',
      entity: 'finding',
      entityId: current.id,
      engagementId: engagement.id,
      before: toFindingDto(current),
      after,
    });
    return after;
  }

  async validate(actor: Actor, engagementId: string, id: string): Promise<FindingDto> {
    return this.transition(actor, engagementId, id, 'findings.validate', 'finding.validate', (finding) => {
      if (finding.status !== 'draft') throw new FindingStateError(`${finding.code} is ${finding.status}; only a draft can be validated.`);
      return { status: 'validated', validatedBy: actingUserId(actor), validatedAt: new Date() };
    });
  }

  async withdraw(actor: Actor, engagementId: string, id: string, input: WithdrawFindingDto): Promise<FindingDto> {
    return this.transition(actor, engagementId, id, 'findings.write', 'finding.withdraw', (finding) => {
      if (finding.status === 'withdrawn') throw new FindingStateError(`${finding.code} is already withdrawn.`);
      return { status: 'withdrawn', withdrawnReason: input.reason };
    });
  }

  async rescore(actor: Actor, engagementId: string, id: string, input: RescoreFindingDto): Promise<FindingDto> {
    return this.dataSource.transaction(async (em) => {
      await this.access.require(actor, engagementId, 'findings.write', em);
      const mission = await this.missions.findInEngagement(engagementId, input.missionId, em);
      if (!mission || mission.type !== 'follow_up') {
        throw new ValidationFailedError([{ field: 'missionId', message: 'missionId must be a follow-up mission of this engagement' }]);
      }
      const current = await this.lockFinding(engagementId, id, em);
      if (current.status !== 'validated') {
        throw new FindingStateError(`${current.code} is ${current.status}; only validated findings are re-scored (edit a draft instead).`);
      }
      await this.findings.update(id, { level: input.level as CapacityLevel }, em);
      await this.findings.recordLevel({ findingId: id, level: input.level, missionId: mission.id, note: input.note ?? null, recordedBy: actingUserId(actor) }, em);
      const after = toFindingDto((await this.findings.find(engagementId, id, em)) as Finding, await this.findings.levelHistory(id, em));
      await this.audit.record(em, actor, {
        action: 'finding.rescore',
        entity: 'finding',
        entityId: id,
        engagementId,
        before: { level: current.level },
        after: { level: input.level, missionId: mission.id, note: input.note ?? null },
      });
      return after;
    });
  }

  /** Every finding of the engagement, for exports and imports. */
  async all(actor: Actor, engagementId: string, em?: EntityManager): Promise<{ engagement: Engagement; findings: Finding[] }> {
    const { engagement } = await this.access.require(actor, engagementId, 'findings.read', em);
    return { engagement, findings: await this.findings.findAll(engagementId, em) };
  }

  /** For other modules, after their own access check: every finding of the engagement. */
  findingsOf(engagementId: string, em?: EntityManager): Promise<Finding[]> {
    return this.findings.findAll(engagementId, em);
  }

  findByCode(engagementId: string, code: string, em: EntityManager): Promise<Finding | null> {
    return this.findings.findByCode(engagementId, code, em);
  }

  private async transition(
    actor: Actor,
    engagementId: string,
    id: string,
    permission: 'findings.validate' | 'findings.write',
    action: string,
    next: (finding: Finding) => Partial<Finding>,
  ): Promise<FindingDto> {
    return this.dataSource.transaction(async (em) => {
      await this.access.require(actor, engagementId, permission, em);
      const current = await this.lockFinding(engagementId, id, em);
      const changes = next(current);
      await this.findings.update(id, changes, em);
      const after = toFindingDto((await this.findings.find(engagementId, id, em)) as Finding);
      await this.audit.record(em, actor, { action, entity: 'finding', entityId: id, engagementId, before: toFindingDto(current), after });
      return after;
    });
  }

  private async lockFinding(engagementId: string, id: string, em: EntityManager): Promise<Finding> {
    const finding = await this.findings.find(engagementId, id, em, true);
    if (!finding) throw new FindingNotFoundError(id);
    return finding;
  }

  /** The area must be in the engagement's scope (or cross-cutting) and the mission one of its own. */
  private async checkScope(engagement: Engagement, input: { thematicArea: string; missionId?: string | null }, em: EntityManager): Promise<void> {
    const errors: FieldError[] = [];
    if (input.thematicArea !== CROSS_CUTTING && !engagement.thematicAreas.includes(input.thematicArea)) {
      errors.push({
        field: 'thematicArea',
        message: `thematicArea must be one of this engagement's areas (${[...engagement.thematicAreas, CROSS_CUTTING].join(', ')})`,
      });
    }
    if (input.missionId && !(await this.missions.findInEngagement(engagement.id, input.missionId, em))) {
      errors.push({ field: 'missionId', message: 'missionId must be a mission of this engagement' });
    }
    if (errors.length > 0) throw new ValidationFailedError(errors);
  }
}

function content(input: CreateFindingDto | Finding): FindingContent {
  return {
    kind: input.kind,
    thematicArea: input.thematicArea,
    dimension: input.dimension as Dimension,
    phase: input.phase as Phase,
    level: input.level as CapacityLevel,
    title: input.title,
    observation: input.observation,
    sensitivity: input.sensitivity,
    frameworkRefs: input.frameworkRefs ?? [],
    evidence: (input.evidence ?? []).map((e) => ({ kind: e.kind, reference: e.reference, date: e.date })),
  };
}

function changedContent(current: Finding, input: Partial<CreateFindingDto>): Partial<FindingContent> {
  const next = content({ ...current, ...definedOnly(input) } as Finding);
  const before = content(current);
  return Object.fromEntries(
    (Object.keys(next) as (keyof FindingContent)[])
      .filter((key) => JSON.stringify(next[key]) !== JSON.stringify(before[key]))
      .map((key) => [key, next[key]]),
  );
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

export function toFindingDto(finding: Finding, levels?: FindingLevel[]): FindingDto {
  return {
    id: finding.id,
    code: finding.code,
    kind: finding.kind,
    thematicArea: finding.thematicArea,
    dimension: finding.dimension,
    phase: finding.phase,
    level: finding.level,
    title: finding.title,
    observation: finding.observation,
    sensitivity: finding.sensitivity,
    frameworkRefs: finding.frameworkRefs,
    evidence: finding.evidence,
    status: finding.status,
    withdrawnReason: finding.withdrawnReason,
    missionId: finding.missionId,
    validatedBy: finding.validatedBy,
    validatedAt: finding.validatedAt ? finding.validatedAt.toISOString() : null,
    ...(levels
      ? { levelHistory: levels.map((l) => ({ level: l.level, missionId: l.missionId, note: l.note, at: l.recordedAt.toISOString() })) }
      : {}),
    version: finding.version,
    createdAt: finding.createdAt.toISOString(),
    updatedAt: finding.updatedAt.toISOString(),
  };
}
