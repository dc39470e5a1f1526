import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../config/app.config';
import { DocumentCache } from './document-cache';
import { RenderedDocumentsRepository, StoredDocumentInfo } from './rendered-documents.repository';

/** A document served from memory has its read time written at most this often (eviction needs no finer order). */
export const TOUCH_INTERVAL_MS = 10_000;

/**
 * Rendered documents by key: the in-memory LRU (document-cache.ts) in front of the database (rendered_documents),
 * which keeps them across restarts and between instances, within DOCUMENT_STORE_MAX_BYTES. The key says what the
 * bytes are and is computed after the access checks (`documentKey`); the store checks nothing and decides nothing.
 * The database is a cache too: when it fails, the document is rendered as if it had never been stored.
 */
@Injectable()
export class DocumentStore implements OnModuleDestroy {
  private readonly logger = new Logger(DocumentStore.name);
  private readonly memory = new DocumentCache();
  /** Writes under way (kept, touched), awaited before the app closes the database. */
  private readonly writes = new Set<Promise<void>>();
  /** When each key's read time was last written, for documents served from memory. */
  private readonly touched = new Map<string, number>();
  private readonly maxBytes: number;

  constructor(
    private readonly stored: RenderedDocumentsRepository,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.maxBytes = config.documentStoreMaxBytes;
  }

  /** The document stored under `key` (from memory, else from the database); undefined when it is in neither. */
  async get(key: string): Promise<Buffer | undefined> {
    const cached = this.memory.get(key);
    if (cached) {
      // Served from memory, yet read: the database's eviction orders by the last read.
      this.touch(key);
      return cached;
    }
    if (this.maxBytes === 0) return undefined;
    const bytes = await this.stored.read(key).catch((error: unknown) => {
      this.logger.warn(`The document store could not be read (the document is rendered again): ${(error as Error).message}`);
      return null;
    });
    if (!bytes) return undefined;
    this.memory.set(key, bytes);
    this.touched.set(key, Date.now());
    return bytes;
  }

  /** Whether `key` is stored, without reading its bytes from the database into memory. */
  async has(key: string): Promise<boolean> {
    if (this.memory.get(key)) return true;
    if (this.maxBytes === 0) return false;
    return this.stored.exists(key).catch(() => false);
  }

  /** Keeps a rendered document in memory and in the database (past the bound, the least recently read go). */
  async keep(key: string, info: StoredDocumentInfo, bytes: Buffer): Promise<void> {
    this.memory.set(key, bytes);
    if (bytes.length > this.maxBytes) return;
    this.touched.set(key, Date.now());
    await this.track(this.stored.keep(key, info, bytes, this.maxBytes), 'kept');
  }

  /** Resolves when every write begun so far has ended. */
  async whenIdle(): Promise<void> {
    while (this.writes.size > 0) await Promise.allSettled([...this.writes]);
  }

  async onModuleDestroy(): Promise<void> {
    await this.whenIdle();
  }

  private touch(key: string): void {
    const now = Date.now();
    if (this.maxBytes === 0 || now - (this.touched.get(key) ?? 0) < TOUCH_INTERVAL_MS) return;
    // Forgetting every key now and then only costs a write each: the memory cache holds few documents anyway.
    if (this.touched.size > 10_000) this.touched.clear();
    this.touched.set(key, now);
    void this.track(this.stored.touch(key), 'marked as read');
  }

  private async track(write: Promise<void>, what: string): Promise<void> {
    const tracked = write.catch((error: unknown) => {
      this.logger.warn(`A rendered document could not be ${what} in the document store: ${(error as Error).message}`);
    });
    this.writes.add(tracked);
    try {
      await tracked;
    } finally {
      this.writes.delete(tracked);
    }
  }
}
