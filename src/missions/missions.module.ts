import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EngagementsModule } from '../engagements/engagements.module';
import { MissionsPipeline } from './missions-pipeline';
import { Consultation } from './consultation.entity';
import { Mission } from './mission.entity';
import { MissionsController } from './missions.controller';
import { MissionsRepository } from './missions.repository';
import { MissionsService } from './missions.service';

@Module({
  imports: [TypeOrmModule.forFeature([Mission, Consultation]), EngagementsModule],
  controllers: [MissionsController],
  providers: [MissionsService, MissionsRepository, MissionsPipeline],
  exports: [MissionsService],
})
export class MissionsModule {}
