import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { LoggerModule } from 'nestjs-pino';
import type { DestinationStream } from 'pino';
import { AppConfig } from './config/app.config';
import { AppConfigModule } from './config/config.module';
import { ProblemDetailsFilter } from './common/errors/problem-details.filter';
import { loggerOptions } from './common/logging/logger.options';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { DatabaseModule } from './database/database.module';
import { DemoModule } from './demo/demo.module';
import { DocumentsModule } from './documents/documents.module';
import { EngagementsModule } from './engagements/engagements.module';
import { FindingsModule } from './findings/findings.module';
import { HealthModule } from './health/health.module';
import { ImplementationModule } from './implementation/implementation.module';
import { MissionsModule } from './missions/missions.module';
import { PortfolioModule } from './portfolio/portfolio.module';
import { ReferenceModule } from './reference/reference.module';
import { RoadmapsModule } from './roadmaps/roadmaps.module';
import { UsersModule } from './users/users.module';
import { WebModule } from './web/web.module';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, logDestination?: DestinationStream): DynamicModule {
    return {
      module: AppModule,
      imports: [
        AppConfigModule.forRoot(config),
        LoggerModule.forRoot(loggerOptions(config, logDestination)),
        DatabaseModule,
        AuditModule,
        UsersModule,
        AuthModule,
        ReferenceModule,
        HealthModule,
        EngagementsModule,
        MissionsModule,
        FindingsModule,
        RoadmapsModule,
        DocumentsModule,
        ImplementationModule,
        PortfolioModule,
        WebModule,
        DemoModule,
      ],
      providers: [{ provide: APP_FILTER, useClass: ProblemDetailsFilter }],
    };
  }
}
