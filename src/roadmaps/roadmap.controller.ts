import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, Patch, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor } from '../common/auth/actor';
import { Auth } from '../common/auth/auth.decorator';
import { CurrentActor } from '../common/auth/current-actor.decorator';
import { ParseIdPipe } from '../common/validation/parse-id.pipe';
import { EngagementId } from '../engagements/engagements.controller';
import { ActionsService } from './actions.service';
import { ActionDto, CreateActionDto, UpdateActionDto } from './dto/action.dto';
import { ActionNotFoundError } from './roadmap.errors';
import { EngagementAccess } from '../engagements/engagement-access.decorator';
import { stagesPermitting } from '../engagements/machine/engagement.machine';

/** Where actions are added and changed, and where they are removed (the machine's stage rules, for the document). */
const PLANNING_STAGES = stagesPermitting('planActions').join(' or ');
const DRAFTING_STAGES = stagesPermitting('draftActions').join(' or ');

const ActionId = new ParseIdPipe((id) => new ActionNotFoundError(id));

@ApiTags('roadmap')
@Controller('engagements/:id/roadmap')
@Auth()
export class RoadmapController {
  constructor(private readonly actions: ActionsService) {}

  @Get('actions')
  @EngagementAccess('roadmap.read')
  @ApiOperation({ summary: 'The actions of the recommended roadmap' })
  @ApiOkResponse({ type: [ActionDto] })
  @ApiNotFoundResponse()
  list(@CurrentActor() actor: Actor, @Param('id', EngagementId) id: string): Promise<ActionDto[]> {
    return this.actions.list(actor, id);
  }

  @Post('actions')
  @EngagementAccess('roadmap.write')
  @ApiOperation({ summary: `Add an action (only in ${PLANNING_STAGES}), linked to one or more findings` })
  @ApiCreatedResponse({ type: ActionDto })
  @ApiConflictResponse({ description: `The engagement is not in ${PLANNING_STAGES}` })
  create(@CurrentActor() actor: Actor, @Param('id', EngagementId) id: string, @Body() body: CreateActionDto): Promise<ActionDto> {
    return this.actions.create(actor, id, body);
  }

  @Post('recommend')
  @EngagementAccess('roadmap.write')
  @ApiOperation({ summary: 'Propose library actions for every validated gap no action answers yet; returns what it created' })
  @ApiCreatedResponse({ type: [ActionDto] })
  @ApiConflictResponse({ description: `The engagement is not in ${DRAFTING_STAGES}` })
  recommend(@CurrentActor() actor: Actor, @Param('id', EngagementId) id: string): Promise<ActionDto[]> {
    return this.actions.recommend(actor, id);
  }

  @Get('actions/:aid')
  @EngagementAccess('roadmap.read')
  @ApiOperation({ summary: 'One action' })
  @ApiOkResponse({ type: ActionDto })
  @ApiNotFoundResponse()
  get(@CurrentActor() actor: Actor, @Param('id', EngagementId) id: string, @Param('aid', ActionId) aid: string): Promise<ActionDto> {
    return this.actions.get(actor, id, aid);
  }

  @Patch('actions/:aid')
  @EngagementAccess('roadmap.write')
  @ApiOperation({ summary: `Change an action (only in ${PLANNING_STAGES})` })
  @ApiOkResponse({ type: ActionDto })
  @ApiConflictResponse({ description: `Stale version, or the engagement is not in ${PLANNING_STAGES}` })
  update(
    @CurrentActor() actor: Actor,
    @Param('id', EngagementId) id: string,
    @Param('aid', ActionId) aid: string,
    @Body() body: UpdateActionDto,
  ): Promise<ActionDto> {
    return this.actions.update(actor, id, aid, body);
  }

  @Delete('actions/:aid')
  @EngagementAccess('roadmap.write')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: `Remove an action (only in ${DRAFTING_STAGES}; versions keep it)` })
  @ApiNoContentResponse()
  @ApiConflictResponse({ description: `The engagement is not in ${DRAFTING_STAGES}` })
  async remove(@CurrentActor() actor: Actor, @Param('id', EngagementId) id: string, @Param('aid', ActionId) aid: string): Promise<void> {
    await this.actions.remove(actor, id, aid);
  }
}
