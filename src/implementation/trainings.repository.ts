import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Training } from './training.entity';
import { insertAndRead } from '../database/insert-and-read';

export type NewTraining = Omit<Training, 'id' | 'createdAt' | 'engagement'>;

/** Queries of the trainings. Every method takes the caller's transaction when there is one. */
@Injectable()
export class TrainingsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  list(engagementId: string, em: EntityManager = this.dataSource.manager): Promise<Training[]> {
    return em.find(Training, { where: { engagementId }, order: { startDate: 'ASC', createdAt: 'ASC' } });
  }

  insert(training: NewTraining, em: EntityManager): Promise<Training> {
    return insertAndRead(em, Training, training);
  }
}
