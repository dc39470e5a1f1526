import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { Actor } from '../common/auth/actor';
import { ValidationFailedError } from '../common/errors/domain-error';
import { EngagementAccessService } from '../engagements/engagement-access.service';
import { CommentDto, CreateCommentDto, DecisionDto } from './dto/version.dto';
import { RoadmapComment } from './roadmap-comment.entity';
import { CommentNotAllowedError, CommentNotFoundError } from './roadmap.errors';
import { forAudience } from './roadmap-content';
import { parse, VersionsService } from './versions.service';

@Injectable()
export class CommentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: EngagementAccessService,
    private readonly versions: VersionsService,
    private readonly audit: AuditService,
  ) {}

  async list(actor: Actor, engagementId: string, number: number): Promise<CommentDto[]> {
    const scope = await this.access.require(actor, engagementId, 'comments.read');
    const version = await this.versions.visibleVersion(scope, engagementId, number);
    const comments = await this.dataSource.manager.find(RoadmapComment, { where: { versionId: version.id }, order: { createdAt: 'ASC' } });
    const codes = actionCodes(forAudience(parse(version), scope.audience));
    // A comment on an action the caller's edition does not hold is not theirs to read.
    return comments.filter((comment) => comment.actionId === null || codes.has(comment.actionId)).map((comment) => toCommentDto(comment, codes));
  }

  async create(actor: Actor, engagementId: string, number: number, input: CreateCommentDto): Promise<CommentDto> {
    return this.dataSource.transaction(async (em) => {
      const scope = await this.access.require(actor, engagementId, 'comments.create', em);
      const version = await this.versions.visibleVersion(scope, engagementId, number, em);
      if (!version.released) throw new CommentNotAllowedError(`Version ${number} has not been released: comments are on released versions.`);
      // Only an action of the caller's edition: one it does not hold answers as if it did not exist.
      const codes = actionCodes(forAudience(parse(version), scope.audience));
      if (input.actionId && !codes.has(input.actionId)) {
        throw new ValidationFailedError([{ field: 'actionId', message: `actionId must be an action of version ${number}` }]);
      }
      const result = await em.insert(RoadmapComment, {
        engagementId,
        versionId: version.id,
        versionNumber: version.number,
        actionId: input.actionId ?? null,
        body: input.body,
        authorId: actor.userId || null,
        authorEmail: actor.email,
      });
      const comment = await em.findOneByOrFail(RoadmapComment, { id: (result.identifiers[0] as { id: string }).id });
      const dto = toCommentDto(comment, codes);
      await this.audit.record(em, actor, { action: 'comment.create', entity: 'comment', entityId: comment.id, engagementId, after: dto });
      return dto;
    });
  }

  /** A programme manager's decision on a comment, with a reply; it may be revised, and the audit keeps each. */
  async decide(actor: Actor, engagementId: string, commentId: string, input: DecisionDto): Promise<CommentDto> {
    return this.dataSource.transaction(async (em) => {
      const scope = await this.access.require(actor, engagementId, 'comments.decide', em);
      const comment = await em
        .createQueryBuilder(RoadmapComment, 'c')
        .setLock('pessimistic_write')
        .where('c.id = :commentId AND c.engagementId = :engagementId', { commentId, engagementId })
        .getOne();
      if (!comment) throw new CommentNotFoundError(commentId);
      await em.update(
        RoadmapComment,
        { id: comment.id },
        { decision: input.decision, reply: input.reply, decidedBy: actor.userId || null, decidedAt: () => 'now()' },
      );
      const decided = await em.findOneByOrFail(RoadmapComment, { id: comment.id });
      const version = await this.versions.visibleVersion(scope, engagementId, comment.versionNumber, em);
      const dto = toCommentDto(decided, actionCodes(forAudience(parse(version), scope.audience)));
      await this.audit.record(em, actor, {
        action: 'comment.decide',
        entity: 'comment',
        entityId: comment.id,
        engagementId,
        before: { decision: comment.decision, reply: comment.reply },
        after: { decision: dto.decision, reply: dto.reply },
      });
      return dto;
    });
  }
}

function actionCodes(content: ReturnType<typeof parse>): Map<string, string> {
  return new Map(content.actions.map((action) => [action.id, action.code]));
}

function toCommentDto(comment: RoadmapComment, codes: Map<string, string>): CommentDto {
  return {
    id: comment.id,
    versionNumber: comment.versionNumber,
    // Only a link to an action the reader sees in that version (`codes` holds those).
    actionId: comment.actionId && codes.has(comment.actionId) ? comment.actionId : null,
    actionCode: comment.actionId ? (codes.get(comment.actionId) ?? null) : null,
    body: comment.body,
    authorEmail: comment.authorEmail,
    createdAt: comment.createdAt.toISOString(),
    decision: comment.decision,
    reply: comment.reply,
    decidedAt: comment.decidedAt ? comment.decidedAt.toISOString() : null,
  };
}
