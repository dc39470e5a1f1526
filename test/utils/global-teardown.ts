import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { adminQuery, withdrawTemplateLocation } from './database';
import { figuresTable } from './figures';

export default async function globalTeardown(): Promise<void> {
  const dataDir = withdrawTemplateLocation('embedded');
  if (dataDir) rmSync(dirname(dataDir), { recursive: true, force: true });
  const database = withdrawTemplateLocation('server');
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (database && serverUrl) await adminQuery(serverUrl, `DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
  if (process.env.RELIABILITY === '1') process.stdout.write(`${figuresTable()}\n`);
}
