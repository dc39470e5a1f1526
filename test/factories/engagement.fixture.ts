import { DataSource, EntityManager } from 'typeorm';
import { SYSTEM_ACTOR } from '../../src/common/auth/actor';
import { MembershipRole } from '../../src/common/auth/roles';
import { EngagementTransition } from '../../src/engagements/engagement-transition.entity';
import { Engagement } from '../../src/engagements/engagement.entity';
import { EngagementEventType, FINAL_STAGES, INITIAL_STAGE, Stage, stagePermits, toStored } from '../../src/engagements/machine/engagement.machine';
import { Membership } from '../../src/engagements/membership.entity';
import { CreateFindingDto } from '../../src/findings/dto/finding.dto';
import { FindingLevel } from '../../src/findings/finding-level.entity';
import { Finding, FindingStatus } from '../../src/findings/finding.entity';
import { Adoption } from '../../src/implementation/adoption.entity';
import { RecordAdoptionDto } from '../../src/implementation/dto/adoption.dto';
import { ProgressUpdate } from '../../src/implementation/progress-update.entity';
import { Consultation } from '../../src/missions/consultation.entity';
import { CreateConsultationDto, CreateMissionDto } from '../../src/missions/dto/mission.dto';
import { Mission } from '../../src/missions/mission.entity';
import { CROSS_CUTTING } from '../../src/reference/catalogs';
import { UN_COUNTRY_CODES } from '../../src/reference/countries';
import { Action, ActionStatus } from '../../src/roadmaps/action.entity';
import { CreateActionDto } from '../../src/roadmaps/dto/action.dto';
import { RoadmapVersion } from '../../src/roadmaps/roadmap-version.entity';
import { VersionsService } from '../../src/roadmaps/versions.service';
import { User } from '../../src/users/user.entity';
import { TestApp } from '../utils/create-test-app';
import { actionInput } from './action.factory';
import { adoptionInput } from './adoption.factory';
import { engagementInput } from './engagement.factory';
import { findingInput } from './finding.factory';
import { commentFor, shortestWalk, Step, walkEvents } from './machine-walk';
import { consultationInput, missionInput } from './mission.factory';

/** Anyone with a user id: a signed-in test session will do. */
export interface UserRef {
  userId: string;
}

/** A finding as the API takes it, and its status (validated unless said otherwise). */
export type FindingSpec = Partial<CreateFindingDto> & { status?: FindingStatus };

/**
 * An action as the API takes it; it answers every validated finding unless it names its own, by id or by
 * index in `findings`.
 */
export type ActionSpec = Partial<Omit<CreateActionDto, 'sensitivity' | 'sensitivityReason'>> & { findings?: number[] };

export interface VersionSpec {
  released?: boolean;
  status?: 'draft' | 'final';
}

/** One progress report on the action at this index of `actions`. */
export interface ProgressSpec {
  action: number;
  status: ActionStatus;
  percent: number;
  note?: string;
}

export interface EngagementOptions {
  /** A stage of the machine as the API names it (`roadmap.consultation`); default: the machine's initial stage. */
  stage?: Stage;
  /** The stage a suspended or withdrawn engagement left (the walk goes through it first). */
  from?: Stage;
  /** The events to walk, when the shortest walk to `stage` is not the story (e.g. a reopened assessment). */
  events?: EngagementEventType[];
  /** Default: a State with no active engagement yet. */
  country?: string;
  title?: string;
  /** Default: the areas of the validated findings (as the assessment would have covered them). */
  thematicAreas?: string[];
  languages?: string[];
  /** The mission lead (a member, and the mission's lead); default: a user made for it. */
  lead?: UserRef;
  focal?: UserRef;
  members?: { user: UserRef; role: MembershipRole }[];
  /** The mission; there is one by default once the walk starts it. */
  mission?: Partial<CreateMissionDto>;
  consultations?: Partial<CreateConsultationDto>[];
  /** Default once the assessment is submitted: one validated finding (`findingInput()`). */
  findings?: FindingSpec[];
  /** Default once the roadmap is submitted for adoption: one action answering every finding. */
  actions?: ActionSpec[];
  /**
   * Versions, made while the roadmap is drafted (as the app makes them, from what is there then). Default: one
   * once the walk releases or submits a roadmap; the latest released by RELEASE_DRAFT, final from SUBMIT_FOR_ADOPTION.
   */
  versions?: VersionSpec[];
  /** The adoption record; there is one (of the final version, today) by default once RECORD_ADOPTION is walked. */
  adoption?: Partial<RecordAdoptionDto>;
  /** Default once COMPLETE is walked: every action completed. */
  progress?: ProgressSpec[];
}

