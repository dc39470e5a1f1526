import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { UsersModule } from '../users/users.module';
import { EngagementAccessService } from './engagement-access.service';
import { EngagementTransition } from './engagement-transition.entity';
import { Engagement } from './engagement.entity';
import { EngagementsController } from './engagements.controller';
import { EngagementsRepository } from './engagements.repository';
import { EngagementsService } from './engagements.service';
import { MembersController } from './members.controller';
import { MembersService } from './members.service';
import { Membership } from './membership.entity';
import { MembershipsRepository } from './memberships.repository';
import { EngagementPipelineController } from './engagement-pipeline.controller';
import { PipelineFactsRepository } from './pipeline-facts.repository';
import { PipelineController } from './pipeline.controller';
import { PipelineService } from './pipeline.service';

@Module({
  imports: [TypeOrmModule.forFeature([Engagement, EngagementTransition, Membership]), UsersModule],
  controllers: [EngagementsController, MembersController, PipelineController, EngagementPipelineController],
  providers: [
    EngagementsService,
    EngagementsRepository,
    EngagementAccessService,
    MembersService,
    MembershipsRepository,
    PipelineService,
    PipelineFactsRepository,
  ],
  exports: [EngagementsService, EngagementAccessService, MembersService, PipelineService],
})
export class EngagementsModule {}
