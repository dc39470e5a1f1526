import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppModule } from './app.module';
import { createApiDocument, setApiPrefix } from './app.setup';
import { loadAppConfig } from './config/app.config';

/**
 * Writes the OpenAPI document to the file named by the first argument (standard output without one), with no
 * database: Nest's preview mode reads the modules and routes without instantiating a provider. `npm run lint`
 * lints what this writes.
 */
async function main(): Promise<void> {
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(loadAppConfig({})), new FastifyAdapter(), {
    preview: true,
    logger: false,
  });
  setApiPrefix(app);
  const json = `${JSON.stringify(createApiDocument(app), null, 2)}\n`;
  await app.close();
  const target = process.argv[2];
  if (target) {
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, json);
  }
  else process.stdout.write(json);
}

main().catch((error: unknown) => {
  process.stderr.write(`The OpenAPI document could not be written: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
