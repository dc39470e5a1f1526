import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { Actor, actingUserId } from '../common/auth/actor';
import { FieldError, ValidationFailedError } from '../common/errors/domain-error';
import { EngagementPermission } from '../engagements/engagement-access';
import { EngagementAccessService, EngagementInScope } from '../engagements/engagement-access.service';
import { ActionsService } from '../roadmaps/actions.service';
import { StageActivity } from '../engagements/machine/engagement.machine';
import { ActionNotFoundError } from '../roadmaps/roadmap.errors';
import { ActionScheduleRepository, CountsRow } from './action-schedule.repository';
import { AdoptionsRepository } from './adoptions.repository';
import { ActionCountsDto, ImplementationDto } from './dto/implementation.dto';
import { CreateMentoringSessionDto, MentoringSessionDto, toMentoringSessionDto } from './dto/mentoring-session.dto';
import { ProgressUpdateDto, ReportProgressDto, toProgressUpdateDto } from './dto/progress.dto';
import { CreateTrainingDto, toTrainingDto, TrainingDto } from './dto/training.dto';
import { MentoringSessionsRepository } from './mentoring-sessions.repository';
import { ProgressUpdatesRepository } from './progress-updates.repository';
import { TrainingsRepository } from './trainings.repository';

/** What the percent must be for a status, and when a note is required (DESIGN §3). */
export function progressErrors(input: ReportProgressDto): FieldError[] {
  const errors: FieldError[] = [];
  if (input.status === 'completed' && input.percent !== 100) errors.push({ field: 'percent', message: 'percent must be 100 for a completed action' });
  if (input.status === 'not_started' && input.percent !== 0) errors.push({ field: 'percent', message: 'percent must be 0 for an action not started' });
  if (input.status === 'cancelled' && !input.note) errors.push({ field: 'note', message: 'note must give the reason the action is cancelled' });
  return errors;
}

