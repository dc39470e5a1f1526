import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

const HANDOFF_DIR = join(tmpdir(), 'vt-roadmaps-tests');

function handoffFile(jestPid: number, engine: TestEngine): string {
  return join(HANDOFF_DIR, `${jestPid}-${engine}.template`);
}

/**
 * The global setup runs in jest's main process and may run after the workers were spawned, so it hands
 * the template's location over in a file named after that process (a worker's parent, or itself in band).
 */
export function publishTemplateLocation(engine: TestEngine, location: string): void {
  mkdirSync(HANDOFF_DIR, { recursive: true });
  writeFileSync(handoffFile(process.pid, engine), location);
}

export function withdrawTemplateLocation(engine: TestEngine): string | undefined {
  const file = handoffFile(process.pid, engine);
  if (!existsSync(file)) return undefined;
  const location = readFileSync(file, 'utf8');
  rmSync(file, { force: true });
  return location;
}

/** One migrated template per engine and run; each test file copies it (immich's approach). */
export function templateLocation(engine: TestEngine): string {
  for (const pid of [process.pid, process.ppid]) {
    const file = handoffFile(pid, engine);
    if (existsSync(file)) return readFileSync(file, 'utf8');
  }
  throw new Error(`No ${engine} template database: the jest global setup did not run`);
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
  await dropDatabasesOfDeadRuns(adminUrl);
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

/** Databases left by a test run that was killed before its teardown (their names carry its pid). */
async function dropDatabasesOfDeadRuns(adminUrl: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ datname: string }>(
      `SELECT datname FROM pg_database WHERE datname ~ '^vt_(template|test)_[0-9]+'`,
    );
    for (const { datname } of rows) {
      const pid = Number(datname.split('_')[2]);
      if (!isAlive(pid)) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    }
  } finally {
    await client.end();
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
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
    return {
      engine,
      dataDir,
      drop: () => {
        rmSync(dataDir, { recursive: true, force: true });
        return Promise.resolve();
      },
    };
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
