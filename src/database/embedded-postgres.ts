import { PGlite } from '@electric-sql/pglite';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import { existsSync, readFileSync } from 'node:fs';
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

  /**
   * A new data directory is unpacked from `template` (an initialised cluster packed by the build,
   * see scripts/build-pgdata-template.js) when there is one, which is much faster than initdb.
   */
  static async open(dataDir: string, template: string | null = defaultTemplate()): Promise<EmbeddedPostgres> {
    const lock = DataDirectoryLock.acquire(dataDir);
    try {
      const pgdata = join(dataDir, 'pgdata');
      const fresh = !existsSync(join(pgdata, 'PG_VERSION'));
      const pglite = await PGlite.create(pgdata, fresh && template && existsSync(template) ? { loadDataDir: new Blob([readFileSync(template)]) } : {});
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

  /** The whole cluster as a gzipped tarball: what the build packs as the template for new data directories. */
  async dump(): Promise<Blob> {
    return this.pglite.dumpDataDir('gzip');
  }

  async close(): Promise<void> {
    try {
      if (!this.pglite.closed) await this.pglite.close();
    } finally {
      this.lock.release();
    }
  }
}

/** The template the build packs beside the compiled app (dist/pgdata-template.tar.gz); none when run from the sources. */
function defaultTemplate(): string | null {
  const candidate = join(__dirname, '..', '..', 'pgdata-template.tar.gz');
  return existsSync(candidate) ? candidate : null;
}
