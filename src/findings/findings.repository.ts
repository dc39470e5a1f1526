import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { updateVersioned } from '../database/versioned-update';
import { FindingLevel } from './finding-level.entity';
import { Finding } from './finding.entity';
import type { FindingDto } from './dto/finding.dto';

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

const FILTER_COLUMNS = [
  ['thematicArea', 'thematic_area'],
  ['dimension', 'dimension'],
  ['phase', 'phase'],
  ['kind', 'kind'],
  ['status', 'status'],
  ['level', 'level'],
] as const;

/** A timestamp as `Date.toISOString()` writes it. */
const iso = (column: string): string => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/** A finding as FindingDto (toFindingDto in findings.service.ts), field for field and in the same order. */
const FINDING_DTO_COLUMNS = `f.id, f.code, f.kind, f.thematic_area AS "thematicArea", f.dimension, f.phase, f.level, f.title, f.observation,
  f.sensitivity, f.framework_refs AS "frameworkRefs", f.evidence, f.status, f.withdrawn_reason AS "withdrawnReason",
  f.mission_id AS "missionId", f.validated_by AS "validatedBy", ${iso('f.validated_at')} AS "validatedAt", f.version,
  ${iso('f.created_at')} AS "createdAt", ${iso('f.updated_at')} AS "updatedAt"`;

@Injectable()
export class FindingsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * One page of findings, read as the API's FindingDto by one statement: the list is the hottest read, and
   * hydrating entities and mapping them cost the app more than the query. One row past the page tells whether
   * anything follows; only then, or past the end, does the total take a count.
   */
  async page(engagementId: string, filter: FindingFilter, em: EntityManager = this.dataSource.manager): Promise<{ items: FindingDto[]; total: number }> {
    const parameters: unknown[] = [engagementId];
    const parameter = (value: unknown): string => `$${parameters.push(value)}`;
    const conditions = ['f.engagement_id = $1'];
    for (const [field, column] of FILTER_COLUMNS) {
      const value = filter[field];
      if (value !== undefined) conditions.push(`f.${column} = ${parameter(value)}`);
    }
    // The same expression as the findings_search index, so PostgreSQL can use it.
    if (filter.q?.trim()) conditions.push(`to_tsvector('simple', f.title || ' ' || f.observation) @@ websearch_to_tsquery('simple', ${parameter(filter.q)})`);
    const where = conditions.join(' AND ');
    const filterParameters = [...parameters];
    const rows = await em.query<FindingDto[]>(
      `SELECT ${FINDING_DTO_COLUMNS} FROM findings f WHERE ${where} ORDER BY f.number LIMIT ${parameter(filter.limit + 1)} OFFSET ${parameter(filter.offset)}`,
      parameters,
    );
    if (rows.length <= filter.limit && (rows.length > 0 || filter.offset === 0)) return { items: rows, total: filter.offset + rows.length };
    const [{ total }] = await em.query<{ total: number }[]>(`SELECT count(*)::int AS total FROM findings f WHERE ${where}`, filterParameters);
    return { items: rows.slice(0, filter.limit), total };
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

  /** Given `expectedVersion`, only while the finding is still at it; false when it is not. */
  update(id: string, changes: Partial<Finding>, em: EntityManager, expectedVersion?: number): Promise<boolean> {
    return updateVersioned(em, Finding, id, changes, expectedVersion);
  }

  async recordLevel(level: Pick<FindingLevel, 'findingId' | 'level' | 'missionId' | 'note' | 'recordedBy'>, em: EntityManager): Promise<void> {
    await em.insert(FindingLevel, level);
  }
}
