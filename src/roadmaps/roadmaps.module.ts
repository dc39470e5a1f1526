import { Module } from '@nestjs/common';
import { EngagementsModule } from '../engagements/engagements.module';
import { FindingsModule } from '../findings/findings.module';
import { MissionsModule } from '../missions/missions.module';
import { ActionsRepository } from './actions.repository';
import { ActionsService } from './actions.service';
import { CommentsService } from './comments.service';
import { RoadmapController } from './roadmap.controller';
import { VersionsController } from './versions.controller';
import { VersionsService } from './versions.service';

@Module({
  imports: [EngagementsModule, FindingsModule, MissionsModule],
  controllers: [RoadmapController, VersionsController],
  providers: [ActionsService, ActionsRepository, VersionsService, CommentsService],
  exports: [ActionsService, VersionsService, CommentsService],
})
export class RoadmapsModule {}
