import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EngagementsModule } from '../engagements/engagements.module';
import { FindingsModule } from '../findings/findings.module';
import { MissionsModule } from '../missions/missions.module';
import { Action } from './action.entity';
import { ActionsRepository } from './actions.repository';
import { ActionsService } from './actions.service';
import { CommentsService } from './comments.service';
import { RoadmapComment } from './roadmap-comment.entity';
import { RoadmapVersion } from './roadmap-version.entity';
import { RoadmapController } from './roadmap.controller';
import { VersionsController } from './versions.controller';
import { VersionsService } from './versions.service';

@Module({
  imports: [TypeOrmModule.forFeature([Action, RoadmapVersion, RoadmapComment]), EngagementsModule, FindingsModule, MissionsModule],
  controllers: [RoadmapController, VersionsController],
  providers: [ActionsService, ActionsRepository, VersionsService, CommentsService],
  exports: [ActionsService, VersionsService, CommentsService],
})
export class RoadmapsModule {}
