import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { RoadmapComment } from './roadmap-comment.entity';
import { insertAndRead } from '../database/insert-and-read';

export type NewComment = Pick<RoadmapComment, 'engagementId' | 'versionId' | 'versionNumber' | 'actionId' | 'body' | 'authorId' | 'authorEmail'>;
export type CommentDecision = Pick<RoadmapComment, 'decision' | 'reply' | 'decidedBy'>;

/** Queries of the comments on roadmap versions. Every method takes the caller's transaction when there is one. */
@Injectable()
export class CommentsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  listOfVersion(versionId: string, em: EntityManager = this.dataSource.manager): Promise<RoadmapComment[]> {
    return em.find(RoadmapComment, { where: { versionId }, order: { createdAt: 'ASC' } });
  }

  /** Every comment of the engagement, version by version, in the order they were made. */
  listOfEngagement(engagementId: string, em: EntityManager = this.dataSource.manager): Promise<RoadmapComment[]> {
    return em.find(RoadmapComment, { where: { engagementId }, order: { versionNumber: 'ASC', createdAt: 'ASC' } });
  }

  /** The comment, locked until the transaction ends. */
  findLocked(engagementId: string, id: string, em: EntityManager): Promise<RoadmapComment | null> {
    return em
      .createQueryBuilder(RoadmapComment, 'c')
      .setLock('pessimistic_write')
      .where('c.id = :id AND c.engagementId = :engagementId', { id, engagementId })
      .getOne();
  }

  insert(comment: NewComment, em: EntityManager): Promise<RoadmapComment> {
    return insertAndRead(em, RoadmapComment, comment);
  }

  /** Records the decision and returns the comment as it now stands. */
  async decide(id: string, decision: CommentDecision, em: EntityManager): Promise<RoadmapComment> {
    await em.update(RoadmapComment, { id }, { ...decision, decidedAt: () => 'now()' });
    return em.findOneByOrFail(RoadmapComment, { id });
  }
}
