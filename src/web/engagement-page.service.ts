import { Injectable } from '@nestjs/common';
import { Actor } from '../common/auth/actor';
import { calendarDate } from '../common/calendar-date';
import { permissionsOf } from '../engagements/engagement-access';
import { EngagementAccessService } from '../engagements/engagement-access.service';
import { EngagementsService } from '../engagements/engagements.service';
import { allStages, interruptionStages, MISSION_LEAD_EVENTS, stagePermissions } from '../engagements/machine/engagement.machine';
import { PipelineService } from '../engagements/pipeline.service';
import { FindingsService } from '../findings/findings.service';
import { AdoptionService } from '../implementation/adoption.service';
import { ImplementationService } from '../implementation/implementation.service';
import { AdoptionNotFoundError } from '../implementation/implementation.errors';
import { MissionsService } from '../missions/missions.service';
import { ACTION_STATUSES } from '../roadmaps/action.entity';
import { ActionsService } from '../roadmaps/actions.service';
import { CommentsService } from '../roadmaps/comments.service';
import { DECISIONS } from '../roadmaps/roadmap-comment.entity';
import { AUDIENCES } from '../roadmaps/roadmap-content';
import { VersionsService } from '../roadmaps/versions.service';
import { CAPACITY_LEVELS, DIMENSIONS, PHASES, THEMATIC_AREAS } from '../reference/catalogs';
import { MAX_PAGE_SIZE } from '../common/pagination';
import { DOCUMENT_LANGUAGES } from '../../templates/labels';
import { FormState } from './web-form';

/** Everything the engagement page shows, each part only if the caller's part in the engagement allows it. */
@Injectable()
export class EngagementPageService {
  constructor(
    private readonly access: EngagementAccessService,
    private readonly engagements: EngagementsService,
    private readonly pipeline: PipelineService,
    private readonly missions: MissionsService,
    private readonly findings: FindingsService,
    private readonly actions: ActionsService,
    private readonly versions: VersionsService,
    private readonly comments: CommentsService,
    private readonly adoption: AdoptionService,
    private readonly implementation: ImplementationService,
  ) {}

  async load(actor: Actor, engagementId: string, state: FormState | null = null) {
    const { engagement: { stage }, membership, audience } = await this.access.require(actor, engagementId, 'engagement.read');
    const can = permissionsOf(actor, membership?.role ?? null);
    // What the stage permits, from the machine: the page offers a form only where both it and the caller's part allow.
    const stageAllows = stagePermissions(stage);
    const engagement = await this.engagements.get(actor, engagementId);
    // The pipeline as a path: an interruption (suspended, withdrawn) shows only while the engagement is in it.
    const interruptions = interruptionStages();
    const stages = allStages().filter((other) => !interruptions.includes(other) || other === stage);
    const current = stages.indexOf(stage);
    const versions = can['versions.read'] ? await this.versions.list(actor, engagementId) : [];
    const latest = versions.at(-1);
    const released = versions.filter((version) => version.released);
    const mayLeadEvents = membership?.role === 'mission_lead';
    return {
      engagement,
      can,
      stageAllows,
      pipeline: stages.map((stage, index) => ({ stage, state: index < current ? 'done' : index === current ? 'current' : 'todo' })),
      events: can['pipeline.read'] ? await this.pipeline.transitions(actor, engagementId) : null,
      mayLeadEvents,
      missionLeadEvents: MISSION_LEAD_EVENTS,
      history: can['pipeline.read'] ? await this.pipeline.history(actor, engagementId) : null,
      missions: can['missions.read'] ? await this.missions.list(actor, engagementId) : null,
      findings: can['findings.read'] ? (await this.findings.list(actor, engagementId, { limit: MAX_PAGE_SIZE, offset: 0 })).items : null,
      actions: can['roadmap.read'] ? await this.actions.list(actor, engagementId) : null,
      versions,
      diff: latest && latest.number > 1 ? await this.versions.diff(actor, engagementId, latest.number, latest.number - 1).catch(() => null) : null,
      comments: can['comments.read']
        ? await Promise.all(released.map(async (version) => ({ version: version.number, items: await this.comments.list(actor, engagementId, version.number) })))
        : [],
      documents: versions.map((version) => ({
        version: version.number,
        links: engagement.languages
          .filter((language) => (DOCUMENT_LANGUAGES as readonly string[]).includes(language))
          .flatMap((language) =>
            // Only the editions one may download: the widest is one's own audience.
            AUDIENCES.slice(AUDIENCES.indexOf(audience)).map((edition) => ({
              language,
              audience: edition,
              href: `/api/engagements/${engagementId}/roadmap/versions/${version.number}/document?lang=${language}&audience=${edition}`,
            })),
          ),
      })),
      adoption: can['adoption.read'] ? await this.adoption.get(actor, engagementId).catch((error: unknown) => ignore(error, AdoptionNotFoundError)) : null,
      implementation: can['implementation.read'] && stageAllows.followImplementation ? await this.implementation.summary(actor, engagementId) : null,
      catalogs: { areas: THEMATIC_AREAS, dimensions: DIMENSIONS, phases: PHASES, levels: CAPACITY_LEVELS, statuses: ACTION_STATUSES, decisions: DECISIONS },
      today: calendarDate(),
      state,
    };
  }
}

function ignore<E extends Error>(error: unknown, kind: new (...args: never[]) => E): null {
  if (error instanceof kind) return null;
  throw error;
}

export type EngagementPage = Awaited<ReturnType<EngagementPageService['load']>>;
