import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { ACTION_LIBRARY, LibraryAction } from '../../templates/action-library';
import { AuditService } from '../audit/audit.service';
import { Actor } from '../common/auth/actor';
import { FieldError, StaleVersionError, ValidationFailedError } from '../common/errors/domain-error';
import { EngagementAccessService } from '../engagements/engagement-access.service';
import { Engagement } from '../engagements/engagement.entity';
import { Finding } from '../findings/finding.entity';
import { FindingsService } from '../findings/findings.service';
import { CAPACITY_LEVELS, CROSS_CUTTING } from '../reference/catalogs';
import { Action, Priority, Timeframe } from './action.entity';
import { ActionFields, ActionsRepository } from './actions.repository';
import { ActionDto, CreateActionDto, UpdateActionDto } from './dto/action.dto';
import { ActionNotFoundError, RoadmapLockedError } from './roadmap.errors';

export const DRAFTING_STAGE = 'roadmap.drafting';
/** Actions are drafted before adoption and re-planned during implementation, where the baseline-diff shows each change. */
const PLANNING_STAGES = [DRAFTING_STAGE, 'implementation'] as const;
export const RECOMMENDED_RESPONSIBLE_ENTITY = 'To be designated by the Government';

/** Priority, timeframe and target level that a gap's capacity level calls for (DESIGN §3). */
export function urgencyOf(level: number): { priority: Priority; timeframe: Timeframe; targetLevel: number } {
  if (level <= 2) return { priority: 'high', timeframe: 'short', targetLevel: 3 };
  if (level === 3) return { priority: 'medium', timeframe: 'medium', targetLevel: 4 };
  return { priority: 'low', timeframe: 'long', targetLevel: 5 };
}

/** The library actions that best answer a gap: same area, then same dimension, phase and level. */
export function bestLibraryActions(gap: Pick<Finding, 'thematicArea' | 'dimension' | 'phase' | 'level'>, limit = 2): LibraryAction[] {
  const inArea = ACTION_LIBRARY.filter((entry) => gap.thematicArea === CROSS_CUTTING || entry.thematicArea === gap.thematicArea);
  const score = (entry: LibraryAction): number =>
    (entry.dimension === gap.dimension ? 4 : 0) + (entry.phase === gap.phase ? 2 : 0) + (entry.levels.includes(gap.level) ? 1 : 0);
  const ranked = inArea.map((entry) => ({ entry, score: score(entry) })).sort((a, b) => b.score - a.score);
  const sameDimension = ranked.filter((candidate) => candidate.entry.dimension === gap.dimension);
  return (sameDimension.length > 0 ? sameDimension : ranked).slice(0, limit).map((candidate) => candidate.entry);
}

