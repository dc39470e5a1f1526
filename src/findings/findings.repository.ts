import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Engagement } from '../engagements/engagement.entity';
import { FindingLevel } from './finding-level.entity';
import { Finding } from './finding.entity';

export interface FindingFilter {
  thematicArea?: string;
  dimension?: string;
  phase?: string;
  kind?: string;
  status?: string;
  level?: number;
  q?: string;
  limit: number;
  offset: number;
}

export type FindingContent = Pick<
  Finding,
  'kind' | 'thematicArea' | 'dimension' | 'phase' | 'level' | 'title' | 'observation' | 'sensitivity' | 'frameworkRefs' | 'evidence'
>;

@Injectable()
export class FindingsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async findPage(engagementId: string, filter: FindingFilter, em: EntityManager = this.dataSource.manager): Promise<[Finding[], number]> {
    const query = em.createQueryBuilder(Finding, 'f').where('f.engagementId = :engagementId', { engagementId }).orderBy('f.number', 'ASC');
    for (const field of ['thematicArea', 'dimension', 'phase', 'kind', 'status', 'level'] as const) {
      if (filter[field] !== undefined) query.andWhere(`f.${field} = :${field}`, { [field]: filter[field] });
    }
    if (filter.q?.trim()) {
      // The same expression as the findings_search index, so PostgreSQL can use it.
      query.andWhere(`to_tsvector('simple', f.title || ' ' || f.observation) @@ websearch_to_tsquery('simple', :q)`, { q: filter.q });
    }
    return query.take(filter.limit).skip(filter.offset).getManyAndCount();
  }

  findAll(engagementId: string, em: EntityManager = this.dataSource.manager): Promise<Finding[]> {
    return em.find(Finding, { where: { engagementId }, order: { number: 'ASC' } });
  }

  find(engagementId: string, id: string, em: EntityManager = this.dataSource.manager, lock = false): Promise<Finding | null> {
    const query = em.createQueryBuilder(Finding, 'f').where('f.id = :id AND f.engagementId = :engagementId', { id, engagementId });
    return (lock ? query.setLock('pessimistic_write') : query).getOne();
  }

  findByCode(engagementId: string, code: string, em: EntityManager): Promise<Finding | null> {
    return em.findOneBy(Finding, { engagementId, code });
  }

  levelHistory(findingId: string, em: EntityManager = this.dataSource.manager): Promise<FindingLevel[]> {
    return em.find(FindingLevel, { where: { findingId }, order: { id: 'ASC' } });
  }

  /**
   * Takes the engagement's next finding number. The update locks the engagement row until the
   * transaction ends, so concurrent creations take turns, and a rolled-back creation gives its number back.
   */
  async nextNumber(engagementId: string, em: EntityManager): Promise<number> {
    const result = await em
      .createQueryBuilder()
      .update(Engagement)
      .set({ findingSequence: () => 'finding_sequence + 1' })
      .where('id = :engagementId', { engagementId })
      .returning('finding_sequence')
      .execute();
    return (result.raw as { finding_sequence: number }[])[0].finding_sequence;
  }

  async insert(
    finding: FindingContent & Pick<Finding, 'engagementId' | 'number' | 'code' | 'missionId'>,
    recordedBy: string | null,
    em: EntityManager,
  ): Promise<Finding> {
    const result = await em.insert(Finding, { ...finding, status: 'draft' });
    const id = (result.identifiers[0] as { id: string }).id;
    await em.insert(FindingLevel, { findingId: id, level: finding.level, missionId: finding.missionId, recordedBy, note: 'first scoring' });
    return em.findOneByOrFail(Finding, { id });
  }

  async update(id: string, changes: Partial<Finding>, em: EntityManager): Promise<void> {
    await em
      .createQueryBuilder()
      .update(Finding)
      .set({ ...changes, version: () => 'version + 1', updatedAt: () => 'now()' })
      .where('id = :id', { id })
      .execute();
  }

  async recordLevel(level: Pick<FindingLevel, 'findingId' | 'level' | 'missionId' | 'note' | 'recordedBy'>, em: EntityManager): Promise<void> {
    await em.insert(FindingLevel, level);
  }
}
