import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { MEMBERSHIPS_BY_ROLE } from '../common/auth/roles';
import { takeNext } from '../database/counter';
import { EntityReader } from '../database/entity-reader';
import { updateVersioned } from '../database/versioned-update';
import { Engagement } from './engagement.entity';

export interface EngagementFilter {
  /** Only engagements this user is a member of (memberships that fit the user's role). */
  memberUserId?: string;
  country?: string;
  /** A stage or a parent stage: `roadmap` matches `roadmap.drafting` too. */
  stage?: string;
  limit: number;
  offset: number;
}

export type NewEngagement = Pick<Engagement, 'country' | 'title' | 'thematicAreas' | 'languages'>;
/** The numbered things of an engagement whose numbers (and so codes) never repeat, even after a deletion. */
export type EngagementSequence = 'finding' | 'action';
const SEQUENCE_COUNTERS = { finding: 'findingSequence', action: 'actionSequence' } as const satisfies Record<EngagementSequence, keyof Engagement>;

export type EngagementChanges = Partial<Pick<Engagement, 'title' | 'thematicAreas' | 'languages'>>;

/** Queries of the engagement aggregate. Every method takes the caller's transaction when there is one. */
@Injectable()
export class EngagementsRepository {
  /** Every access check reads the engagement: see EntityReader. */
  private readonly reader: EntityReader<Engagement>;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    this.reader = new EntityReader(dataSource, Engagement);
  }

  async findPage(filter: EngagementFilter, em: EntityManager = this.dataSource.manager): Promise<[Engagement[], number]> {
    const query = em.createQueryBuilder(Engagement, 'e').orderBy('e.country', 'ASC').addOrderBy('e.createdAt', 'DESC');
    if (filter.memberUserId) {
      query.andWhere(
        `e.id IN (SELECT m.engagement_id FROM engagement_members m JOIN users u ON u.id = m.user_id
                  WHERE m.user_id = :memberUserId AND ${MEMBERSHIP_FITS_ROLE})`,
        { memberUserId: filter.memberUserId },
      );
    }
    if (filter.country) query.andWhere('e.country = :country', { country: filter.country });
    if (filter.stage) {
      query.andWhere(`(e.stage = :stage OR e.stage LIKE :stagePrefix)`, {
        stage: filter.stage,
        stagePrefix: `${escapeLike(filter.stage)}.%`,
      });
    }
    return query.take(filter.limit).skip(filter.offset).getManyAndCount();
  }

  /** With `lock`, the row stays locked until the transaction ends: events on one engagement take turns. */
  findById(id: string, em: EntityManager = this.dataSource.manager, lock = false): Promise<Engagement | null> {
    return this.reader.findOne(em, { id }, { lock });
  }

  findByIdOrFail(id: string, em: EntityManager = this.dataSource.manager): Promise<Engagement> {
    return em.findOneByOrFail(Engagement, { id });
  }

  async insert(engagement: NewEngagement, em: EntityManager = this.dataSource.manager): Promise<Engagement> {
    const result = await em.insert(Engagement, engagement);
    const id = (result.identifiers[0] as { id: string }).id;
    return em.findOneByOrFail(Engagement, { id });
  }

  /** Applies the changes only if the row is still at `expectedVersion`; returns false when it is not. */
  updateIfVersion(id: string, expectedVersion: number, changes: EngagementChanges, em: EntityManager = this.dataSource.manager): Promise<boolean> {
    return updateVersioned(em, Engagement, id, changes, expectedVersion);
  }

  /** Takes the engagement's next number in one of its sequences; see `takeNext`. */
  nextNumber(id: string, sequence: EngagementSequence, em: EntityManager): Promise<number> {
    return takeNext(em, Engagement, id, SEQUENCE_COUNTERS[sequence]);
  }

  /** Moves the engagement to its next state; the caller holds the row lock. */
  async recordTransition(
    id: string,
    change: Pick<Engagement, 'snapshot' | 'machineVersion' | 'stage'>,
    em: EntityManager,
  ): Promise<void> {
    await em
      .createQueryBuilder()
      .update(Engagement)
      .set({ ...change, stageEnteredAt: () => 'now()', version: () => 'version + 1', updatedAt: () => 'now()' })
      .where('id = :id', { id })
      .execute();
  }

  async count(em: EntityManager = this.dataSource.manager): Promise<number> {
    return em.count(Engagement);
  }
}

/** MEMBERSHIPS_BY_ROLE as SQL: a membership counts only if it fits the member's current role. */
/** SQL over `m` (engagement_members) and `u` (users): the membership counts for the user's current role. */
export const MEMBERSHIP_FITS_ROLE = `(${Object.entries(MEMBERSHIPS_BY_ROLE)
  .filter(([, memberships]) => memberships.length > 0)
  .map(([role, memberships]) => `(u.role = '${role}' AND m.role IN (${memberships.map((m) => `'${m}'`).join(', ')}))`)
  .join(' OR ')})`;

export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (character) => `\\${character}`);
}
