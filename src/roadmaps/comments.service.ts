import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { Actor, actingUserId } from '../common/auth/actor';
import { ValidationFailedError } from '../common/errors/domain-error';
import { EngagementAccessService } from '../engagements/engagement-access.service';
import { CommentDto, CreateCommentDto, DecisionDto } from './dto/version.dto';
import { CommentsRepository } from './comments.repository';
import { RoadmapComment } from './roadmap-comment.entity';
import { CommentNotAllowedError, CommentNotFoundError } from './roadmap.errors';
import { forAudience } from './roadmap-content';
import { parse, VersionsService } from './versions.service';

@Injectable()
export class CommentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: EngagementAccessService,
    private readonly comments: CommentsRepository,
    private readonly versions: VersionsService,
    private readonly audit: AuditService,
  ) {}

  async list(actor: Actor, engagementId: string, number: number): Promise<CommentDto[]> {
    const scope = await this.access.require(actor, engagementId, 'comments.read');
    const version = await this.versions.visibleVersion(scope, engagementId, number);
    const comments = await this.comments.listOfVersion(version.id);
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
      const comment = await this.comments.insert(
        {
          engagementId,
          versionId: version.id,
          versionNumber: version.number,
          actionId: input.actionId ?? null,
          body: input.body,
          authorId: actingUserId(actor),
          authorEmail: actor.email,
        },
        em,
      );
      const dto = toCommentDto(comment, codes);
      await this.audit.record(em, actor, { action: 'comment.create', entity: 'comment', entityId: comment.id, engagementId, after: dto });
      return dto;
    });
  }

  /** A programme manager's decision on a comment, with a reply; it may be revised, and the audit keeps each. */
  async decide(actor: Actor, engagementId: string, commentId: string, input: DecisionDto): Promise<CommentDto> {
    return this.dataSource.transaction(async (em) => {
      const scope = await this.access.require(actor, engagementId, 'comments.decide', em);
      const comment = await this.comments.findLocked(engagementId, commentId, em);
      if (!comment) throw new CommentNotFoundError(commentId);
      const decided = await this.comments.decide(comment.id, { decision: input.decision, reply: input.reply, decidedBy: actingUserId(actor) }, em);
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