/** Progress of the actions, mentoring sessions and trainings during implementation. */
@Injectable()
export class ImplementationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: EngagementAccessService,
    private readonly actions: ActionsService,
    private readonly schedules: ActionScheduleRepository,
    private readonly adoptions: AdoptionsRepository,
    private readonly progressUpdates: ProgressUpdatesRepository,
    private readonly sessionRecords: MentoringSessionsRepository,
    private readonly trainingRecords: TrainingsRepository,
    private readonly audit: AuditService,
  ) {}

  async summary(actor: Actor, engagementId: string): Promise<ImplementationDto> {
    const { audience } = await this.access.require(actor, engagementId, 'implementation.read');
    const adoption = await this.adoptions.find(engagementId);
    // Only the actions this reader may see: the State reads its plan, never the working roadmap (issue #14).
    const counts = await this.schedules.counts(engagementId, audience);
    const schedule = await this.schedules.schedule(engagementId, audience);
    const engagementRow = counts.find((row) => row.thematic_area === null);
    return {
      baselineVersion: adoption?.versionNumber ?? null,
      adoptedOn: adoption?.adoptedOn ?? null,
      ...toCounts(engagementRow),
      areas: counts.filter((row) => row.thematic_area !== null).map((row) => ({ thematicArea: row.thematic_area as string, ...toCounts(row) })),
      actions: schedule.map((row) => ({
        id: row.action_id,
        code: row.code,
        title: row.title,
        thematicArea: row.thematic_area,
        responsibleEntity: row.responsible_entity,
        status: row.status,
        percent: row.progress,
        dueOn: row.due_on,
        overdue: row.overdue === true,
      })),
    };
  }

  /** Appends a progress update; the action's status and percent become the update's. */
  async report(actor: Actor, engagementId: string, actionId: string, input: ReportProgressDto): Promise<ProgressUpdateDto> {
    return this.inImplementation(actor, engagementId, 'progress.report', 'reportProgress', async (em, scope) => {
      const action = await this.actions.actionOf(engagementId, actionId, em);
      if (!action || !(await this.mayRead(scope, actionId, em))) throw new ActionNotFoundError(actionId);
      const errors = progressErrors(input);
      if (errors.length > 0) throw new ValidationFailedError(errors);
      const update = await this.progressUpdates.insert(
        {
          engagementId,
          actionId,
          status: input.status,
          percent: input.percent,
          note: input.note ?? '',
          reporterId: actingUserId(actor),
          reporterEmail: actor.email,
        },
        em,
      );
      await this.actions.recordProgress(actionId, input, em);
      const dto = toProgressUpdateDto(update);
      await this.audit.record(em, actor, {
        action: 'action.progress',
        entity: 'action',
        entityId: actionId,
        engagementId,
        before: { status: action.status, percent: action.progress },
        after: dto,
      });
      return dto;
    });
  }

  async progressOf(actor: Actor, engagementId: string, actionId: string): Promise<ProgressUpdateDto[]> {
    const scope = await this.access.require(actor, engagementId, 'implementation.read');
    if (!(await this.actions.actionOf(engagementId, actionId)) || !(await this.mayRead(scope, actionId))) throw new ActionNotFoundError(actionId);
    const updates = await this.progressUpdates.listOfAction(actionId);
    return updates.map(toProgressUpdateDto);
  }

  async mentoringSessions(actor: Actor, engagementId: string): Promise<MentoringSessionDto[]> {
    const scope = await this.access.require(actor, engagementId, 'implementation.read');
    const sessions = await this.sessionRecords.list(engagementId);
    const codes = await this.readableCodes(scope);
    return linkedToReadable(sessions, codes).map((session) => toMentoringSessionDto(session, codes));
  }

  async recordMentoringSession(actor: Actor, engagementId: string, input: CreateMentoringSessionDto): Promise<MentoringSessionDto> {
    return this.inImplementation(actor, engagementId, 'implementation.write', 'recordMentoring', async (em) => {
      const codes = await this.checkedActions(engagementId, input.actionIds, em);
      const session = await this.sessionRecords.insert(
        {
          engagementId,
          date: input.date,
          mentor: input.mentor,
          topics: input.topics,
          actionIds: input.actionIds,
          notes: input.notes ?? '',
          recordedBy: actingUserId(actor),
        },
        em,
      );
      const dto = toMentoringSessionDto(session, codes);
      await this.audit.record(em, actor, { action: 'mentoring.record', entity: 'mentoring_session', entityId: session.id, engagementId, after: dto });
      return dto;
    });
  }

  async trainings(actor: Actor, engagementId: string): Promise<TrainingDto[]> {
    const scope = await this.access.require(actor, engagementId, 'implementation.read');
    const trainings = await this.trainingRecords.list(engagementId);
    const codes = await this.readableCodes(scope);
    return linkedToReadable(trainings, codes).map((training) => toTrainingDto(training, codes));
  }

  async recordTraining(actor: Actor, engagementId: string, input: CreateTrainingDto): Promise<TrainingDto> {
    return this.inImplementation(actor, engagementId, 'implementation.write', 'recordTrainings', async (em) => {
      const errors: FieldError[] = [];
      if (input.endDate < input.startDate) errors.push({ field: 'endDate', message: 'endDate must not be before startDate' });
      if (input.participants.women + input.participants.men > input.participants.total) {
        errors.push({ field: 'participants', message: 'participants.women and participants.men must not add up to more than participants.total' });
      }
      if (errors.length > 0) throw new ValidationFailedError(errors);
      const codes = await this.checkedActions(engagementId, input.actionIds, em);
      const training = await this.trainingRecords.insert(
        {
          engagementId,
          course: input.course,
          startDate: input.startDate,
          endDate: input.endDate,
          participantsTotal: input.participants.total,
          participantsWomen: input.participants.women,
          participantsMen: input.participants.men,
          institutions: input.institutions,
          actionIds: input.actionIds,
          preTestAverage: input.preTestAverage ?? null,
          postTestAverage: input.postTestAverage ?? null,
          recordedBy: actingUserId(actor),
        },
        em,
      );
      const dto = toTrainingDto(training, codes);
      await this.audit.record(em, actor, { action: 'training.record', entity: 'training', entityId: training.id, engagementId, after: dto });
      return dto;
    });
  }

  private async inImplementation<T>(
    actor: Actor,
    engagementId: string,
    permission: EngagementPermission,
    activity: StageActivity,
    work: (em: EntityManager, scope: EngagementInScope) => Promise<T>,
  ): Promise<T> {
    return this.dataSource.transaction(async (em) => {
      // The lock orders reports against COMPLETE: an engagement is never completed under a report in flight.
      return work(em, await this.access.requireAtStage(actor, engagementId, permission, activity, em));
    });
  }

  /** Whether this reader may see the action (out of their sight it does not exist for them: 404). */
  private async mayRead(scope: EngagementInScope, actionId: string, em?: EntityManager): Promise<boolean> {
    return scope.audience === 'internal' || this.schedules.isReadable(scope.engagement.id, scope.audience, actionId, em);
  }

  /** id → code of the actions this reader may see. */
  private readableCodes(scope: EngagementInScope, em?: EntityManager): Promise<Map<string, string>> {
    if (scope.audience === 'internal') return this.actions.codesOf(scope.engagement.id, em);
    return this.schedules.readableCodes(scope.engagement.id, scope.audience, em);
  }

  /** Every id must be an action of this engagement; returns id → code for the answer. */
  private async checkedActions(engagementId: string, actionIds: string[], em: EntityManager): Promise<Map<string, string>> {
    const codes = await this.actions.codesOf(engagementId, em);
    const errors = actionIds.flatMap((id, index) => (codes.has(id) ? [] : [{ field: `actionIds[${index}]`, message: 'each action must be an action of this engagement' }]));
    if (errors.length > 0) throw new ValidationFailedError(errors);
    return codes;
  }
}

/**
 * Sessions and trainings as a reader sees them: only those whose every action they may see (the topics, notes
 * and institutions of one that also served a hidden action would tell of it).
 */
function linkedToReadable<T extends { actionIds: string[] }>(items: T[], readable: Map<string, string>): T[] {
  return items.filter((item) => item.actionIds.every((id) => readable.has(id)));
}

function toCounts(row: CountsRow | undefined): ActionCountsDto {
  return {
    total: row?.total ?? 0,
    completed: row?.completed ?? 0,
    cancelled: row?.cancelled ?? 0,
    overdue: row?.overdue ?? 0,
    progress: row?.progress ?? null,
  };
}
