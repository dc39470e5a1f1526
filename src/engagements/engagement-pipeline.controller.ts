import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { Actor } from '../common/auth/actor';
import { Auth } from '../common/auth/auth.decorator';
import { CurrentActor } from '../common/auth/current-actor.decorator';
import { EngagementDto } from './dto/engagement.dto';
import { HistoryEntryDto, PipelineEventDto, TransitionOptionDto } from './dto/pipeline-event.dto';
import { EngagementId } from './engagements.controller';
import { PipelineService } from './pipeline.service';
import { EngagementAccess } from './engagement-access.decorator';

@ApiTags('pipeline')
@Controller('engagements/:id')
@Auth()
export class EngagementPipelineController {
  constructor(private readonly pipeline: PipelineService) {}

  @Post('events')
  @EngagementAccess('pipeline.send')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary: 'Send a pipeline event: mission leads START_MISSION, COMPLETE_MISSION, SUBMIT_ASSESSMENT; programme managers all',
  })
  @ApiOkResponse({ type: EngagementDto, description: 'The engagement in its new stage' })
  @ApiUnprocessableEntityResponse({ description: 'The machine does not allow it now; `reasons` says why' })
  @ApiConflictResponse({ description: 'The version sent is stale' })
  @ApiNotFoundResponse()
  send(@CurrentActor() actor: Actor, @Param('id', EngagementId) id: string, @Body() body: PipelineEventDto): Promise<EngagementDto> {
    return this.pipeline.send(actor, id, body);
  }

  @Get('transitions')
  @EngagementAccess('pipeline.read')
  @ApiOperation({ summary: 'Every event of the pipeline, whether it is allowed now, and why not' })
  @ApiOkResponse({ type: [TransitionOptionDto] })
  @ApiNotFoundResponse()
  transitions(@CurrentActor() actor: Actor, @Param('id', EngagementId) id: string): Promise<TransitionOptionDto[]> {
    return this.pipeline.transitions(actor, id);
  }

  @Get('history')
  @EngagementAccess('pipeline.read')
  @ApiOperation({ summary: 'Every stage change of the engagement, oldest first' })
  @ApiOkResponse({ type: [HistoryEntryDto] })
  @ApiNotFoundResponse()
  history(@CurrentActor() actor: Actor, @Param('id', EngagementId) id: string): Promise<HistoryEntryDto[]> {
    return this.pipeline.history(actor, id);
  }
}
