import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EngagementsModule } from '../engagements/engagements.module';
import { MissionsModule } from '../missions/missions.module';
import { FindingsPipeline } from './findings-pipeline';
import { FindingLevel } from './finding-level.entity';
import { Finding } from './finding.entity';
import { FindingsController } from './findings.controller';
import { FindingsTransferService } from './findings-transfer.service';
import { FindingsRepository } from './findings.repository';
import { FindingsService } from './findings.service';

@Module({
  imports: [TypeOrmModule.forFeature([Finding, FindingLevel]), EngagementsModule, MissionsModule],
  controllers: [FindingsController],
  providers: [FindingsService, FindingsRepository, FindingsTransferService, FindingsPipeline],
  exports: [FindingsService, FindingsTransferService],
})
export class FindingsModule {}
