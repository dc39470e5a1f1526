import { DataSource } from 'typeorm';
import { loadAppConfig } from '../config/app.config';
import { dataSourceOptions } from './data-source';
import { EmbeddedPostgres } from './embedded-postgres';

/** For the TypeORM CLI (`npm run migration:*`): the same settings the app would use. */
async function createCliDataSource(): Promise<DataSource> {
  const config = loadAppConfig();
  if (config.databaseUrl) return new DataSource(dataSourceOptions({ databaseUrl: config.databaseUrl }));
  const embedded = await EmbeddedPostgres.open(config.dataDir);
  const dataSource = new DataSource(dataSourceOptions({ embedded }));
  const destroy = dataSource.destroy.bind(dataSource);
  dataSource.destroy = async () => {
    await destroy();
    await embedded.close();
  };
  return dataSource;
}

export const cliDataSource = createCliDataSource();
