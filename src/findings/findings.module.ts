import { Module } from '@nestjs/common';
import { EngagementsModule } from '../engagements/engagements.module';
import { MissionsModule } from '../missions/missions.module';
import { FindingsPipeline } from './findings-pipeline';
import { FindingsController } from './findings.controller';
import { FindingsTransferService } from './findings-transfer.service';
import { FindingsRepository } from './findings.repository';
import { FindingsService } from './findings.service';

@Module({
  imports: [EngagementsModule, MissionsModule],
  controllers: [FindingsController],
  providers: [FindingsService, FindingsRepository, FindingsTransferService, FindingsPipeline],
  exports: [FindingsService, FindingsTransferService],
})
export class FindingsModule {}
