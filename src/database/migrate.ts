import { DataSource } from 'typeorm';

// Any constant shared by every replica of this service; it names the lock, nothing more.
const MIGRATION_LOCK_KEY = 7_341_202_117;

/**
 * Applies pending migrations. On a server, replicas starting together take turns behind an advisory
 * lock; the embedded engine is one process by construction (its data directory is locked).
 */
export async function migrate(dataSource: DataSource, options: { serialize: boolean }): Promise<string[]> {
  if (!options.serialize) return names(await dataSource.runMigrations({ transaction: 'each' }));
  const lockHolder = dataSource.createQueryRunner();
  await lockHolder.connect();
  try {
    await lockHolder.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    return names(await dataSource.runMigrations({ transaction: 'each' }));
  } finally {
    await lockHolder.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await lockHolder.release();
  }
}

function names(migrations: { name: string }[]): string[] {
  return migrations.map((migration) => migration.name);
}
