import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Adoption } from './adoption.entity';

export type AdoptionRecord = Pick<Adoption, 'versionNumber' | 'adoptedOn' | 'adoptingAuthority' | 'instrumentReference' | 'recordedBy'>;
export type SignedDocumentFields = Pick<Adoption, 'document' | 'documentSha256' | 'documentSize' | 'documentUploadedAt'>;

const NO_DOCUMENT: SignedDocumentFields = { document: null, documentSha256: null, documentSize: null, documentUploadedAt: null };

/** Queries of an engagement's adoption record (one per engagement). Every method takes the caller's transaction when there is one. */
@Injectable()
export class AdoptionsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The record without its signed document's bytes. */
  find(engagementId: string, em: EntityManager = this.dataSource.manager): Promise<Adoption | null> {
    return em.findOneBy(Adoption, { engagementId });
  }

  /** The record with its signed document's bytes. */
  findWithDocument(engagementId: string, em: EntityManager = this.dataSource.manager): Promise<Adoption | null> {
    return em.createQueryBuilder(Adoption, 'a').addSelect('a.document').where('a.engagementId = :engagementId', { engagementId }).getOne();
  }

  async insert(engagementId: string, record: AdoptionRecord, em: EntityManager): Promise<void> {
    await em.insert(Adoption, { engagementId, ...record });
  }

  /** Corrects the record; `dropDocument` removes a signed document that no longer belongs to it. */
  async update(engagementId: string, record: AdoptionRecord, dropDocument: boolean, em: EntityManager): Promise<void> {
    await em.update(Adoption, { engagementId }, { ...record, ...(dropDocument ? NO_DOCUMENT : {}) });
  }

  async attachDocument(engagementId: string, document: SignedDocumentFields, em: EntityManager): Promise<void> {
    await em.update(Adoption, { engagementId }, document);
  }
}
