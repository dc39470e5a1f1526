import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { DocumentLanguage } from '../../templates/labels';
import type { Audience } from '../roadmaps/roadmap-content';

/** What a stored document is (for eviction by engagement and for reading the table), besides its key and bytes. */
export interface StoredDocumentInfo {
  engagementId: string;
  versionNumber: number;
  lang: DocumentLanguage;
  audience: Audience;
}

/**
 * Queries of `rendered_documents`: rendered files by key. The key is computed after the access checks
 * (DocumentsService), so nothing here checks access: a caller without a key it was allowed to compute has nothing to ask.
 */
@Injectable()
export class RenderedDocumentsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  // clock_timestamp(), not now(): reads in quick succession stay in the order they happened.

  /** The bytes stored under `key`, marking them read now; null when none are. */
  async read(key: string): Promise<Buffer | null> {
    // As a SELECT: TypeORM answers a bare UPDATE … RETURNING with [rows, count] rather than the rows.
    const rows = await this.dataSource.query<{ bytes: Buffer }[]>(
      `WITH read AS (UPDATE rendered_documents SET last_read_at = clock_timestamp() WHERE key = $1 RETURNING bytes) SELECT bytes FROM read`,
      [key],
    );
    return rows.length > 0 ? Buffer.from(rows[0].bytes) : null;
  }

  /** Whether a document is stored under `key` (without reading it or marking it read). */
  async exists(key: string): Promise<boolean> {
    return (await this.dataSource.query<unknown[]>(`SELECT 1 FROM rendered_documents WHERE key = $1`, [key])).length > 0;
  }

  /** Marks the document read now (it was served from memory), so that eviction sees it as recently read. */
  async touch(key: string): Promise<void> {
    await this.dataSource.query(`UPDATE rendered_documents SET last_read_at = clock_timestamp() WHERE key = $1`, [key]);
  }

  /**
   * Keeps `bytes` under `key` (the same key always holds the same bytes: a second writer changes nothing), then
   * removes the least recently read documents until the whole store is within `maxBytes`.
   */
  async keep(key: string, info: StoredDocumentInfo, bytes: Buffer, maxBytes: number): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO rendered_documents (key, engagement_id, version_number, lang, audience, bytes, size, last_read_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, clock_timestamp()) ON CONFLICT (key) DO UPDATE SET last_read_at = clock_timestamp()`,
      [key, info.engagementId, info.versionNumber, info.lang, info.audience, bytes, bytes.length],
    );
    await this.evictBeyond(maxBytes);
  }

  /** Removes the least recently read documents beyond `maxBytes` in total (the most recently read are kept). */
  async evictBeyond(maxBytes: number): Promise<void> {
    await this.dataSource.query(
      `DELETE FROM rendered_documents WHERE key IN (
         SELECT key FROM (SELECT key, sum(size) OVER (ORDER BY last_read_at DESC, created_at DESC, key) AS kept FROM rendered_documents) ranked
          WHERE kept > $1)`,
      [maxBytes],
    );
  }

  /** The keys stored, least recently read first, with their size (for the tests and for looking at the store). */
  async list(): Promise<(StoredDocumentInfo & { key: string; size: number; lastReadAt: Date })[]> {
    const rows = await this.dataSource.query<
      { key: string; engagement_id: string; version_number: number; lang: DocumentLanguage; audience: Audience; size: number; last_read_at: Date }[]
    >(`SELECT key, engagement_id, version_number, lang, audience, size, last_read_at FROM rendered_documents ORDER BY last_read_at, key`);
    return rows.map((row) => ({
      key: row.key,
      engagementId: row.engagement_id,
      versionNumber: row.version_number,
      lang: row.lang,
      audience: row.audience,
      size: row.size,
      lastReadAt: row.last_read_at,
    }));
  }
}