export interface EngagementFixture {
  id: string;
  url: string;
  stage: Stage;
  leadId: string;
  missionId: string | null;
  /** Finding ids in the order given. */
  findingIds: string[];
  /** Action ids in the order given. */
  actionIds: string[];
}

/** Per test file (jest loads modules per file), as is its database. */
let usersMade = 0;

/**
 * Inserts engagements straight into the test's database in any stage of the machine, with what that stage
 * implies (immich's medium-test fixtures): a test states only what matters to it, and no guard change upstream
 * breaks it. The stored machine state is the one the machine itself reaches by walking the events; the history
 * rows are those the app writes; versions are made by the app's own VersionsService from the rows inserted.
 */
export class Fixtures {
  constructor(private readonly t: TestApp) {}

  private get db(): DataSource {
    return this.t.app.get(DataSource);
  }

  async newEngagement(options: EngagementOptions = {}): Promise<EngagementFixture> {
    const steps = options.events ? walkEvents(options.events) : shortestWalk(options.stage ?? INITIAL_STAGE, options.from);
    const stage = steps.at(-1)?.to ?? INITIAL_STAGE;
    if (options.stage !== undefined && options.stage !== stage) throw new Error(`The events given lead to ${stage}, not ${options.stage}`);
    const walked = (event: EngagementEventType): boolean => steps.some((step) => step.event === event);
    // Where the app makes versions: the fixture makes them there too, from what is there then.
    const draftingAt = steps.map((step) => stagePermits(step.to, 'makeVersions')).lastIndexOf(true);

    const findings = options.findings ?? (walked('SUBMIT_ASSESSMENT') ? [{}] : []);
    const actions = options.actions ?? (walked('SUBMIT_FOR_ADOPTION') ? [{}] : []);
    const versions = options.versions ?? (walked('RELEASE_DRAFT') || walked('SUBMIT_FOR_ADOPTION') ? [{}] : []);
    if ((actions.length > 0 || versions.length > 0) && draftingAt < 0) throw new Error(`An engagement walked to ${stage} never had a roadmap drafted`);

    const country = options.country ?? (await this.freeCountry());
    const lead = options.lead ?? (await this.newUser('mission_member'));
    const validatedAreas = findings.filter((f) => (f.status ?? 'validated') === 'validated').map((f) => findingInput(f).thematicArea);
    const areas = [...new Set(validatedAreas)].filter((area) => area !== CROSS_CUTTING);

    const built = await this.db.transaction(async (em) => {
      const id = await this.insertEngagement(em, {
        ...engagementInput({ country }),
        ...(areas.length > 0 ? { thematicAreas: areas } : {}),
        ...pick(options, ['title', 'thematicAreas', 'languages']),
      });
      const members = [
        { user: lead, role: 'mission_lead' as const },
        ...(options.focal ? [{ user: options.focal, role: 'focal_point' as const }] : []),
        ...(options.members ?? []),
      ];
      for (const member of members) await em.insert(Membership, { engagementId: id, userId: member.user.userId, role: member.role });
      const missionId = await this.insertMission(em, id, lead.userId, options, walked);
      const findingIds = await this.insertFindings(em, id, country, lead.userId, findings);
      const validated = findingIds.filter((_, index) => (findings[index].status ?? 'validated') === 'validated');
      const actionIds = await this.insertActions(
        em,
        id,
        actions.map(({ findings: indices, ...action }) => actionInput(indices ? indices.map((index) => findingIds[index]) : validated, action)),
      );
      // Where the roadmap is drafted, so that versions are made as the app makes them.
      await this.moveTo(em, id, steps.slice(0, draftingAt + 1));
      return { id, missionId, findingIds, actionIds };
    });

    for (let made = 0; made < versions.length; made += 1) await this.t.app.get(VersionsService).create(SYSTEM_ACTOR, built.id);

    await this.db.transaction(async (em) => {
      await this.markVersions(em, built.id, versions, walked);
      if (options.adoption || walked('RECORD_ADOPTION')) await this.insertAdoption(em, built.id, options.adoption);
      const progress = options.progress ?? (walked('COMPLETE') ? built.actionIds.map((_, action) => ({ action, status: 'completed' as const, percent: 100 })) : []);
      for (const report of progress) await this.insertProgress(em, built.id, built.actionIds[report.action], report);
      await this.moveTo(em, built.id, steps);
    });
    return { ...built, url: `/api/engagements/${built.id}`, stage, leadId: lead.userId };
  }

