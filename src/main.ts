import 'reflect-metadata';
import { createApp } from './app.setup';
import { loadAppConfig } from './config/app.config';
import { InvalidEnvironmentError } from './config/env.validation';
import { DataDirectoryInUseError } from './database/data-dir-lock';

async function bootstrap(): Promise<void> {
  const config = loadAppConfig();
  const app = await createApp(config);
  app.enableShutdownHooks();
  await app.listen({ port: config.port, host: '0.0.0.0' });
  const url = `http://localhost:${config.port}`;
  const database = config.databaseUrl ? 'PostgreSQL server (DATABASE_URL)' : `embedded PostgreSQL in ${config.dataDir}`;
  process.stdout.write(
    [
      '',
      `Vulnerable Targets Roadmaps is running on ${url}`,
      `  API:           ${url}/api/engagements`,
      `  API docs:      ${url}/api/docs  (OpenAPI: ${url}/api/openapi.json)`,
      `  Health:        ${url}/api/health`,
      `  Database:      ${database}`,
      `  Demo data:     ${config.demoData ? 'on (Tunisia, Togo, Tajikistan)' : 'off'}`,
      '',
    ].join('\n') + '\n',
  );
}

bootstrap().catch((error: unknown) => {
  // Configuration and start-up problems the operator can fix get a plain message, not a stack trace.
  if (error instanceof InvalidEnvironmentError || error instanceof DataDirectoryInUseError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    process.stderr.write(`The service could not start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  }
  process.exit(1);
});
