import { join } from 'node:path';
import { DataSourceOptions } from 'typeorm';
import type { PostgresDataSourceOptions } from 'typeorm/driver/postgres/PostgresDataSourceOptions';
import { Engagement } from '../engagements/engagement.entity';
import { EmbeddedPostgres } from './embedded-postgres';

export const ENTITIES = [Engagement];

/** The only description of the database, shared by the app and the migration CLI. */
export function dataSourceOptions(target: { databaseUrl?: string; embedded?: EmbeddedPostgres }): DataSourceOptions {
  const common: PostgresDataSourceOptions = {
    type: 'postgres',
    entities: ENTITIES,
    migrations: [join(__dirname, '..', '..', 'migrations', '*.{ts,js}')],
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: false,
  };
  if (target.embedded) {
    return { ...common, extra: target.embedded.connectionOptions() };
  }
  if (!target.databaseUrl) throw new Error('Either DATABASE_URL or an embedded database is required');
  return { ...common, url: target.databaseUrl, extra: { max: 10, connectionTimeoutMillis: 10_000 } };
}
