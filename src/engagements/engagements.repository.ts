import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Engagement } from './engagement.entity';

export interface EngagementFilter {
  country?: string;
  /** A stage or a parent stage: `roadmap` matches `roadmap.drafting` too. */
  stage?: string;
  limit: number;
  offset: number;
}

export type NewEngagement = Pick<Engagement, 'country' | 'title' | 'thematicAreas' | 'languages'>;
export type EngagementChanges = Partial<Pick<Engagement, 'title' | 'thematicAreas' | 'languages'>>;

/** Queries of the engagement aggregate. Every method takes the caller's transaction when there is one. */
@Injectable()
export class EngagementsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async findPage(filter: EngagementFilter, em: EntityManager = this.dataSource.manager): Promise<[Engagement[], number]> {
    const query = em.createQueryBuilder(Engagement, 'e').orderBy('e.country', 'ASC').addOrderBy('e.createdAt', 'DESC');
    if (filter.country) query.andWhere('e.country = :country', { country: filter.country });
    if (filter.stage) {
      query.andWhere(`(e.stage = :stage OR e.stage LIKE :stagePrefix)`, {
        stage: filter.stage,
        stagePrefix: `${escapeLike(filter.stage)}.%`,
      });
    }
    return query.take(filter.limit).skip(filter.offset).getManyAndCount();
  }

  findById(id: string, em: EntityManager = this.dataSource.manager): Promise<Engagement | null> {
    return em.findOneBy(Engagement, { id });
  }

  async insert(engagement: NewEngagement, em: EntityManager = this.dataSource.manager): Promise<Engagement> {
    const result = await em.insert(Engagement, engagement);
    const id = (result.identifiers[0] as { id: string }).id;
    return em.findOneByOrFail(Engagement, { id });
  }

  /** Applies the changes only if the row is still at `expectedVersion`; returns false when it is not. */
  async updateIfVersion(
    id: string,
    expectedVersion: number,
    changes: EngagementChanges,
    em: EntityManager = this.dataSource.manager,
  ): Promise<boolean> {
    const result = await em
      .createQueryBuilder()
      .update(Engagement)
      .set({ ...changes, version: () => 'version + 1', updatedAt: () => 'now()' })
      .where('id = :id AND version = :expectedVersion', { id, expectedVersion })
      .execute();
    return result.affected === 1;
  }

  async count(em: EntityManager = this.dataSource.manager): Promise<number> {
    return em.count(Engagement);
  }
}

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (character) => `\\${character}`);
}
