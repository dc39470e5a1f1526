import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { SYSTEM_ACTOR } from '../common/auth/actor';
import { calendarDate } from '../common/calendar-date';
import { APP_CONFIG, AppConfig } from '../config/app.config';
import { EngagementAlreadyActiveError } from '../engagements/engagement.errors';
import { EngagementsService } from '../engagements/engagements.service';
import { MembersService } from '../engagements/members.service';
import { UsersService } from '../users/users.service';
import { FindingsService } from '../findings/findings.service';
import { MissionsService } from '../missions/missions.service';
import { PipelineService } from '../engagements/pipeline.service';
import { AdoptionService } from '../implementation/adoption.service';
import { ImplementationService } from '../implementation/implementation.service';
import { ActionsService } from '../roadmaps/actions.service';
import { VersionsService } from '../roadmaps/versions.service';
import {
  DEMO_ENGAGEMENTS,
  DEMO_PASSWORD,
  DEMO_USERS,
  TOGO_FINDINGS,
  TOGO_SCOPING_MISSION,
  TUNISIA_FINDINGS,
  TUNISIA_PROGRESS,
  TUNISIA_SCOPING_MISSION,
} from './demo-data';

/**
 * With DEMO_DATA on (the default outside production): the demo engagements go into an empty database,
 * and one demo user per role, with their memberships, into an empty user table.
 */
