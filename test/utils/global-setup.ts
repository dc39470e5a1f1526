import { clearFigures } from './figures';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildEmbeddedTemplate, buildServerTemplate, publishTemplateLocation } from './database';

/**
 * Builds the migrated templates that every database test file copies: one embedded data directory,
 * and one server database when TEST_DATABASE_URL names a server. (Jest runs a global setup file shared
 * by several projects only once, so this one serves both engines.)
 */
export default async function globalSetup(): Promise<void> {
  clearFigures();
  const dataDir = join(mkdtempSync(join(tmpdir(), 'vt-template-')), 'data');
  await buildEmbeddedTemplate(dataDir);
  publishTemplateLocation('embedded', dataDir);
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (serverUrl) {
    const database = `vt_template_${process.pid}`;
    await buildServerTemplate(serverUrl, database);
    publishTemplateLocation('server', database);
  }
}
