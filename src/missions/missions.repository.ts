import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Consultation } from './consultation.entity';
import { Mission } from './mission.entity';
import { updateVersioned } from '../database/versioned-update';
import { insertAndRead } from '../database/insert-and-read';

export type MissionFields = Pick<Mission, 'startDate' | 'endDate' | 'leadId' | 'teamIds' | 'documentsReviewed'>;

@Injectable()
export class MissionsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  list(engagementId: string, em: EntityManager = this.dataSource.manager): Promise<Mission[]> {
    return em.find(Mission, { where: { engagementId }, order: { startDate: 'ASC', createdAt: 'ASC' } });
  }

  find(engagementId: string, id: string, em: EntityManager = this.dataSource.manager, lock = false): Promise<Mission | null> {
    const query = em.createQueryBuilder(Mission, 'm').where('m.id = :id AND m.engagementId = :engagementId', { id, engagementId });
    return (lock ? query.setLock('pessimistic_write') : query).getOne();
  }

  consultationsOf(missionIds: string[], em: EntityManager = this.dataSource.manager): Promise<Consultation[]> {
    if (missionIds.length === 0) return Promise.resolve([]);
    return em
      .createQueryBuilder(Consultation, 'c')
      .where('c.missionId IN (:...missionIds)', { missionIds })
      .orderBy('c.date', 'ASC')
      .addOrderBy('c.createdAt', 'ASC')
      .getMany();
  }

  insert(mission: Pick<Mission, 'engagementId' | 'type'> & Partial<MissionFields>, em: EntityManager): Promise<Mission> {
    return insertAndRead(em, Mission, mission);
  }

  /** Given `expectedVersion`, only while the mission is still at it; false when it is not. */
  update(id: string, changes: Partial<MissionFields>, em: EntityManager, expectedVersion?: number): Promise<boolean> {
    return updateVersioned(em, Mission, id, changes, expectedVersion);
  }

  insertConsultation(consultation: Omit<Consultation, 'id' | 'createdAt' | 'mission'>, em: EntityManager): Promise<Consultation> {
    return insertAndRead(em, Consultation, consultation);
  }
}