@Injectable()
export class ActionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: EngagementAccessService,
    private readonly actions: ActionsRepository,
    private readonly findings: FindingsService,
    private readonly audit: AuditService,
  ) {}

  async list(actor: Actor, engagementId: string): Promise<ActionDto[]> {
    await this.access.require(actor, engagementId, 'roadmap.read');
    return (await this.actions.list(engagementId)).map(toActionDto);
  }

  async get(actor: Actor, engagementId: string, id: string): Promise<ActionDto> {
    await this.access.require(actor, engagementId, 'roadmap.read');
    const action = await this.actions.find(engagementId, id);
    if (!action) throw new ActionNotFoundError(id);
    return toActionDto(action);
  }

  async create(actor: Actor, engagementId: string, input: CreateActionDto): Promise<ActionDto> {
    return this.inRoadmap(actor, engagementId, PLANNING_STAGES, async (em, engagement) => {
      const fields = await this.checkedFields(engagement, input, null, em);
      const action = await this.insert(em, engagement, { ...defaults(), ...fields } as ActionFields);
      await this.audit.record(em, actor, { action: 'action.create', entity: 'action', entityId: action.id, engagementId, after: toActionDto(action) });
      return toActionDto(action);
    });
  }

  async update(actor: Actor, engagementId: string, id: string, input: UpdateActionDto): Promise<ActionDto> {
    return this.inRoadmap(actor, engagementId, PLANNING_STAGES, async (em, engagement) => {
      const current = await this.actions.find(engagementId, id, em, true);
      if (!current) throw new ActionNotFoundError(id);
      if (current.version !== input.version) throw new StaleVersionError('action', input.version, current.version);
      const fields = await this.checkedFields(engagement, input, current, em);
      if (Object.keys(fields).length === 0) return toActionDto(current);
      await this.actions.update(id, fields, em);
      const after = toActionDto((await this.actions.find(engagementId, id, em)) as Action);
      await this.audit.record(em, actor, { action: 'action.update', entity: 'action', entityId: id, engagementId, before: toActionDto(current), after });
      return after;
    });
  }

  async remove(actor: Actor, engagementId: string, id: string): Promise<void> {
    await this.inRoadmap(actor, engagementId, [DRAFTING_STAGE], async (em) => {
      const current = await this.actions.find(engagementId, id, em, true);
      if (!current) throw new ActionNotFoundError(id);
      await this.actions.delete(id, em);
      await this.audit.record(em, actor, { action: 'action.delete', entity: 'action', entityId: id, engagementId, before: toActionDto(current) });
    });
  }

  /**
   * For each validated gap no action answers yet, adds the best-matching library actions (one action per
   * library entry, linked to every gap it answers). Good practices get none; a second run adds nothing.
   */
  async recommend(actor: Actor, engagementId: string): Promise<ActionDto[]> {
    return this.inRoadmap(actor, engagementId, [DRAFTING_STAGE], async (em, engagement) => {
      const existing = await this.actions.list(engagementId, em);
      const covered = new Set(existing.flatMap((action) => action.findingIds));
      const gaps = (await this.findings.findingsOf(engagementId, em)).filter(
        (f) => f.kind === 'gap' && f.status === 'validated' && f.level <= 4 && !covered.has(f.id),
      );
      const byKey = new Map(existing.filter((a) => a.libraryKey).map((a) => [a.libraryKey as string, a]));
      const created: Action[] = [];
      for (const gap of gaps) {
        for (const entry of bestLibraryActions(gap)) {
          const already = byKey.get(entry.key);
          if (already) {
            if (already.findingIds.includes(gap.id)) continue;
            const findingIds = [...already.findingIds, gap.id];
            const urgency = urgencyOf(Math.min(gap.level, ...(await this.levelsOf(engagementId, already.findingIds, em))));
            await this.actions.update(already.id, { findingIds, priority: urgency.priority, timeframe: urgency.timeframe }, em);
            Object.assign(already, { findingIds, priority: urgency.priority, timeframe: urgency.timeframe });
            continue;
          }
          const action = await this.insert(em, engagement, fromLibrary(entry, gap, engagement));
          byKey.set(entry.key, action);
          created.push(action);
        }
      }
      // One query at a time: these run on the transaction's one connection.
      const recommended: ActionDto[] = [];
      for (const action of created) {
        const dto = toActionDto((await this.actions.find(engagementId, action.id, em)) as Action);
        await this.audit.record(em, actor, { action: 'action.recommend', entity: 'action', entityId: action.id, engagementId, after: dto });
        recommended.push(dto);
      }
      return recommended;
    });
  }

  /** For versions: every action of the engagement as it stands. */
  actionsOf(engagementId: string, em?: EntityManager): Promise<Action[]> {
    return this.actions.list(engagementId, em);
  }

  private async levelsOf(engagementId: string, findingIds: string[], em: EntityManager): Promise<number[]> {
    const findings = await this.findings.findingsOf(engagementId, em);
    return findings.filter((f) => findingIds.includes(f.id)).map((f) => f.level);
  }

  private async insert(em: EntityManager, engagement: Engagement, fields: ActionFields): Promise<Action> {
    const number = await this.actions.nextNumber(engagement.id, em);
    return this.actions.insert({ ...fields, engagementId: engagement.id, number, code: `A-${String(number).padStart(2, '0')}` }, em);
  }

  private async inRoadmap<T>(
    actor: Actor,
    engagementId: string,
    stages: readonly string[],
    work: (em: EntityManager, engagement: Engagement) => Promise<T>,
  ): Promise<T> {
    return this.dataSource.transaction(async (em) => {
      // The lock keeps the stage from moving (a version, a release) while the roadmap changes.
      const { engagement } = await this.access.require(actor, engagementId, 'roadmap.write', em, { lock: true });
      if (!stages.includes(engagement.stage)) {
        const hint = engagement.stage === 'implementation' ? 'During implementation an action is cancelled, with a reason, through a progress update.' : '';
        throw new RoadmapLockedError(engagement.stage, stages, hint);
      }
      return work(em, engagement);
    });
  }

  /** Findings of this engagement (not withdrawn), an area in scope, dates in order. */
  private async checkedFields(
    engagement: Engagement,
    input: Partial<CreateActionDto>,
    current: Action | null,
    em: EntityManager,
  ): Promise<Partial<ActionFields>> {
    const errors: FieldError[] = [];
    if (input.findingIds) {
      const findings = new Map((await this.findings.findingsOf(engagement.id, em)).map((f) => [f.id, f]));
      input.findingIds.forEach((id, index) => {
        const finding = findings.get(id);
        if (!finding || finding.status === 'withdrawn') {
          errors.push({ field: `findingIds[${index}]`, message: 'each finding must be a finding of this engagement that is not withdrawn' });
        }
      });
    }
    if (input.thematicArea && input.thematicArea !== CROSS_CUTTING && !engagement.thematicAreas.includes(input.thematicArea)) {
      errors.push({ field: 'thematicArea', message: `thematicArea must be one of this engagement's areas (${[...engagement.thematicAreas, CROSS_CUTTING].join(', ')})` });
    }
    const startDate = input.startDate ?? current?.startDate ?? null;
    const endDate = input.endDate ?? current?.endDate ?? null;
    if (startDate && endDate && endDate < startDate) errors.push({ field: 'endDate', message: 'endDate must not be before startDate' });
    if (errors.length > 0) throw new ValidationFailedError(errors);
    const fields: Partial<ActionFields> = {};
    for (const key of [
      'title',
      'description',
      'findingIds',
      'thematicArea',
      'responsibleEntity',
      'partners',
      'priority',
      'timeframe',
      'startDate',
      'endDate',
      'estimatedCostUsd',
      'targetLevel',
    ] as const) {
      if (input[key] !== undefined && JSON.stringify(input[key]) !== JSON.stringify(current?.[key])) {
        (fields as Record<string, unknown>)[key] = input[key];
      }
    }
    if (input.indicators !== undefined) fields.indicators = input.indicators.map((i) => ({ description: i.description, baseline: i.baseline, target: i.target }));
    if (input.support !== undefined) fields.support = input.support.map((s) => (s.course ? { kind: s.kind, course: s.course } : { kind: s.kind }));
    if (current && fields.indicators && JSON.stringify(fields.indicators) === JSON.stringify(current.indicators)) delete fields.indicators;
    if (current && fields.support && JSON.stringify(fields.support) === JSON.stringify(current.support)) delete fields.support;
    return fields;
  }
}

