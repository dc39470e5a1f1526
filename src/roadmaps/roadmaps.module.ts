import { Module } from '@nestjs/common';
import { EngagementsModule } from '../engagements/engagements.module';
import { FindingsModule } from '../findings/findings.module';
import { MissionsModule } from '../missions/missions.module';
import { ActionsRepository } from './actions.repository';
import { ActionsService } from './actions.service';
import { CommentsRepository } from './comments.repository';
import { CommentsService } from './comments.service';
import { RoadmapsPipeline } from './roadmaps-pipeline';
import { RoadmapController } from './roadmap.controller';
import { VersionsController } from './versions.controller';
import { VersionsRepository } from './versions.repository';
import { VersionsService } from './versions.service';

@Module({
  imports: [EngagementsModule, FindingsModule, MissionsModule],
  controllers: [RoadmapController, VersionsController],
  providers: [ActionsService, ActionsRepository, VersionsService, VersionsRepository, CommentsService, CommentsRepository, RoadmapsPipeline],
  exports: [ActionsService, VersionsService, CommentsService],
})
export class RoadmapsModule {}
