import 'reflect-metadata';
import { createApp } from './app.setup';
import { loadAppConfig } from './config/app.config';
import { InvalidEnvironmentError } from './config/env.validation';
import { DataDirectoryInUseError } from './database/data-dir-lock';
import { DEMO_PASSWORD, DEMO_USERS, DemoUser } from './demo/demo-data';
import { stageTargetDays } from './engagements/stage-target-days';

async function bootstrap(): Promise<void> {
  const config = loadAppConfig();
  // The engagements module checks STAGE_TARGET_DAYS against the machine when it starts; checking it here too stops
  // a bad value like any other setting: a plain message, before Nest and the database start.
  stageTargetDays(config);
  const app = await createApp(config);
  app.enableShutdownHooks();
  await app.listen({ port: config.port, host: '0.0.0.0' });
  // The port actually bound: PORT=0 lets the system choose one.
  const address = app.getHttpServer().address();
  const url = `http://localhost:${typeof address === 'object' && address ? address.port : config.port}`;
  const database = config.databaseUrl ? 'PostgreSQL server (DATABASE_URL)' : `embedded PostgreSQL in ${config.dataDir}`;
  process.stdout.write(
    [
      '',
      `Vulnerable Targets Roadmaps is running on ${url}`,
      `  Web pages:     ${url}/app`,
      `  API:           ${url}/api/engagements`,
      `  API docs:      ${url}/api/docs  (OpenAPI: ${url}/api/openapi.json)`,
      `  Health:        ${url}/api/health`,
      `  Database:      ${database}`,
      `  Demo data:     ${config.demoData ? 'on (Tunisia, Togo, Tajikistan)' : 'off'}`,
      ...(config.demoData
        ? [
            `  Demo logins (password "${DEMO_PASSWORD}"):`,
            ...DEMO_USERS.map((user) => `    ${user.email.padEnd(34)} ${user.role}${describeMemberships(user)}`),
          ]
        : []),
      '',
    ].join('\n') + '\n',
  );
}

function describeMemberships(user: DemoUser): string {
  const parts = Object.entries(user.memberships).map(([country, role]) => `${role} ${country}`);
  return parts.length > 0 ? ` (${parts.join(', ')})` : '';
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
