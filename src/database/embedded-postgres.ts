import { PGlite } from '@electric-sql/pglite';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import { join } from 'node:path';
import { DataDirectoryLock } from './data-dir-lock';

/** node-postgres settings that make a pg Pool talk to one PGlite instance in this process. */
export interface EmbeddedConnectionOptions {
  connection: unknown;
  max: 1;
  idleTimeoutMillis: 0;
  connectionTimeoutMillis: number;
}

/**
 * PostgreSQL embedded in the process (PGlite, WebAssembly), stored in `<dataDir>/pgdata` and
 * guarded by a lock on the data directory.
 */
export class EmbeddedPostgres {
  private constructor(
    readonly dataDir: string,
    private readonly pglite: PGlite,
    private readonly lock: DataDirectoryLock,
  ) {}

  static async open(dataDir: string): Promise<EmbeddedPostgres> {
    const lock = DataDirectoryLock.acquire(dataDir);
    try {
      const pglite = await PGlite.create(join(dataDir, 'pgdata'));
      return new EmbeddedPostgres(dataDir, pglite, lock);
    } catch (error) {
      lock.release();
      throw error;
    }
  }

  /**
   * PGlite is a single session, so the pool holds exactly one client that never idles out. A query
   * issued outside the transaction that holds that client would wait forever: the connect timeout
   * turns that programming error into a failure instead of a hang.
   */
  connectionOptions(): EmbeddedConnectionOptions {
    const pgConfig = createPgConfig(this.pglite);
    return { connection: pgConfig.connection, max: 1, idleTimeoutMillis: 0, connectionTimeoutMillis: 10_000 };
  }

  async close(): Promise<void> {
    try {
      if (!this.pglite.closed) await this.pglite.close();
    } finally {
      this.lock.release();
    }
  }
}
