import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { EntityReader } from '../database/entity-reader';
import { Membership } from './membership.entity';

@Injectable()
export class MembershipsRepository {
  /** Every access check of a member reads the membership: see EntityReader. */
  private readonly reader: EntityReader<Membership>;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    this.reader = new EntityReader(dataSource, Membership);
  }

  find(engagementId: string, userId: string, em: EntityManager = this.dataSource.manager): Promise<Membership | null> {
    return this.reader.findOne(em, { engagementId, userId });
  }

  listWithUsers(engagementId: string, em: EntityManager = this.dataSource.manager): Promise<Membership[]> {
    return em
      .createQueryBuilder(Membership, 'm')
      .innerJoinAndSelect('m.user', 'u')
      .where('m.engagementId = :engagementId', { engagementId })
      .orderBy('m.role', 'ASC')
      .addOrderBy('u.email', 'ASC')
      .getMany();
  }

  countForUser(userId: string, em: EntityManager = this.dataSource.manager): Promise<number> {
    return em.countBy(Membership, { userId });
  }

  async insert(membership: Pick<Membership, 'engagementId' | 'userId' | 'role'>, em: EntityManager = this.dataSource.manager): Promise<Membership> {
    await em.insert(Membership, membership);
    return em.findOneByOrFail(Membership, { engagementId: membership.engagementId, userId: membership.userId });
  }

  async delete(engagementId: string, userId: string, em: EntityManager = this.dataSource.manager): Promise<void> {
    await em.delete(Membership, { engagementId, userId });
  }
}
