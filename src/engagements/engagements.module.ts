import { Module } from '@nestjs/common';
import { UsersModule } from '../users/users.module';
import { EngagementAccessService } from './engagement-access.service';
import { EngagementsController } from './engagements.controller';
import { EngagementsRepository } from './engagements.repository';
import { EngagementsService } from './engagements.service';
import { MembersController } from './members.controller';
import { MembersService } from './members.service';
import { MembershipsRepository } from './memberships.repository';
import { EngagementPipelineController } from './engagement-pipeline.controller';
import { PipelineFactsRepository } from './pipeline-facts.repository';
import { PipelineRegistry } from './pipeline-registry';
import { PipelineController } from './pipeline.controller';
import { PipelineService } from './pipeline.service';

@Module({
  imports: [UsersModule],
  controllers: [EngagementsController, MembersController, PipelineController, EngagementPipelineController],
  providers: [
    EngagementsService,
    EngagementsRepository,
    EngagementAccessService,
    MembersService,
    MembershipsRepository,
    PipelineService,
    PipelineFactsRepository,
    PipelineRegistry,
  ],
  exports: [EngagementsService, EngagementAccessService, MembersService, PipelineService, PipelineRegistry],
})
export class EngagementsModule {}