  /** A user who never signs in (no password verifies), for the parts a test does not act as. */
  async newUser(role: User['role']): Promise<UserRef> {
    usersMade += 1;
    const email = `fixture.${role.replace('_', '.')}.${usersMade}@test.example.org`;
    const result = await this.db.manager.insert(User, { email, name: `Fixture ${role} ${usersMade}`, role, passwordHash: '!' });
    return { userId: (result.identifiers[0] as { id: string }).id };
  }

  private async freeCountry(): Promise<string> {
    const rows = await this.db.query<{ country: string }[]>(`SELECT country FROM engagements WHERE NOT (stage = ANY($1))`, [[...FINAL_STAGES]]);
    const active = new Set(rows.map((row) => row.country));
    const free = UN_COUNTRY_CODES.find((code) => !active.has(code));
    if (!free) throw new Error('Every State has an active engagement');
    return free;
  }

  private async insertEngagement(em: EntityManager, fields: Pick<Engagement, 'country' | 'title' | 'thematicAreas' | 'languages'>): Promise<string> {
    const result = await em.insert(Engagement, fields);
    return (result.identifiers[0] as { id: string }).id;
  }

  private async insertMission(
    em: EntityManager,
    engagementId: string,
    leadId: string,
    options: EngagementOptions,
    walked: (event: EngagementEventType) => boolean,
  ): Promise<string | null> {
    const consultations = options.consultations ?? (walked('COMPLETE_MISSION') ? [{}] : []);
    if (!options.mission && !walked('START_MISSION') && consultations.length === 0) return null;
    const mission = missionInput({ leadId, ...options.mission });
    const result = await em.insert(Mission, {
      engagementId,
      type: mission.type,
      startDate: mission.startDate ?? null,
      endDate: mission.endDate ?? null,
      leadId: mission.leadId ?? null,
      teamIds: mission.teamIds ?? [],
      documentsReviewed: mission.documentsReviewed ?? [],
    });
    const missionId = (result.identifiers[0] as { id: string }).id;
    for (const consultation of consultations) await em.insert(Consultation, { missionId, ...consultationInput(consultation) });
    return missionId;
  }

  private async insertFindings(em: EntityManager, engagementId: string, country: string, leadId: string, specs: FindingSpec[]): Promise<string[]> {
    const ids: string[] = [];
    for (const [index, { status = 'validated', ...spec }] of specs.entries()) {
      const input = findingInput(spec);
      const number = index + 1;
      const result = await em.insert(Finding, {
        engagementId,
        number,
        code: `${country}-F-${String(number).padStart(3, '0')}`,
        kind: input.kind,
        thematicArea: input.thematicArea,
        dimension: input.dimension as Finding['dimension'],
        phase: input.phase as Finding['phase'],
        level: input.level as Finding['level'],
        title: input.title,
        observation: input.observation,
        sensitivity: input.sensitivity,
        frameworkRefs: input.frameworkRefs ?? [],
        evidence: input.evidence ?? [],
        missionId: input.missionId ?? null,
        status,
        // Validating is an edit: the app counts it in the version.
        ...(status === 'validated' ? { validatedBy: leadId, validatedAt: new Date(), version: 2 } : {}),
      });
      const id = (result.identifiers[0] as { id: string }).id;
      await em.insert(FindingLevel, { findingId: id, level: input.level, missionId: input.missionId ?? null, recordedBy: leadId, note: 'first scoring' });
      ids.push(id);
    }
    await em.update(Engagement, { id: engagementId }, { findingSequence: specs.length });
    return ids;
  }

