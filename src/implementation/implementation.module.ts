import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EngagementsModule } from '../engagements/engagements.module';
import { RoadmapsModule } from '../roadmaps/roadmaps.module';
import { AdoptionController } from './adoption.controller';
import { ActionScheduleRepository } from './action-schedule.repository';
import { Adoption } from './adoption.entity';
import { AdoptionService } from './adoption.service';
import { AdoptionsRepository } from './adoptions.repository';
import { ImplementationController } from './implementation.controller';
import { ImplementationPipeline } from './implementation-pipeline';
import { ImplementationService } from './implementation.service';
import { MentoringSessionsRepository } from './mentoring-sessions.repository';
import { ProgressUpdatesRepository } from './progress-updates.repository';
import { TrainingsRepository } from './trainings.repository';
import { MentoringSession } from './mentoring-session.entity';
import { ProgressUpdate } from './progress-update.entity';
import { Training } from './training.entity';

@Module({
  imports: [TypeOrmModule.forFeature([Adoption, ProgressUpdate, MentoringSession, Training]), EngagementsModule, RoadmapsModule],
  controllers: [AdoptionController, ImplementationController],
  providers: [
    AdoptionService,
    ImplementationService,
    AdoptionsRepository,
    ActionScheduleRepository,
    ProgressUpdatesRepository,
    MentoringSessionsRepository,
    TrainingsRepository,
    ImplementationPipeline,
  ],
  exports: [AdoptionService, ImplementationService],
})
export class ImplementationModule {}
