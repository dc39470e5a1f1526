import { Module } from '@nestjs/common';
import { EngagementsModule } from '../engagements/engagements.module';
import { MissionsPipeline } from './missions-pipeline';
import { MissionsController } from './missions.controller';
import { MissionsRepository } from './missions.repository';
import { MissionsService } from './missions.service';

@Module({
  imports: [EngagementsModule],
  controllers: [MissionsController],
  providers: [MissionsService, MissionsRepository, MissionsPipeline],
  exports: [MissionsService],
})
export class MissionsModule {}
