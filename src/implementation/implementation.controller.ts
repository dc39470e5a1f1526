import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor } from '../common/auth/actor';
import { Auth } from '../common/auth/auth.decorator';
import { CurrentActor } from '../common/auth/current-actor.decorator';
import { ParseIdPipe } from '../common/validation/parse-id.pipe';
import { EngagementId } from '../engagements/engagements.controller';
import { ActionNotFoundError } from '../roadmaps/roadmap.errors';
import { ImplementationDto } from './dto/implementation.dto';
import { CreateMentoringSessionDto, MentoringSessionDto } from './dto/mentoring-session.dto';
import { ProgressUpdateDto, ReportProgressDto } from './dto/progress.dto';
import { CreateTrainingDto, TrainingDto } from './dto/training.dto';
import { ImplementationService } from './implementation.service';
import { EngagementAccess } from '../engagements/engagement-access.decorator';

@ApiTags('implementation')
@Controller('engagements/:id')
@Auth()
export class ImplementationController {
  constructor(private readonly implementation: ImplementationService) {}

  @Get('implementation')
  @EngagementAccess('implementation.read')
  @ApiOperation({ summary: 'Each action with its status, percent and due date; progress rolled up by thematic area and for the engagement' })
  @ApiOkResponse({ type: ImplementationDto })
  summary(@CurrentActor() actor: Actor, @Param('id', EngagementId) id: string): Promise<ImplementationDto> {
    return this.implementation.summary(actor, id);
  }

  @Get('roadmap/actions/:aid/progress')
  @EngagementAccess('implementation.read')
  @ApiOperation({ summary: "The action's progress updates, oldest first (the last one is its current status)" })
  @ApiOkResponse({ type: [ProgressUpdateDto] })
  @ApiNotFoundResponse()
  progress(
    @CurrentActor() actor: Actor,
    @Param('id', EngagementId) id: string,
    @Param('aid', new ParseIdPipe((aid) => new ActionNotFoundError(aid))) aid: string,
  ): Promise<ProgressUpdateDto[]> {
    return this.implementation.progressOf(actor, id, aid);
  }

  @Post('roadmap/actions/:aid/progress')
  @EngagementAccess('progress.report')
  @ApiOperation({ summary: 'Report progress on an action (focal points and programme managers, during implementation); updates are never changed' })
  @ApiCreatedResponse({ type: ProgressUpdateDto })
  @ApiConflictResponse({ description: 'The engagement is not in implementation' })
  report(
    @CurrentActor() actor: Actor,
    @Param('id', EngagementId) id: string,
    @Param('aid', new ParseIdPipe((aid) => new ActionNotFoundError(aid))) aid: string,
    @Body() body: ReportProgressDto,
  ): Promise<ProgressUpdateDto> {
    return this.implementation.report(actor, id, aid, body);
  }

  @Get('mentoring-sessions')
  @EngagementAccess('implementation.read')
  @ApiOperation({ summary: 'Mentoring sessions held, by date' })
  @ApiOkResponse({ type: [MentoringSessionDto] })
  mentoringSessions(@CurrentActor() actor: Actor, @Param('id', EngagementId) id: string): Promise<MentoringSessionDto[]> {
    return this.implementation.mentoringSessions(actor, id);
  }

  @Post('mentoring-sessions')
  @EngagementAccess('implementation.write')
  @ApiOperation({ summary: 'Record a mentoring session linked to actions (during implementation)' })
  @ApiCreatedResponse({ type: MentoringSessionDto })
  @ApiConflictResponse({ description: 'The engagement is not in implementation' })
  recordMentoringSession(
    @CurrentActor() actor: Actor,
    @Param('id', EngagementId) id: string,
    @Body() body: CreateMentoringSessionDto,
  ): Promise<MentoringSessionDto> {
    return this.implementation.recordMentoringSession(actor, id, body);
  }

  @Get('trainings')
  @EngagementAccess('implementation.read')
  @ApiOperation({ summary: 'Training courses delivered, by start date' })
  @ApiOkResponse({ type: [TrainingDto] })
  trainings(@CurrentActor() actor: Actor, @Param('id', EngagementId) id: string): Promise<TrainingDto[]> {
    return this.implementation.trainings(actor, id);
  }

  @Post('trainings')
  @EngagementAccess('implementation.write')
  @ApiOperation({ summary: 'Record a delivery of a catalog course with its participants, linked to actions (during implementation)' })
  @ApiCreatedResponse({ type: TrainingDto })
  @ApiConflictResponse({ description: 'The engagement is not in implementation' })
  recordTraining(@CurrentActor() actor: Actor, @Param('id', EngagementId) id: string, @Body() body: CreateTrainingDto): Promise<TrainingDto> {
    return this.implementation.recordTraining(actor, id, body);
  }
}