function defaults(): Pick<
  ActionFields,
  'partners' | 'startDate' | 'endDate' | 'indicators' | 'support' | 'estimatedCostUsd' | 'targetLevel' | 'libraryKey' | 'sensitivityOverride' | 'sensitivityReason'
> {
  return {
    partners: [],
    startDate: null,
    endDate: null,
    indicators: [],
    support: [],
    estimatedCostUsd: null,
    targetLevel: null,
    libraryKey: null,
    sensitivityOverride: null,
    sensitivityReason: null,
  };
}

function fromLibrary(entry: LibraryAction, gap: Finding, engagement: Engagement): ActionFields {
  const urgency = urgencyOf(gap.level);
  const levelName = (level: number): string => CAPACITY_LEVELS.find((l) => l.level === level)?.name.toLowerCase() ?? String(level);
  return {
    title: entry.title,
    description: entry.description,
    findingIds: [gap.id],
    thematicArea: engagement.thematicAreas.includes(entry.thematicArea) ? entry.thematicArea : gap.thematicArea,
    responsibleEntity: RECOMMENDED_RESPONSIBLE_ENTITY,
    partners: [...entry.partners],
    priority: urgency.priority,
    timeframe: urgency.timeframe,
    startDate: null,
    endDate: null,
    sensitivityOverride: null,
    sensitivityReason: null,
    indicators: [
      {
        description: entry.indicator,
        baseline: `Capacity level ${gap.level} (${levelName(gap.level)})`,
        target: `Capacity level ${urgency.targetLevel} (${levelName(urgency.targetLevel)})`,
      },
    ],
    support: [{ kind: 'training_course', course: entry.course }, { kind: 'mentoring' }],
    estimatedCostUsd: null,
    targetLevel: urgency.targetLevel,
    libraryKey: entry.key,
  };
}

export function toActionDto(action: Action): ActionDto {
  return {
    id: action.id,
    code: action.code,
    title: action.title,
    description: action.description,
    findingIds: action.findingIds,
    thematicArea: action.thematicArea,
    responsibleEntity: action.responsibleEntity,
    partners: action.partners,
    priority: action.priority,
    timeframe: action.timeframe,
    startDate: action.startDate,
    endDate: action.endDate,
    indicators: action.indicators,
    support: action.support,
    estimatedCostUsd: action.estimatedCostUsd,
    targetLevel: action.targetLevel,
    libraryKey: action.libraryKey,
    status: action.status,
    progress: action.progress,
    version: action.version,
    createdAt: action.createdAt.toISOString(),
    updatedAt: action.updatedAt.toISOString(),
  };
}
