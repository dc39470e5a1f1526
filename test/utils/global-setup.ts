import type { Config } from '@jest/types';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildEmbeddedTemplate, buildServerTemplate, serverUrl } from './database';

/** Builds the migrated template that every test file of this project copies. */
export default async function globalSetup(_global: Config.GlobalConfig, project: Config.ProjectConfig): Promise<void> {
  const engine = project.displayName?.name;
  if (engine === 'embedded') {
    const dataDir = join(mkdtempSync(join(tmpdir(), 'vt-template-')), 'data');
    await buildEmbeddedTemplate(dataDir);
    process.env.VT_TEST_TEMPLATE_EMBEDDED = dataDir;
  } else if (engine === 'server') {
    const database = `vt_template_${process.pid}`;
    await buildServerTemplate(serverUrl(), database);
    process.env.VT_TEST_TEMPLATE_SERVER = database;
  }
}
