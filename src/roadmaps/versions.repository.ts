import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { RoadmapVersion } from './roadmap-version.entity';
import { insertAndRead } from '../database/insert-and-read';

export type NewVersion = Pick<RoadmapVersion, 'engagementId' | 'number' | 'content' | 'sha256' | 'createdBy'>;

/** Queries of the roadmap versions. Every method takes the caller's transaction when there is one. */
@Injectable()
export class VersionsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  list(engagementId: string, em: EntityManager = this.dataSource.manager): Promise<RoadmapVersion[]> {
    return em.find(RoadmapVersion, { where: { engagementId }, order: { number: 'ASC' } });
  }

  find(engagementId: string, number: number, em: EntityManager = this.dataSource.manager): Promise<RoadmapVersion | null> {
    return em.findOneBy(RoadmapVersion, { engagementId, number });
  }

  latest(engagementId: string, em: EntityManager = this.dataSource.manager): Promise<RoadmapVersion | null> {
    return em.findOne(RoadmapVersion, { where: { engagementId }, order: { number: 'DESC' } });
  }

  /** The latest version's number (null before the first), without reading any version's content. */
  async latestNumber(engagementId: string, em: EntityManager = this.dataSource.manager): Promise<number | null> {
    const [{ latest }] = await em.query<{ latest: number | null }[]>('SELECT max(number) AS latest FROM roadmap_versions WHERE engagement_id = $1', [engagementId]);
    return latest;
  }

  /** The number the next version takes; the caller holds the engagement's lock, so no other version is being made. */
  async nextNumber(engagementId: string, em: EntityManager): Promise<number> {
    return ((await this.latestNumber(engagementId, em)) ?? 0) + 1;
  }

  insert(version: NewVersion, em: EntityManager): Promise<RoadmapVersion> {
    return insertAndRead(em, RoadmapVersion, version);
  }

  /** Releases the version to the focal points; returns it as it now stands. */
  async release(id: string, em: EntityManager): Promise<RoadmapVersion> {
    await em.update(RoadmapVersion, { id }, { released: true, releasedAt: () => 'now()' });
    return em.findOneByOrFail(RoadmapVersion, { id });
  }

  /** The latest version becomes final and is released to the State that is to adopt it (SUBMIT_FOR_ADOPTION). */
  async finalizeLatest(engagementId: string, em: EntityManager): Promise<void> {
    await em.query(
      `UPDATE roadmap_versions SET status = 'final', released = true, released_at = COALESCE(released_at, now())
        WHERE engagement_id = $1 AND number = (SELECT max(number) FROM roadmap_versions WHERE engagement_id = $1)`,
      [engagementId],
    );
  }
}
