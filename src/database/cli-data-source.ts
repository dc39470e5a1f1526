import { DataSource, DataSourceOptions } from 'typeorm';
import { loadAppConfig } from '../config/app.config';
import { dataSourceOptions, ENTITY_FILES } from './data-source';
import { EmbeddedPostgres } from './embedded-postgres';

/** For the TypeORM CLI (`npm run migration:*`): the same settings the app would use. */
async function createCliDataSource(): Promise<DataSource> {
  const config = loadAppConfig();
  // Outside Nest no module declares the entities; `migration:generate` needs them, found by file name.
  const withEntities = (options: DataSourceOptions): DataSourceOptions => ({ ...options, entities: [ENTITY_FILES] });
  if (config.databaseUrl) return new DataSource(withEntities(dataSourceOptions({ databaseUrl: config.databaseUrl })));
  const embedded = await EmbeddedPostgres.open(config.dataDir);
  const dataSource = new DataSource(withEntities(dataSourceOptions({ embedded })));
  const destroy = dataSource.destroy.bind(dataSource);
  dataSource.destroy = async () => {
    await destroy();
    await embedded.close();
  };
  return dataSource;
}

export const cliDataSource = createCliDataSource();
