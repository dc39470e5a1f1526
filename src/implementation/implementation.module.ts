import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EngagementsModule } from '../engagements/engagements.module';
import { RoadmapsModule } from '../roadmaps/roadmaps.module';
import { AdoptionController } from './adoption.controller';
import { Adoption } from './adoption.entity';
import { AdoptionService } from './adoption.service';
import { ImplementationController } from './implementation.controller';
import { ImplementationService } from './implementation.service';
import { MentoringSession } from './mentoring-session.entity';
import { ProgressUpdate } from './progress-update.entity';
import { Training } from './training.entity';

@Module({
  imports: [TypeOrmModule.forFeature([Adoption, ProgressUpdate, MentoringSession, Training]), EngagementsModule, RoadmapsModule],
  controllers: [AdoptionController, ImplementationController],
  providers: [AdoptionService, ImplementationService],
  exports: [AdoptionService, ImplementationService],
})
export class ImplementationModule {}