@Injectable()
export class DemoDataService implements OnApplicationBootstrap {
  private readonly logger = new Logger('DemoData');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly engagements: EngagementsService,
    private readonly members: MembersService,
    private readonly users: UsersService,
    private readonly missions: MissionsService,
    private readonly findings: FindingsService,
    private readonly pipeline: PipelineService,
    private readonly actions: ActionsService,
    private readonly versions: VersionsService,
    private readonly adoption: AdoptionService,
    private readonly implementation: ImplementationService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.demoData) return;
    // The configuration already refuses this; a second check where the accounts are made costs nothing.
    if (this.config.nodeEnv === 'production') throw new Error('DEMO_DATA cannot be on in production');
    if ((await this.engagements.countAll()) === 0) await this.loadEngagements();
    if ((await this.users.countAll()) === 0) {
      await this.loadUsers();
      await this.advanceTogo();
      await this.advanceTunisia();
    }
  }

  /** Togo's scoping mission is done and its gap assessment under way: one finding still waits for validation. */
  private async advanceTogo(): Promise<void> {
    const engagementId = (await this.engagements.activeIdsByCountry()).get('TGO');
    const lead = await this.users.findByEmail('mission.lead@demo.example.org');
    const member = await this.users.findByEmail('mission.member@demo.example.org');
    if (!engagementId || !lead || !member) return;
    const { consultations, ...plan } = TOGO_SCOPING_MISSION;
    const mission = await this.missions.create(SYSTEM_ACTOR, engagementId, {
      type: 'scoping',
      ...plan,
      leadId: lead.id,
      teamIds: [lead.id, member.id],
    });
    for (const consultation of consultations) await this.missions.addConsultation(SYSTEM_ACTOR, engagementId, mission.id, consultation);
    await this.pipeline.send(SYSTEM_ACTOR, engagementId, { type: 'START_MISSION' });
    await this.pipeline.send(SYSTEM_ACTOR, engagementId, { type: 'COMPLETE_MISSION' });
    for (const { validated, ...finding } of TOGO_FINDINGS) {
      const created = await this.findings.create(SYSTEM_ACTOR, engagementId, { ...finding, missionId: mission.id });
      if (validated) await this.findings.validate(SYSTEM_ACTOR, engagementId, created.id);
    }
    this.logger.log('Advanced the Togo engagement to the gap assessment');
  }

  /** Tunisia's roadmap was recommended, released, adopted, and is being implemented with mentoring and training. */
  private async advanceTunisia(): Promise<void> {
    const engagementId = (await this.engagements.activeIdsByCountry()).get('TUN');
    const lead = await this.users.findByEmail('mission.lead@demo.example.org');
    if (!engagementId || !lead) return;
    const { consultations, ...plan } = TUNISIA_SCOPING_MISSION;
    const mission = await this.missions.create(SYSTEM_ACTOR, engagementId, { type: 'scoping', ...plan, leadId: lead.id, teamIds: [lead.id] });
    for (const consultation of consultations) await this.missions.addConsultation(SYSTEM_ACTOR, engagementId, mission.id, consultation);
    await this.pipeline.send(SYSTEM_ACTOR, engagementId, { type: 'START_MISSION' });
    await this.pipeline.send(SYSTEM_ACTOR, engagementId, { type: 'COMPLETE_MISSION' });
    for (const finding of TUNISIA_FINDINGS) {
      const created = await this.findings.create(SYSTEM_ACTOR, engagementId, { ...finding, missionId: mission.id });
      await this.findings.validate(SYSTEM_ACTOR, engagementId, created.id);
    }
    await this.pipeline.send(SYSTEM_ACTOR, engagementId, { type: 'SUBMIT_ASSESSMENT' });
    const actions = await this.actions.recommend(SYSTEM_ACTOR, engagementId);
    const version = await this.versions.create(SYSTEM_ACTOR, engagementId);
    await this.versions.release(SYSTEM_ACTOR, engagementId, version.number);
    await this.pipeline.send(SYSTEM_ACTOR, engagementId, { type: 'SUBMIT_FOR_ADOPTION' });
    const today = calendarDate();
    await this.adoption.record(SYSTEM_ACTOR, engagementId, {
      versionNumber: version.number,
      adoptedOn: today,
      adoptingAuthority: 'Council of Ministers',
      instrumentReference: 'Government decision on the national roadmap',
    });
    await this.pipeline.send(SYSTEM_ACTOR, engagementId, { type: 'RECORD_ADOPTION' });
    const byCode = new Map(actions.map((action) => [action.code, action.id]));
    for (const { code, ...progress } of TUNISIA_PROGRESS) {
      const actionId = byCode.get(code);
      if (actionId) await this.implementation.report(SYSTEM_ACTOR, engagementId, actionId, progress);
    }
    const supported = actions.slice(0, 2).map((action) => action.id);
    await this.implementation.recordMentoringSession(SYSTEM_ACTOR, engagementId, {
      date: today,
      mentor: 'UNOCT expert on the protection of vulnerable targets',
      topics: ['Inventory of crowded places', 'Drone registration'],
      actionIds: supported,
    });
    await this.implementation.recordTraining(SYSTEM_ACTOR, engagementId, {
      course: 'risk_assessment',
      startDate: today,
      endDate: today,
      participants: { total: 22, women: 9, men: 13 },
      institutions: ['Municipality of Tunis', 'Ministry of Tourism'],
      actionIds: supported,
    });
    this.logger.log('Advanced the Tunisia engagement to implementation');
  }

  private async loadEngagements(): Promise<void> {
    for (const engagement of DEMO_ENGAGEMENTS) {
      try {
        await this.engagements.create(SYSTEM_ACTOR, engagement);
      } catch (error) {
        // Another replica starting on the same empty database got there first.
        if (!(error instanceof EngagementAlreadyActiveError)) throw error;
      }
    }
    this.logger.log(`Loaded demo engagements: ${DEMO_ENGAGEMENTS.map((e) => e.country).join(', ')}`);
  }

  private async loadUsers(): Promise<void> {
    const engagementIds = await this.engagements.activeIdsByCountry();
    // Password hashing (argon2id) runs on the thread pool: the accounts are hashed side by side.
    const users = await Promise.all(
      DEMO_USERS.map((demo) => this.users.ensure(SYSTEM_ACTOR, { email: demo.email, name: demo.name, role: demo.role, password: DEMO_PASSWORD })),
    );
    for (const [index, demo] of DEMO_USERS.entries()) {
      const user = users[index];
      for (const [country, role] of Object.entries(demo.memberships)) {
        const engagementId = engagementIds.get(country);
        if (engagementId && role) await this.members.add(SYSTEM_ACTOR, engagementId, { userId: user.id, role });
      }
    }
    this.logger.log(`Loaded demo users: ${DEMO_USERS.map((u) => u.email).join(', ')}`);
  }
}
