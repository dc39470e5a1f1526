import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Actor } from '../common/auth/actor';
import { ForbiddenError } from '../common/errors/domain-error';
import { Audience } from '../common/confidentiality';
import { audienceOf, EngagementPermission, isAllowed, seesEveryEngagement } from './engagement-access';
import { Engagement } from './engagement.entity';
import { EngagementNotFoundError, StageForbidsError } from './engagement.errors';
import { EngagementsRepository } from './engagements.repository';
import { Membership } from './membership.entity';
import { MembershipsRepository } from './memberships.repository';
import { StageActivity, stagePermits } from './machine/engagement.machine';

export interface EngagementInScope {
  engagement: Engagement;
  membership: Membership | null;
  /** Whom the actor reads this engagement's roadmap as (`audienceOf`): what versions, actions and documents show them. */
  audience: Audience;
}

/** Restricts a list of engagements to those an actor may see; `undefined` means all of them. */
export interface EngagementVisibility {
  memberUserId?: string;
}

/**
 * The one gate to engagement data. Every service that reads or writes data of an engagement asks it
 * first: outside the actor's engagements the answer is 404 (existence is not revealed), inside them a
 * forbidden act is 403.
 */
@Injectable()
export class EngagementAccessService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly engagements: EngagementsRepository,
    private readonly memberships: MembershipsRepository,
  ) {}

  async require(
    actor: Actor,
    engagementId: string,
    permission: EngagementPermission,
    em: EntityManager = this.dataSource.manager,
    options: { lock?: boolean } = {},
  ): Promise<EngagementInScope> {
    const membership = seesEveryEngagement(actor) ? null : await this.memberships.find(engagementId, actor.userId, em);
    const inScope = seesEveryEngagement(actor) || (membership !== null && isAllowed(actor, membership.role, 'engagement.read'));
    const engagement = inScope ? await this.engagements.findById(engagementId, em, options.lock ?? false) : null;
    if (!engagement) throw new EngagementNotFoundError(engagementId);
    if (!isAllowed(actor, membership?.role ?? null, permission)) {
      throw new ForbiddenError(`Your part in this engagement does not allow ${describe(permission)}.`);
    }
    return { engagement, membership, audience: audienceOf(actor, membership?.role ?? null) };
  }

  /**
   * `require`, with the engagement locked, and then the machine's word on whether its stage permits the activity: the
   * lock keeps the stage from moving (an event, a release) until the caller's transaction ends.
   */
  async requireAtStage(
    actor: Actor,
    engagementId: string,
    permission: EngagementPermission,
    activity: StageActivity,
    em: EntityManager,
  ): Promise<EngagementInScope> {
    const scope = await this.require(actor, engagementId, permission, em, { lock: true });
    if (!stagePermits(scope.engagement.stage, activity)) throw new StageForbidsError(scope.engagement.stage, activity);
    return scope;
  }

  visibility(actor: Actor): EngagementVisibility {
    return seesEveryEngagement(actor) ? {} : { memberUserId: actor.userId };
  }
}

function describe(permission: EngagementPermission): string {
  const [subject, verb] = permission.split('.');
  return `${verb === 'read' ? 'reading' : verb === 'update' ? 'changing' : 'managing'} its ${subject === 'engagement' ? 'details' : subject}`;
}
