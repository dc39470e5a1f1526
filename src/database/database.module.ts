import { Inject, Injectable, Logger, Module, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource, TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../config/app.config';
import { dataSourceOptions } from './data-source';
import { EmbeddedPostgres } from './embedded-postgres';
import { migrate } from './migrate';

export const EMBEDDED_POSTGRES = Symbol('EMBEDDED_POSTGRES');

/** Closes the database in order: the pool first, then the embedded engine and its directory lock. */
@Injectable()
class DatabaseLifecycle implements OnApplicationShutdown {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(EMBEDDED_POSTGRES) private readonly embedded: EmbeddedPostgres | null,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
    await this.embedded?.close();
  }
}

@Module({
  providers: [
    {
      provide: EMBEDDED_POSTGRES,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => (config.databaseUrl ? null : EmbeddedPostgres.open(config.dataDir)),
    },
  ],
  exports: [EMBEDDED_POSTGRES],
})
class EmbeddedPostgresModule {}

@Module({
  imports: [
    EmbeddedPostgresModule,
    TypeOrmModule.forRootAsync({
      imports: [EmbeddedPostgresModule],
      inject: [APP_CONFIG, EMBEDDED_POSTGRES],
      useFactory: (config: AppConfig, embedded: EmbeddedPostgres | null) => ({
        ...dataSourceOptions({ databaseUrl: config.databaseUrl, embedded: embedded ?? undefined }),
        // Each module declares its entities with TypeOrmModule.forFeature; this module knows none of them.
        autoLoadEntities: true,
        // A server may still be starting (docker compose); the embedded engine either opens or never will.
        retryAttempts: embedded ? 0 : 5,
        retryDelay: 2000,
      }),
      dataSourceFactory: async (options) => {
        if (!options) throw new Error('Database options are missing');
        const dataSource = await new DataSource(options).initialize();
        const onServer = options.type === 'postgres' && Boolean(options.url);
        const applied = await migrate(dataSource, { serialize: onServer });
        if (applied.length > 0) new Logger('Database').log(`Applied migrations: ${applied.join(', ')}`);
        return dataSource;
      },
    }),
  ],
  providers: [DatabaseLifecycle],
})
export class DatabaseModule {}
