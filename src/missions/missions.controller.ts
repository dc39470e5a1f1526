import { Body, Controller, Get, Param, Patch, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor } from '../common/auth/actor';
import { Auth } from '../common/auth/auth.decorator';
import { CurrentActor } from '../common/auth/current-actor.decorator';
import { ParseIdPipe } from '../common/validation/parse-id.pipe';
import { EngagementId } from '../engagements/engagements.controller';
import { ConsultationDto, CreateConsultationDto, CreateMissionDto, MissionDto, UpdateMissionDto } from './dto/mission.dto';
import { MissionNotFoundError } from './mission.errors';
import { MissionsService } from './missions.service';
import { EngagementAccess } from '../engagements/engagement-access.decorator';

export const MissionId = new ParseIdPipe((id) => new MissionNotFoundError(id));

@ApiTags('missions')
@Controller('engagements/:id/missions')
@Auth()
export class MissionsController {
  constructor(private readonly missions: MissionsService) {}

  @Get()
  @EngagementAccess('missions.read')
  @ApiOperation({ summary: 'The missions of the engagement, with their consultations' })
  @ApiOkResponse({ type: [MissionDto] })
  @ApiNotFoundResponse()
  list(@CurrentActor() actor: Actor, @Param('id', EngagementId) id: string): Promise<MissionDto[]> {
    return this.missions.list(actor, id);
  }

  @Post()
  @EngagementAccess('missions.write')
  @ApiOperation({ summary: 'Plan a mission (scoping or follow-up): dates, lead, team, documents reviewed' })
  @ApiCreatedResponse({ type: MissionDto })
  create(@CurrentActor() actor: Actor, @Param('id', EngagementId) id: string, @Body() body: CreateMissionDto): Promise<MissionDto> {
    return this.missions.create(actor, id, body);
  }

  @Get(':mid')
  @EngagementAccess('missions.read')
  @ApiOperation({ summary: 'One mission' })
  @ApiOkResponse({ type: MissionDto })
  @ApiNotFoundResponse()
  get(@CurrentActor() actor: Actor, @Param('id', EngagementId) id: string, @Param('mid', MissionId) mid: string): Promise<MissionDto> {
    return this.missions.get(actor, id, mid);
  }

  @Patch(':mid')
  @EngagementAccess('missions.write')
  @ApiOperation({ summary: 'Change the dates, lead, team or documents reviewed of a mission' })
  @ApiOkResponse({ type: MissionDto })
  @ApiConflictResponse({ description: 'The version sent is stale' })
  update(
    @CurrentActor() actor: Actor,
    @Param('id', EngagementId) id: string,
    @Param('mid', MissionId) mid: string,
    @Body() body: UpdateMissionDto,
  ): Promise<MissionDto> {
    return this.missions.update(actor, id, mid, body);
  }

  @Post(':mid/consultations')
  @EngagementAccess('missions.write')
  @ApiOperation({ summary: 'Record a consultation held during the mission (who was met)' })
  @ApiCreatedResponse({ type: ConsultationDto })
  addConsultation(
    @CurrentActor() actor: Actor,
    @Param('id', EngagementId) id: string,
    @Param('mid', MissionId) mid: string,
    @Body() body: CreateConsultationDto,
  ): Promise<ConsultationDto> {
    return this.missions.addConsultation(actor, id, mid, body);
  }
}
