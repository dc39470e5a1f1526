import 'reflect-metadata';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { createApiDocument, createApp } from '../../src/app.setup';
import { AppConfig } from '../../src/config/app.config';
import { createTestDatabase, TestDatabase } from './database';
import { OpenApiConformance } from './openapi-conformance';

export interface TestApp {
  app: NestFastifyApplication;
  config: AppConfig;
  database: TestDatabase;
  http(): ReturnType<typeof request>;
  /** Every API answer so far that the OpenAPI document does not describe. */
  openApiMismatches(): string[];
  /** Stops the app (the database stays until `drop()`); fails when an API answer did not match the OpenAPI document. */
  stop(): Promise<void>;
  /** Stops the app and drops its database; fails as `stop()` does. */
  close(): Promise<void>;
}

export function testConfig(database: Pick<TestDatabase, 'dataDir' | 'databaseUrl'>, overrides: Partial<AppConfig> = {}): AppConfig {
  return {
    port: 0,
    dataDir: database.dataDir,
    databaseUrl: database.databaseUrl,
    nodeEnv: 'test',
    demoData: false,
    corsOrigins: [],
    stageTargetDays: { scoping: 60, gapAssessment: 45, roadmap: 90, adoption: 120 },
    logLevel: 'silent',
    documentStoreMaxBytes: 512 * 1024 * 1024,
    // Rendering every new version's editions in the background would slow every suite that makes versions;
    // the suites about documents being ready turn it on.
    documentsPrerender: false,
    ...overrides,
  };
}

/** The real application on a clean database of its own (the current engine: embedded or server). */
export async function createTestApp(
  options: { config?: Partial<AppConfig>; database?: TestDatabase; logLines?: string[] } = {},
): Promise<TestApp> {
  const database = options.database ?? (await createTestDatabase());
  const config = testConfig(database, options.config);
  const logLines = options.logLines;
  const app = await createApp(config, logLines ? { logDestination: { write: (line: string) => void logLines.push(line) } } : {});
  // Every answer the tests receive is checked against the document the app serves.
  const conformance = new OpenApiConformance(() => createApiDocument(app));
  conformance.watch(app.getHttpAdapter().getInstance());
  await app.getHttpAdapter().getInstance().ready();
  let stopped = false;
  const stop = async (): Promise<void> => {
    if (stopped) return;
    stopped = true;
    await app.close();
    const mismatches = conformance.report();
    if (mismatches.length > 0) {
      throw new Error(`${mismatches.length} kinds of API answers the OpenAPI document does not describe:\n${mismatches.join('\n')}`);
    }
  };
  return {
    app,
    config,
    database,
    http: () => request(app.getHttpServer()),
    openApiMismatches: () => conformance.report(),
    stop,
    close: async () => {
      try {
        await stop();
      } finally {
        await database.drop();
      }
    },
  };
}
