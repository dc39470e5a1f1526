import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EngagementsModule } from '../engagements/engagements.module';
import { FindingsModule } from '../findings/findings.module';
import { MissionsModule } from '../missions/missions.module';
import { Action } from './action.entity';
import { ActionsRepository } from './actions.repository';
import { ActionsService } from './actions.service';
import { CommentsRepository } from './comments.repository';
import { CommentsService } from './comments.service';
import { RoadmapsPipeline } from './roadmaps-pipeline';
import { RoadmapComment } from './roadmap-comment.entity';
import { RoadmapVersion } from './roadmap-version.entity';
import { RoadmapController } from './roadmap.controller';
import { VersionEvents } from './version-events';
import { VersionsController } from './versions.controller';
import { VersionsRepository } from './versions.repository';
import { VersionsService } from './versions.service';

@Module({
  imports: [TypeOrmModule.forFeature([Action, RoadmapVersion, RoadmapComment]), EngagementsModule, FindingsModule, MissionsModule],
  controllers: [RoadmapController, VersionsController],
  providers: [ActionsService, ActionsRepository, VersionsService, VersionsRepository, CommentsService, CommentsRepository, RoadmapsPipeline, VersionEvents],
  exports: [ActionsService, VersionsService, CommentsService, VersionEvents],
})
export class RoadmapsModule {}
