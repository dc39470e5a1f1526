import { join } from 'node:path';
import { types } from 'pg';
import { DataSourceOptions } from 'typeorm';
import type { PostgresDataSourceOptions } from 'typeorm/driver/postgres/PostgresDataSourceOptions';
import { AuditEntry } from '../audit/audit-entry.entity';
import { LoginFailure } from '../auth/login-failure.entity';
import { Session } from '../auth/session.entity';
import { Engagement } from '../engagements/engagement.entity';
import { EngagementTransition } from '../engagements/engagement-transition.entity';
import { Membership } from '../engagements/membership.entity';
import { FindingLevel } from '../findings/finding-level.entity';
import { Finding } from '../findings/finding.entity';
import { Adoption } from '../implementation/adoption.entity';
import { MentoringSession } from '../implementation/mentoring-session.entity';
import { ProgressUpdate } from '../implementation/progress-update.entity';
import { Training } from '../implementation/training.entity';
import { Consultation } from '../missions/consultation.entity';
import { Mission } from '../missions/mission.entity';
import { Action } from '../roadmaps/action.entity';
import { RoadmapComment } from '../roadmaps/roadmap-comment.entity';
import { RoadmapVersion } from '../roadmaps/roadmap-version.entity';
import { User } from '../users/user.entity';
import { EmbeddedPostgres } from './embedded-postgres';

// Calendar dates stay 'YYYY-MM-DD' strings: parsing them into Date objects would shift them by the time zone.
types.setTypeParser(types.builtins.DATE, (value: string) => value);

export const ENTITIES = [
  Engagement,
  EngagementTransition,
  User,
  Membership,
  AuditEntry,
  LoginFailure,
  Session,
  Mission,
  Consultation,
  Finding,
  FindingLevel,
  Action,
  RoadmapVersion,
  RoadmapComment,
  Adoption,
  ProgressUpdate,
  MentoringSession,
  Training,
];

/** The only description of the database, shared by the app and the migration CLI. */
export function dataSourceOptions(target: { databaseUrl?: string; embedded?: EmbeddedPostgres }): DataSourceOptions {
  const common: PostgresDataSourceOptions = {
    type: 'postgres',
    entities: ENTITIES,
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
