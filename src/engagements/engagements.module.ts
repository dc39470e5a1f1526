import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG } from '../config/app.config';
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
import { PipelineRegistry } from './pipeline-registry';
import { PipelineController } from './pipeline.controller';
import { PipelineService } from './pipeline.service';
import { STAGE_TARGET_DAYS, stageTargetDays } from './stage-target-days';

@Module({
  imports: [TypeOrmModule.forFeature([Engagement, EngagementTransition, Membership]), UsersModule],
  controllers: [EngagementsController, MembersController, PipelineController, EngagementPipelineController],
  providers: [
    // The machine's stage targets under STAGE_TARGET_DAYS, checked once at start-up.
    { provide: STAGE_TARGET_DAYS, inject: [APP_CONFIG], useFactory: stageTargetDays },
    EngagementsService,
    EngagementsRepository,
    EngagementAccessService,
    MembersService,
    MembershipsRepository,
    PipelineService,
    PipelineFactsRepository,
    PipelineRegistry,
  ],
  exports: [EngagementsService, EngagementAccessService, MembersService, PipelineService, PipelineRegistry, STAGE_TARGET_DAYS],
})
export class EngagementsModule {}
