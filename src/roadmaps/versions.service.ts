import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { Actor, actingUserId } from '../common/auth/actor';
import { EngagementPermission } from '../engagements/engagement-access';
import { EngagementAccessService, EngagementInScope } from '../engagements/engagement-access.service';
import { Engagement } from '../engagements/engagement.entity';
import { PipelineService } from '../engagements/pipeline.service';
import { FindingsService } from '../findings/findings.service';
import { MissionsService } from '../missions/missions.service';
import { countryName } from '../reference/countries';
import { ActionsService, effectiveSensitivity } from './actions.service';
import { CommentsRepository } from './comments.repository';
import { DiffDto, VersionDetailDto, VersionDto } from './dto/version.dto';
import { Audience, canonicalJson, diffContent, forAudience, RoadmapContent, sha256, toVersionAction } from './roadmap-content';
import { RoadmapVersion } from './roadmap-version.entity';
import { VersionEvents } from './version-events';
import { VersionsRepository } from './versions.repository';
import { VersionNotFoundError, VersionNotReleasableError } from './roadmap.errors';

@Injectable()
export class VersionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: EngagementAccessService,
    private readonly versions: VersionsRepository,
    private readonly comments: CommentsRepository,
    private readonly actions: ActionsService,
    private readonly findings: FindingsService,
    private readonly pipeline: PipelineService,
    private readonly missions: MissionsService,
    private readonly audit: AuditService,
    private readonly events: VersionEvents,
  ) {}

  async list(actor: Actor, engagementId: string): Promise<VersionDto[]> {
    const scope = await this.access.require(actor, engagementId, 'versions.read');
    const versions = await this.versions.list(engagementId);
    return versions.filter((v) => visibleTo(scope, v)).map((v) => toVersionDto(v, scope.audience));
  }

  async get(actor: Actor, engagementId: string, number: number): Promise<VersionDetailDto> {
    const scope = await this.access.require(actor, engagementId, 'versions.read');
    const version = await this.visibleVersion(scope, engagementId, number);
    const audience = scope.audience;
    return { ...toVersionDto(version, audience), content: forAudience(parse(version), audience) };
  }

  async diff(actor: Actor, engagementId: string, number: number, against: number): Promise<DiffDto> {
    const scope = await this.access.require(actor, engagementId, 'versions.read');
    const audience = scope.audience;
    const after = forAudience(parse(await this.visibleVersion(scope, engagementId, number)), audience);
    const before = forAudience(parse(await this.visibleVersion(scope, engagementId, against)), audience);
    return { from: against, to: number, ...diffContent(before, after) };
  }

  /** Snapshots the engagement, its validated findings and its actions into the next numbered version. */
  async create(actor: Actor, engagementId: string): Promise<VersionDetailDto> {
    return this.dataSource.transaction(async (em) => {
      const { engagement } = await this.access.requireAtStage(actor, engagementId, 'versions.create', 'makeVersions', em);
      const content = await this.contentOf(engagement, em);
      const text = canonicalJson(content);
      const number = await this.versions.nextNumber(engagementId, em);
      const version = await this.versions.insert({ engagementId, number, content: text, sha256: sha256(text), createdBy: actingUserId(actor) }, em);
      const dto = toVersionDto(version, 'internal');
      await this.audit.record(em, actor, { action: 'version.create', entity: 'roadmap_version', entityId: version.id, engagementId, after: dto });
      this.events.emitAfterCommit(em, { change: 'created', engagementId, number });
      return { ...dto, content };
    });
  }

  /** Shows the latest version to the focal points and moves the roadmap into consultation (RELEASE_DRAFT). */
  async release(actor: Actor, engagementId: string, number: number): Promise<VersionDto> {
    return this.dataSource.transaction(async (em) => {
      await this.lockedEngagement(em, actor, engagementId, 'versions.release');
      const version = await this.versions.find(engagementId, number, em);
      if (!version) throw new VersionNotFoundError(number);
      const latest = await this.versions.latestNumber(engagementId, em);
      if (version.number !== latest) throw new VersionNotReleasableError(`Only the latest version (v${latest}) can be released.`);
      // Already released (a version submitted for adoption is released with it) and nothing to move: nothing to do.
      if (version.released && !(await this.pipeline.hasEventInStage(engagementId, 'RELEASE_DRAFT', em))) return toVersionDto(version, 'internal');
      await this.pipeline.sendIn(em, actor, engagementId, { type: 'RELEASE_DRAFT', comment: `Version ${number} released to the focal points` });
      const released = version.released ? version : await this.versions.release(version.id, em);
      await this.audit.record(em, actor, {
        action: 'version.release',
        entity: 'roadmap_version',
        entityId: version.id,
        engagementId,
        before: { released: version.released },
        after: { released: true, number },
      });
      this.events.emitAfterCommit(em, { change: 'released', engagementId, number });
      return toVersionDto(released, 'internal');
    });
  }

  /** For adoption: the engagement's latest version, if any. */
  latestOf(engagementId: string, em?: EntityManager): Promise<RoadmapVersion | null> {
    return this.versions.latest(engagementId, em);
  }

  /** For adoption: one version, whoever may see it. */
  versionOf(engagementId: string, number: number, em?: EntityManager): Promise<RoadmapVersion | null> {
    return this.versions.find(engagementId, number, em);
  }

  /** For comments: the version if this actor may see it (focal points: released only). */
  async visibleVersion(scope: EngagementInScope, engagementId: string, number: number, em?: EntityManager): Promise<RoadmapVersion> {
    const version = await this.versions.find(engagementId, number, em);
    if (!version || !visibleTo(scope, version)) throw new VersionNotFoundError(number);
    return version;
  }

  private lockedEngagement(em: EntityManager, actor: Actor, engagementId: string, permission: EngagementPermission): Promise<EngagementInScope> {
    return this.access.require(actor, engagementId, permission, em, { lock: true });
  }

  private async contentOf(engagement: Engagement, em: EntityManager): Promise<RoadmapContent> {
    const allFindings = await this.findings.findingsOf(engagement.id, em);
    const findings = allFindings.filter((f) => f.status === 'validated');
    const actions = await this.actions.actionsOf(engagement.id, em);
    // From every finding an action answers, validated or not: a link to a finding back in draft still counts.
    const sensitivityOf = effectiveSensitivity(allFindings);
    const missions = await this.missions.missionsOf(engagement.id, em);
    const decided = await this.comments.listOfEngagement(engagement.id, em);
    const versions = await this.versions.list(engagement.id, em);
    const codeOf = new Map(versions.flatMap((v) => parse(v).actions.map((a) => [a.id, a.code] as const)));
    return {
      missions: missions.map((m) => ({
        type: m.type,
        startDate: m.startDate,
        endDate: m.endDate,
        documentsReviewed: m.documentsReviewed,
        consultations: m.consultations.map((c) => ({ institution: c.institution, sector: c.sector, date: c.date, participants: c.participants })),
      })),
      decisions: decided
        .filter((c) => c.decision !== null)
        .map((c) => ({
          versionNumber: c.versionNumber,
          actionCode: c.actionId ? (codeOf.get(c.actionId) ?? null) : null,
          body: c.body,
          decision: c.decision as string,
          reply: c.reply ?? '',
        })),
      engagement: {
        id: engagement.id,
        country: engagement.country,
        countryName: countryName(engagement.country),
        title: engagement.title,
        thematicAreas: engagement.thematicAreas,
        languages: engagement.languages,
      },
      findings: findings.map((f) => ({
        id: f.id,
        code: f.code,
        kind: f.kind,
        thematicArea: f.thematicArea,
        dimension: f.dimension,
        phase: f.phase,
        level: f.level,
        title: f.title,
        observation: f.observation,
        sensitivity: f.sensitivity,
        frameworkRefs: f.frameworkRefs,
        evidence: f.evidence,
      })),
      actions: actions.map((action) => toVersionAction(action, sensitivityOf(action))),
    };
  }
}

function visibleTo(scope: EngagementInScope, version: RoadmapVersion): boolean {
  return scope.audience === 'internal' || version.released;
}

export function parse(version: RoadmapVersion): RoadmapContent {
  return JSON.parse(version.content) as RoadmapContent;
}

function toVersionDto(version: RoadmapVersion, audience: Audience): VersionDto {
  const content = forAudience(parse(version), audience);
  return {
    number: version.number,
    status: version.status,
    released: version.released,
    releasedAt: version.releasedAt ? version.releasedAt.toISOString() : null,
    sha256: version.sha256,
    createdAt: version.createdAt.toISOString(),
    findingCount: content.findings.length,
    actionCount: content.actions.length,
  };
}
