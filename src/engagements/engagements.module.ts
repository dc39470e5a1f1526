import { Module } from '@nestjs/common';
import { UsersModule } from '../users/users.module';
import { EngagementAccessService } from './engagement-access.service';
import { EngagementsController } from './engagements.controller';
import { EngagementsRepository } from './engagements.repository';
import { EngagementsService } from './engagements.service';
import { MembersController } from './members.controller';
import { MembersService } from './members.service';
import { MembershipsRepository } from './memberships.repository';
import { PipelineController } from './pipeline.controller';

@Module({
  imports: [UsersModule],
  controllers: [EngagementsController, MembersController, PipelineController],
  providers: [EngagementsService, EngagementsRepository, EngagementAccessService, MembersService, MembershipsRepository],
  exports: [EngagementsService, EngagementAccessService, MembersService],
})
export class EngagementsModule {}
