import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../src/database/data-source';
import { EmbeddedPostgres } from '../../src/database/embedded-postgres';
import { migrate } from '../../src/database/migrate';

export type TestEngine = 'embedded' | 'server';

/** Where a test file's database lives: an embedded data directory or a server database URL. */
export interface TestDatabase {
  engine: TestEngine;
  dataDir: string;
  databaseUrl?: string;
  drop(): Promise<void>;
}

export function currentEngine(): TestEngine {
  const engine = process.env.TEST_ENGINE;
  if (engine !== 'embedded' && engine !== 'server') throw new Error('TEST_ENGINE is not set: run the suites through jest');
  return engine;
}

export function serverUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('TEST_DATABASE_URL is required for the server suites');
  return url;
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/** One migrated template per engine and run; each test file copies it (immich's approach). */
export function templateLocation(engine: TestEngine): string {
  const key = `VT_TEST_TEMPLATE_${engine.toUpperCase()}`;
  const location = process.env[key];
  if (!location) throw new Error(`${key} is not set: the jest global setup did not run`);
  return location;
}

export async function buildEmbeddedTemplate(dataDir: string): Promise<void> {
  const embedded = await EmbeddedPostgres.open(dataDir);
  try {
    await migrateWith(dataSourceOptions({ embedded }), false);
  } finally {
    await embedded.close();
  }
}

export async function buildServerTemplate(adminUrl: string, database: string): Promise<void> {
  await adminQuery(adminUrl, `DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
  await adminQuery(adminUrl, `CREATE DATABASE "${database}"`);
  await migrateWith(dataSourceOptions({ databaseUrl: withDatabase(adminUrl, database) }), true);
}

async function migrateWith(options: ReturnType<typeof dataSourceOptions>, serialize: boolean): Promise<void> {
  const dataSource = await new DataSource(options).initialize();
  try {
    await migrate(dataSource, { serialize });
  } finally {
    await dataSource.destroy();
  }
}

export async function adminQuery(adminUrl: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

function uniqueName(prefix: string): string {
  return `${prefix}_${process.pid}_${randomBytes(4).toString('hex')}`;
}

/** A clean, migrated database of the current engine for one test file. */
export async function createTestDatabase(options: { migrated?: boolean } = {}): Promise<TestDatabase> {
  const migrated = options.migrated ?? true;
  const engine = currentEngine();
  const dataDir = mkdtempSync(join(tmpdir(), 'vt-test-'));
  if (engine === 'embedded') {
    if (migrated) cpSync(templateLocation('embedded'), dataDir, { recursive: true });
    return { engine, dataDir, drop: async () => rmSync(dataDir, { recursive: true, force: true }) };
  }
  const adminUrl = serverUrl();
  const database = uniqueName('vt_test');
  const template = migrated ? ` TEMPLATE "${templateLocation('server')}"` : '';
  await adminQuery(adminUrl, `CREATE DATABASE "${database}"${template}`);
  return {
    engine,
    dataDir,
    databaseUrl: withDatabase(adminUrl, database),
    drop: async () => {
      await adminQuery(adminUrl, `DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
