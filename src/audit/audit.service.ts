import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Actor, actingUserId } from '../common/auth/actor';
import { Page } from '../common/pagination';
import { AuditEntry } from './audit-entry.entity';
import { AuditEntryDto, toAuditEntryDto } from './dto/audit-entry.dto';

export interface AuditedChange {
  action: string;
  entity: string;
  entityId: string;
  engagementId?: string | null;
  before?: object | null;
  after?: object | null;
}

export interface AuditFilter {
  engagementId?: string;
  entity?: string;
  action?: string;
  actorId?: string;
  limit: number;
  offset: number;
}

/** The audit trail: written inside the transaction of the write it records, so both commit or neither. */
@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async record(em: EntityManager, actor: Actor, change: AuditedChange): Promise<void> {
    await em.insert(AuditEntry, {
      actorId: actingUserId(actor),
      actorEmail: actor.email,
      action: change.action,
      entity: change.entity,
      entityId: change.entityId,
      engagementId: change.engagementId ?? null,
      before: toJson(change.before),
      after: toJson(change.after),
      requestId: actor.requestId,
    });
  }

  async list(filter: AuditFilter): Promise<Page<AuditEntryDto>> {
    const query = this.dataSource.manager.createQueryBuilder(AuditEntry, 'a').orderBy('a.id', 'DESC');
    if (filter.engagementId) query.andWhere('a.engagementId = :engagementId', { engagementId: filter.engagementId });
    if (filter.entity) query.andWhere('a.entity = :entity', { entity: filter.entity });
    if (filter.action) query.andWhere('a.action = :action', { action: filter.action });
    if (filter.actorId) query.andWhere('a.actorId = :actorId', { actorId: filter.actorId });
    const [rows, total] = await query.take(filter.limit).skip(filter.offset).getManyAndCount();
    return { items: rows.map(toAuditEntryDto), total, limit: filter.limit, offset: filter.offset };
  }
}

/** A plain JSON copy, so that what is stored is exactly what an API client was shown. */
function toJson(value: object | null | undefined): object | null {
  return value ? (JSON.parse(JSON.stringify(value)) as object) : null;
}
