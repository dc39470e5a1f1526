import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Audience } from '../common/confidentiality';
import { ActionStatus } from '../roadmaps/action.entity';
import { overdueSql, progressSql } from './action-schedule';
import { readableActionsSql } from './state-plan';

/** The relation `readableActionsSql` reads for one engagement, the first parameter. */
const THIS_ENGAGEMENT = '(SELECT $1::uuid AS id)';

/** Counts of one thematic area's actions, or (thematic_area null) of the whole engagement's. */
export interface CountsRow {
  thematic_area: string | null;
  total: number;
  completed: number;
  cancelled: number;
  overdue: number;
  progress: number | null;
}

export interface ScheduleRow {
  action_id: string;
  code: string;
  title: string;
  thematic_area: string;
  responsible_entity: string;
  status: ActionStatus;
  progress: number;
  due_on: string | null;
  overdue: boolean;
}

/**
 * Reads of the actions as scheduled (the `action_schedule` view), always limited to what a reader of the
 * audience may see: the State reads its plan, never the working roadmap (issue #14).
 */
@Injectable()
export class ActionScheduleRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Counts per thematic area, then (thematic_area null) for the whole engagement. */
  counts(engagementId: string, audience: Audience, em: EntityManager = this.dataSource.manager): Promise<CountsRow[]> {
    return em.query<CountsRow[]>(
      `SELECT s.thematic_area, count(*)::int AS total,
              count(*) FILTER (WHERE s.status = 'completed')::int AS completed,
              count(*) FILTER (WHERE s.status = 'cancelled')::int AS cancelled,
              count(*) FILTER (WHERE ${overdueSql('s')})::int AS overdue,
              ${progressSql('s')} AS progress
         FROM ${readableActionsSql(audience, THIS_ENGAGEMENT)} s
        GROUP BY GROUPING SETS ((s.thematic_area), ())
        ORDER BY s.thematic_area NULLS FIRST`,
      [engagementId],
    );
  }

  schedule(engagementId: string, audience: Audience, em: EntityManager = this.dataSource.manager): Promise<ScheduleRow[]> {
    return em.query<ScheduleRow[]>(
      `SELECT s.action_id, s.code, s.title, s.thematic_area, s.responsible_entity, s.status, s.progress,
              to_char(s.due_on, 'YYYY-MM-DD') AS due_on, ${overdueSql('s')} AS overdue
         FROM ${readableActionsSql(audience, THIS_ENGAGEMENT)} s ORDER BY s.number`,
      [engagementId],
    );
  }

  async isReadable(engagementId: string, audience: Audience, actionId: string, em: EntityManager = this.dataSource.manager): Promise<boolean> {
    const rows = await em.query<unknown[]>(`SELECT 1 FROM ${readableActionsSql(audience, THIS_ENGAGEMENT)} s WHERE s.action_id = $2`, [engagementId, actionId]);
    return rows.length > 0;
  }

  /** id → code of the actions a reader of the audience may see. */
  async readableCodes(engagementId: string, audience: Audience, em: EntityManager = this.dataSource.manager): Promise<Map<string, string>> {
    const rows = await em.query<{ action_id: string; code: string }[]>(`SELECT s.action_id, s.code FROM ${readableActionsSql(audience, THIS_ENGAGEMENT)} s`, [
      engagementId,
    ]);
    return new Map(rows.map((row) => [row.action_id, row.code]));
  }
}
