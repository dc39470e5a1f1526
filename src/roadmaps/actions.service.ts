import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { ACTION_LIBRARY, LibraryAction } from '../../templates/action-library';
import { AuditService } from '../audit/audit.service';
import { Actor } from '../common/auth/actor';
import { actionSensitivity, isLessRestrictive, Sensitivity, withExplicit } from '../common/confidentiality';
import { FieldError, ForbiddenError, StaleVersionError, ValidationFailedError } from '../common/errors/domain-error';
import { isAllowed } from '../engagements/engagement-access';
import { EngagementAccessService, EngagementInScope } from '../engagements/engagement-access.service';
import { Engagement } from '../engagements/engagement.entity';
import { EngagementsService } from '../engagements/engagements.service';
import { StageActivity } from '../engagements/machine/engagement.machine';
import { Finding } from '../findings/finding.entity';
import { FindingsService } from '../findings/findings.service';
import { CAPACITY_LEVELS, CROSS_CUTTING } from '../reference/catalogs';
import { Action, ActionStatus, Priority, Timeframe } from './action.entity';
import { ActionFields, ActionsRepository } from './actions.repository';
import { ActionDto, CreateActionDto, UpdateActionDto } from './dto/action.dto';
import { ActionNotFoundError } from './roadmap.errors';

export const RECOMMENDED_RESPONSIBLE_ENTITY = 'To be designated by the Government';

/** An action's default sensitivity (from its findings') and its effective one, given the engagement's findings. */
export function effectiveSensitivity(findings: readonly Pick<Finding, 'id' | 'sensitivity'>[]) {
  const byId = new Map(findings.map((f) => [f.id, f.sensitivity]));
  const defaultOf = (findingIds: readonly string[]): Sensitivity => actionSensitivity(null, findingIds.map((id) => byId.get(id)));
  return Object.assign(
    (action: Pick<Action, 'findingIds' | 'sensitivityOverride' | 'sensitivityLoweredFrom'>): Sensitivity =>
      withExplicit(defaultOf(action.findingIds), action.sensitivityOverride, action.sensitivityLoweredFrom),
    { defaultOf },
  );
}

/**
 * A programme manager's lowering was decided against the findings the action answered then: once its links
 * call for more (a more sensitive finding joins), it lapses and the default applies again.
 */
function loweringLapses(override: Sensitivity | null, defaultBefore: Sensitivity, defaultAfter: Sensitivity): boolean {
  return override !== null && isLessRestrictive(override, defaultAfter) && isLessRestrictive(defaultBefore, defaultAfter);
}

