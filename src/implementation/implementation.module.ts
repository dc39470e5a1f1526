import { Module } from '@nestjs/common';
import { EngagementsModule } from '../engagements/engagements.module';
import { RoadmapsModule } from '../roadmaps/roadmaps.module';
import { AdoptionController } from './adoption.controller';
import { AdoptionService } from './adoption.service';
import { ImplementationController } from './implementation.controller';
import { ImplementationService } from './implementation.service';

@Module({
  imports: [EngagementsModule, RoadmapsModule],
  controllers: [AdoptionController, ImplementationController],
  providers: [AdoptionService, ImplementationService],
  exports: [AdoptionService, ImplementationService],
})
export class ImplementationModule {}
