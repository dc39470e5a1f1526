import type { Config } from '@jest/types';
import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { adminQuery, serverUrl } from './database';

export default async function globalTeardown(_global: Config.GlobalConfig, project: Config.ProjectConfig): Promise<void> {
  const engine = project.displayName?.name;
  if (engine === 'embedded' && process.env.VT_TEST_TEMPLATE_EMBEDDED) {
    rmSync(dirname(process.env.VT_TEST_TEMPLATE_EMBEDDED), { recursive: true, force: true });
  } else if (engine === 'server' && process.env.VT_TEST_TEMPLATE_SERVER) {
    await adminQuery(serverUrl(), `DROP DATABASE IF EXISTS "${process.env.VT_TEST_TEMPLATE_SERVER}" WITH (FORCE)`);
  }
}
