import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { MentoringSession } from './mentoring-session.entity';
import { insertAndRead } from '../database/insert-and-read';

export type NewMentoringSession = Omit<MentoringSession, 'id' | 'createdAt' | 'engagement'>;

/** Queries of the mentoring sessions. Every method takes the caller's transaction when there is one. */
@Injectable()
export class MentoringSessionsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  list(engagementId: string, em: EntityManager = this.dataSource.manager): Promise<MentoringSession[]> {
    return em.find(MentoringSession, { where: { engagementId }, order: { date: 'ASC', createdAt: 'ASC' } });
  }

  insert(session: NewMentoringSession, em: EntityManager): Promise<MentoringSession> {
    return insertAndRead(em, MentoringSession, session);
  }
}
