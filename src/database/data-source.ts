import { join } from 'node:path';
import { types } from 'pg';
import { DataSourceOptions } from 'typeorm';
import type { PostgresDataSourceOptions } from 'typeorm/driver/postgres/PostgresDataSourceOptions';
import { EmbeddedPostgres } from './embedded-postgres';

// Calendar dates stay 'YYYY-MM-DD' strings: parsing them into Date objects would shift them by the time zone.
types.setTypeParser(types.builtins.DATE, (value: string) => value);

/**
 * The entity classes as files, for the migration CLI (`migration:generate` compares them with the schema). The app
 * does not read this: each module declares its own entities (`TypeOrmModule.forFeature`) and Nest loads them, so
 * this folder imports no domain module.
 */
export const ENTITY_FILES = join(__dirname, '..', '**', '*.entity.{ts,js}');

/**
 * The only description of the database, shared by the app and the migration CLI. It names no entities: the app
 * adds those its modules declare, the CLI those of ENTITY_FILES; running migrations needs none (they are SQL).
 */
export function dataSourceOptions(target: { databaseUrl?: string; embedded?: EmbeddedPostgres }): DataSourceOptions {
  const common: PostgresDataSourceOptions = {
    type: 'postgres',
    migrations: [join(__dirname, '..', '..', 'migrations', '*.{ts,js}')],
    migrationsTableName: 'migrations',
    // gen_random_uuid() is built into PostgreSQL 13+ and PGlite; uuid-ossp is not always there.
    uuidExtension: 'pgcrypto',
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
