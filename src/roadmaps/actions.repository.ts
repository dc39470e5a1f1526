import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Engagement } from '../engagements/engagement.entity';
import { Action } from './action.entity';

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

  /** The next action number; the update holds the engagement row until the transaction ends. */
  async nextNumber(engagementId: string, em: EntityManager): Promise<number> {
    const result = await em
      .createQueryBuilder()
      .update(Engagement)
      .set({ actionSequence: () => 'action_sequence + 1' })
      .where('id = :engagementId', { engagementId })
      .returning('action_sequence')
      .execute();
    return (result.raw as { action_sequence: number }[])[0].action_sequence;
  }

  async insert(action: ActionFields & Pick<Action, 'engagementId' | 'number' | 'code'>, em: EntityManager): Promise<Action> {
    const result = await em.insert(Action, action);
    return em.findOneByOrFail(Action, { id: (result.identifiers[0] as { id: string }).id });
  }

  async update(id: string, changes: Partial<ActionFields>, em: EntityManager): Promise<void> {
    await em
      .createQueryBuilder()
      .update(Action)
      .set({ ...changes, version: () => 'version + 1', updatedAt: () => 'now()' })
      .where('id = :id', { id })
      .execute();
  }

  async delete(id: string, em: EntityManager): Promise<void> {
    await em.delete(Action, { id });
  }
}