  private async insertActions(em: EntityManager, engagementId: string, inputs: CreateActionDto[]): Promise<string[]> {
    const ids: string[] = [];
    for (const [index, input] of inputs.entries()) {
      const number = index + 1;
      const result = await em.insert(Action, {
        engagementId,
        number,
        code: `A-${String(number).padStart(2, '0')}`,
        title: input.title,
        description: input.description,
        findingIds: input.findingIds,
        thematicArea: input.thematicArea,
        responsibleEntity: input.responsibleEntity,
        partners: input.partners ?? [],
        priority: input.priority,
        timeframe: input.timeframe,
        startDate: input.startDate ?? null,
        endDate: input.endDate ?? null,
        indicators: input.indicators ?? [],
        support: input.support ?? [],
        estimatedCostUsd: input.estimatedCostUsd ?? null,
        targetLevel: input.targetLevel ?? null,
      });
      ids.push((result.identifiers[0] as { id: string }).id);
    }
    await em.update(Engagement, { id: engagementId }, { actionSequence: inputs.length });
    return ids;
  }

  /** Released and final flags as the walk implies them (the latest version), or as each version says. */
  private async markVersions(em: EntityManager, engagementId: string, specs: VersionSpec[], walked: (event: EngagementEventType) => boolean): Promise<void> {
    for (const [index, spec] of specs.entries()) {
      const latest = index === specs.length - 1;
      const final = spec.status ? spec.status === 'final' : latest && walked('SUBMIT_FOR_ADOPTION');
      const released = spec.released ?? (final || (latest && walked('RELEASE_DRAFT')));
      if (!final && !released) continue;
      await em.update(
        RoadmapVersion,
        { engagementId, number: index + 1 },
        { ...(final ? { status: 'final' as const } : {}), ...(released ? { released: true, releasedAt: () => 'now()' } : {}) },
      );
    }
  }

  private async insertAdoption(em: EntityManager, engagementId: string, overrides: EngagementOptions['adoption']): Promise<void> {
    const final = await em.findOne(RoadmapVersion, { where: { engagementId, status: 'final' }, order: { number: 'DESC' } });
    await em.insert(Adoption, { engagementId, ...adoptionInput({ versionNumber: final?.number ?? 1, ...overrides }), recordedBy: null });
  }

  private async insertProgress(em: EntityManager, engagementId: string, actionId: string, report: ProgressSpec): Promise<void> {
    await em
      .createQueryBuilder()
      .insert()
      .into(ProgressUpdate)
      .values({
        engagementId,
        actionId,
        status: report.status,
        percent: report.percent,
        note: report.note ?? '',
        reporterId: null,
        reporterEmail: SYSTEM_ACTOR.email,
        // As the app writes them: the latest update is the one written last.
        reportedAt: () => 'clock_timestamp()',
      })
      .execute();
    await em.update(Action, { id: actionId }, { status: report.status, progress: report.percent });
  }

  /** Stores the state the walk ends in, and a history row for each of its events not stored yet, as the pipeline does. */
  private async moveTo(em: EntityManager, engagementId: string, steps: Step[]): Promise<void> {
    const stored = await em.count(EngagementTransition, { where: { engagementId } });
    for (const step of steps.slice(stored)) {
      await em.insert(EngagementTransition, {
        engagementId,
        fromStage: step.from,
        toStage: step.to,
        event: step.event,
        actorId: null,
        actorEmail: SYSTEM_ACTOR.email,
        comment: commentFor(step.event),
      });
    }
    const last = steps.at(-1);
    if (!last) return;
    await em.update(Engagement, { id: engagementId }, { ...toStored(last.snapshot), stage: last.to, version: 1 + steps.length });
  }
}

export function fixtures(t: TestApp): Fixtures {
  return new Fixtures(t);
}

function pick<T extends object, K extends keyof T>(from: T, keys: K[]): Partial<Pick<T, K>> {
  return Object.fromEntries(keys.filter((key) => from[key] !== undefined).map((key) => [key, from[key]])) as Partial<Pick<T, K>>;
}
