import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { updateVersioned } from '../database/versioned-update';
import { Action, ActionStatus } from './action.entity';
import { insertAndRead } from '../database/insert-and-read';

export type ActionFields = Omit<Action, 'id' | 'engagementId' | 'number' | 'code' | 'status' | 'progress' | 'version' | 'createdAt' | 'updatedAt' | 'engagement'>;

@Injectable()
export class ActionsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  list(engagementId: string, em: EntityManager = this.dataSource.manager): Promise<Action[]> {
    return em.find(Action, { where: { engagementId }, order: { number: 'ASC' } });
  }

  find(engagementId: string, id: string, em: EntityManager = this.dataSource.manager, lock = false): Promise<Action | null> {
    const query = em.createQueryBuilder(Action, 'a').where('a.id = :id AND a.engagementId = :engagementId', { id, engagementId });
    return (lock ? query.setLock('pessimistic_write') : query).getOne();
  }

  insert(action: ActionFields & Pick<Action, 'engagementId' | 'number' | 'code'>, em: EntityManager): Promise<Action> {
    return insertAndRead(em, Action, action);
  }

  /** Given `expectedVersion`, only while the action is still at it; false when it is not. */
  update(id: string, changes: Partial<ActionFields>, em: EntityManager, expectedVersion?: number): Promise<boolean> {
    return updateVersioned(em, Action, id, changes, expectedVersion);
  }

  codes(engagementId: string, em: EntityManager = this.dataSource.manager): Promise<Pick<Action, 'id' | 'code'>[]> {
    return em.find(Action, { where: { engagementId }, select: { id: true, code: true } });
  }

  /** A progress report moves the status and percent only: the action's version counts its edits. */
  async setProgress(id: string, status: ActionStatus, progress: number, em: EntityManager): Promise<void> {
    await em.update(Action, { id }, { status, progress });
  }

  async delete(id: string, em: EntityManager): Promise<void> {
    await em.delete(Action, { id });
  }
}