const NO_EXPLICIT_SENSITIVITY = { sensitivityOverride: null, sensitivityReason: null, sensitivityLoweredFrom: null } as const;

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
    private readonly engagements: EngagementsService,
    private readonly findings: FindingsService,
    private readonly audit: AuditService,
  ) {}

  async list(actor: Actor, engagementId: string): Promise<ActionDto[]> {
    await this.access.require(actor, engagementId, 'roadmap.read');
    const dto = await this.dtoMaker(engagementId);
    return (await this.actions.list(engagementId)).map(dto);
  }

  async get(actor: Actor, engagementId: string, id: string): Promise<ActionDto> {
    await this.access.require(actor, engagementId, 'roadmap.read');
    const action = await this.actions.find(engagementId, id);
    if (!action) throw new ActionNotFoundError(id);
    return (await this.dtoMaker(engagementId))(action);
  }

  async create(actor: Actor, engagementId: string, input: CreateActionDto): Promise<ActionDto> {
    return this.inRoadmap(actor, engagementId, 'planActions', async (em, engagement, scope) => {
      const fields = await this.checkedFields(actor, scope, engagement, input, null, em);
      const action = await this.insert(em, engagement, { ...defaults(), ...fields } as ActionFields);
      const dto = (await this.dtoMaker(engagementId, em))(action);
      await this.audit.record(em, actor, { action: 'action.create', entity: 'action', entityId: action.id, engagementId, after: dto });
      return dto;
    });
  }

  async update(actor: Actor, engagementId: string, id: string, input: UpdateActionDto): Promise<ActionDto> {
    return this.inRoadmap(actor, engagementId, 'planActions', async (em, engagement, scope) => {
      const current = await this.actions.find(engagementId, id, em, true);
      if (!current) throw new ActionNotFoundError(id);
      if (current.version !== input.version) throw new StaleVersionError('action', input.version, current.version);
      const fields = await this.checkedFields(actor, scope, engagement, input, current, em);
      const dto = await this.dtoMaker(engagementId, em);
      if (Object.keys(fields).length === 0) return dto(current);
      if (!(await this.actions.update(id, fields, em, input.version))) throw new StaleVersionError('action', input.version);
      const after = dto((await this.actions.find(engagementId, id, em)) as Action);
      await this.audit.record(em, actor, { action: 'action.update', entity: 'action', entityId: id, engagementId, before: dto(current), after });
      return after;
    });
  }

  async remove(actor: Actor, engagementId: string, id: string): Promise<void> {
    await this.inRoadmap(actor, engagementId, 'draftActions', async (em) => {
      const current = await this.actions.find(engagementId, id, em, true);
      if (!current) throw new ActionNotFoundError(id);
      const before = (await this.dtoMaker(engagementId, em))(current);
      await this.actions.delete(id, em);
      await this.audit.record(em, actor, { action: 'action.delete', entity: 'action', entityId: id, engagementId, before });
    });
  }

  /**
   * For each validated gap no action answers yet, adds the best-matching library actions (one action per
   * library entry, linked to every gap it answers). Good practices get none; a second run adds nothing.
   */
  async recommend(actor: Actor, engagementId: string): Promise<ActionDto[]> {
    return this.inRoadmap(actor, engagementId, 'draftActions', async (em, engagement) => {
      const existing = await this.actions.list(engagementId, em);
      const covered = new Set(existing.flatMap((action) => action.findingIds));
      const gaps = (await this.findings.findingsOf(engagementId, em)).filter(
        (f) => f.kind === 'gap' && f.status === 'validated' && f.level <= 4 && !covered.has(f.id),
      );
      const byKey = new Map(existing.filter((a) => a.libraryKey).map((a) => [a.libraryKey as string, a]));
      const { defaultOf } = effectiveSensitivity(await this.findings.findingsOf(engagementId, em));
      const created: Action[] = [];
      for (const gap of gaps) {
        for (const entry of bestLibraryActions(gap)) {
          const already = byKey.get(entry.key);
          if (already) {
            if (already.findingIds.includes(gap.id)) continue;
            const findingIds = [...already.findingIds, gap.id];
            const urgency = urgencyOf(Math.min(gap.level, ...(await this.levelsOf(engagementId, already.findingIds, em))));
            const lapsed = loweringLapses(already.sensitivityOverride, defaultOf(already.findingIds), defaultOf(findingIds));
            const changes = { findingIds, priority: urgency.priority, timeframe: urgency.timeframe, ...(lapsed ? NO_EXPLICIT_SENSITIVITY : {}) };
            await this.actions.update(already.id, changes, em);
            Object.assign(already, changes);
            continue;
          }
          const action = await this.insert(em, engagement, fromLibrary(entry, gap, engagement));
          byKey.set(entry.key, action);
          created.push(action);
        }
      }
      // One query at a time: these run on the transaction's one connection.
      const recommended: ActionDto[] = [];
      const toDto = await this.dtoMaker(engagementId, em);
      for (const action of created) {
        const dto = toDto((await this.actions.find(engagementId, action.id, em)) as Action);
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

  /** For implementation: one action of the engagement, or null. */
  actionOf(engagementId: string, id: string, em?: EntityManager): Promise<Action | null> {
    return this.actions.find(engagementId, id, em);
  }

  /** id → code of every action of the engagement. */
  async codesOf(engagementId: string, em?: EntityManager): Promise<Map<string, string>> {
    return new Map((await this.actions.codes(engagementId, em)).map((action) => [action.id, action.code]));
  }

  /** For implementation, inside its transaction: a progress report sets the action's status and percent. */
  async recordProgress(id: string, progress: { status: ActionStatus; percent: number }, em: EntityManager): Promise<void> {
    await this.actions.setProgress(id, progress.status, progress.percent, em);
  }

  /** Each action's effective sensitivity by id, for modules that show actions to an audience. */
  async sensitivitiesOf(engagementId: string, em?: EntityManager): Promise<Map<string, Sensitivity>> {
    const sensitivityOf = effectiveSensitivity(await this.findings.findingsOf(engagementId, em));
    return new Map((await this.actions.list(engagementId, em)).map((action) => [action.id, sensitivityOf(action)]));
  }

  /** Turns actions into DTOs with their sensitivity, from the engagement's findings as they stand now. */
  private async dtoMaker(engagementId: string, em?: EntityManager): Promise<(action: Action) => ActionDto> {
    const sensitivityOf = effectiveSensitivity(await this.findings.findingsOf(engagementId, em));
    return (action) => toActionDto(action, sensitivityOf.defaultOf(action.findingIds));
  }

  private async levelsOf(engagementId: string, findingIds: string[], em: EntityManager): Promise<number[]> {
    const findings = await this.findings.findingsOf(engagementId, em);
    return findings.filter((f) => findingIds.includes(f.id)).map((f) => f.level);
  }

  private async insert(em: EntityManager, engagement: Engagement, fields: ActionFields): Promise<Action> {
    const number = await this.engagements.nextNumber(engagement.id, 'action', em);
    return this.actions.insert({ ...fields, engagementId: engagement.id, number, code: `A-${String(number).padStart(2, '0')}` }, em);
  }

  private async inRoadmap<T>(
    actor: Actor,
    engagementId: string,
    activity: StageActivity,
    work: (em: EntityManager, engagement: Engagement, scope: EngagementInScope) => Promise<T>,
  ): Promise<T> {
    return this.dataSource.transaction(async (em) => {
      // The engagement stays locked, so its stage cannot move (a version, a release) while the roadmap changes.
      const scope = await this.access.requireAtStage(actor, engagementId, 'roadmap.write', activity, em);
      return work(em, scope.engagement, scope);
    });
  }

  /** Findings of this engagement (not withdrawn), an area in scope, dates in order, a sensitivity one may set. */
  private async checkedFields(
    actor: Actor,
    scope: EngagementInScope,
    engagement: Engagement,
    input: Partial<CreateActionDto>,
    current: Action | null,
    em: EntityManager,
  ): Promise<Partial<ActionFields>> {
    const errors: FieldError[] = [];
    const engagementFindings = await this.findings.findingsOf(engagement.id, em);
    const sensitivity = this.checkedSensitivity(actor, scope, effectiveSensitivity(engagementFindings).defaultOf, input, current, errors);
    if (input.findingIds) {
      const findings = new Map(engagementFindings.map((f) => [f.id, f]));
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
    return { ...fields, ...sensitivity };
  }

  /**
   * The explicit sensitivity a request sets (null: back to the default). Raising it hides more and is open to
   * whoever drafts; setting it below the default (the most restrictive of the findings') is a programme
   * manager's decision, with a reason. An earlier lowering does not survive links to a more sensitive finding.
   */
  private checkedSensitivity(
    actor: Actor,
    scope: EngagementInScope,
    defaultOf: (findingIds: readonly string[]) => Sensitivity,
    input: Partial<CreateActionDto>,
    current: Action | null,
    errors: FieldError[],
  ): Partial<ActionFields> {
    const fallback = defaultOf(input.findingIds ?? current?.findingIds ?? []);
    const kept = current?.sensitivityOverride ?? null;
    const keptReason = current?.sensitivityReason ?? null;
    const reason = input.sensitivityReason === undefined ? undefined : input.sensitivityReason?.trim() || null;
    const wanted = input.sensitivity === undefined ? kept : input.sensitivity;
    const nextReason = reason === undefined ? (wanted === kept ? keptReason : null) : reason;
    if (wanted === kept && nextReason === keptReason) {
      // Nothing asked for; but if the links changed under an explicit lowering, the decision was about other
      // findings and lapses (back to the default, which hides more).
      return current && loweringLapses(kept, defaultOf(current.findingIds), fallback) ? NO_EXPLICIT_SENSITIVITY : {};
    }
    if (wanted === null) {
      if (reason) errors.push({ field: 'sensitivityReason', message: 'sensitivityReason goes with an explicit sensitivity' });
      return NO_EXPLICIT_SENSITIVITY;
    }
    if (isLessRestrictive(wanted, fallback)) {
      if (!isAllowed(actor, scope.membership?.role ?? null, 'roadmap.declassify')) {
        throw new ForbiddenError(`Only a programme manager may set an action's sensitivity below that of its findings (${fallback}).`);
      }
      if (!nextReason) {
        errors.push({ field: 'sensitivityReason', message: `sensitivityReason is required to set the sensitivity below that of the action's findings (${fallback})` });
      }
    }
    // A lowering remembers the default it was decided against: a more sensitive finding later voids it.
    return { sensitivityOverride: wanted, sensitivityReason: nextReason, sensitivityLoweredFrom: isLessRestrictive(wanted, fallback) ? fallback : null };
  }
}

function defaults(): Pick<
  ActionFields,
  'partners' | 'startDate' | 'endDate' | 'indicators' | 'support' | 'estimatedCostUsd' | 'targetLevel' | 'libraryKey' | 'sensitivityOverride' | 'sensitivityReason' | 'sensitivityLoweredFrom'
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
    sensitivityLoweredFrom: null,
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
    sensitivityLoweredFrom: null,
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

/** An action as the API shows it; `defaultSensitivity` is the most restrictive of its findings' as they stand. */
export function toActionDto(action: Action, defaultSensitivity: Sensitivity): ActionDto {
  const effective = withExplicit(defaultSensitivity, action.sensitivityOverride, action.sensitivityLoweredFrom);
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
    sensitivity: effective,
    // An explicit setting that lapsed (a more sensitive finding joined) is no longer what applies.
    sensitivityExplicit: action.sensitivityOverride !== null && effective === action.sensitivityOverride,
    sensitivityReason: action.sensitivityReason,
    defaultSensitivity,
    status: action.status,
    progress: action.progress,
    version: action.version,
    createdAt: action.createdAt.toISOString(),
    updatedAt: action.updatedAt.toISOString(),
  };
}
