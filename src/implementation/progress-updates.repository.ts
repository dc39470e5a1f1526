import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { ProgressUpdate } from './progress-update.entity';
import { readInserted } from '../database/insert-and-read';

export type NewProgressUpdate = Pick<ProgressUpdate, 'engagementId' | 'actionId' | 'status' | 'percent' | 'note' | 'reporterId' | 'reporterEmail'>;

/** Queries of the progress reported on actions. Every method takes the caller's transaction when there is one. */
@Injectable()
export class ProgressUpdatesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  listOfAction(actionId: string, em: EntityManager = this.dataSource.manager): Promise<ProgressUpdate[]> {
    return em.find(ProgressUpdate, { where: { actionId }, order: { reportedAt: 'ASC', id: 'ASC' } });
  }

  async insert(update: NewProgressUpdate, em: EntityManager): Promise<ProgressUpdate> {
    const inserted = await em
      .createQueryBuilder()
      .insert()
      .into(ProgressUpdate)
      // The time of writing, not of the transaction's start: the latest update is the one written last.
      .values({ ...update, reportedAt: () => 'clock_timestamp()' })
      .returning('id')
      .execute();
    return readInserted(em, ProgressUpdate, inserted.identifiers);
  }
}
